import { Client } from 'pg';
import { Role } from '../../auth/role';
import { createTestApp, dataOf, type GraphQLResponse, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertOrganisation } from '../../test/safeguarding';
import { runAccreditationJob } from './accreditation.job';

/**
 * Accreditation end to end against real Postgres: head office takes a centre from candidate to
 * accredited, suspends it (hidden from the public in the same transaction) and reinstates it; an
 * illegal step is refused naming what is allowed; every step is in the history with who, when and
 * why, and in the audit trail; each role sees the accreditations of the centres it may see and
 * changes none; the database refuses changes to the history and writes by anyone but head office;
 * the nightly job takes the date-driven steps on their boundaries, once.
 */
const NOW = new Date('2026-06-10T11:00:00Z');

const Start = graphql(`
  mutation AccStart($centreId: ID!, $kind: AccreditationKind!, $reason: String!, $candidateSince: LocalDate) {
    startAccreditation(centreId: $centreId, kind: $kind, reason: $reason, candidateSince: $candidateSince) {
      id
      version
      state
      candidateSince
      candidateDueBy
      candidateOverdue
      allowedActions
    }
  }
`);

const Transition = graphql(`
  mutation AccTransition($id: ID!, $action: AccreditationAction!, $reason: String!, $version: Int) {
    transitionAccreditation(id: $id, action: $action, reason: $reason, version: $version) {
      id
      version
      state
      awardedOn
      expiresOn
      renewalDueFrom
      daysToExpiry
      allowedActions
      centre {
        id
        publiclyVisible
      }
    }
  }
`);

const One = graphql(`
  query AccOne($id: ID!) {
    Accreditation(id: $id) {
      id
      state
      centreId
      history {
        action
        fromState
        toState
        reason
        actorName
        automatic
        onDate
      }
    }
  }
`);

const List = graphql(`
  query AccList($filter: AccreditationFilter) {
    allAccreditations(filter: $filter, perPage: 100) {
      id
      centreId
      state
    }
    _allAccreditationsMeta(filter: $filter) {
      count
    }
  }
`);

const Pipeline = graphql(`
  query AccPipeline {
    accreditationPipeline {
      byState {
        state
        count
      }
      candidatesOverdue
      renewalsWithinSixMonths
      publiclyListedCentres
      overdueActions
    }
  }
`);

const CentreListing = graphql(`
  query AccCentre($id: ID!) {
    Centre(id: $id) {
      publiclyListed
      publiclyVisible
      accreditations {
        kind
        state
      }
    }
  }
`);

const errorOf = (response: GraphQLResponse<unknown>) => response.errors?.[0];

