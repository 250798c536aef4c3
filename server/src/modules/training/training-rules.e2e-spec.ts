import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import type { PersonType, ServiceType, TrainingOutcome, TrainingState } from '../../test/gql/graphql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { Role } from '../../auth/role';

/**
 * Who must hold a course, and where they stand on it, as a table of cases: the person's type and
 * their centres' services, the course's requirement rows, validity and whether it is active, and
 * the records they hold. For each case the person's training (state, what is due, when it runs
 * out), their clearance (with a cleared DBS, so training alone decides it) and their cell of the
 * compliance matrix must agree. Each case has its own organisation and course, removed after it,
 * so no case's rule reaches another's person.
 */

const RlCreateCourse = graphql(`
  mutation TrRulesCreateCourse($code: String!, $validityMonths: Int, $active: Boolean, $requirements: [CourseRequirementInput!]) {
    createCourse(
      code: $code
      title: "Case course"
      ocnLevel: LEVEL_2
      creditValue: 3
      guidedLearningHours: 9
      delivery: IN_PERSON
      validityMonths: $validityMonths
      active: $active
      requirements: $requirements
    ) {
      id
      mandatory
    }
  }
`);

const RlRecordNaccc = graphql(`
  mutation TrRulesRecordNaccc($personId: ID!, $courseId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {
    createTrainingRecord(personId: $personId, source: NACCC, courseId: $courseId, completedOn: $completedOn, outcome: $outcome) {
      id
    }
  }
`);

const RlRecordExternal = graphql(`
  mutation TrRulesRecordExternal($personId: ID!, $completedOn: LocalDate!, $outcome: TrainingOutcome!) {
    createTrainingRecord(personId: $personId, source: EXTERNAL, externalCourse: "Case course", externalProvider: "Nottingham City Council", completedOn: $completedOn, outcome: $outcome) {
      id
    }
  }
`);

const RlPerson = graphql(`
  query TrRulesPerson($id: ID!) {
    Person(id: $id) {
      clearanceStatus
      clearanceAction
      trainingStatus
      trainingDue
      trainingExpiresOn
      training {
        mandatory {
          courseId
          courseCode
          state
          completedOn
          expiresOn
        }
      }
    }
  }
`);

const RlRosterable = graphql(`
  query TrRulesRosterable($ids: [ID!]) {
    allPeople(filter: { ids: $ids, rosterable: true }) {
      id
    }
  }
`);

const RlMatrix = graphql(`
  query TrRulesMatrix($organisationId: ID) {
    trainingMatrix(filter: { organisationId: $organisationId }) {
      courses {
        id
      }
      rows {
        personId
        trainingStatus
        cells {
          courseId
          state
          completedOn
          expiresOn
        }
      }
    }
  }
`);

/** Noon on 15 June 2026 in London: "today" for every case, and the warning window runs to 13/09/2026 (90 days). */
const NOW = new Date('2026-06-15T11:00:00Z');

type Requirement = { personType?: PersonType; serviceType?: ServiceType };
type RecordSpec = { completedOn: string; outcome?: TrainingOutcome; external?: true };
type Expected =
  | { mandatory: false }
  | { mandatory: true; state: TrainingState; completedOn: string | null; expiresOn: string | null };

type Case = {
  label: string;
  personType?: PersonType;
  /** Each of their centres, by the services it offers; none for someone working at no centre. */
  centres: ServiceType[][];
  requirements: Requirement[];
  validityMonths?: number | null;
  active?: boolean;
  records?: RecordSpec[];
  expected: Expected;
};

const MISSING: Expected = { mandatory: true, state: 'MISSING', completedOn: null, expiresOn: null };
const NOT_REQUIRED: Expected = { mandatory: false };

