/**
 * The benchmark's workloads (issue 6), each an authenticated GraphQL request as the console sends
 * it. Workloads whose features have not landed are listed as pending with the reason, never
 * faked. The same documents feed the statement-count guard in `pnpm test` (workloads.e2e-spec.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5' | 'W6';

export type ReadyWorkload = {
  id: WorkloadId;
  name: string;
  status: 'ready';
  /** Who sends it: a demo account, or nobody (a public request). */
  as: 'orgadmin1@naccc.test' | 'national@naccc.test' | 'anonymous';
  /** Each iteration signs in, then sends `document` with the new session (W6: login + me). */
  signsIn?: { document: string; variables: Record<string, unknown> };
  document: string;
  variables: Record<string, unknown>;
  /** How many list levels the document has: the statement target is 1 + this. */
  listLevels: number;
};

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
  { id: 'W2', name: 'nested: organisation > centres > people > training records', status: 'pending', waitingFor: 'training records (the training issue)' },
  { id: 'W3', name: 'national summary: networkSummary', status: 'pending', waitingFor: 'networkSummary (the national view issue)' },
  { id: 'W4', name: 'public finder: findCentres near a postcode', status: 'pending', waitingFor: 'findCentres (the national view issue)' },
  { id: 'W5', name: 'write: recordCohortAttendance for 30 people', status: 'pending', waitingFor: 'recordCohortAttendance (the training issue)' },
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