describe('accreditation', () => {
  let t: TestApp;
  let national: TestSession;
  let adminA: TestSession;
  let adminB: TestSession;
  let coordinatorA: TestSession;
  let assessor: TestSession;
  let centreA: string;
  let centreA2: string;
  let centreB: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const orgA = await insertOrganisation(t.db, 'Alpha Contact');
    const orgB = await insertOrganisation(t.db, 'Bravo Contact');
    centreA = await insertCentre(t.db, orgA, 'Alpha Centre');
    centreA2 = await insertCentre(t.db, orgA, 'Alpha Annexe', ['SUPPORTED_CONTACT', 'SUPERVISED_CONTACT']);
    centreB = await insertCentre(t.db, orgB, 'Bravo Centre');
    await createUser(t.db, { email: 'national@acc.test', displayName: 'Nadia National', grants: [{ role: Role.NATIONAL_ADMIN }] });
    await createUser(t.db, { email: 'admin-a@acc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    await createUser(t.db, { email: 'admin-b@acc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgB }] });
    await createUser(t.db, { email: 'coordinator-a@acc.test', grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA] }] });
    await createUser(t.db, { email: 'assessor@acc.test', grants: [{ role: Role.ASSESSOR, centreIds: [centreB] }] });
    national = await t.signIn('national@acc.test');
    adminA = await t.signIn('admin-a@acc.test');
    adminB = await t.signIn('admin-b@acc.test');
    coordinatorA = await t.signIn('coordinator-a@acc.test');
    assessor = await t.signIn('assessor@acc.test');
  }, 60_000);

  afterAll(() => t?.close());

  let accreditationA: string;

  it('takes a centre from candidate to accredited, hides it when suspended and shows it again when reinstated', async () => {
    const started = dataOf(await national.graphql(Start, { centreId: centreA, kind: 'ACCREDITATION', reason: 'Application and signed working agreement received' })).startAccreditation!;
    accreditationA = started.id;
    expect(started).toMatchObject({ state: 'CANDIDATE', candidateSince: '2026-06-10', candidateDueBy: '2026-12-10', candidateOverdue: false, allowedActions: ['AWARD', 'SUSPEND', 'WITHDRAW'] });
    expect(dataOf(await adminA.graphql(CentreListing, { id: centreA })).Centre).toMatchObject({ publiclyListed: true, publiclyVisible: false });

    const awarded = dataOf(await national.graphql(Transition, { id: started.id, action: 'AWARD', reason: 'Assessment visit of 02/06/2026: all standards met', version: started.version })).transitionAccreditation!;
    expect(awarded).toMatchObject({ state: 'ACCREDITED', awardedOn: '2026-06-10', expiresOn: '2029-06-10', renewalDueFrom: '2028-12-10', daysToExpiry: 1096, centre: { publiclyVisible: true } });

    const suspended = dataOf(await national.graphql(Transition, { id: started.id, action: 'SUSPEND', reason: 'Operating outside the standards' })).transitionAccreditation!;
    expect(suspended).toMatchObject({ state: 'SUSPENDED', allowedActions: ['REINSTATE', 'REMOVE', 'WITHDRAW'], centre: { publiclyVisible: false } });
    const [listing] = await t.db.ownerQuery<{ listed: boolean }>('select listed from centre_public_listing where centre_id = $1', [centreA]);
    expect(listing!.listed).toBe(false);

    const reinstated = dataOf(await national.graphql(Transition, { id: started.id, action: 'REINSTATE', reason: 'Concerns resolved' })).transitionAccreditation!;
    expect(reinstated).toMatchObject({ state: 'ACCREDITED', expiresOn: '2029-06-10', centre: { publiclyVisible: true } });
  });

  it('keeps the history: who, when and why, oldest first; the audit trail records each step without the reason', async () => {
    const { history } = dataOf(await national.graphql(One, { id: accreditationA })).Accreditation!;
    expect(history.map((step) => [step.action, step.fromState, step.toState, step.actorName, step.automatic, step.onDate])).toEqual([
      [null, null, 'CANDIDATE', 'Nadia National', false, '2026-06-10'],
      ['AWARD', 'CANDIDATE', 'ACCREDITED', 'Nadia National', false, '2026-06-10'],
      ['SUSPEND', 'ACCREDITED', 'SUSPENDED', 'Nadia National', false, '2026-06-10'],
      ['REINSTATE', 'SUSPENDED', 'ACCREDITED', 'Nadia National', false, '2026-06-10'],
    ]);
    expect(history[2]!.reason).toBe('Operating outside the standards');
    const audited = await t.db.ownerQuery<{ action: string; changes: Record<string, unknown> }>(
      `select action, changes from audit_event where entity_type = 'AccreditationTransition' and organisation_id = (select organisation_id from centre where id = $1) order by occurred_at, id`,
      [centreA],
    );
    expect(audited).toHaveLength(4);
    expect(JSON.stringify(audited)).not.toContain('Operating outside the standards');
  });

  it('refuses an illegal step naming what is allowed, a step without a reason, and a stale version; nothing is written', async () => {
    const before = await t.db.ownerQuery('select count(*)::int as n from accreditation_transition');
    const illegal = await national.graphql(Transition, { id: accreditationA, action: 'REMOVE', reason: 'Trying' });
    expect(errorOf(illegal)).toMatchObject({
      message: 'An accreditation that is accredited cannot be removed; from accredited you can suspend or withdraw',
      extensions: { code: 'BAD_USER_INPUT', field: 'action' },
    });
    expect(errorOf(await national.graphql(Transition, { id: accreditationA, action: 'LAPSE', reason: 'Trying' }))).toMatchObject({
      message: '"lapse" happens by the date, overnight; from accredited you can suspend or withdraw',
      extensions: { field: 'action' },
    });
    expect(errorOf(await national.graphql(Transition, { id: accreditationA, action: 'SUSPEND', reason: '   ' }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    expect(errorOf(await national.graphql(Transition, { id: accreditationA, action: 'SUSPEND', reason: 'Stale', version: 1 }))).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await t.db.ownerQuery('select count(*)::int as n from accreditation_transition')).toEqual(before);
  });

  it('refuses a second accreditation of a kind, Enhanced Accreditation where there is no supervised contact, and an application dated in the future', async () => {
    expect(errorOf(await national.graphql(Start, { centreId: centreA, kind: 'ACCREDITATION', reason: 'Again' }))).toMatchObject({
      message: 'Alpha Centre already has this accreditation (accredited): take it on from there',
      extensions: { field: 'kind' },
    });
    expect(errorOf(await national.graphql(Start, { centreId: centreA, kind: 'ENHANCED_ACCREDITATION', reason: 'Supervised' }))).toMatchObject({ extensions: { field: 'kind' } });
    expect(errorOf(await national.graphql(Start, { centreId: centreA2, kind: 'ACCREDITATION', reason: 'Future', candidateSince: '2026-07-01' }))).toMatchObject({ extensions: { field: 'candidateSince' } });
    expect(dataOf(await national.graphql(Start, { centreId: centreA2, kind: 'ENHANCED_ACCREDITATION', reason: 'Supervised contact', candidateSince: '2025-11-01' })).startAccreditation).toMatchObject({
      state: 'CANDIDATE',
      candidateDueBy: '2026-05-01',
      candidateOverdue: true,
    });
  });

  it('shows each role the accreditations of the centres it may see, and lets none of them change one', async () => {
    const b = dataOf(await national.graphql(Start, { centreId: centreB, kind: 'ACCREDITATION', reason: 'Application received' })).startAccreditation!;
    const centresSeen = async (session: TestSession) => dataOf(await session.graphql(List, {})).allAccreditations.map((a) => a.centreId).sort();
    expect(await centresSeen(national)).toEqual([centreA, centreA2, centreB].sort());
    expect(await centresSeen(adminA)).toEqual([centreA, centreA2].sort());
    expect(await centresSeen(adminB)).toEqual([centreB]);
    expect(await centresSeen(coordinatorA)).toEqual([centreA]);
    expect(await centresSeen(assessor)).toEqual([centreB]);
    expect(errorOf(await adminB.graphql(One, { id: accreditationA }))!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    for (const session of [adminA, adminB, coordinatorA, assessor]) {
      expect(errorOf(await session.graphql(Transition, { id: b.id, action: 'SUSPEND', reason: 'Not mine to decide' }))!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(errorOf(await adminA.graphql(Pipeline))!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const pipeline = dataOf(await national.graphql(Pipeline)).accreditationPipeline;
    expect(pipeline.byState.find((s) => s.state === 'CANDIDATE')!.count).toBe(2);
    expect(pipeline.byState.find((s) => s.state === 'ACCREDITED')!.count).toBe(1);
    expect(pipeline).toMatchObject({ candidatesOverdue: 1, renewalsWithinSixMonths: 0, publiclyListedCentres: 1, overdueActions: 0 });
  });

  it('the database refuses to change the history, and writes by anyone but head office', async () => {
    await expect(t.db.ownerQuery(`update accreditation_transition set reason = 'rewritten' where accreditation_id = $1`, [accreditationA])).rejects.toThrow(/history: it cannot be changed/);
    const [{ organisation_id: orgA }] = await t.db.ownerQuery<{ organisation_id: string }>('select organisation_id from centre where id = $1', [centreA]) as [{ organisation_id: string }];
    const app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
    const as = async (settings: Record<string, string>, text: string, values: unknown[]) => {
      await app.query('begin');
      try {
        for (const [name, value] of Object.entries(settings)) await app.query('select set_config($1, $2, true)', [name, value]);
        return (await app.query(text, values)).rowCount;
      } finally {
        await app.query('rollback');
      }
    };
    try {
      const orgAdmin = { 'app.org_ids': `{${orgA}}` };
      // The organisation's admin reads its accreditation, and can neither change it nor add to its history.
      expect(await as(orgAdmin, 'select 1 from accreditation where id = $1', [accreditationA])).toBe(1);
      expect(await as(orgAdmin, `update accreditation set state = 'ACCREDITED' where id = $1`, [accreditationA])).toBe(0);
      await expect(
        as(orgAdmin, `insert into accreditation_transition (id, accreditation_id, centre_id, organisation_id, to_state, reason, on_date) values (gen_random_uuid(), $1, $2, $3, 'ACCREDITED', 'self-award', current_date)`, [accreditationA, centreA, orgA]),
      ).rejects.toThrow(/row-level security/);
      // Head office may (the control: the refusals above are the policies, not the statements).
      expect(await as({ 'app.national_admin': 'true', 'app.national': 'true' }, `update accreditation set updated_at = now() where id = $1`, [accreditationA])).toBe(1);
    } finally {
      await app.end();
    }
  });
});

describe('the nightly accreditation job', () => {
  let t: TestApp;
  let centre: string;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const org = await insertOrganisation(t.db, 'Charlie Contact');
    centre = await insertCentre(t.db, org, 'Charlie Centre');
  }, 60_000);

  afterAll(() => t?.close());

  const state = async () => (await t.db.ownerQuery<{ state: string; state_changed_on: string }>(`select state, to_char(state_changed_on, 'YYYY-MM-DD') as state_changed_on from accreditation where centre_id = $1`, [centre]))[0]!;
  const at = (date: string) => runAccreditationJob({ ownerUrl: t.db.ownerUrl, now: new Date(`${date}T02:30:00Z`) });

  async function accreditedOn(awardedOn: string): Promise<void> {
    await t.db.ownerQuery('delete from accreditation where centre_id = $1', [centre]);
    await t.db.ownerQuery(
      `insert into accreditation (id, centre_id, organisation_id, kind, state, candidate_since, awarded_on, expires_on, state_changed_on)
       values (gen_random_uuid(), $1, (select organisation_id from centre where id = $1), 'ACCREDITATION', 'ACCREDITED', $2::date - 90, $2, ($2::date + interval '3 years')::date, $2)`,
      [centre, awardedOn],
    );
  }

  it('marks renewal due on the day six months before expiry, not the day before, and only once', async () => {
    await accreditedOn('2023-12-11');
    expect(await at('2026-06-10')).toMatchObject({ ran: true, renewalsDue: 0, lapsed: 0 });
    expect((await state()).state).toBe('ACCREDITED');
    expect(await at('2026-06-11')).toMatchObject({ renewalsDue: 1, lapsed: 0 });
    expect(await state()).toEqual({ state: 'RENEWAL_DUE', state_changed_on: '2026-06-11' });
    expect(await at('2026-06-11')).toMatchObject({ ran: true, renewalsDue: 0, lapsed: 0 });
  });

  it('lapses the day after expiry, not on the expiry date, and only once', async () => {
    expect(await at('2026-12-11')).toMatchObject({ lapsed: 0 });
    expect((await state()).state).toBe('RENEWAL_DUE');
    expect(await at('2026-12-12')).toMatchObject({ lapsed: 1 });
    expect(await state()).toEqual({ state: 'LAPSED', state_changed_on: '2026-12-12' });
    expect(await at('2026-12-13')).toMatchObject({ renewalsDue: 0, lapsed: 0 });
  });

  it('catches up a missed window in one run: both steps, each dated by its boundary, audited with no user', async () => {
    await accreditedOn('2022-01-20');
    const outcome = await at('2026-06-10');
    expect(outcome).toMatchObject({ renewalsDue: 1, lapsed: 1 });
    const steps = await t.db.ownerQuery<{ action: string; on_date: string; actor_user_id: string | null }>(
      `select action, to_char(on_date, 'YYYY-MM-DD') as on_date, actor_user_id from accreditation_transition where centre_id = $1 order by on_date`,
      [centre],
    );
    expect(steps).toEqual([
      { action: 'MARK_RENEWAL_DUE', on_date: '2024-07-20', actor_user_id: null },
      { action: 'LAPSE', on_date: '2025-01-21', actor_user_id: null },
    ]);
    const audit = await t.db.ownerQuery<{ n: number }>(`select count(*)::int as n from audit_event where entity_type = 'Accreditation' and actor_user_id is null and request_id = $1`, [outcome.runId]);
    expect(audit[0]!.n).toBe(2);
  });
});