const CASES: Case[] = [
  // Who must hold it.
  { label: 'by service only: a volunteer at a supported contact centre', centres: [['SUPPORTED_CONTACT']], requirements: [{ serviceType: 'SUPPORTED_CONTACT' }], expected: MISSING },
  { label: 'by service only: not at a centre without the service', centres: [['SUPERVISED_CONTACT', 'HANDOVER']], requirements: [{ serviceType: 'SUPPORTED_CONTACT' }], expected: NOT_REQUIRED },
  { label: 'by person type only: a coordinator, whatever the centre', personType: 'COORDINATOR', centres: [['VIRTUAL_CONTACT']], requirements: [{ personType: 'COORDINATOR' }], expected: MISSING },
  { label: 'by person type only: not a volunteer', personType: 'VOLUNTEER', centres: [['SUPPORTED_CONTACT']], requirements: [{ personType: 'COORDINATOR' }], expected: NOT_REQUIRED },
  { label: 'by both: staff at a supervised centre', personType: 'STAFF', centres: [['SUPERVISED_CONTACT']], requirements: [{ personType: 'STAFF', serviceType: 'SUPERVISED_CONTACT' }], expected: MISSING },
  { label: 'by both: not staff at another centre', personType: 'STAFF', centres: [['SUPPORTED_CONTACT']], requirements: [{ personType: 'STAFF', serviceType: 'SUPERVISED_CONTACT' }], expected: NOT_REQUIRED },
  { label: 'by both: not a volunteer at the supervised centre', personType: 'VOLUNTEER', centres: [['SUPERVISED_CONTACT']], requirements: [{ personType: 'STAFF', serviceType: 'SUPERVISED_CONTACT' }], expected: NOT_REQUIRED },
  { label: 'either of two rows: the second reaches a sessional worker', personType: 'SESSIONAL_WORKER', centres: [['HANDOVER']], requirements: [{ personType: 'STAFF' }, { serviceType: 'HANDOVER' }], expected: MISSING },
  { label: 'no type and no service: everyone, a trustee with no centre too', personType: 'TRUSTEE', centres: [], requirements: [{}], expected: MISSING },
  { label: 'a trustee with no centre: a rule by service does not reach them', personType: 'TRUSTEE', centres: [], requirements: [{ serviceType: 'SUPPORTED_CONTACT' }], expected: NOT_REQUIRED },
  { label: 'a trustee with no centre: a rule for trustees does', personType: 'TRUSTEE', centres: [], requirements: [{ personType: 'TRUSTEE' }], expected: MISSING },
  { label: 'two centres: the union of their services', centres: [['SUPPORTED_CONTACT'], ['SUPERVISED_ASSESSMENT']], requirements: [{ serviceType: 'SUPERVISED_ASSESSMENT' }], expected: MISSING },
  { label: 'no requirement rows: optional', centres: [['SUPPORTED_CONTACT']], requirements: [], records: [{ completedOn: '2026-01-10' }], expected: NOT_REQUIRED },
  { label: 'an inactive (retired) course is not mandatory', centres: [['SUPPORTED_CONTACT']], requirements: [{}], active: false, expected: NOT_REQUIRED },

  // Where they stand on it.
  { label: 'no validity: completed eleven years ago and never expires', centres: [['SUPPORTED_CONTACT']], requirements: [{}], validityMonths: null, records: [{ completedOn: '2015-03-02' }], expected: { mandatory: true, state: 'CURRENT', completedOn: '2015-03-02', expiresOn: null } },
  { label: 'expiring exactly today: EXPIRED', centres: [['SUPPORTED_CONTACT']], requirements: [{}], validityMonths: 36, records: [{ completedOn: '2023-06-15' }], expected: { mandatory: true, state: 'EXPIRED', completedOn: '2023-06-15', expiresOn: '2026-06-15' } },
  { label: 'expired last year: EXPIRED', centres: [['SUPPORTED_CONTACT']], requirements: [{}], validityMonths: 24, records: [{ completedOn: '2023-02-01' }], expected: { mandatory: true, state: 'EXPIRED', completedOn: '2023-02-01', expiresOn: '2025-02-01' } },
  { label: 'expiring tomorrow: EXPIRING', centres: [['SUPPORTED_CONTACT']], requirements: [{}], validityMonths: 36, records: [{ completedOn: '2023-06-16' }], expected: { mandatory: true, state: 'EXPIRING', completedOn: '2023-06-16', expiresOn: '2026-06-16' } },
  { label: 'within the 90-day window: EXPIRING', centres: [['SUPPORTED_CONTACT']], requirements: [{}], validityMonths: 36, records: [{ completedOn: '2023-08-01', outcome: 'CREDITS_AWARDED' }], expected: { mandatory: true, state: 'EXPIRING', completedOn: '2023-08-01', expiresOn: '2026-08-01' } },
  { label: 'on the last day of the window: EXPIRING', centres: [['SUPPORTED_CONTACT']], requirements: [{}], validityMonths: 36, records: [{ completedOn: '2023-09-13' }], expected: { mandatory: true, state: 'EXPIRING', completedOn: '2023-09-13', expiresOn: '2026-09-13' } },
  { label: 'the day after the window: CURRENT', centres: [['SUPPORTED_CONTACT']], requirements: [{}], validityMonths: 36, records: [{ completedOn: '2023-09-14', outcome: 'ATTENDED' }], expected: { mandatory: true, state: 'CURRENT', completedOn: '2023-09-14', expiresOn: '2026-09-14' } },
  { label: 'a failed course does not count', centres: [['SUPPORTED_CONTACT']], requirements: [{}], records: [{ completedOn: '2026-01-10', outcome: 'FAILED' }], expected: MISSING },
  { label: 'a session not attended does not count', centres: [['SUPPORTED_CONTACT']], requirements: [{}], records: [{ completedOn: '2026-01-10', outcome: 'DID_NOT_ATTEND' }], expected: MISSING },
  { label: 'external training does not count, even of the same name', centres: [['SUPPORTED_CONTACT']], requirements: [{}], records: [{ completedOn: '2026-01-10', external: true }], expected: MISSING },
  {
    label: 'the latest completion counts, recorded in any order; a later failure changes nothing',
    centres: [['SUPPORTED_CONTACT']],
    requirements: [{}],
    validityMonths: 36,
    records: [{ completedOn: '2024-01-02', outcome: 'CREDITS_AWARDED' }, { completedOn: '2021-01-04' }, { completedOn: '2026-01-10', outcome: 'FAILED' }],
    expected: { mandatory: true, state: 'CURRENT', completedOn: '2024-01-02', expiresOn: '2027-01-02' },
  },
  {
    label: 'a renewal after expiry makes it current again',
    centres: [['SUPPORTED_CONTACT']],
    requirements: [{}],
    validityMonths: 12,
    records: [{ completedOn: '2024-03-01' }, { completedOn: '2026-03-01', outcome: 'ATTENDED' }],
    expected: { mandatory: true, state: 'CURRENT', completedOn: '2026-03-01', expiresOn: '2027-03-01' },
  },
];

