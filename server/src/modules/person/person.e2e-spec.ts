import { createTestApp, dataOf, returnedNothing, type GraphQLResponse, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { Role } from '../../auth/role';

/**
 * The rules for people: who they are, where they work (a move keeps their history), when they
 * left; which coordinators manage whom; when a record may be deleted. Every refusal names the
 * argument and writes nothing (checked as the owner).
 */

const CreatePerson = graphql(`
  mutation PplCreate(
    $organisationId: ID!
    $givenName: String!
    $familyName: String!
    $personType: PersonType!
    $startDate: LocalDate!
    $email: String
    $phone: String
    $centreIds: [ID!]
    $notes: String
  ) {
    createPerson(
      organisationId: $organisationId
      givenName: $givenName
      familyName: $familyName
      personType: $personType
      startDate: $startDate
      email: $email
      phone: $phone
      centreIds: $centreIds
      notes: $notes
    ) {
      id
      organisationId
      givenName
      familyName
      fullName
      email
      phone
      personType
      startDate
      leaveDate
      status
      centreIds
      notes
      version
    }
  }
`);

const UpdatePerson = graphql(`
  mutation PplUpdate(
    $id: ID!
    $version: Int
    $givenName: String
    $email: String
    $startDate: LocalDate
    $leaveDate: LocalDate
    $status: PersonStatus
    $centreIds: [ID!]
  ) {
    updatePerson(id: $id, version: $version, givenName: $givenName, email: $email, startDate: $startDate, leaveDate: $leaveDate, status: $status, centreIds: $centreIds) {
      id
      givenName
      email
      startDate
      leaveDate
      status
      centreIds
      version
      centreHistory {
        centreId
        startedOn
        endedOn
      }
    }
  }
`);

const DeletePerson = graphql(`
  mutation PplDelete($id: ID!) {
    deletePerson(id: $id) {
      id
      fullName
    }
  }
`);

const GetPerson = graphql(`
  query PplGet($id: ID!) {
    Person(id: $id) {
      id
      status
      leaveDate
      centreIds
      version
      organisation {
        id
      }
      centreHistory {
        centreId
        startedOn
        endedOn
      }
    }
  }
`);

const NOW = new Date('2026-06-15T11:00:00Z');
const TODAY = '2026-06-15';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('people', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let a1: string;
  let a2: string;
  let a3: string;
  let b1: string;
  let adminA: TestSession;
  let adminB: TestSession;
  let coordA1: TestSession;

  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions;
  const tables = () =>
    t.db.ownerQuery(`select
      (select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from person p) as people,
      (select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from person_centre_assignment a) as spells,
      (select md5(coalesce(string_agg(d::text, '|' order by d.id), '')) from dbs_check d) as checks,
      (select count(*) from audit_event where action not in ('LOGIN', 'LOGIN_FAILED', 'LOGOUT')) as audit`);
  /** A refused call: the code (and field), no data, and nothing written. */
  async function expectRefused(call: () => Promise<GraphQLResponse<unknown>>, code: string, field?: string) {
    const before = await tables();
    const response = await call();
    expect(returnedNothing(response)).toBe(true);
    expect(response.errors).toHaveLength(1);
    expect(codeOf(response)).toMatchObject(field ? { code, field } : { code });
    expect(await tables()).toEqual(before);
    return response;
  }
  const spells = (personId: string) =>
    t.db.ownerQuery<{ centre_id: string; started_on: string; ended_on: string | null }>(
      `select centre_id, started_on::text as started_on, ended_on::text as ended_on from person_centre_assignment where person_id = $1 order by started_on, ended_on nulls last, centre_id`,
      [personId],
    );
  const row = async (personId: string) =>
    (await t.db.ownerQuery<{ status: string; leave_date: string | null; start_date: string; centre_ids: string[]; email: string | null; version: number }>(
      `select status, leave_date::text as leave_date, start_date::text as start_date, centre_ids, email, version from person where id = $1`,
      [personId],
    ))[0];
  const valid = () => ({ organisationId: orgA, givenName: 'Sam', familyName: 'Jones', personType: 'VOLUNTEER' as const, startDate: '2026-01-05', centreIds: [a1] });

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    orgA = await insertOrganisation(t.db, 'Alpha Family Contact');
    orgB = await insertOrganisation(t.db, 'Bravo Contact Services');
    a1 = await insertCentre(t.db, orgA, 'Alpha Meadows');
    a2 = await insertCentre(t.db, orgA, 'Alpha Beeston');
    a3 = await insertCentre(t.db, orgA, 'Alpha Riverside', ['SUPERVISED_CONTACT']);
    b1 = await insertCentre(t.db, orgB, 'Bravo Roath');
    await createUser(t.db, { email: 'admin@alpha.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    await createUser(t.db, { email: 'admin@bravo.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgB }] });
    await createUser(t.db, { email: 'coordinator@alpha.test', grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [a1] }] });
    adminA = await t.signIn('admin@alpha.test');
    adminB = await t.signIn('admin@bravo.test');
    coordA1 = await t.signIn('coordinator@alpha.test');
  });
  afterAll(() => t.close());

  describe('createPerson', () => {
    it('creates a person, tidied, with an open spell at each centre from their start date and one audit entry', async () => {
      const created = dataOf(
        await adminA.graphql(CreatePerson, { ...valid(), givenName: '  Sam ', email: 'Sam.Jones@Example.ORG', phone: '+44 115 496 0000', centreIds: [a1, a2], notes: ' Weekends ' }),
      ).createPerson!;
      expect(created).toEqual({
        id: expect.any(String),
        organisationId: orgA,
        givenName: 'Sam',
        familyName: 'Jones',
        fullName: 'Sam Jones',
        email: 'sam.jones@example.org',
        phone: '+44 115 496 0000',
        personType: 'VOLUNTEER',
        startDate: '2026-01-05',
        leaveDate: null,
        status: 'ACTIVE',
        centreIds: [a1, a2],
        notes: 'Weekends',
        version: 1,
      });
      expect(await spells(created.id)).toEqual([
        { centre_id: [a1, a2].sort()[0], started_on: '2026-01-05', ended_on: null },
        { centre_id: [a1, a2].sort()[1], started_on: '2026-01-05', ended_on: null },
      ]);
      expect(await t.db.ownerQuery(`select action from audit_event where entity_id = $1`, [created.id])).toEqual([{ action: 'CREATE' }]);
    });

    // Every row has all four values: jest passes a `done` callback for missing trailing ones.
    it.each<[string, () => Record<string, unknown>, string, string]>([
      ['a start date before 1950', () => ({ startDate: '1949-12-31' }), 'BAD_USER_INPUT', 'startDate'],
      ['a start date more than a year ahead', () => ({ startDate: '2027-06-17' }), 'BAD_USER_INPUT', 'startDate'],
      ['an email that is not one', () => ({ email: 'sam at example' }), 'BAD_USER_INPUT', 'email'],
      ["another person's email in the organisation (any case)", () => ({ email: 'SAM.JONES@example.org' }), 'BAD_USER_INPUT', 'email'],
      ["a centre of another organisation", () => ({ centreIds: [b1] }), 'BAD_USER_INPUT', 'centreIds'],
      ["an own centre and another organisation's", () => ({ centreIds: [a1, b1] }), 'BAD_USER_INPUT', 'centreIds'],
      ['a centre that does not exist', () => ({ centreIds: [NO_SUCH_ID] }), 'BAD_USER_INPUT', 'centreIds'],
      ['the same centre twice', () => ({ centreIds: [a1, a1] }), 'BAD_USER_INPUT', 'centreIds'],
      ['another organisation', () => ({ organisationId: orgB }), 'BAD_USER_INPUT', 'organisationId'],
      ['an organisation that does not exist', () => ({ organisationId: NO_SUCH_ID }), 'BAD_USER_INPUT', 'organisationId'],
      ['a blank given name', () => ({ givenName: '   ' }), 'BAD_USER_INPUT', 'givenName'],
      ['a phone number with letters', () => ({ phone: 'call me maybe' }), 'BAD_USER_INPUT', 'phone'],
    ])('refuses %s, naming the argument, and writes nothing', async (_label, change, code, field) => {
      await expectRefused(() => adminA.graphql(CreatePerson, { ...valid(), ...change() }), code, field);
    });

    it('accepts a start date exactly a year (366 days) ahead', async () => {
      const created = dataOf(await adminA.graphql(CreatePerson, { ...valid(), familyName: 'Planned', startDate: '2027-06-16' })).createPerson!;
      expect(created.startDate).toBe('2027-06-16');
    });

    it("answers another organisation's id exactly as one that does not exist", async () => {
      const foreign = await adminA.graphql(CreatePerson, { ...valid(), organisationId: orgB });
      const missing = await adminA.graphql(CreatePerson, { ...valid(), organisationId: NO_SUCH_ID });
      expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    });

    it('allows the same email in another organisation', async () => {
      const created = dataOf(await adminB.graphql(CreatePerson, { ...valid(), organisationId: orgB, centreIds: [b1], email: 'sam.jones@example.org' })).createPerson!;
      expect(created).toMatchObject({ organisationId: orgB, email: 'sam.jones@example.org' });
    });
  });

  describe('updatePerson', () => {
    let person: string;
    let version: number;

    beforeAll(async () => {
      person = await insertPerson(t.db, orgA, { givenName: 'Robin', familyName: 'Hale', email: 'robin@example.org', startDate: '2024-01-08', centreIds: [a1] });
      version = 1;
    });
    const update = (variables: Record<string, unknown>) => adminA.graphql(UpdatePerson, { id: person, ...variables });

    it.each<[string, () => Record<string, unknown>, string]>([
      ['a leave date before the start date', () => ({ leaveDate: '2024-01-07' }), 'leaveDate'],
      ['a leave date more than a year ahead', () => ({ leaveDate: '2027-06-17' }), 'leaveDate'],
      ['ACTIVE with a leave date', () => ({ status: 'ACTIVE', leaveDate: '2026-05-01' }), 'leaveDate'],
      ["another person's email", () => ({ email: 'Sam.Jones@example.org' }), 'email'],
      ['an email that is not one', () => ({ email: 'robin@' }), 'email'],
      ['a start date before 1950', () => ({ startDate: '1800-01-01' }), 'startDate'],
      ["a centre of another organisation", () => ({ centreIds: [b1] }), 'centreIds'],
    ])('refuses %s, naming the argument, and writes nothing', async (_label, change, field) => {
      await expectRefused(() => update(change()), 'BAD_USER_INPUT', field);
    });

    it('keeps its own email (no clash with itself)', async () => {
      const updated = dataOf(await update({ email: 'ROBIN@example.org', givenName: 'Robyn' })).updatePerson!;
      expect(updated).toMatchObject({ email: 'robin@example.org', givenName: 'Robyn', version: ++version });
    });

    it('a stale version is a CONFLICT and changes nothing', async () => {
      await expectRefused(() => update({ version: version - 1, givenName: 'Stale' }), 'CONFLICT');
      expect((await row(person))!.version).toBe(version);
    });

    it('moving to another centre closes the old spell today and opens a new one: the history is kept', async () => {
      const moved = dataOf(await update({ version, centreIds: [a2] })).updatePerson!;
      version = moved.version;
      expect(moved.centreIds).toEqual([a2]);
      expect(moved.centreHistory).toEqual([
        { centreId: a2, startedOn: TODAY, endedOn: null },
        { centreId: a1, startedOn: '2024-01-08', endedOn: TODAY },
      ]);
      expect((await row(person))!.centre_ids).toEqual([a2]);
    });

    it('moving back opens a new spell; the old ones stay closed', async () => {
      dataOf(await update({ centreIds: [a2, a1] }));
      expect(await spells(person)).toEqual([
        { centre_id: a1, started_on: '2024-01-08', ended_on: TODAY },
        ...[
          { centre_id: a1, started_on: TODAY, ended_on: null },
          { centre_id: a2, started_on: TODAY, ended_on: null },
        ].sort((x, y) => x.centre_id.localeCompare(y.centre_id)),
      ]);
      // Unchanged centres are no change at all: no new spell, no new version.
      const before = await row(person);
      const same = dataOf(await update({ centreIds: [a1, a2] })).updatePerson!;
      expect(same.version).toBe(before!.version);
      expect(await spells(person)).toHaveLength(3);
      version = same.version;
    });

    it('a leave date records that they left', async () => {
      const left = dataOf(await update({ leaveDate: '2026-06-01' })).updatePerson!;
      expect(left).toMatchObject({ status: 'LEFT', leaveDate: '2026-06-01' });
      expect(await row(person)).toMatchObject({ status: 'LEFT', leave_date: '2026-06-01' });
    });

    it('moving the start date after the leave date is refused on startDate, not a database error', async () => {
      await expectRefused(() => update({ startDate: '2026-06-10' }), 'BAD_USER_INPUT', 'startDate');
    });

    it('rejoining (ACTIVE) clears the leave date; LEFT without a date means today', async () => {
      expect(dataOf(await update({ status: 'ACTIVE' })).updatePerson).toMatchObject({ status: 'ACTIVE', leaveDate: null });
      expect(dataOf(await update({ status: 'LEFT' })).updatePerson).toMatchObject({ status: 'LEFT', leaveDate: TODAY });
      expect(await row(person)).toMatchObject({ status: 'LEFT', leave_date: TODAY });
    });
  });

  // A move for someone whose start date is still to come takes effect when they start; the spell
  // they had not begun is withdrawn, not ended before it began.
  it("moving someone who has not started yet never makes a spell that ends before it starts, or starts before they do", async () => {
    const person = await insertPerson(t.db, orgA, { familyName: 'NotYetStarted', startDate: '2026-09-01', centreIds: [a1] });
    dataOf(await adminA.graphql(UpdatePerson, { id: person, centreIds: [a2] }));
    for (const spell of await spells(person)) {
      expect(spell.started_on >= '2026-09-01').toBe(true);
      if (spell.ended_on) expect(spell.ended_on >= spell.started_on).toBe(true);
    }
  });

  describe('coordinators manage the people of their centres', () => {
    let atA1: string;
    let atA2: string;
    let atBoth: string;

    beforeAll(async () => {
      atA1 = await insertPerson(t.db, orgA, { familyName: 'AtMeadows', centreIds: [a1], startDate: '2023-03-06' });
      atA2 = await insertPerson(t.db, orgA, { familyName: 'AtBeeston', email: 'beeston@example.org', centreIds: [a2], startDate: '2023-03-06' });
      atBoth = await insertPerson(t.db, orgA, { familyName: 'AtBoth', centreIds: [a1, a2], startDate: '2023-03-06' });
    });

    it('creates a person at their own centre', async () => {
      const created = dataOf(await coordA1.graphql(CreatePerson, { ...valid(), familyName: 'ByCoordinator' })).createPerson!;
      expect(created).toMatchObject({ organisationId: orgA, centreIds: [a1] });
    });

    it.each<[string, () => Record<string, unknown>, string]>([
      ['at a sibling centre they do not run', () => ({ centreIds: [a2] }), 'centreIds'],
      ['at no centre', () => ({ centreIds: [] }), 'centreIds'],
      ['without naming a centre', () => ({ centreIds: undefined }), 'centreIds'],
      ['in another organisation', () => ({ organisationId: orgB, centreIds: [b1] }), 'organisationId'],
      ["with the email of someone at a centre they cannot see (the unique index decides)", () => ({ email: 'Beeston@example.org' }), 'email'],
    ])('refuses to create a person %s, and writes nothing', async (_label, change, field) => {
      await expectRefused(() => coordA1.graphql(CreatePerson, { ...valid(), familyName: 'Refused', ...change() }), 'BAD_USER_INPUT', field);
    });

    it('cannot see, change or delete someone at a centre they do not run: NOT_FOUND', async () => {
      await expectRefused(() => coordA1.graphql(GetPerson, { id: atA2 }), 'NOT_FOUND');
      await expectRefused(() => coordA1.graphql(UpdatePerson, { id: atA2, givenName: 'Hijacked' }), 'NOT_FOUND');
      await expectRefused(() => coordA1.graphql(UpdatePerson, { id: atA2, centreIds: [a1] }), 'NOT_FOUND');
      await expectRefused(() => coordA1.graphql(DeletePerson, { id: atA2 }), 'NOT_FOUND');
    });

    it('must keep one of their own centres', async () => {
      await expectRefused(() => coordA1.graphql(UpdatePerson, { id: atA1, centreIds: [] }), 'BAD_USER_INPUT', 'centreIds');
      await expectRefused(() => coordA1.graphql(UpdatePerson, { id: atA1, centreIds: [a2] }), 'BAD_USER_INPUT', 'centreIds');
      await expectRefused(() => coordA1.graphql(UpdatePerson, { id: atBoth, centreIds: [] }), 'BAD_USER_INPUT', 'centreIds');
    });

    it("leaves alone the centres they cannot see when they edit someone's centres", async () => {
      const before = await spells(atBoth);
      const updated = dataOf(await coordA1.graphql(UpdatePerson, { id: atBoth, centreIds: [a1] })).updatePerson!;
      expect([...updated.centreIds].sort()).toEqual([a1, a2].sort());
      expect(await spells(atBoth)).toEqual(before);
    });

    it('updates someone at their centre', async () => {
      const updated = dataOf(await coordA1.graphql(UpdatePerson, { id: atA1, givenName: 'Renamed', leaveDate: '2026-06-12' })).updatePerson!;
      expect(updated).toMatchObject({ givenName: 'Renamed', status: 'LEFT', leaveDate: '2026-06-12' });
    });
  });

  describe('deletePerson', () => {
    it('deletes a record made in error, with its spells, and audits it', async () => {
      const person = await insertPerson(t.db, orgA, { familyName: 'Mistake', centreIds: [a1, a3] });
      const deleted = dataOf(await adminA.graphql(DeletePerson, { id: person })).deletePerson!;
      expect(deleted).toEqual({ id: person, fullName: 'Pat Mistake' });
      expect(await t.db.ownerQuery('select id from person where id = $1', [person])).toEqual([]);
      expect(await spells(person)).toEqual([]);
      expect(await t.db.ownerQuery(`select action from audit_event where entity_id = $1 order by occurred_at`, [person])).toEqual([{ action: 'CREATE' }, { action: 'DELETE' }]);
    });

    it('a coordinator deletes a record made in error at their centre', async () => {
      const person = await insertPerson(t.db, orgA, { familyName: 'CoordinatorMistake', centreIds: [a1] });
      dataOf(await coordA1.graphql(DeletePerson, { id: person }));
      expect(await t.db.ownerQuery('select id from person where id = $1', [person])).toEqual([]);
    });

    it('refuses once the person has DBS history (BAD_USER_INPUT on id): they are marked as left instead', async () => {
      const person = await insertPerson(t.db, orgA, { familyName: 'Checked', centreIds: [a1] });
      await insertDbsCheck(t.db, person, { level: 'ENHANCED', issueDate: '2025-09-01', decision: 'NOT_CLEARED' });
      const response = await expectRefused(() => adminA.graphql(DeletePerson, { id: person }), 'BAD_USER_INPUT', 'id');
      expect(response.errors?.[0]?.message).toMatch(/left/);
      await expectRefused(() => coordA1.graphql(DeletePerson, { id: person }), 'BAD_USER_INPUT', 'id');
    });

    it.each<[string, () => [TestSession, string]]>([
      ['an id that does not exist', () => [adminA, NO_SUCH_ID]],
      ['a malformed id', () => [adminA, 'not-an-id']],
    ])('answers %s NOT_FOUND and deletes nothing', async (_label, args) => {
      const [session, id] = args();
      await expectRefused(() => session.graphql(DeletePerson, { id }), 'NOT_FOUND');
    });

    it("answers another organisation's person NOT_FOUND", async () => {
      const person = await insertPerson(t.db, orgA, { familyName: 'Foreign', centreIds: [a1] });
      await expectRefused(() => adminB.graphql(DeletePerson, { id: person }), 'NOT_FOUND');
    });
  });

  it('Person.organisation is the organisation the person works for', async () => {
    const person = await insertPerson(t.db, orgA, { familyName: 'Nested', centreIds: [a1] });
    for (const session of [adminA, coordA1]) {
      expect(dataOf(await session.graphql(GetPerson, { id: person })).Person!.organisation).toEqual({ id: orgA });
    }
  });
});
