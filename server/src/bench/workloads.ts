/**
 * The benchmark's workloads (issue 6), each an authenticated GraphQL request as the console sends
 * it, or (W2, W5) as the issue names it while the console sends no such request. Workloads whose
 * features have not landed are listed as pending with the reason, never faked. The same documents
 * feed the statement-count guard in `pnpm test` (workloads.e2e-spec.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import { prepareCohorts, type Lease } from './cohort-fixture';

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6';

/** A statement run as the database owner: the set-up before timing, never part of a measured request. */
export type OwnerQuery = <Row extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]>;

/**
 * What a workload's requests are sent with, prepared before timing. Each request takes a lease
 * (its variables) and gives it back with its answer; most workloads send the same variables every
 * time, W5 a different session's cohort.
 */
export type Fixture = {
  /** The variables every request is sent with, when they never change (the body is built once). */
  fixed?: Record<string, unknown>;
  next(): Lease;
  /** Before each timed run (W5: leases cut off by the end of the last run, each session's state read again). */
  resync?(): Promise<void>;
  /** W5: rows written and left unchanged over the answers since the last resync, to show every request wrote. */
  tally?(): { answers: number; written: number; unchanged: number };
  /** After the workload: what the set-up made is removed. */
  cleanUp?(): Promise<void>;
};

export type ReadyWorkload = {
  id: WorkloadId;
  name: string;
  status: 'ready';
  /** Who sends it: a demo account, or nobody (a public request). */
  as: 'orgadmin1@naccc.test' | 'training@naccc.test' | 'national@naccc.test' | 'anonymous';
  /** Each iteration signs in, then sends `document` with the new session (W6: login + me). */
  signsIn?: { document: string; variables: Record<string, unknown> };
  document: string;
  /** The same variables for every request, or a set-up giving each request its own (`concurrency`: requests in flight at once). */
  variables: Record<string, unknown> | ((owner: OwnerQuery, options: { concurrency: number }) => Promise<Fixture>);
  /** How many list levels the document has: the statement target is 1 + this (where targets.ts applies it). */
  listLevels: number;
};

/** The same variables for every request. */
function fixed(variables: Record<string, unknown>): Fixture {
  return { fixed: variables, next: () => ({ variables, done: () => undefined }) };
}

/** A workload's requests' variables, prepared (as the owner) where they need it. */
export async function fixtureOf(workload: ReadyWorkload, owner: OwnerQuery, options: { concurrency: number }): Promise<Fixture> {
  const { variables } = workload;
  return typeof variables === 'function' ? variables(owner, options) : fixed(variables);
}

export type PendingWorkload = { id: WorkloadId; name: string; status: 'pending'; waitingFor: string };

export type Workload = ReadyWorkload | PendingWorkload;

/**
 * The console's own documents, as it sends them: the persisted-document manifest lists exactly
 * those (the data provider's canonical documents and the console's typed documents).
 */
export function consoleDocument(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'persisted-documents.json'), 'utf8')) as { operations: Array<{ name: string; body: string }> };
  const operation = manifest.operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`the console sends no operation named ${name} (schema/persisted-documents.json)`);
  return operation.body;
}

/** W1: the console's people list (react-admin's getList for Person), first page of 25. */
export const MEMBER_LIST = consoleDocument('allPeople');

/**
 * W2: the nested read issue 6 names, an organisation > its centres > their people > their
 * training records. The console does not send it yet (its canonical documents leave nested reads
 * out: a list would pay for them on every page), so it is written here, and the bench's server
 * admits it (and W5's) past production's safelist (bench-server.ts). Should the console come to
 * send such a document, W2 should take it with consoleDocument like W1.
 */
export const ORGANISATION_TRAINING = `query BenchOrganisationTraining($id: ID!) {
  Organisation(id: $id) {
    id
    name
    centres {
      id
      name
      people {
        id
        fullName
        clearanceStatus
        trainingStatus
        trainingRecords { id courseTitle completedOn outcome expiresOn }
      }
    }
  }
}`;

/**
 * W5: a session's whole cohort recorded by the training team, with what a sheet of attendance
 * shows back. Written here for the same reason as W2 (the console has no cohort page yet).
 * No version or updatedAt: the raw baseline's answer is compared with this one's after a
 * different number of corrections.
 */
export const RECORD_COHORT = `mutation BenchRecordCohortAttendance($sessionId: ID!, $results: [CohortResultInput!]!) {
  recordCohortAttendance(sessionId: $sessionId, results: $results) {
    session { id status }
    records { id personId personName courseTitle completedOn outcome credits hours expiresOn }
    created
    corrected
    unchanged
  }
}`;

/** W5's cohort: 30 people, as issue 6 says. */
export const COHORT_SIZE = 30;

/** The organisation an org admin administers (their ORG_ADMIN grant), read as the owner. */
async function organisationOf(owner: OwnerQuery, email: string): Promise<string> {
  const [grant] = await owner<{ organisation_id: string }>(
    `select g.organisation_id from user_grant g join app_user u on u.id = g.user_id where u.email = $1 and g.role = 'ORG_ADMIN' order by g.created_at limit 1`,
    [email],
  );
  if (!grant) throw new Error(`${email} administers no organisation (is the demo seed there?)`);
  return grant.organisation_id;
}

export const WORKLOADS: Workload[] = [
  {
    id: 'W1',
    name: 'member list: first 25 people with clearance',
    status: 'ready',
    as: 'orgadmin1@naccc.test',
    document: MEMBER_LIST,
    variables: { page: 0, perPage: 25, sortField: 'familyName', sortOrder: 'ASC', filter: {} },
    // people, and each person's centre history
    listLevels: 2,
  },
  {
    id: 'W2',
    name: 'nested: organisation > centres > people > training records',
    status: 'ready',
    as: 'orgadmin1@naccc.test',
    document: ORGANISATION_TRAINING,
    // Their own organisation, whichever the seed made it.
    variables: async (owner) => fixed({ id: await organisationOf(owner, 'orgadmin1@naccc.test') }),
    // centres, people, training records
    listLevels: 3,
  },
  { id: 'W3', name: 'national summary: networkSummary', status: 'pending', waitingFor: 'networkSummary (the national view issue)' },
  { id: 'W4', name: 'public finder: findCentres near a postcode', status: 'pending', waitingFor: 'findCentres (the national view issue)' },
  {
    id: 'W5',
    name: 'write: recordCohortAttendance for 30 people',
    status: 'ready',
    as: 'training@naccc.test',
    document: RECORD_COHORT,
    // A session per request in flight, and a few spare (see cohort-fixture.ts).
    variables: (owner, { concurrency }) => prepareCohorts(owner, { sessions: concurrency + 4, people: COHORT_SIZE }),
    // records (the session's cohort, read back); its target is statements constant in the
    // cohort's size (workloads.e2e-spec.ts), not 1 + this
    listLevels: 1,
  },
  {
    id: 'W6',
    name: 'login + me (two requests per iteration)',
    status: 'ready',
    as: 'anonymous',
    signsIn: { document: consoleDocument('ConsoleLogin'), variables: { email: 'orgadmin1@naccc.test', password: 'naccc-demo' } },
    document: consoleDocument('ConsoleMe'),
    variables: {},
    listLevels: 1,
  },
];
