import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestApp, dataOf, returnedNothing, type GraphQLResponse, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { beginScopedTransaction } from '../../tenancy/database-scope';
import { ANONYMOUS } from '../../tenancy/scope';
import { Role } from '../../auth/role';

/**
 * DBS checks under the DBS code of practice: the certificate number is written, never read back
 * (masked everywhere, not even selectable by the application's database role), revealed only to
 * an administrator of the person's organisation with a reason, and every reveal is audited once.
 * Head office, the training team and assessors see clearance status, never DBS details.
 */

const CreateDbsCheck = graphql(`
  mutation DbsCreate(
    $personId: ID!
    $level: DbsLevel!
    $certificateNumber: String!
    $issueDate: LocalDate!
    $decision: DbsDecision!
    $decidedAt: DateTimeISO
    $decidedBy: String
    $onUpdateService: Boolean
    $updateServiceSubscriptionId: String
  ) {
    createDbsCheck(
      personId: $personId
      level: $level
      certificateNumber: $certificateNumber
      issueDate: $issueDate
      decision: $decision
      decidedAt: $decidedAt
      decidedBy: $decidedBy
      onUpdateService: $onUpdateService
      updateServiceSubscriptionId: $updateServiceSubscriptionId
    ) {
      id
      personId
      organisationId
      level
      certificateNumber
      certificateHeld
      issueDate
      decision
      decidedBy
      decidedAt
      onUpdateService
      updateServiceSubscriptionId
      version
    }
  }
`);

const UpdateDbsCheck = graphql(`
  mutation DbsUpdate(
    $id: ID!
    $version: Int
    $level: DbsLevel
    $issueDate: LocalDate
    $decision: DbsDecision
    $onUpdateService: Boolean
    $updateServiceSubscriptionId: String
  ) {
    updateDbsCheck(
      id: $id
      version: $version
      level: $level
      issueDate: $issueDate
      decision: $decision
      onUpdateService: $onUpdateService
      updateServiceSubscriptionId: $updateServiceSubscriptionId
    ) {
      id
      level
      issueDate
      decision
      onUpdateService
      updateServiceSubscriptionId
      lastStatusCheckDate
      lastStatusCheckResult
      certificateNumber
      version
    }
  }
`);

const RecordStatusCheck = graphql(`
  mutation DbsStatusCheck($id: ID!, $checkedOn: LocalDate!, $result: StatusCheckResult!) {
    recordDbsStatusCheck(id: $id, checkedOn: $checkedOn, result: $result) {
      id
      lastStatusCheckDate
      lastStatusCheckResult
      certificateNumber
      version
    }
  }
`);

const Reveal = graphql(`
  mutation DbsReveal($id: ID!, $reason: String!) {
    revealDbsCertificateNumber(id: $id, reason: $reason)
  }
`);

const AllChecks = graphql(`
  query DbsAll($filter: DbsCheckFilter) {
    allDbsChecks(filter: $filter, perPage: 100) {
      id
      personId
      level
      certificateNumber
      certificateHeld
      certificatePurgedAt
    }
    _allDbsChecksMeta(filter: $filter) {
      count
    }
  }
`);

const CheckById = graphql(`
  query DbsById($id: ID!) {
    DbsCheck(id: $id) {
      id
      level
      decision
      certificateNumber
      certificateHeld
      certificatePurgedAt
    }
  }
`);

const PersonClearance = graphql(`
  query DbsPersonClearance($id: ID!) {
    Person(id: $id) {
      id
      clearanceStatus
      clearanceExpiresOn
      requiredDbsLevel
      latestDbsLevel
    }
  }
`);

const NOW = new Date('2026-06-15T11:00:00Z');
const TODAY = '2026-06-15';
const NUMBER = '001234567890';
const TYPED_NUMBER = '0012 3456 7890';
const MASK = '•••• •••• ••••';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const REASON = 'Checking the certificate with the DBS online service';

type Who = 'hq' | 'training' | 'assessor' | 'adminA' | 'adminB' | 'coordA1' | 'dual';