/** The clearance training alone gives someone whose DBS is cleared, and the action that goes with it. */
const CLEARANCE: Record<TrainingState, string> = { CURRENT: 'CLEARED', EXPIRING: 'TRAINING_EXPIRING', EXPIRED: 'TRAINING_EXPIRED', MISSING: 'TRAINING_MISSING' };
const ROSTERABLE: Record<TrainingState, boolean> = { CURRENT: true, EXPIRING: true, EXPIRED: false, MISSING: false };
const ukDate = (date: string) => date.split('-').reverse().join('/');

describe('mandatory training, case by case', () => {
  let t: TestApp;
  let team: TestSession;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await createUser(t.db, { email: 'team@rules.test', grants: [{ role: Role.TRAINING_TEAM }] });
    team = await t.signIn('team@rules.test');
  });
  afterAll(() => t.close());

  // Each case's course goes with it, so the next case's person answers to its own rule only.
  afterEach(async () => {
    await t.db.ownerQuery('delete from training_record');
    await t.db.ownerQuery('delete from course');
  });

  it.each(CASES.map((c, i) => ({ ...c, i })))('$label', async ({ i, personType, centres, requirements, validityMonths, active, records, expected }) => {
    const organisation = await insertOrganisation(t.db, `Case ${i} Trust`);
    const centreIds: string[] = [];
    for (const [n, services] of centres.entries()) centreIds.push(await insertCentre(t.db, organisation, `Case ${i} centre ${n}`, services));
    const person = await insertPerson(t.db, organisation, { familyName: `Case${i}`, personType: personType ?? 'VOLUNTEER', centreIds });
    // Cleared for any centre, for years yet: only training can stand in the way.
    await insertDbsCheck(t.db, person, { level: 'ENHANCED_BARRED', issueDate: '2025-06-01' });
    await createUser(t.db, { email: `admin${i}@rules.test`, grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    const admin = await t.signIn(`admin${i}@rules.test`);

    const code = `CASE-${i}`;
    const course = dataOf(await team.graphql(RlCreateCourse, { code, validityMonths: validityMonths ?? null, active: active ?? true, requirements })).createCourse!;
    expect(course.mandatory).toBe(requirements.length > 0);
    for (const r of records ?? []) {
      if (r.external) dataOf(await admin.graphql(RlRecordExternal, { personId: person, completedOn: r.completedOn, outcome: r.outcome ?? 'PASSED' }));
      else dataOf(await team.graphql(RlRecordNaccc, { personId: person, courseId: course.id, completedOn: r.completedOn, outcome: r.outcome ?? 'PASSED' }));
    }

    const state: TrainingState = expected.mandatory ? expected.state : 'CURRENT';
    const due = state === 'MISSING' || state === 'EXPIRED' ? [`Case course (${code})`] : [];
    const expiresOn = expected.mandatory ? expected.expiresOn : null;
    const read = dataOf(await admin.graphql(RlPerson, { id: person })).Person!;
    expect(read).toMatchObject({ trainingStatus: state, trainingDue: due, trainingExpiresOn: expiresOn, clearanceStatus: CLEARANCE[state] });
    expect(read.clearanceAction).toBe(
      state === 'MISSING' || state === 'EXPIRED'
        ? `Do not roster until they complete Case course (${code})`
        : state === 'EXPIRING'
          ? `Book a refresher: mandatory training expires on ${ukDate(expiresOn!)}`
          : null,
    );
    expect(read.training.mandatory).toEqual(
      expected.mandatory ? [{ courseId: course.id, courseCode: code, state: expected.state, completedOn: expected.completedOn, expiresOn: expected.expiresOn }] : [],
    );
    const rosterable = dataOf(await admin.graphql(RlRosterable, { ids: [person] })).allPeople.map((p) => p.id);
    expect(rosterable).toEqual(ROSTERABLE[state] ? [person] : []);

    const { trainingMatrix } = dataOf(await admin.graphql(RlMatrix, { organisationId: organisation }));
    expect(trainingMatrix.rows).toEqual([
      {
        personId: person,
        trainingStatus: state,
        cells: expected.mandatory ? [{ courseId: course.id, state: expected.state, completedOn: expected.completedOn, expiresOn: expected.expiresOn }] : [],
      },
    ]);
    expect(trainingMatrix.courses.map((c) => c.id)).toEqual(expected.mandatory ? [course.id] : []);
  });

  describe('beside the DBS', () => {
    it.each<[string, { dbsIssued: string; completedOn: string | null }, string]>([
      ['a DBS expiring and training missing: training missing first (they cannot be rostered)', { dbsIssued: '2023-07-01', completedOn: null }, 'TRAINING_MISSING'],
      ['a DBS expiring and training expiring: the DBS is named', { dbsIssued: '2023-07-01', completedOn: '2023-07-20' }, 'EXPIRING'],
      ['a DBS expired and training missing: the DBS first', { dbsIssued: '2023-01-10', completedOn: null }, 'EXPIRED'],
      ['a DBS cleared and training expiring', { dbsIssued: '2025-06-01', completedOn: '2023-07-20' }, 'TRAINING_EXPIRING'],
    ])('%s', async (_label, { dbsIssued, completedOn }, status) => {
      const organisation = await insertOrganisation(t.db, `Precedence ${status} Trust`);
      const centre = await insertCentre(t.db, organisation, 'Precedence centre', ['SUPPORTED_CONTACT']);
      const person = await insertPerson(t.db, organisation, { familyName: `Precedence${status}`, centreIds: [centre] });
      await insertDbsCheck(t.db, person, { level: 'ENHANCED', issueDate: dbsIssued });
      const course = dataOf(await team.graphql(RlCreateCourse, { code: 'PRE-1', validityMonths: 36, active: true, requirements: [{}] })).createCourse!;
      if (completedOn) dataOf(await team.graphql(RlRecordNaccc, { personId: person, courseId: course.id, completedOn, outcome: 'PASSED' }));
      const email = `precedence-${status.toLowerCase()}@rules.test`;
      await createUser(t.db, { email, grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
      const admin = await t.signIn(email);
      expect(dataOf(await admin.graphql(RlPerson, { id: person })).Person!.clearanceStatus).toBe(status);
    });
  });
});
