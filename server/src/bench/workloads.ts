/**
 * The benchmark's workloads (issue 6), each an authenticated GraphQL request as the console sends
 * it. Workloads whose features have not landed are listed as pending with the reason, never
 * faked. The same documents feed the statement-count guard in `pnpm test` (workloads.spec.ts).
 */
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

/** W1: an org admin's first page of people with clearance, latest DBS level and next expiry. */
export const MEMBER_LIST = `query BenchMemberList($page: Int, $perPage: Int, $filter: PersonFilter) {
  allPeople(page: $page, perPage: $perPage, sortField: "familyName", sortOrder: "ASC", filter: $filter) {
    id
    givenName
    familyName
    personType
    status
    centreIds
    clearanceStatus
    latestDbsLevel
    clearanceExpiresOn
  }
  _allPeopleMeta(filter: $filter) {
    count
  }
}`;

/** W6, first request: the console's sign-in (console/src/authProvider.ts). */
export const CONSOLE_LOGIN = `mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    id
  }
}`;

/** W6, second request: the console's `me`, with the cookie the sign-in set. */
export const CONSOLE_ME = `query ConsoleMe {
  me {
    id
    email
    displayName
    grants {
      id
      role
      organisationId
      centreIds
      organisation {
        id
        name
      }
    }
  }
}`;

export const WORKLOADS: Workload[] = [
  {
    id: 'W1',
    name: 'member list: first 25 people with clearance',
    status: 'ready',
    as: 'orgadmin1@naccc.test',
    document: MEMBER_LIST,
    variables: { page: 0, perPage: 25, filter: {} },
    listLevels: 1,
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
    signsIn: { document: CONSOLE_LOGIN, variables: { email: 'orgadmin1@naccc.test', password: 'naccc-demo' } },
    document: CONSOLE_ME,
    variables: {},
    listLevels: 1,
  },
];