describe('DBS checks: masking and the audited reveal', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let a1: string;
  let a2: string;
  let person: string;
  let other: string;
  let check: string;
  let purged: string;
  const user = {} as Record<Who, string>;
  const session = {} as Record<Who, TestSession>;
  /** Every response of this file, except the bodies of successful reveals: none may hold the number. */
  const seen: string[] = [];
  const as = (who: Who) => ({
    graphql: async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<GraphQLResponse<TData>> => {
      const response = await session[who].graphql(document, variables);
      const revealed = (response.data as { revealDbsCertificateNumber?: string | null } | null | undefined)?.revealDbsCertificateNumber;
      if (!revealed) seen.push(JSON.stringify(response));
      return response;
    },
  });
  const reveals = () =>
    t.db.ownerQuery<{ id: string; actor_user_id: string; organisation_id: string; entity_type: string; entity_id: string; changes: Record<string, unknown>; request_id: string | null }>(
      `select id, actor_user_id, organisation_id, entity_type, entity_id, changes, request_id from audit_event where action = 'DBS_CERTIFICATE_REVEALED' order by occurred_at, id`,
    );
  const auditTrail = () => t.db.ownerQuery(`select id from audit_event where action not in ('LOGIN', 'LOGIN_FAILED', 'LOGOUT') order by id`);

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    orgA = await insertOrganisation(t.db, 'Alpha Family Contact');
    orgB = await insertOrganisation(t.db, 'Bravo Contact Services');
    a1 = await insertCentre(t.db, orgA, 'Alpha Meadows', ['SUPPORTED_CONTACT']);
    a2 = await insertCentre(t.db, orgA, 'Alpha Riverside', ['SUPERVISED_CONTACT']);
    const b1 = await insertCentre(t.db, orgB, 'Bravo Roath', ['SUPPORTED_CONTACT']);
    person = await insertPerson(t.db, orgA, { givenName: 'Dana', familyName: 'Okafor', centreIds: [a1] });
    other = await insertPerson(t.db, orgA, { givenName: 'Eli', familyName: 'Marsh', centreIds: [a2] });
    const grants: Record<Who, Parameters<typeof createUser>[1]['grants']> = {
      hq: [{ role: Role.NATIONAL_ADMIN }],
      training: [{ role: Role.TRAINING_TEAM }],
      assessor: [{ role: Role.ASSESSOR, centreIds: [a1] }],
      adminA: [{ role: Role.ORG_ADMIN, organisationId: orgA }],
      adminB: [{ role: Role.ORG_ADMIN, organisationId: orgB }],
      coordA1: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [a1] }],
      // An administrator elsewhere who coordinates one of A's centres: sees A1's people, is not A's admin.
      dual: [
        { role: Role.ORG_ADMIN, organisationId: orgB },
        { role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [a1] },
      ],
    };
    for (const who of Object.keys(grants) as Who[]) {
      user[who] = await createUser(t.db, { email: `${who}@dbs.test`, displayName: `${who} user`, grants: grants[who] });
      session[who] = await t.signIn(`${who}@dbs.test`);
    }
    void b1;
  });
  afterAll(() => t.close());

  it('records a check with the number stored (spaces removed) and answers it masked', async () => {
    const { createDbsCheck } = dataOf(
      await as('adminA').graphql(CreateDbsCheck, {
        personId: person,
        level: 'ENHANCED_BARRED',
        certificateNumber: TYPED_NUMBER,
        issueDate: '2026-03-02',
        decision: 'CLEARED',
        decidedAt: '2026-03-09T10:00:00Z',
      }),
    );
    check = createDbsCheck!.id;
    expect(createDbsCheck).toMatchObject({
      personId: person,
      organisationId: orgA,
      level: 'ENHANCED_BARRED',
      certificateNumber: MASK,
      certificateHeld: true,
      decidedBy: 'adminA user',
      version: 1,
    });
    expect(await t.db.ownerQuery('select certificate_number, organisation_id from dbs_check where id = $1', [check])).toEqual([
      { certificate_number: NUMBER, organisation_id: orgA },
    ]);
  });

  it.each<Who>(['adminA', 'coordA1', 'dual'])('allDbsChecks and DbsCheck(id) as %s show the number masked', async (who) => {
    const { allDbsChecks, _allDbsChecksMeta } = dataOf(await as(who).graphql(AllChecks, { filter: { personId: person } }));
    expect(allDbsChecks).toEqual([{ id: check, personId: person, level: 'ENHANCED_BARRED', certificateNumber: MASK, certificateHeld: true, certificatePurgedAt: null }]);
    expect(_allDbsChecksMeta.count).toBe(1);
    const { DbsCheck } = dataOf(await as(who).graphql(CheckById, { id: check }));
    expect(DbsCheck).toMatchObject({ id: check, certificateNumber: MASK, certificateHeld: true });
  });

  describe('the application role cannot read the column', () => {
    it.each([
      ['a direct select', 'select certificate_number from dbs_check'],
      ['select *', 'select * from dbs_check'],
      ['a whole-row reference', 'select d::text from dbs_check d'],
      ['a filter on it (an oracle)', `select id from dbs_check where certificate_number like '0%'`],
      ['an update filtering on it', `update dbs_check set decided_by = decided_by where certificate_number = '${NUMBER}'`],
      ['an update returning it', 'update dbs_check set decided_by = decided_by returning certificate_number'],
    ])('%s as the application role is refused', async (_label, sql) => {
      // As an administrator of the check's organisation, inside a scoped transaction, like a request.
      const em = t.db.orm.em.fork();
      await beginScopedTransaction(em, { ...ANONYMOUS, organisationIds: [orgA] }, { userId: user.adminA, requestId: 'dbs-spec', ip: undefined });
      try {
        await expect(em.execute(sql)).rejects.toThrow(/permission denied/);
      } finally {
        await em.rollback();
      }
    });

    it('even outside any request scope', async () => {
      await expect(t.db.orm.em.fork().execute('select certificate_number from dbs_check')).rejects.toThrow(/permission denied/);
      // The owner can: the column is there and holds the number.
      expect(await t.db.ownerQuery('select count(*)::int as n from dbs_check where certificate_number = $1', [NUMBER])).toEqual([{ n: 1 }]);
    });
  });

  describe('revealDbsCertificateNumber', () => {
    it('as the organisation administrator returns the number and writes exactly one audit event', async () => {
      const before = await reveals();
      const response = await as('adminA').graphql(Reveal, { id: check, reason: `  ${REASON}  ` });
      expect(dataOf(response).revealDbsCertificateNumber).toBe(NUMBER);
      const after = await reveals();
      expect(after).toHaveLength(before.length + 1);
      expect(after.at(-1)).toEqual({
        id: expect.any(String),
        actor_user_id: user.adminA,
        organisation_id: orgA,
        entity_type: 'DbsCheck',
        entity_id: check,
        // The reason, as the DBS code of practice asks; no value about the person.
        changes: { reason: REASON },
        request_id: expect.any(String),
      });
    });

    it('is audited every time: a second reveal is a second event', async () => {
      const before = await reveals();
      dataOf(await as('adminA').graphql(Reveal, { id: check, reason: 'Second look for the annual audit' }));
      expect(await reveals()).toHaveLength(before.length + 1);
    });

    // Every row has all five values: jest passes a `done` callback for missing trailing ones.
    it.each<[string, Who, string, string | undefined, () => { id: string; reason: string }]>([
      ['a blank reason', 'adminA', 'BAD_USER_INPUT', 'reason', () => ({ id: check, reason: '   ' })],
      ['an empty reason', 'adminA', 'BAD_USER_INPUT', 'reason', () => ({ id: check, reason: '' })],
      ['a coordinator of the centre', 'coordA1', 'FORBIDDEN', undefined, () => ({ id: check, reason: REASON })],
      ['head office', 'hq', 'FORBIDDEN', undefined, () => ({ id: check, reason: REASON })],
      ['the training team', 'training', 'FORBIDDEN', undefined, () => ({ id: check, reason: REASON })],
      ['an assessor of the centre', 'assessor', 'FORBIDDEN', undefined, () => ({ id: check, reason: REASON })],
      ['an administrator of another organisation', 'adminB', 'NOT_FOUND', undefined, () => ({ id: check, reason: REASON })],
      ["another organisation's administrator who coordinates the centre", 'dual', 'FORBIDDEN', undefined, () => ({ id: check, reason: REASON })],
      ['an id that does not exist', 'adminA', 'NOT_FOUND', undefined, () => ({ id: NO_SUCH_ID, reason: REASON })],
    ])('refused for %s (as %s): %s, nothing audited, no number', async (_label, who, code, field, variables) => {
      const trail = await auditTrail();
      const response = await as(who).graphql(Reveal, variables());
      expect(returnedNothing(response)).toBe(true);
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.extensions).toMatchObject(field ? { code, field } : { code });
      expect(JSON.stringify(response)).not.toContain(NUMBER);
      expect(await auditTrail()).toEqual(trail);
    });

    it("answers another organisation's check exactly as an id that does not exist", async () => {
      const foreign = await as('adminB').graphql(Reveal, { id: check, reason: REASON });
      const missing = await as('adminB').graphql(Reveal, { id: NO_SUCH_ID, reason: REASON });
      expect(JSON.stringify(foreign).replaceAll(check, '<id>')).toBe(JSON.stringify(missing).replaceAll(NO_SUCH_ID, '<id>'));
    });

    it('refuses a purged number (BAD_USER_INPUT on id), keeps the decision, audits nothing', async () => {
      purged = await insertDbsCheck(t.db, other, { level: 'ENHANCED_BARRED', issueDate: '2025-06-02', certificateNumber: null, purgedAt: '2025-12-10T02:00:00Z' });
      const trail = await auditTrail();
      const response = await as('adminA').graphql(Reveal, { id: purged, reason: REASON });
      expect(returnedNothing(response)).toBe(true);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(response.errors?.[0]?.message).toContain('10/12/2025');
      expect(await auditTrail()).toEqual(trail);
      const { DbsCheck } = dataOf(await as('adminA').graphql(CheckById, { id: purged }));
      expect(DbsCheck).toEqual({ id: purged, level: 'ENHANCED_BARRED', decision: 'CLEARED', certificateNumber: null, certificateHeld: false, certificatePurgedAt: '2025-12-10T02:00:00.000Z' });
    });
  });

  describe('what head office, the training team and assessors see', () => {
    it.each<Who>(['hq', 'training', 'assessor'])('allDbsChecks, _allDbsChecksMeta and DbsCheck(id) are FORBIDDEN to %s', async (who) => {
      for (const response of [await as(who).graphql(AllChecks, {}), await as(who).graphql(CheckById, { id: check })]) {
        expect(returnedNothing(response)).toBe(true);
        expect(response.errors?.map((e) => e.extensions?.code)).toEqual(expect.arrayContaining(['FORBIDDEN']));
        expect(response.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
      }
    });

    it.each<Who>(['hq', 'training', 'assessor'])("%s sees the person's clearance status, but not the level of their DBS", async (who) => {
      const { Person } = dataOf(await as(who).graphql(PersonClearance, { id: person }));
      expect(Person).toEqual({ id: person, clearanceStatus: 'CLEARED', clearanceExpiresOn: '2029-03-02', requiredDbsLevel: 'ENHANCED', latestDbsLevel: null });
    });

    it.each<Who>(['adminA', 'coordA1'])("%s, who manages the person's safeguarding, sees the level", async (who) => {
      const { Person } = dataOf(await as(who).graphql(PersonClearance, { id: person }));
      expect(Person).toMatchObject({ clearanceStatus: 'CLEARED', latestDbsLevel: 'ENHANCED_BARRED' });
    });

    it('an assessor does not see people of centres they do not assess', async () => {
      const response = await as('assessor').graphql(PersonClearance, { id: other });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('DBS rules', () => {
    let onService: string;

    it('refuses an issue date in the future or before 1950, naming it', async () => {
      for (const issueDate of ['2026-06-16', '1949-12-31']) {
        const response = await as('adminA').graphql(CreateDbsCheck, { personId: other, level: 'ENHANCED', certificateNumber: NUMBER, issueDate, decision: 'CLEARED' });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issueDate' });
      }
    });

    it('refuses a decision before the certificate was issued, or in the future', async () => {
      for (const decidedAt of ['2026-03-01T12:00:00Z', '2999-01-01T00:00:00Z']) {
        const response = await as('adminA').graphql(CreateDbsCheck, { personId: other, level: 'ENHANCED', certificateNumber: NUMBER, issueDate: '2026-03-02', decision: 'CLEARED', decidedAt });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decidedAt' });
      }
    });

    it('refuses a subscription id without the Update Service, and a malformed certificate number', async () => {
      const noService = await as('adminA').graphql(CreateDbsCheck, {
        personId: other, level: 'ENHANCED', certificateNumber: NUMBER, issueDate: '2026-03-02', decision: 'CLEARED', updateServiceSubscriptionId: 'SUB-12345',
      });
      expect(noService.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updateServiceSubscriptionId' });
      const letters = await as('adminA').graphql(CreateDbsCheck, { personId: other, level: 'ENHANCED', certificateNumber: 'ABC123456789', issueDate: '2026-03-02', decision: 'CLEARED' });
      expect(letters.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certificateNumber' });
    });

    it('a coordinator records checks for the people of their centre only', async () => {
      const own = await as('coordA1').graphql(CreateDbsCheck, {
        personId: person, level: 'ENHANCED_BARRED', certificateNumber: '009988776655', issueDate: '2025-01-06', decision: 'CLEARED', onUpdateService: true, updateServiceSubscriptionId: 'SUB-77',
      });
      onService = dataOf(own).createDbsCheck!.id;
      const elsewhere = await as('coordA1').graphql(CreateDbsCheck, { personId: other, level: 'ENHANCED', certificateNumber: NUMBER, issueDate: '2026-03-02', decision: 'CLEARED' });
      expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
      expect(await t.db.ownerQuery('select count(*)::int as n from dbs_check where person_id = $1', [other])).toEqual([{ n: 1 }]);
    });

    it('recordDbsStatusCheck: only on the Update Service, dated between issue and today', async () => {
      const notOnService = await as('adminA').graphql(RecordStatusCheck, { id: check, checkedOn: '2026-06-01', result: 'NO_NEW_INFORMATION' });
      expect(notOnService.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      for (const checkedOn of ['2025-01-05', '2026-06-16']) {
        const response = await as('adminA').graphql(RecordStatusCheck, { id: onService, checkedOn, result: 'NO_NEW_INFORMATION' });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checkedOn' });
      }
      expect(await t.db.ownerQuery('select last_status_check_date, version from dbs_check where id = $1', [onService])).toEqual([{ last_status_check_date: null, version: 1 }]);

      const recorded = dataOf(await as('adminA').graphql(RecordStatusCheck, { id: onService, checkedOn: '2026-05-01', result: 'NO_NEW_INFORMATION' })).recordDbsStatusCheck!;
      expect(recorded).toMatchObject({ lastStatusCheckDate: '2026-05-01', lastStatusCheckResult: 'NO_NEW_INFORMATION', certificateNumber: MASK, version: 2 });
    });

    it('a status check that found new information means a new check is needed', async () => {
      // The person's latest check by issue date is `check` (2026); this one is older, so it does not count yet.
      const [row] = await t.db.ownerQuery<{ status: string }>('select status from person_clearance where person_id = $1', [person]);
      expect(row!.status).toBe('CLEARED');
      const newer = dataOf(
        await as('adminA').graphql(CreateDbsCheck, {
          personId: other, level: 'ENHANCED_BARRED', certificateNumber: '005544332211', issueDate: '2026-04-01', decision: 'CLEARED', onUpdateService: true, updateServiceSubscriptionId: 'SUB-88',
        }),
      ).createDbsCheck!;
      dataOf(await as('adminA').graphql(RecordStatusCheck, { id: newer.id, checkedOn: '2026-06-10', result: 'NEW_INFORMATION' }));
      expect(dataOf(await as('adminA').graphql(PersonClearance, { id: other })).Person).toMatchObject({ clearanceStatus: 'NEEDS_NEW_CHECK' });
    });

    it('updateDbsCheck: a stale version is a CONFLICT and changes nothing', async () => {
      const first = dataOf(await as('adminA').graphql(UpdateDbsCheck, { id: onService, version: 2, decision: 'CLEARED_AFTER_RISK_ASSESSMENT' })).updateDbsCheck!;
      expect(first).toMatchObject({ decision: 'CLEARED_AFTER_RISK_ASSESSMENT', version: 3 });
      const stale = await as('coordA1').graphql(UpdateDbsCheck, { id: onService, version: 2, level: 'BASIC' });
      expect(returnedNothing(stale)).toBe(true);
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await t.db.ownerQuery('select level, decision, version from dbs_check where id = $1', [onService])).toEqual([
        { level: 'ENHANCED_BARRED', decision: 'CLEARED_AFTER_RISK_ASSESSMENT', version: 3 },
      ]);
    });

    it('updateDbsCheck: the issue date cannot move after the last status check, nor into the future', async () => {
      for (const issueDate of ['2026-05-02', '2026-06-16']) {
        const response = await as('adminA').graphql(UpdateDbsCheck, { id: onService, issueDate });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issueDate' });
      }
      expect(await t.db.ownerQuery('select issue_date::text as issue_date from dbs_check where id = $1', [onService])).toEqual([{ issue_date: '2025-01-06' }]);
      const moved = dataOf(await as('adminA').graphql(UpdateDbsCheck, { id: onService, issueDate: '2025-02-03' })).updateDbsCheck!;
      expect(moved.issueDate).toBe('2025-02-03');
    });

    it('updateDbsCheck: leaving the Update Service clears the subscription and what its status checks vouched for', async () => {
      const off = dataOf(await as('adminA').graphql(UpdateDbsCheck, { id: onService, onUpdateService: false })).updateDbsCheck!;
      expect(off).toMatchObject({ onUpdateService: false, updateServiceSubscriptionId: null, lastStatusCheckDate: null, lastStatusCheckResult: null });
      const subscription = await as('adminA').graphql(UpdateDbsCheck, { id: onService, updateServiceSubscriptionId: 'SUB-99' });
      expect(subscription.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updateServiceSubscriptionId' });
    });

    it("updates and status checks of another organisation's check are NOT_FOUND", async () => {
      for (const response of [
        await as('adminB').graphql(UpdateDbsCheck, { id: check, level: 'BASIC' }),
        await as('adminB').graphql(RecordStatusCheck, { id: onService, checkedOn: TODAY, result: 'NEW_INFORMATION' }),
      ]) {
        expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      expect(await t.db.ownerQuery('select level from dbs_check where id = $1', [check])).toEqual([{ level: 'ENHANCED_BARRED' }]);
    });
  });

  describe('the number never leaves', () => {
    it('no audit entry holds the number, in any column, though the checks were created, changed and revealed', async () => {
      const [counts] = await t.db.ownerQuery<{ dbs: number; reveals: number; leaks: number }>(
        `select count(*) filter (where entity_type = 'DbsCheck' and action in ('CREATE', 'UPDATE'))::int as dbs,
                count(*) filter (where action = 'DBS_CERTIFICATE_REVEALED')::int as reveals,
                count(*) filter (where row_to_json(a)::text ~ $1)::int as leaks
         from audit_event a`,
        [`${NUMBER}|${TYPED_NUMBER}|009988776655|005544332211`],
      );
      expect(counts!.dbs).toBeGreaterThan(3);
      expect(counts!.reveals).toBe(2);
      expect(counts!.leaks).toBe(0);
      const [created] = await t.db.ownerQuery<{ changes: Record<string, unknown> }>(`select changes from audit_event where entity_id = $1 and action = 'CREATE'`, [check]);
      expect(created!.changes.certificate_number).toEqual({ redacted: true });
    });

    it('no response of this file held a number, except the reveals themselves', () => {
      expect(seen.length).toBeGreaterThan(30);
      for (const number of [NUMBER, TYPED_NUMBER, '009988776655', '005544332211']) {
        expect(seen.filter((body) => body.includes(number))).toEqual([]);
      }
    });
  });
});

describe('DBS decision dates are UK calendar dates', () => {
  let t: TestApp;
  let session: TestSession;
  let person: string;

  beforeAll(async () => {
    // 23:30 UTC on 15 June is 00:30 on 16 June in London (BST).
    t = await createTestApp({ now: new Date('2026-06-15T23:30:00Z') });
    const organisation = await insertOrganisation(t.db, 'Midnight Trust');
    const centre = await insertCentre(t.db, organisation, 'Midnight Centre');
    person = await insertPerson(t.db, organisation, { familyName: 'Late', centreIds: [centre] });
    await createUser(t.db, { email: 'admin@midnight.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    session = await t.signIn('admin@midnight.test');
  });
  afterAll(() => t.close());

  it('accepts a check issued today and decided now, just after midnight in London', async () => {
    const response = await session.graphql(CreateDbsCheck, {
      personId: person,
      level: 'ENHANCED',
      certificateNumber: NUMBER,
      issueDate: '2026-06-16',
      decision: 'CLEARED',
      decidedAt: '2026-06-15T23:30:00Z',
    });
    expect(dataOf(response).createDbsCheck).toMatchObject({ issueDate: '2026-06-16', decidedAt: '2026-06-15T23:30:00.000Z' });
  });
});
