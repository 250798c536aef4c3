import { parse } from 'csv-parse/sync';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { Role } from '../../auth/role';

/**
 * Compliance: the matrix of people × mandatory courses for an organisation, in the same few
 * statements for 5 people or 50; the network's overview agreeing with the matrices; the member
 * dashboard counting and naming training like any other reason not to roster; and the two CSV
 * exports (UK dates, states in words), audited one entry per organisation.
 */

const TrCompMatrix = graphql(`
  query TrCompMatrix($filter: TrainingMatrixFilter) {
    trainingMatrix(filter: $filter) {
      courses {
        id
        code
      }
      rows {
        personId
        personName
        personType
        organisationId
        trainingStatus
        hoursLast12Months
        creditsLast12Months
        cells {
          courseId
          state
          completedOn
          expiresOn
        }
      }
      counts {
        current
        expiring
        expired
        missing
        total
      }
    }
  }
`);

const TrCompOverview = graphql(`
  query TrCompOverview($filter: TrainingOverviewFilter) {
    trainingOverview(filter: $filter) {
      totals {
        current
        expiring
        expired
        missing
        total
      }
      byRegion {
        key
        label
        counts {
          current
          expiring
          expired
          missing
          total
        }
      }
      byOrganisation {
        key
        label
        region
        counts {
          current
          expiring
          expired
          missing
          total
        }
      }
      byCourse {
        key
        label
        counts {
          current
          expiring
          expired
          missing
          total
        }
      }
    }
  }
`);

const TrCompSummary = graphql(`
  query TrCompSummary($filter: ClearanceSummaryFilter) {
    clearanceSummary(filter: $filter) {
      totals {
        cleared
        expiring
        trainingMissing
        trainingExpired
        trainingExpiring
        total
        cannotBeRostered
      }
      expiringSoon {
        id
      }
      cannotBeRostered {
        id
        familyName
        clearanceStatus
        clearanceAction
      }
    }
  }
`);

const TrCompMatrixCsv = graphql(`
  query TrCompMatrixCsv($filter: TrainingMatrixFilter) {
    trainingMatrixCsv(filter: $filter)
  }
`);

const TrCompRecordsCsv = graphql(`
  query TrCompRecordsCsv($filter: TrainingRecordFilter) {
    trainingRecordsCsv(filter: $filter)
  }
`);

/** 15 June 2026 in London: the warning window runs to 13/09/2026; the last 12 months from 15/06/2025. */
const NOW = new Date('2026-06-15T11:00:00Z');

type Counts = { current: number; expiring: number; expired: number; missing: number; total: number };
type State = 'CURRENT' | 'EXPIRING' | 'EXPIRED' | 'MISSING';
const KEY: Record<State, keyof Omit<Counts, 'total'>> = { CURRENT: 'current', EXPIRING: 'expiring', EXPIRED: 'expired', MISSING: 'missing' };
const zero = (): Counts => ({ current: 0, expiring: 0, expired: 0, missing: 0, total: 0 });
const plus = (a: Counts, b: Counts): Counts => ({
  current: a.current + b.current,
  expiring: a.expiring + b.expiring,
  expired: a.expired + b.expired,
  missing: a.missing + b.missing,
  total: a.total + b.total,
});

