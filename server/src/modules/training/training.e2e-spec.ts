import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { Role } from '../../auth/role';

/**
 * Training end to end: the training team keeps the catalogue, schedules a session, enrols a
 * cohort and records it in one go; the mandatory training that follows decides who can be rostered.
 */

const CreateCourse = graphql(`
  mutation TrCreateCourse($code: String!, $title: String!, $validityMonths: Int, $requirements: [CourseRequirementInput!]) {
    createCourse(code: $code, title: $title, ocnLevel: LEVEL_1, creditValue: 3, guidedLearningHours: 12, delivery: IN_PERSON, validityMonths: $validityMonths, requirements: $requirements) {
      id
      code
      mandatory
      requirements { personType serviceType }
    }
  }
`);

const CreateSession = graphql(`
  mutation TrCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {
    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: "Tess Trainer", venue: "Friends Meeting House", region: LONDON, capacity: $capacity) {
      id
      status
      placesLeft
    }
  }
`);

const Enrol = graphql(`
  mutation TrEnrol($sessionId: ID!, $personIds: [ID!]!) {
    enrolInSession(sessionId: $sessionId, personIds: $personIds) {
      id
      placesTaken
      placesLeft
      enrolments { personId status }
    }
  }
`);

const RequestPlaces = graphql(`
  mutation TrRequest($sessionId: ID!, $personIds: [ID!]!) {
    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {
      id
      placesTaken
      enrolments { personId status }
    }
  }
`);

const RecordCohort = graphql(`
  mutation TrCohort($sessionId: ID!, $results: [CohortResultInput!]!) {
    recordCohortAttendance(sessionId: $sessionId, results: $results) {
      session { id status }
      created
      corrected
      unchanged
      records { personId outcome credits hours expiresOn courseCode }
    }
  }
`);

const PersonTrainingQuery = graphql(`
  query TrPerson($id: ID!) {
    Person(id: $id) {
      id
      clearanceStatus
      clearanceAction
      trainingStatus
      trainingDue
      training { hoursLast12Months creditsLast12Months mandatory { courseCode state expiresOn } }
      trainingRecords { courseTitle outcome }
    }
  }
`);

