import pino from 'pino';
import { Role } from '../../auth/role';
import { RequestContext } from '../../common/request-context';
import { clearanceClock } from '../../common/clock';
import { createTestApp, dataOf, type GraphQLResponse, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertOrganisation, insertPerson } from '../../test/safeguarding';

/**
 * Single training records: who records what (external training by the person's own
 * organisation, NACCC courses by the training team only, and the database holding the same rule
 * when the application's checks are not there), deleting a record made in error, correcting one,
 * and when a record stops being current, following the course's validity.
 */

const TrRecCreateCourse = graphql(`
  mutation TrRecCreateCourse($code: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {
    createCourse(code: $code, title: "Safeguarding children", ocnLevel: LEVEL_2, creditValue: 3, guidedLearningHours: 9, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {
      id
      version
    }
  }
`);

const TrRecUpdateCourse = graphql(`
  mutation TrRecUpdateCourse($id: ID!, $validityMonths: Int) {
    updateCourse(id: $id, validityMonths: $validityMonths) {
      id
      validityMonths
    }
  }
`);

const TrRecCreate = graphql(`
  mutation TrRecCreate(
    $personId: ID!
    $source: TrainingSource
    $courseId: ID
    $externalCourse: String
    $externalProvider: String
    $completedOn: LocalDate!
    $outcome: TrainingOutcome!
    $credits: Int
    $hours: Float
  ) {
    createTrainingRecord(
      personId: $personId
      source: $source
      courseId: $courseId
      externalCourse: $externalCourse
      externalProvider: $externalProvider
      completedOn: $completedOn
      outcome: $outcome
      credits: $credits
      hours: $hours
    ) {
      id
      version
      personId
      organisationId
      source
      courseId
      courseCode
      courseTitle
      externalProvider
      completedOn
      outcome
      credits
      hours
      expiresOn
      recordedByName
    }
  }
`);

const TrRecUpdate = graphql(`
  mutation TrRecUpdate($id: ID!, $version: Int, $completedOn: LocalDate, $outcome: TrainingOutcome, $credits: Int, $externalProvider: String) {
    updateTrainingRecord(id: $id, version: $version, completedOn: $completedOn, outcome: $outcome, credits: $credits, externalProvider: $externalProvider) {
      id
      version
      completedOn
      outcome
      externalProvider
      recordedByName
    }
  }
`);

const TrRecDelete = graphql(`
  mutation TrRecDelete($id: ID!) {
    deleteTrainingRecord(id: $id) {
      id
      courseTitle
      personId
    }
  }
`);

const TrRecOne = graphql(`
  query TrRecOne($id: ID!) {
    TrainingRecord(id: $id) {
      id
      completedOn
      expiresOn
    }
  }
`);

const TrRecPerson = graphql(`
  query TrRecPerson($id: ID!) {
    Person(id: $id) {
      trainingStatus
      trainingExpiresOn
      trainingRecords {
        id
        expiresOn
      }
    }
  }
`);

const TrRecList = graphql(`
  query TrRecList($filter: TrainingRecordFilter, $sortField: String, $sortOrder: String) {
    allTrainingRecords(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 100) {
      id
      courseTitle
      completedOn
    }
    _allTrainingRecordsMeta(filter: $filter) {
      count
    }
  }
`);

/** 15 June 2026 in London. */
const NOW = new Date('2026-06-15T11:00:00Z');