describe('training compliance', () => {
  let t: TestApp;
  let team: TestSession;
  let hq: TestSession;
  let adminSmall: TestSession;
  let adminLarge: TestSession;
  let small: string;
  let large: string;
  const course = {} as Record<'SAF-1' | 'CVT-1' | 'SCP-3' | 'DPE-E' | 'EDI-1', string>;
  /** The small organisation's five active people, in family-name order. */
  const smallPeople: string[] = [];

  const one = async <Row extends Record<string, unknown>>(text: string, values?: unknown[]) => (await t.db.ownerQuery<Row>(text, values))[0]!;

  async function insertCourse(code: keyof typeof course, title: string, validityMonths: number | null, requirements: Array<[string | null, string | null]>): Promise<void> {
    course[code] = (await one<{ id: string }>(
      `insert into course (id, code, title, ocn_level, credit_value, guided_learning_hours, delivery, validity_months)
       values (gen_random_uuid(), $1, $2, 'LEVEL_2', 3, 9, 'IN_PERSON', $3) returning id`,
      [code, title, validityMonths],
    )).id;
    for (const [personType, serviceType] of requirements) {
      await t.db.ownerQuery(`insert into course_requirement (id, course_id, person_type, service_type) values (gen_random_uuid(), $1, $2, $3)`, [course[code], personType, serviceType]);
    }
  }

  async function record(personId: string, code: keyof typeof course, completedOn: string, outcome = 'PASSED', hours = 9, credits = 3): Promise<void> {
    await t.db.ownerQuery(
      `insert into training_record (id, person_id, organisation_id, source, course_id, completed_on, outcome, credits, hours, certificate_ref)
       select gen_random_uuid(), p.id, p.organisation_id, 'NACCC', $2, $3::date, $4, $5, $6, 'OCN-' || $3::text from person p where p.id = $1`,
      [personId, course[code], completedOn, outcome, outcome === 'FAILED' ? 0 : credits, hours],
    );
  }

  const csvOf = (text: string) => {
    expect(text.startsWith('\ufeff')).toBe(true);
    return parse(text, { bom: true }) as string[][];
  };
  const matrixOf = async (session: TestSession, organisationId: string) => dataOf(await session.graphql(TrCompMatrix, { filter: { organisationId } })).trainingMatrix;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await insertCourse('SAF-1', 'Safeguarding children and young people', 36, [[null, null]]);
    await insertCourse('CVT-1', 'Core volunteer training', 36, [[null, 'SUPPORTED_CONTACT']]);
    await insertCourse('SCP-3', 'Supervised contact practice', null, [[null, 'SUPERVISED_CONTACT']]);
    await insertCourse('DPE-E', 'Data protection essentials', 24, [['STAFF', null], ['COORDINATOR', null]]);
    await insertCourse('EDI-1', 'Equality, diversity and inclusion', null, []);

    // The small organisation: five volunteers at a supported contact centre (SAF-1 and CVT-1), one of each state and two missing.
    small = await insertOrganisation(t.db, 'Small Contact Centre Trust', 'LONDON');
    const smallCentre = await insertCentre(t.db, small, 'Small Centre', ['SUPPORTED_CONTACT']);
    for (const [i, given] of ['Ann', 'Bob', 'Cat', 'Dan', 'Eve'].entries()) {
      const id = await insertPerson(t.db, small, { givenName: given, familyName: `Small${i}`, centreIds: [smallCentre] });
      await insertDbsCheck(t.db, id, { level: 'ENHANCED', issueDate: '2025-06-01' });
      smallPeople.push(id);
    }
    const [ann, bob, cat, dan, eve] = smallPeople as [string, string, string, string, string];
    await record(ann, 'SAF-1', '2025-01-10');
    await record(ann, 'CVT-1', '2024-05-01');
    await record(ann, 'EDI-1', '2026-02-01', 'ATTENDED', 6, 0);
    await record(bob, 'SAF-1', '2025-09-01');
    await record(bob, 'CVT-1', '2023-08-01');
    await record(cat, 'SAF-1', '2023-05-01');
    await record(cat, 'CVT-1', '2025-07-01', 'CREDITS_AWARDED', 12, 3);
    void dan;
    await record(eve, 'SAF-1', '2026-01-15');
    await record(eve, 'CVT-1', '2026-03-01', 'FAILED', 12);
    // Someone who left: in no count, no matrix.
    await insertPerson(t.db, small, { givenName: 'Lee', familyName: 'Leaver', status: 'LEFT', leaveDate: '2025-12-31' });

    // The large organisation: fifty people at two centres, a coordinator in every ten.
    large = await insertOrganisation(t.db, 'Large Family Contact Services', 'WALES');
    const supported = await insertCentre(t.db, large, 'Large Supported', ['SUPPORTED_CONTACT']);
    const supervised = await insertCentre(t.db, large, 'Large Supervised', ['SUPERVISED_CONTACT']);
    for (let i = 0; i < 50; i++) {
      const id = await insertPerson(t.db, large, {
        givenName: 'Lou',
        familyName: `Large${String(i).padStart(2, '0')}`,
        personType: i % 10 === 0 ? 'COORDINATOR' : 'VOLUNTEER',
        centreIds: [i % 2 === 0 ? supported : supervised],
      });
      await insertDbsCheck(t.db, id, { level: 'ENHANCED_BARRED', issueDate: '2025-06-01' });
      const safeguarding = ['2025-02-01', '2023-07-10', '2022-01-10', null][i % 4];
      if (safeguarding) await record(id, 'SAF-1', safeguarding);
      if (i % 2 === 0) await record(id, 'CVT-1', '2025-03-01');
      else if (i % 3 !== 0) await record(id, 'SCP-3', '2020-01-01');
    }

    await createUser(t.db, { email: 'team@compliance.test', grants: [{ role: Role.TRAINING_TEAM }] });
    await createUser(t.db, { email: 'hq@compliance.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    await createUser(t.db, { email: 'small@compliance.test', grants: [{ role: Role.ORG_ADMIN, organisationId: small }] });
    await createUser(t.db, { email: 'large@compliance.test', grants: [{ role: Role.ORG_ADMIN, organisationId: large }] });
    team = await t.signIn('team@compliance.test');
    hq = await t.signIn('hq@compliance.test');
    adminSmall = await t.signIn('small@compliance.test');
    adminLarge = await t.signIn('large@compliance.test');
  });
  afterAll(() => t.close());

  describe('the matrix', () => {
    it('holds each active person with a cell per course mandatory for them, and the worst of them', async () => {
      const matrix = await matrixOf(adminSmall, small);
      expect(matrix.courses.map((c) => c.code)).toEqual(['CVT-1', 'SAF-1']);
      const cells = (row: (typeof matrix.rows)[number]) => row.cells.map((c) => [matrix.courses.find((k) => k.id === c.courseId)!.code, c.state, c.completedOn, c.expiresOn]);
      expect(matrix.rows.map((row) => [row.personName, row.personType, row.trainingStatus, cells(row), row.hoursLast12Months, row.creditsLast12Months])).toEqual([
        ['Ann Small0', 'VOLUNTEER', 'CURRENT', [['CVT-1', 'CURRENT', '2024-05-01', '2027-05-01'], ['SAF-1', 'CURRENT', '2025-01-10', '2028-01-10']], 6, 0],
        ['Bob Small1', 'VOLUNTEER', 'EXPIRING', [['CVT-1', 'EXPIRING', '2023-08-01', '2026-08-01'], ['SAF-1', 'CURRENT', '2025-09-01', '2028-09-01']], 9, 3],
        ['Cat Small2', 'VOLUNTEER', 'EXPIRED', [['CVT-1', 'CURRENT', '2025-07-01', '2028-07-01'], ['SAF-1', 'EXPIRED', '2023-05-01', '2026-05-01']], 12, 3],
        ['Dan Small3', 'VOLUNTEER', 'MISSING', [['CVT-1', 'MISSING', null, null], ['SAF-1', 'MISSING', null, null]], 0, 0],
        // A failed course holds hours but no credit, and completes nothing.
        ['Eve Small4', 'VOLUNTEER', 'MISSING', [['CVT-1', 'MISSING', null, null], ['SAF-1', 'CURRENT', '2026-01-15', '2029-01-15']], 21, 3],
      ]);
      expect(matrix.rows.map((row) => row.personId)).toEqual(smallPeople);
      expect(matrix.counts).toEqual({ current: 1, expiring: 1, expired: 1, missing: 2, total: 5 });
    });

    it('is read in the same number of statements for 5 people as for 50', async () => {
      const statements = async (organisationId: string) => {
        const { result, data } = await t.db.sql.during(() => team.graphql(TrCompMatrix, { filter: { organisationId } }));
        return { rows: dataOf(result).trainingMatrix.rows.length, statements: data.length };
      };
      const five = await statements(small);
      const fifty = await statements(large);
      expect([five.rows, fifty.rows]).toEqual([5, 50]);
      expect(fifty.statements).toBe(five.statements);
      // The session, the rows with their cells, the courses of the columns.
      expect(five.statements).toBeLessThanOrEqual(3);
    });

    it('asks head office and the training team which organisation or centre; a member gets their own by default', async () => {
      for (const session of [team, hq]) {
        const refused = await session.graphql(TrCompMatrix, {});
        expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter' } });
      }
      const own = dataOf(await adminSmall.graphql(TrCompMatrix, {})).trainingMatrix;
      expect(own.rows.map((row) => row.personId)).toEqual(smallPeople);
    });
  });

  describe('the network overview', () => {
    it("agrees with the organisations' matrices: totals, by region, by organisation and by course", async () => {
      const matrices = { [small]: await matrixOf(team, small), [large]: await matrixOf(team, large) };
      const overview = dataOf(await team.graphql(TrCompOverview, {})).trainingOverview;
      expect(overview.totals).toEqual(plus(matrices[small]!.counts, matrices[large]!.counts));
      expect(overview.totals.total).toBe(55);

      expect(overview.byOrganisation.map((o) => [o.key, o.label, o.region, o.counts])).toEqual(
        expect.arrayContaining([
          [small, 'Small Contact Centre Trust', 'LONDON', matrices[small]!.counts],
          [large, 'Large Family Contact Services', 'WALES', matrices[large]!.counts],
        ]),
      );
      expect(overview.byOrganisation).toHaveLength(2);
      expect(overview.byRegion.map((r) => [r.key, r.label, r.counts])).toEqual([
        ['LONDON', 'London', matrices[small]!.counts],
        ['WALES', 'Wales', matrices[large]!.counts],
      ]);

      // By course: every cell of every row, counted by its course and state.
      const byCourse = new Map<string, Counts>();
      for (const matrix of Object.values(matrices)) {
        for (const row of matrix.rows) {
          for (const cell of row.cells) {
            const counts = byCourse.get(cell.courseId) ?? zero();
            counts[KEY[cell.state as State]] += 1;
            counts.total += 1;
            byCourse.set(cell.courseId, counts);
          }
        }
      }
      expect(new Map(overview.byCourse.map((c) => [c.key, c.counts]))).toEqual(byCourse);
      expect(overview.byCourse.map((c) => c.label)).toEqual([
        'Core volunteer training (CVT-1)',
        'Data protection essentials (DPE-E)',
        'Safeguarding children and young people (SAF-1)',
        'Supervised contact practice (SCP-3)',
      ]);
      // The optional course is nobody's requirement.
      expect(overview.byCourse.map((c) => c.key)).not.toContain(course['EDI-1']);
    });

    it('narrows to a region, reads the same for head office, and is not for organisations', async () => {
      const london = dataOf(await team.graphql(TrCompOverview, { filter: { region: 'LONDON' } })).trainingOverview;
      expect(london.totals).toEqual((await matrixOf(team, small)).counts);
      expect(london.byOrganisation.map((o) => o.key)).toEqual([small]);
      expect(dataOf(await hq.graphql(TrCompOverview, {}))).toEqual(dataOf(await team.graphql(TrCompOverview, {})));
      expect((await adminSmall.graphql(TrCompOverview, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe("the member dashboard", () => {
    it('counts training among the reasons, lists who is expiring, and names the missing course in the action', async () => {
      const { totals, expiringSoon, cannotBeRostered } = dataOf(await adminSmall.graphql(TrCompSummary, {})).clearanceSummary;
      expect(totals).toEqual({ cleared: 1, expiring: 0, trainingMissing: 2, trainingExpired: 1, trainingExpiring: 1, total: 5, cannotBeRostered: 3 });
      expect(expiringSoon.map((p) => p.id)).toEqual([smallPeople[1]]);
      expect(cannotBeRostered.map((p) => [p.familyName, p.clearanceStatus, p.clearanceAction])).toEqual([
        ['Small2', 'TRAINING_EXPIRED', 'Do not roster until they complete Safeguarding children and young people (SAF-1)'],
        ['Small3', 'TRAINING_MISSING', 'Do not roster until they complete Core volunteer training (CVT-1) and Safeguarding children and young people (SAF-1)'],
        ['Small4', 'TRAINING_MISSING', 'Do not roster until they complete Core volunteer training (CVT-1)'],
      ]);
    });

    it("agrees with the matrix for the large organisation (every DBS cleared, so training decides)", async () => {
      const { totals } = dataOf(await adminLarge.graphql(TrCompSummary, {})).clearanceSummary;
      const { counts } = await matrixOf(adminLarge, large);
      expect(totals).toMatchObject({ cleared: counts.current, trainingExpiring: counts.expiring, trainingExpired: counts.expired, trainingMissing: counts.missing, total: counts.total });
      expect(totals.cannotBeRostered).toBe(counts.expired + counts.missing);
      expect(counts.missing).toBeGreaterThan(0);
      expect(counts.expired).toBeGreaterThan(0);
      expect(counts.expiring).toBeGreaterThan(0);
    });
  });

  describe('CSV exports', () => {
    const exportsOf = (entityType: string) =>
      t.db.ownerQuery<{ organisation_id: string | null; actor: string; changes: Record<string, unknown>; request_id: string }>(
        `select e.organisation_id, u.email as actor, e.changes, e.request_id from audit_event e join app_user u on u.id = e.actor_user_id
         where e.action = 'EXPORT' and e.entity_type = $1 order by e.occurred_at, e.organisation_id`,
        [entityType],
      );

    it('writes the matrix with the state in words and expiry dates dd/mm/yyyy, audited in the organisation’s trail', async () => {
      const before = (await exportsOf('TrainingMatrix')).length;
      const [header, ...rows] = csvOf(dataOf(await adminSmall.graphql(TrCompMatrixCsv, {})).trainingMatrixCsv);
      expect(header).toEqual([
        'Person', 'Type', 'Mandatory training',
        'CVT-1 Core volunteer training', 'CVT-1 expires on',
        'SAF-1 Safeguarding children and young people', 'SAF-1 expires on',
        'Hours (12 months)', 'Credits (12 months)',
      ]);
      expect(rows).toEqual([
        ['Ann Small0', 'Volunteer', 'Current', 'Current', '01/05/2027', 'Current', '10/01/2028', '6', '0'],
        ['Bob Small1', 'Volunteer', 'Expiring', 'Expiring', '01/08/2026', 'Current', '01/09/2028', '9', '3'],
        ['Cat Small2', 'Volunteer', 'Expired', 'Current', '01/07/2028', 'Expired', '01/05/2026', '12', '3'],
        ['Dan Small3', 'Volunteer', 'Missing', 'Missing', '', 'Missing', '', '0', '0'],
        ['Eve Small4', 'Volunteer', 'Missing', 'Missing', '', 'Current', '15/01/2029', '21', '3'],
      ]);
      const entries = (await exportsOf('TrainingMatrix')).slice(before);
      expect(entries).toEqual([expect.objectContaining({ organisation_id: small, actor: 'small@compliance.test', changes: { format: 'csv', people: 5, peopleInFile: 5 } })]);
    });

    it("says 'Not required' where a course is not someone's requirement", async () => {
      const [header, ...rows] = csvOf(dataOf(await adminLarge.graphql(TrCompMatrixCsv, {})).trainingMatrixCsv);
      const column = header!.indexOf('SCP-3 Supervised contact practice');
      expect(column).toBeGreaterThan(2);
      // Even-numbered people work at the supported centre: SCP-3 is not theirs; odd ones' never expires.
      expect(rows.find((row) => row[0] === 'Lou Large00')!.slice(column, column + 2)).toEqual(['Not required', '']);
      expect(rows.find((row) => row[0] === 'Lou Large01')!.slice(column, column + 2)).toEqual(['Current', '']);
      expect(rows.find((row) => row[0] === 'Lou Large03')!.slice(column, column + 2)).toEqual(['Missing', '']);
    });

    it('writes the records with outcomes in words and dates dd/mm/yyyy, newest first', async () => {
      const [header, ...rows] = csvOf(dataOf(await adminSmall.graphql(TrCompRecordsCsv, { filter: { personId: smallPeople[4] } })).trainingRecordsCsv);
      expect(header).toEqual(['Person', 'Source', 'Course code', 'Course', 'Provider', 'Completed on', 'Outcome', 'Credits', 'Hours', 'Certificate reference', 'Expires on', 'Recorded by']);
      expect(rows).toEqual([
        // A failed course completes nothing, so nothing expires.
        ['Eve Small4', 'NACCC', 'CVT-1', 'Core volunteer training', '', '01/03/2026', 'Failed', '0', '12', 'OCN-2026-03-01', '', ''],
        ['Eve Small4', 'NACCC', 'SAF-1', 'Safeguarding children and young people', '', '15/01/2026', 'Passed', '3', '9', 'OCN-2026-01-15', '15/01/2029', ''],
      ]);
    });

    it('audits a national export once per organisation whose records it holds, with how many, and an empty one in nobody’s', async () => {
      const before = (await exportsOf('TrainingRecord')).length;
      const [, ...rows] = csvOf(dataOf(await team.graphql(TrCompRecordsCsv, {})).trainingRecordsCsv);
      const held = await t.db.ownerQuery<{ id: string; n: string }>('select organisation_id as id, count(*) as n from training_record group by organisation_id');
      const inFile = (organisation: string) => Number(held.find((r) => r.id === organisation)?.n ?? 0);
      expect(rows).toHaveLength(inFile(small) + inFile(large));
      const entries = (await exportsOf('TrainingRecord')).slice(before);
      expect(new Set(entries.map((e) => e.request_id)).size).toBe(1);
      expect(entries.map((e) => [e.organisation_id, e.actor, e.changes]).sort()).toEqual(
        [
          [small, 'team@compliance.test', { format: 'csv', records: inFile(small), recordsInFile: rows.length }],
          [large, 'team@compliance.test', { format: 'csv', records: inFile(large), recordsInFile: rows.length }],
        ].sort(),
      );

      const nothing = csvOf(dataOf(await team.graphql(TrCompRecordsCsv, { filter: { outcome: 'DID_NOT_ATTEND' } })).trainingRecordsCsv);
      expect(nothing).toHaveLength(1);
      const [empty] = (await exportsOf('TrainingRecord')).slice(before + entries.length);
      expect(empty).toMatchObject({ organisation_id: null, actor: 'team@compliance.test', changes: { format: 'csv', records: 0, recordsInFile: 0 } });
    });
  });
});