describe('training', () => {
  let t: TestApp;
  let organisation: string;
  let centre: string;
  let team: TestSession;
  let admin: TestSession;
  let people: string[];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-15T12:00:00Z') });
    organisation = await insertOrganisation(t.db, 'Training Trust');
    centre = await insertCentre(t.db, organisation, 'Meadows Centre', ['SUPPORTED_CONTACT']);
    people = [];
    for (let i = 0; i < 45; i++) {
      const id = await insertPerson(t.db, organisation, { familyName: `Learner${String(i).padStart(2, '0')}`, centreIds: [centre] });
      await insertDbsCheck(t.db, id, { level: 'ENHANCED', issueDate: '2025-06-01' });
      people.push(id);
    }
    await createUser(t.db, { email: 'team@training.test', grants: [{ role: Role.TRAINING_TEAM }] });
    await createUser(t.db, { email: 'admin@training.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    team = await t.signIn('team@training.test');
    admin = await t.signIn('admin@training.test');
  });
  afterAll(() => t.close());

  it('makes a course mandatory by data, records a cohort, and rosters people once trained', async () => {
    const course = dataOf(await team.graphql(CreateCourse, { code: 'CVT-1', title: 'Core volunteer training', validityMonths: 36, requirements: [{ serviceType: 'SUPPORTED_CONTACT' }] })).createCourse!;
    expect(course).toMatchObject({ mandatory: true, requirements: [{ personType: null, serviceType: 'SUPPORTED_CONTACT' }] });

    const before = dataOf(await admin.graphql(PersonTrainingQuery, { id: people[0]! })).Person!;
    expect(before).toMatchObject({ clearanceStatus: 'TRAINING_MISSING', trainingStatus: 'MISSING', trainingDue: ['Core volunteer training (CVT-1)'] });
    expect(before.clearanceAction).toBe('Do not roster until they complete Core volunteer training (CVT-1)');

    const session = dataOf(await team.graphql(CreateSession, { courseId: course.id, startsAt: '2026-06-01T09:00:00Z', endsAt: '2026-06-01T15:00:00Z', capacity: 50 })).createCourseSession!;
    const enrolled = dataOf(await team.graphql(Enrol, { sessionId: session.id, personIds: people.slice(0, 5) })).enrolInSession!;
    expect(enrolled.placesTaken).toBe(5);

    const result = dataOf(await team.graphql(RecordCohort, { sessionId: session.id, results: people.slice(0, 5).map((personId) => ({ personId, outcome: 'PASSED' as const })) })).recordCohortAttendance;
    expect(result).toMatchObject({ session: { status: 'COMPLETED' }, created: 5, corrected: 0, unchanged: 0 });
    expect(result.records[0]).toMatchObject({ outcome: 'PASSED', credits: 3, hours: 6, expiresOn: '2029-06-01', courseCode: 'CVT-1' });

    const after = dataOf(await admin.graphql(PersonTrainingQuery, { id: people[0]! })).Person!;
    expect(after).toMatchObject({ clearanceStatus: 'CLEARED', trainingStatus: 'CURRENT', trainingDue: [], training: { hoursLast12Months: 6, creditsLast12Months: 3 } });
  });

  it('records a cohort of 40 in as many statements as a cohort of 5', async () => {
    const course = dataOf(await team.graphql(CreateCourse, { code: 'SAF-R', title: 'Safeguarding refresher', validityMonths: 36 })).createCourse!;
    const counts: number[] = [];
    for (const size of [5, 40]) {
      const session = dataOf(await team.graphql(CreateSession, { courseId: course.id, startsAt: '2026-06-02T09:00:00Z', endsAt: '2026-06-02T12:00:00Z', capacity: 50 })).createCourseSession!;
      const cohort = people.slice(0, size);
      dataOf(await team.graphql(Enrol, { sessionId: session.id, personIds: cohort }));
      const { data } = await t.db.sql.during(() => team.graphql(RecordCohort, { sessionId: session.id, results: cohort.map((personId) => ({ personId, outcome: 'ATTENDED' as const })) }));
      counts.push(data.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('refuses the whole cohort when a row is wrong, naming the row and field', async () => {
    const course = dataOf(await team.graphql(CreateCourse, { code: 'OBS-2', title: 'Observation and recording' })).createCourse!;
    const session = dataOf(await team.graphql(CreateSession, { courseId: course.id, startsAt: '2026-06-03T09:00:00Z', endsAt: '2026-06-03T12:00:00Z', capacity: 10 })).createCourseSession!;
    dataOf(await team.graphql(Enrol, { sessionId: session.id, personIds: people.slice(0, 3) }));
    const response = await team.graphql(RecordCohort, {
      sessionId: session.id,
      results: [
        { personId: people[0]!, outcome: 'PASSED' },
        { personId: people[1]!, outcome: 'DID_NOT_ATTEND', hours: 2 },
        { personId: people[10]!, outcome: 'PASSED' },
      ],
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'results',
      rows: [expect.objectContaining({ row: 2, field: 'hours' }), expect.objectContaining({ row: 3, field: 'personId' })],
    });
    expect(await t.db.ownerQuery('select id from training_record where session_id = $1', [session.id])).toEqual([]);
  });

  it('lets an organisation request places for its own people, within capacity', async () => {
    const course = dataOf(await team.graphql(CreateCourse, { code: 'LVL-3', title: 'Supervised contact practice' })).createCourse!;
    const session = dataOf(await team.graphql(CreateSession, { courseId: course.id, startsAt: '2026-07-03T09:00:00Z', endsAt: '2026-07-03T12:00:00Z', capacity: 2 })).createCourseSession!;
    const requested = dataOf(await admin.graphql(RequestPlaces, { sessionId: session.id, personIds: people.slice(0, 2) })).requestSessionPlaces!;
    expect(requested.enrolments.map((e) => e.status)).toEqual(['REQUESTED', 'REQUESTED']);
    const full = await admin.graphql(RequestPlaces, { sessionId: session.id, personIds: [people[2]!] });
    expect(full.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'personIds' } });
    expect(full.errors?.[0]?.message).toMatch(/Only 0 places are left/);
    const twice = await admin.graphql(RequestPlaces, { sessionId: session.id, personIds: [people[0]!] });
    expect(twice.errors?.[0]?.message).toMatch(/already has a place/);
    const confirmed = dataOf(await team.graphql(Enrol, { sessionId: session.id, personIds: people.slice(0, 2) })).enrolInSession!;
    expect(confirmed.enrolments.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
  });
});