describe('training records', () => {
  let t: TestApp;
  let orgA: string;
  let orgB: string;
  let centreA1: string;
  let atA1: string;
  let atA2: string;
  let ofB: string;
  let course: string;
  const users = {} as Record<'team' | 'adminA' | 'coordinatorA1' | 'assessor' | 'hq', string>;
  const as = {} as Record<keyof typeof users, TestSession>;

  const errorOf = (response: GraphQLResponse<unknown>) => response.errors?.[0];
  const recordCount = async () => Number((await t.db.ownerQuery<{ n: string }>('select count(*) as n from training_record'))[0]!.n);
  const external = (personId: string, extra: Record<string, unknown> = {}) => ({
    personId,
    source: 'EXTERNAL' as const,
    externalCourse: 'Paediatric first aid',
    externalProvider: 'St John Ambulance',
    completedOn: '2026-03-02',
    outcome: 'ATTENDED' as const,
    hours: 6,
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    orgA = await insertOrganisation(t.db, 'Alpha Contact');
    orgB = await insertOrganisation(t.db, 'Bravo Contact');
    centreA1 = await insertCentre(t.db, orgA, 'Alpha One');
    const centreA2 = await insertCentre(t.db, orgA, 'Alpha Two');
    const centreB = await insertCentre(t.db, orgB, 'Bravo One');
    atA1 = await insertPerson(t.db, orgA, { givenName: 'Ann', familyName: 'Atone', centreIds: [centreA1] });
    atA2 = await insertPerson(t.db, orgA, { givenName: 'Alf', familyName: 'Attwo', centreIds: [centreA2] });
    ofB = await insertPerson(t.db, orgB, { givenName: 'Bea', familyName: 'Bravo', centreIds: [centreB] });
    const grants = {
      team: [{ role: Role.TRAINING_TEAM }],
      adminA: [{ role: Role.ORG_ADMIN, organisationId: orgA }],
      coordinatorA1: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA1] }],
      assessor: [{ role: Role.ASSESSOR, centreIds: [centreA1] }],
      hq: [{ role: Role.NATIONAL_ADMIN }],
    };
    for (const [who, granted] of Object.entries(grants) as Array<[keyof typeof users, typeof grants.team]>) {
      users[who] = await createUser(t.db, { email: `${who.toLowerCase()}@records.test`, displayName: `The ${who}`, grants: granted });
      as[who] = await t.signIn(`${who.toLowerCase()}@records.test`);
    }
    course = dataOf(await as.team.graphql(TrRecCreateCourse, { code: 'SAF-1', validityMonths: 24, requirements: [{}] })).createCourse!.id;
  });
  afterAll(() => t.close());

  describe('who records what', () => {
    it("lets an organisation's admin add external training for its own people, in their name", async () => {
      const added = dataOf(await as.adminA.graphql(TrRecCreate, external(atA2))).createTrainingRecord!;
      expect(added).toMatchObject({
        personId: atA2,
        organisationId: orgA,
        source: 'EXTERNAL',
        courseId: null,
        courseCode: null,
        courseTitle: 'Paediatric first aid',
        externalProvider: 'St John Ambulance',
        completedOn: '2026-03-02',
        hours: 6,
        credits: 0,
        // External training never expires as a NACCC course does (and never counts as one).
        expiresOn: null,
        recordedByName: 'The adminA',
      });
    });

    it('lets a coordinator add external training for the people of their centre only', async () => {
      expect(dataOf(await as.coordinatorA1.graphql(TrRecCreate, external(atA1))).createTrainingRecord).toMatchObject({ personId: atA1, recordedByName: 'The coordinatorA1' });
      const before = await recordCount();
      expect(errorOf(await as.coordinatorA1.graphql(TrRecCreate, external(atA2)))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'personId' } });
      expect(await recordCount()).toBe(before);
    });

    it.each<[string, 'adminA' | 'coordinatorA1' | 'team' | 'assessor' | 'hq', () => Record<string, unknown>, string, string | undefined]>([
      ["external training for another organisation's person", 'adminA', () => external(ofB), 'BAD_USER_INPUT', 'personId'],
      ['a NACCC course, by an organisation admin', 'adminA', () => ({ personId: atA1, source: 'NACCC', courseId: course, completedOn: '2026-03-02', outcome: 'PASSED' }), 'FORBIDDEN', undefined],
      ['a NACCC course, by a coordinator', 'coordinatorA1', () => ({ personId: atA1, source: 'NACCC', courseId: course, completedOn: '2026-03-02', outcome: 'PASSED' }), 'FORBIDDEN', undefined],
      ["external training, by the training team (the person's organisation records it)", 'team', () => external(atA1), 'FORBIDDEN', undefined],
      ['external training, by an assessor', 'assessor', () => external(atA1), 'FORBIDDEN', undefined],
      ['a NACCC course, by head office', 'hq', () => ({ personId: atA1, source: 'NACCC', courseId: course, completedOn: '2026-03-02', outcome: 'PASSED' }), 'FORBIDDEN', undefined],
      ['external training without its provider', 'adminA', () => external(atA1, { externalProvider: null }), 'BAD_USER_INPUT', 'externalProvider'],
      ['external training without its course', 'adminA', () => external(atA1, { externalCourse: null }), 'BAD_USER_INPUT', 'externalCourse'],
      ['external training naming a NACCC course', 'adminA', () => external(atA1, { courseId: course }), 'BAD_USER_INPUT', 'courseId'],
      ['a NACCC course without saying which', 'team', () => ({ personId: atA1, source: 'NACCC', completedOn: '2026-03-02', outcome: 'PASSED' }), 'BAD_USER_INPUT', 'courseId'],
      ['a NACCC course with a provider', 'team', () => ({ personId: atA1, source: 'NACCC', courseId: course, externalProvider: 'Elsewhere', completedOn: '2026-03-02', outcome: 'PASSED' }), 'BAD_USER_INPUT', 'externalCourse'],
      ['a NACCC course with more credits than it carries', 'team', () => ({ personId: atA1, source: 'NACCC', courseId: course, completedOn: '2026-03-02', outcome: 'PASSED', credits: 4 }), 'BAD_USER_INPUT', 'credits'],
      ['training completed tomorrow', 'adminA', () => external(atA1, { completedOn: '2026-06-16' }), 'BAD_USER_INPUT', 'completedOn'],
    ])('refuses %s (by %s), writing nothing', async (_label, who, variables, code, field) => {
      const before = await recordCount();
      const response = await as[who].graphql(TrRecCreate, variables() as never);
      expect(response.data?.createTrainingRecord ?? null).toBeNull();
      expect(errorOf(response)?.extensions).toMatchObject(field ? { code, field } : { code });
      expect(await recordCount()).toBe(before);
    });

    it("lets the training team record a NACCC course for anyone, in any organisation", async () => {
      for (const personId of [atA1, ofB]) {
        const added = dataOf(await as.team.graphql(TrRecCreate, { personId, source: 'NACCC', courseId: course, completedOn: '2026-01-12', outcome: 'PASSED', credits: 3, hours: 9 })).createTrainingRecord!;
        expect(added).toMatchObject({ personId, source: 'NACCC', courseCode: 'SAF-1', courseTitle: 'Safeguarding children', recordedByName: 'The team', expiresOn: '2028-01-12' });
      }
    });
  });

  describe('the database holds the same rule without the application', () => {
    /** A request's transaction for someone holding these grants (its scope applied as the server applies it), rolled back afterwards. */
    async function asRequest(who: keyof typeof users, grants: Array<{ role: Role; organisationId?: string; centreIds?: string[] }>, work: (ctx: RequestContext) => Promise<void>) {
      const identity = {
        sessionId: 'spec',
        userId: users[who],
        email: `${who}@records.test`,
        displayName: who,
        grants: grants.map((grant) => ({ role: grant.role, organisationId: grant.organisationId ?? null, centreIds: grant.centreIds ?? [] })),
      };
      const ctx = new RequestContext(t.db.orm.em.fork(), 'records-spec', pino({ level: 'silent' }), '127.0.0.1', identity, undefined, clearanceClock(NOW));
      await ctx.beginRequestTransaction();
      try {
        await work(ctx);
      } finally {
        await ctx.em.rollback();
      }
    }
    const insert = (ctx: RequestContext, row: { personId: string; organisationId: string; source: 'NACCC' | 'EXTERNAL' }) =>
      ctx.em.execute(
        row.source === 'NACCC'
          ? `insert into training_record (id, person_id, organisation_id, source, course_id, completed_on, outcome) values (gen_random_uuid(), ?, ?, 'NACCC', ?, '2026-01-05', 'PASSED')`
          : `insert into training_record (id, person_id, organisation_id, source, external_course, external_provider, completed_on, outcome)
             values (gen_random_uuid(), ?, ?, 'EXTERNAL', 'First aid', 'Red Cross', '2026-01-05', 'ATTENDED')`,
        row.source === 'NACCC' ? [row.personId, row.organisationId, course] : [row.personId, row.organisationId],
      );
    const grantsOf = (who: 'adminA' | 'coordinatorA1' | 'team') =>
      who === 'adminA'
        ? [{ role: Role.ORG_ADMIN, organisationId: orgA }]
        : who === 'coordinatorA1'
          ? [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA1] }]
          : [{ role: Role.TRAINING_TEAM }];

    it.each<[string, 'adminA' | 'coordinatorA1' | 'team', () => { personId: string; organisationId: string; source: 'NACCC' | 'EXTERNAL' }]>([
      ['an org admin inserting a NACCC record for their own person', 'adminA', () => ({ personId: atA1, organisationId: orgA, source: 'NACCC' })],
      ["an org admin inserting external training for another organisation's person", 'adminA', () => ({ personId: ofB, organisationId: orgB, source: 'EXTERNAL' })],
      ["an org admin inserting external training for another organisation's person, filed under their own", 'adminA', () => ({ personId: ofB, organisationId: orgA, source: 'EXTERNAL' })],
      ['a coordinator inserting external training for someone at a sibling centre', 'coordinatorA1', () => ({ personId: atA2, organisationId: orgA, source: 'EXTERNAL' })],
      ['the training team inserting external training', 'team', () => ({ personId: atA1, organisationId: orgA, source: 'EXTERNAL' })],
    ])('refuses %s', async (_label, who, row) => {
      const before = await recordCount();
      await asRequest(who, grantsOf(who), async (ctx) => {
        await expect(insert(ctx, row())).rejects.toThrow(/row-level security/);
      });
      expect(await recordCount()).toBe(before);
    });

    it('lets the same roles write what is theirs (control)', async () => {
      await asRequest('adminA', grantsOf('adminA'), async (ctx) => {
        await insert(ctx, { personId: atA2, organisationId: orgA, source: 'EXTERNAL' });
      });
      await asRequest('team', grantsOf('team'), async (ctx) => {
        await insert(ctx, { personId: ofB, organisationId: orgB, source: 'NACCC' });
      });
    });

    it("hides a NACCC record from an org admin's update and delete, and refuses turning external training into a NACCC record", async () => {
      const [naccc] = await t.db.ownerQuery<{ id: string }>(`select id from training_record where person_id = $1 and source = 'NACCC' limit 1`, [atA1]);
      const [own] = await t.db.ownerQuery<{ id: string }>(`select id from training_record where person_id = $1 and source = 'EXTERNAL' limit 1`, [atA1]);
      const rowOf = async (id: string) => (await t.db.ownerQuery('select r::text as row from training_record r where id = $1', [id]))[0];
      const before = [await rowOf(naccc!.id), await rowOf(own!.id)];
      await asRequest('adminA', grantsOf('adminA'), async (ctx) => {
        expect(await ctx.em.execute(`update training_record set outcome = 'FAILED' where id = ? returning id`, [naccc!.id])).toEqual([]);
        expect(await ctx.em.execute(`delete from training_record where id = ? returning id`, [naccc!.id])).toEqual([]);
      });
      await asRequest('adminA', grantsOf('adminA'), async (ctx) => {
        await expect(
          ctx.em.execute(`update training_record set source = 'NACCC', course_id = ?, external_course = null, external_provider = null where id = ?`, [course, own!.id]),
        ).rejects.toThrow(/row-level security/);
      });
      expect([await rowOf(naccc!.id), await rowOf(own!.id)]).toEqual(before);
    });
  });

  describe('corrections and deletions', () => {
    it('corrects a record as a new version, in the name of whoever corrected it; a stale version is a conflict', async () => {
      const added = dataOf(await as.coordinatorA1.graphql(TrRecCreate, external(atA1, { externalProvider: 'St Johns' }))).createTrainingRecord!;
      const corrected = dataOf(await as.adminA.graphql(TrRecUpdate, { id: added.id, version: 1, externalProvider: 'St John Ambulance', completedOn: '2026-03-01' })).updateTrainingRecord!;
      expect(corrected).toMatchObject({ version: 2, externalProvider: 'St John Ambulance', completedOn: '2026-03-01', recordedByName: 'The adminA' });
      expect(errorOf(await as.coordinatorA1.graphql(TrRecUpdate, { id: added.id, version: 1, outcome: 'FAILED' }))?.extensions?.code).toBe('CONFLICT');
      expect(errorOf(await as.adminA.graphql(TrRecUpdate, { id: added.id, completedOn: '2027-01-01' }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'completedOn' } });
      const [row] = await t.db.ownerQuery<{ outcome: string; completed_on: string; version: number }>(
        `select outcome, completed_on::text, version from training_record where id = $1`,
        [added.id],
      );
      expect(row).toEqual({ outcome: 'ATTENDED', completed_on: '2026-03-01', version: 2 });
    });

    it('deletes a record made in error, answering with what it was, audited; never another organisation’s', async () => {
      const mistaken = dataOf(await as.adminA.graphql(TrRecCreate, external(atA1, { externalCourse: 'Entered against the wrong person' }))).createTrainingRecord!;
      const foreign = dataOf(await as.team.graphql(TrRecCreate, { personId: ofB, source: 'NACCC', courseId: course, completedOn: '2026-02-02', outcome: 'ATTENDED' })).createTrainingRecord!;
      expect(errorOf(await as.adminA.graphql(TrRecDelete, { id: foreign.id }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
      expect(errorOf(await as.adminA.graphql(TrRecDelete, { id: (await t.db.ownerQuery<{ id: string }>(`select id from training_record where person_id = $1 and source = 'NACCC' limit 1`, [atA1]))[0]!.id }))?.extensions?.code).toBe('FORBIDDEN');

      const deleted = dataOf(await as.adminA.graphql(TrRecDelete, { id: mistaken.id })).deleteTrainingRecord!;
      expect(deleted).toEqual({ id: mistaken.id, courseTitle: 'Entered against the wrong person', personId: atA1 });
      expect(await t.db.ownerQuery('select id from training_record where id = $1', [mistaken.id])).toEqual([]);
      expect(errorOf(await as.adminA.graphql(TrRecOne, { id: mistaken.id }))?.extensions?.code).toBe('NOT_FOUND');
      const [entry] = await t.db.ownerQuery<{ actor_user_id: string; organisation_id: string; changes: Record<string, unknown> }>(
        `select actor_user_id, organisation_id, changes from audit_event where entity_type = 'TrainingRecord' and entity_id = $1 and action = 'DELETE'`,
        [mistaken.id],
      );
      expect(entry).toMatchObject({ actor_user_id: users.adminA, organisation_id: orgA });
      expect(JSON.stringify(entry!.changes)).not.toMatch(/wrong person|St John/);
      // The training team deletes its own records; the foreign one stands until then.
      expect(dataOf(await as.team.graphql(TrRecDelete, { id: foreign.id })).deleteTrainingRecord).toMatchObject({ id: foreign.id, personId: ofB });
    });
  });

  describe('when a record stops being current', () => {
    it("is the completion plus the course's validity, and follows a change of validity, for the record and the person", async () => {
      const person = await insertPerson(t.db, orgA, { givenName: 'Val', familyName: 'Idity', centreIds: [centreA1] });
      const code = 'VAL-1';
      const valid = dataOf(await as.team.graphql(TrRecCreateCourse, { code, validityMonths: 24, requirements: [{ personType: 'VOLUNTEER' }] })).createCourse!.id;
      // Only this course is mandatory for Val's check below: the catalogue's other course (SAF-1) goes.
      await t.db.ownerQuery(`delete from course_requirement where course_id = $1`, [course]);
      const record = dataOf(await as.team.graphql(TrRecCreate, { personId: person, source: 'NACCC', courseId: valid, completedOn: '2024-08-31', outcome: 'PASSED' })).createTrainingRecord!;
      const seen = async () => ({
        record: dataOf(await as.adminA.graphql(TrRecOne, { id: record.id })).TrainingRecord!.expiresOn,
        person: dataOf(await as.adminA.graphql(TrRecPerson, { id: person })).Person!,
      });

      // 31/08/2024 + 24 months: 31/08/2026, within 90 days of today.
      expect(await seen()).toEqual({ record: '2026-08-31', person: { trainingStatus: 'EXPIRING', trainingExpiresOn: '2026-08-31', trainingRecords: [{ id: record.id, expiresOn: '2026-08-31' }] } });
      dataOf(await as.team.graphql(TrRecUpdateCourse, { id: valid, validityMonths: 36 }));
      expect(await seen()).toEqual({ record: '2027-08-31', person: { trainingStatus: 'CURRENT', trainingExpiresOn: '2027-08-31', trainingRecords: [{ id: record.id, expiresOn: '2027-08-31' }] } });
      dataOf(await as.team.graphql(TrRecUpdateCourse, { id: valid, validityMonths: 18 }));
      expect(await seen()).toEqual({ record: '2026-02-28', person: { trainingStatus: 'EXPIRED', trainingExpiresOn: '2026-02-28', trainingRecords: [{ id: record.id, expiresOn: '2026-02-28' }] } });
      dataOf(await as.team.graphql(TrRecUpdateCourse, { id: valid, validityMonths: null }));
      expect(await seen()).toEqual({ record: null, person: { trainingStatus: 'CURRENT', trainingExpiresOn: null, trainingRecords: [{ id: record.id, expiresOn: null }] } });
    });
  });

  describe('the list', () => {
    it('filters by source, outcome, course and words in the title, and sorts, with matching counts', async () => {
      const titles = async (filter: Record<string, unknown>, sortField = 'completedOn', sortOrder = 'ASC') => {
        const answer = dataOf(await as.adminA.graphql(TrRecList, { filter: { personId: atA1, ...filter }, sortField, sortOrder }));
        expect(answer._allTrainingRecordsMeta.count).toBe(answer.allTrainingRecords.length);
        return answer.allTrainingRecords.map((r) => `${r.completedOn} ${r.courseTitle}`);
      };
      const all = await titles({});
      expect(all.length).toBeGreaterThanOrEqual(3);
      expect(all).toEqual([...all].sort());
      expect(await titles({}, 'completedOn', 'DESC')).toEqual([...all].reverse());
      expect(await titles({ source: 'NACCC' })).toEqual(all.filter((r) => r.endsWith('Safeguarding children')));
      expect(await titles({ source: 'EXTERNAL' })).toEqual(all.filter((r) => !r.endsWith('Safeguarding children')));
      expect(await titles({ courseId: course })).toEqual(all.filter((r) => r.endsWith('Safeguarding children')));
      expect(await titles({ q: 'paediatric' })).toEqual(all.filter((r) => r.endsWith('Paediatric first aid')));
      expect(await titles({ outcome: 'FAILED' })).toEqual([]);
      expect(await titles({ courseId: 'not-an-id' })).toEqual([]);
    });
  });
});
