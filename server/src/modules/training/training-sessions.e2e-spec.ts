import { createTestApp, dataOf, type GraphQLResponse, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { Role } from '../../auth/role';

/**
 * Sessions, places and cohorts: who may be enrolled where and why not, capacity held when two
 * people ask for the last place at the same moment, a cohort recorded all or nothing, and a cohort
 * recorded again correcting only what changed, each correction audited in its own entry.
 */

const TrSessCreateCourse = graphql(`
  mutation TrSessCreateCourse($code: String!) {
    createCourse(code: $code, title: "Supervised contact practice", ocnLevel: LEVEL_3, creditValue: 6, guidedLearningHours: 30, delivery: IN_PERSON) {
      id
    }
  }
`);

const TrSessCreateSession = graphql(`
  mutation TrSessCreateSession($courseId: ID!, $startsAt: DateTimeISO!, $endsAt: DateTimeISO!, $capacity: Int!) {
    createCourseSession(courseId: $courseId, startsAt: $startsAt, endsAt: $endsAt, trainer: "Tess Trainer", venue: "Friends Meeting House", capacity: $capacity) {
      id
      status
    }
  }
`);

const TrSessUpdateSession = graphql(`
  mutation TrSessUpdateSession($id: ID!, $status: SessionStatus, $capacity: Int, $trainer: String) {
    updateCourseSession(id: $id, status: $status, capacity: $capacity, trainer: $trainer) {
      id
      status
      capacity
    }
  }
`);

const TrSessEnrol = graphql(`
  mutation TrSessEnrol($sessionId: ID!, $personIds: [ID!]!) {
    enrolInSession(sessionId: $sessionId, personIds: $personIds) {
      id
      placesTaken
    }
  }
`);

const TrSessRequest = graphql(`
  mutation TrSessRequest($sessionId: ID!, $personIds: [ID!]!) {
    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {
      id
      placesTaken
      placesLeft
    }
  }
`);

const TrSessRemove = graphql(`
  mutation TrSessRemove($id: ID!) {
    removeEnrolment(id: $id) {
      id
      placesTaken
    }
  }
`);

const TrSessSession = graphql(`
  query TrSessSession($id: ID!) {
    CourseSession(id: $id) {
      status
      placesTaken
      placesLeft
      enrolments {
        id
        personId
        status
      }
    }
  }
`);

const TrSessCohort = graphql(`
  mutation TrSessCohort($sessionId: ID!, $results: [CohortResultInput!]!) {
    recordCohortAttendance(sessionId: $sessionId, results: $results) {
      session {
        status
      }
      created
      corrected
      unchanged
      records {
        id
        personId
        outcome
        credits
        hours
        version
        recordedByName
      }
    }
  }
`);

/** 15 June 2026, 13:00 in London. */
const NOW = new Date('2026-06-15T12:00:00Z');

type Outcome = 'ATTENDED' | 'PASSED' | 'CREDITS_AWARDED' | 'DID_NOT_ATTEND' | 'FAILED';

describe('sessions, places and cohorts', () => {
  let t: TestApp;
  let team: TestSession;
  let teamUser: string;
  let adminA: TestSession;
  let adminB: TestSession;
  let coordinatorA: TestSession;
  let course: string;
  let orgA: string;
  const peopleA: string[] = [];
  const peopleB: string[] = [];

  const errorOf = (response: GraphQLResponse<unknown>) => response.errors?.[0];
  const enrolmentsOf = (sessionId: string) =>
    t.db.ownerQuery<{ person_id: string; status: string }>('select person_id, status from session_enrolment where session_id = $1 order by person_id', [sessionId]);
  const recordsOf = (sessionId: string) =>
    t.db.ownerQuery<{ id: string; person_id: string; outcome: string; credits: number; version: number }>(
      'select id, person_id, outcome, credits, version from training_record where session_id = $1 order by person_id',
      [sessionId],
    );

  /** A session `days` from today (negative: in the past), three hours long. */
  async function newSession(days: number, capacity = 20): Promise<string> {
    const start = new Date(NOW.getTime() + days * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 3 * 3_600_000);
    return dataOf(await team.graphql(TrSessCreateSession, { courseId: course, startsAt: start.toISOString(), endsAt: end.toISOString(), capacity })).createCourseSession!.id;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    orgA = await insertOrganisation(t.db, 'Alpha Contact');
    const orgB = await insertOrganisation(t.db, 'Bravo Contact');
    const centreA = await insertCentre(t.db, orgA, 'Alpha Centre');
    const centreB = await insertCentre(t.db, orgB, 'Bravo Centre');
    for (let i = 0; i < 12; i++) peopleA.push(await insertPerson(t.db, orgA, { givenName: 'Ann', familyName: `Alpha${String(i).padStart(2, '0')}`, centreIds: [centreA] }));
    for (let i = 0; i < 6; i++) peopleB.push(await insertPerson(t.db, orgB, { givenName: 'Ben', familyName: `Bravo${i}`, centreIds: [centreB] }));
    teamUser = await createUser(t.db, { email: 'team@sessions.test', displayName: 'Tess Team', grants: [{ role: Role.TRAINING_TEAM }] });
    await createUser(t.db, { email: 'admin-a@sessions.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    await createUser(t.db, { email: 'admin-b@sessions.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgB }] });
    await createUser(t.db, { email: 'coordinator-a@sessions.test', grants: [{ role: Role.CENTRE_COORDINATOR, organisationId: orgA, centreIds: [centreA] }] });
    team = await t.signIn('team@sessions.test');
    adminA = await t.signIn('admin-a@sessions.test');
    adminB = await t.signIn('admin-b@sessions.test');
    coordinatorA = await t.signIn('coordinator-a@sessions.test');
    course = dataOf(await team.graphql(TrSessCreateCourse, { code: 'SCP-3' })).createCourse!.id;
  });
  afterAll(() => t.close());

  describe('enrolment', () => {
    it('refuses to enrol someone twice, or to name the same person twice, saying why and writing nothing', async () => {
      const session = await newSession(20);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[0]!] }));
      const twice = await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[0]!] });
      expect(errorOf(twice)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'personIds' } });
      expect(errorOf(twice)!.message).toBe('Ann Alpha00 already has a place on this session');
      // Their organisation asking again is refused the same way.
      expect(errorOf(await adminA.graphql(TrSessRequest, { sessionId: session, personIds: [peopleA[0]!] }))!.message).toMatch(/already has a place/);
      const repeated = await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[1]!, peopleA[2]!, peopleA[1]!] });
      expect(errorOf(repeated)).toMatchObject({ message: 'The same person is named twice', extensions: { code: 'BAD_USER_INPUT', field: 'personIds' } });
      expect(await enrolmentsOf(session)).toEqual([{ person_id: peopleA[0], status: 'CONFIRMED' }]);
    });

    it('enrols nobody on a cancelled session until it is scheduled again', async () => {
      const session = await newSession(20);
      // Completed is for recording attendance to say, not for anyone to set.
      expect(errorOf(await team.graphql(TrSessUpdateSession, { id: session, status: 'COMPLETED' }))).toMatchObject({
        message: 'A session is completed by recording its attendance',
        extensions: { code: 'BAD_USER_INPUT', field: 'status' },
      });
      dataOf(await team.graphql(TrSessUpdateSession, { id: session, status: 'CANCELLED' }));
      for (const attempt of [
        () => team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[0]!] }),
        () => adminA.graphql(TrSessRequest, { sessionId: session, personIds: [peopleA[0]!] }),
      ]) {
        const refused = await attempt();
        expect(errorOf(refused)).toMatchObject({ message: 'This session is cancelled: nobody can be enrolled on it', extensions: { code: 'BAD_USER_INPUT', field: 'sessionId' } });
      }
      // Nor is anything else about it changed while it is cancelled.
      expect(errorOf(await team.graphql(TrSessUpdateSession, { id: session, trainer: 'Someone Else' }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
      expect(await enrolmentsOf(session)).toEqual([]);
      dataOf(await team.graphql(TrSessUpdateSession, { id: session, status: 'SCHEDULED' }));
      expect(dataOf(await adminA.graphql(TrSessRequest, { sessionId: session, personIds: [peopleA[0]!] })).requestSessionPlaces!.placesTaken).toBe(1);
    });

    it('enrols nobody once attendance is recorded, and a recorded session cannot be cancelled', async () => {
      const session = await newSession(-3);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[0]!] }));
      dataOf(await team.graphql(TrSessCohort, { sessionId: session, results: [{ personId: peopleA[0]!, outcome: 'ATTENDED' }] }));
      const late = await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[1]!] });
      expect(errorOf(late)).toMatchObject({ message: "This session's attendance is already recorded: enrol them on a later session", extensions: { field: 'sessionId' } });
      expect(errorOf(await team.graphql(TrSessUpdateSession, { id: session, status: 'CANCELLED' }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
    });

    it('lets an organisation ask for places on upcoming sessions only, for people still with it', async () => {
      const started = await newSession(-1);
      expect(errorOf(await adminA.graphql(TrSessRequest, { sessionId: started, personIds: [peopleA[0]!] }))).toMatchObject({
        message: 'This session has already started: places can be requested on upcoming sessions only',
        extensions: { code: 'BAD_USER_INPUT', field: 'sessionId' },
      });
      // The training team may still enrol on it (people who turned up), before attendance is recorded.
      dataOf(await team.graphql(TrSessEnrol, { sessionId: started, personIds: [peopleA[0]!] }));

      const upcoming = await newSession(10);
      const leaver = await insertPerson(t.db, orgA, { givenName: 'Lee', familyName: 'Leaver', status: 'LEFT', leaveDate: '2026-05-01' });
      expect(errorOf(await adminA.graphql(TrSessRequest, { sessionId: upcoming, personIds: [peopleA[0]!, leaver] }))).toMatchObject({
        message: 'Lee Leaver has left their organisation',
        extensions: { code: 'BAD_USER_INPUT', field: 'personIds' },
      });
      expect(await enrolmentsOf(upcoming)).toEqual([]);
    });

    it('lets an organisation withdraw its own request, but not a confirmed place; the training team removes any until attendance is recorded', async () => {
      const session = await newSession(10);
      dataOf(await coordinatorA.graphql(TrSessRequest, { sessionId: session, personIds: [peopleA[0]!, peopleA[1]!] }));
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[1]!] }));
      const places = dataOf(await adminA.graphql(TrSessSession, { id: session })).CourseSession!.enrolments;
      const requested = places.find((e) => e.personId === peopleA[0])!;
      const confirmed = places.find((e) => e.personId === peopleA[1])!;
      expect([requested.status, confirmed.status]).toEqual(['REQUESTED', 'CONFIRMED']);

      const refused = await adminA.graphql(TrSessRemove, { id: confirmed.id });
      expect(errorOf(refused)).toMatchObject({ message: 'This place is confirmed: ask the training team to remove it', extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
      expect(dataOf(await adminA.graphql(TrSessRemove, { id: requested.id })).removeEnrolment!.placesTaken).toBe(1);
      expect(dataOf(await team.graphql(TrSessRemove, { id: confirmed.id })).removeEnrolment!.placesTaken).toBe(0);

      const past = await newSession(-2);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: past, personIds: [peopleA[2]!] }));
      dataOf(await team.graphql(TrSessCohort, { sessionId: past, results: [{ personId: peopleA[2]!, outcome: 'PASSED' }] }));
      const [enrolment] = dataOf(await team.graphql(TrSessSession, { id: past })).CourseSession!.enrolments;
      expect(errorOf(await team.graphql(TrSessRemove, { id: enrolment!.id }))).toMatchObject({
        message: "This session's attendance is recorded: correct the outcome instead",
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      });
    });

    it('keeps the capacity at or above the places taken', async () => {
      const session = await newSession(10, 5);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: peopleA.slice(0, 3) }));
      expect(errorOf(await team.graphql(TrSessUpdateSession, { id: session, capacity: 2 }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'capacity' } });
      expect(dataOf(await team.graphql(TrSessUpdateSession, { id: session, capacity: 3 })).updateCourseSession!.capacity).toBe(3);
      const full = await adminA.graphql(TrSessRequest, { sessionId: session, personIds: [peopleA[3]!] });
      expect(errorOf(full)).toMatchObject({ message: 'Only 0 places are left on this session (capacity 3); 1 asked for', extensions: { field: 'personIds' } });
    });
  });

  describe('capacity when two ask at once', () => {
    it.each([1, 2, 3, 4, 5])('round %i: two organisations asking for the last place at the same moment: exactly one gets it', async (round) => {
      const session = await newSession(30, 3);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[10]!, peopleB[5]!] }));
      const [a, b] = await Promise.all([
        adminA.graphql(TrSessRequest, { sessionId: session, personIds: [peopleA[round]!] }),
        adminB.graphql(TrSessRequest, { sessionId: session, personIds: [peopleB[round - 1]!] }),
      ]);
      const won = [a, b].filter((response) => !response.errors);
      const lost = [a, b].filter((response) => response.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(errorOf(lost[0]!)).toMatchObject({ message: 'Only 0 places are left on this session (capacity 3); 1 asked for', extensions: { code: 'BAD_USER_INPUT', field: 'personIds' } });
      expect(await enrolmentsOf(session)).toHaveLength(3);
    });

    it('the training team and an organisation at once, each for two of the last three places: one is refused whole', async () => {
      const session = await newSession(30, 4);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleA[11]!] }));
      const [byTeam, byOrganisation] = await Promise.all([
        team.graphql(TrSessEnrol, { sessionId: session, personIds: [peopleB[0]!, peopleB[1]!] }),
        adminA.graphql(TrSessRequest, { sessionId: session, personIds: [peopleA[0]!, peopleA[1]!] }),
      ]);
      expect([byTeam, byOrganisation].filter((response) => response.errors)).toHaveLength(1);
      const loser = byTeam.errors ? byTeam : byOrganisation;
      expect(errorOf(loser)!.message).toBe('Only 1 place is left on this session (capacity 4); 2 asked for');
      const rows = await enrolmentsOf(session);
      expect(rows).toHaveLength(3);
      // All or none: the refused request left neither of its two people behind.
      const refusedPeople = byTeam.errors ? [peopleB[0], peopleB[1]] : [peopleA[0], peopleA[1]];
      expect(rows.filter((row) => refusedPeople.includes(row.person_id))).toEqual([]);
    });
  });

  describe('cohort attendance', () => {
    it('refuses the whole cohort when any row is wrong, naming each row, and writes nothing', async () => {
      const session = await newSession(-1);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: peopleA.slice(0, 4) }));
      const results = [
        { personId: peopleA[0]!, outcome: 'PASSED' as Outcome },
        { personId: peopleA[1]!, outcome: 'ATTENDED' as Outcome, creditsAwarded: 2 },
        { personId: peopleA[2]!, outcome: 'PASSED' as Outcome, creditsAwarded: 9 },
        { personId: peopleA[3]!, outcome: 'PASSED' as Outcome, hours: -1 },
        { personId: peopleA[0]!, outcome: 'FAILED' as Outcome },
        { personId: peopleB[0]!, outcome: 'PASSED' as Outcome },
        { personId: 'not-an-id', outcome: 'PASSED' as Outcome },
      ];
      const refused = await team.graphql(TrSessCohort, { sessionId: session, results });
      expect(errorOf(refused)).toMatchObject({ message: '6 rows need correcting; nothing was recorded', extensions: { code: 'BAD_USER_INPUT', field: 'results' } });
      expect(errorOf(refused)!.extensions!.rows).toEqual([
        { row: 2, personId: peopleA[1], field: 'creditsAwarded', message: 'Ann Alpha01: credits are awarded only with a pass or "credits awarded"' },
        { row: 3, personId: peopleA[2], field: 'creditsAwarded', message: 'Ann Alpha02: Supervised contact practice carries 6 credits at most' },
        { row: 4, personId: peopleA[3], field: 'hours', message: 'Ann Alpha03: hours cannot be negative' },
        { row: 5, personId: peopleA[0], field: 'personId', message: 'Ann Alpha00 is on the sheet twice' },
        { row: 6, personId: peopleB[0], field: 'personId', message: 'Not enrolled on this session: enrol them first' },
        { row: 7, personId: 'not-an-id', field: 'personId', message: 'personId must be the id of a person' },
      ]);
      expect(await recordsOf(session)).toEqual([]);
      expect(dataOf(await team.graphql(TrSessSession, { id: session })).CourseSession!.status).toBe('SCHEDULED');
    });

    it('records no attendance for a session not yet started, or cancelled', async () => {
      const upcoming = await newSession(5);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: upcoming, personIds: [peopleA[0]!] }));
      expect(errorOf(await team.graphql(TrSessCohort, { sessionId: upcoming, results: [{ personId: peopleA[0]!, outcome: 'ATTENDED' }] }))).toMatchObject({
        message: 'This session has not started yet: record attendance once it has taken place',
        extensions: { code: 'BAD_USER_INPUT', field: 'sessionId' },
      });
      const cancelled = await newSession(-5);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: cancelled, personIds: [peopleA[0]!] }));
      dataOf(await team.graphql(TrSessUpdateSession, { id: cancelled, status: 'CANCELLED' }));
      expect(errorOf(await team.graphql(TrSessCohort, { sessionId: cancelled, results: [{ personId: peopleA[0]!, outcome: 'ATTENDED' }] }))).toMatchObject({
        message: 'This session was cancelled: there is no attendance to record',
        extensions: { code: 'BAD_USER_INPUT', field: 'sessionId' },
      });
      expect([...(await recordsOf(upcoming)), ...(await recordsOf(cancelled))]).toEqual([]);
    });

    it('fills in credits and hours from the course and the session when not given', async () => {
      const session = await newSession(-4);
      const cohort = peopleA.slice(0, 4);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: cohort }));
      const outcomes: Outcome[] = ['PASSED', 'ATTENDED', 'DID_NOT_ATTEND', 'FAILED'];
      const { records } = dataOf(await team.graphql(TrSessCohort, { sessionId: session, results: cohort.map((personId, i) => ({ personId, outcome: outcomes[i]! })) })).recordCohortAttendance;
      const byPerson = new Map(records.map((r) => [r.personId, r]));
      // The session lasted three hours; the course carries six credits.
      expect(cohort.map((id) => [byPerson.get(id)!.outcome, byPerson.get(id)!.credits, byPerson.get(id)!.hours])).toEqual([
        ['PASSED', 6, 3],
        ['ATTENDED', 0, 3],
        ['DID_NOT_ATTEND', 0, 0],
        ['FAILED', 0, 3],
      ]);
    });

    it('recorded again, corrects only the rows that changed: each correction is an update with its own audit entry, naming the fields and keeping no values', async () => {
      const session = await newSession(-2);
      const cohort = peopleA.slice(4, 8);
      dataOf(await team.graphql(TrSessEnrol, { sessionId: session, personIds: cohort }));
      const first = cohort.map((personId) => ({ personId, outcome: 'PASSED' as Outcome }));
      const recorded = dataOf(await team.graphql(TrSessCohort, { sessionId: session, results: first })).recordCohortAttendance;
      expect(recorded).toMatchObject({ session: { status: 'COMPLETED' }, created: 4, corrected: 0, unchanged: 0 });
      expect(recorded.records.every((r) => r.version === 1 && r.recordedByName === 'Tess Team')).toBe(true);
      const before = await recordsOf(session);
      const entries = () =>
        t.db.ownerQuery<{ entity_id: string; action: string; actor_user_id: string; organisation_id: string; changes: Record<string, unknown> }>(
          `select entity_id, action, actor_user_id, organisation_id, changes from audit_event where entity_type = 'TrainingRecord' and entity_id = any ($1::uuid[]) order by occurred_at, id`,
          [before.map((r) => r.id)],
        );
      const created = await entries();
      expect(created.map((e) => e.action)).toEqual(['CREATE', 'CREATE', 'CREATE', 'CREATE']);
      expect(created.every((e) => e.actor_user_id === teamUser && e.organisation_id === orgA)).toBe(true);

      // The second person failed after all; the third's certificate reference arrives; the rest stand.
      const second = first.map((row, i) => (i === 1 ? { ...row, outcome: 'FAILED' as Outcome } : i === 2 ? { ...row, certificateRef: 'OCN-2026-0042' } : row));
      const corrected = dataOf(await team.graphql(TrSessCohort, { sessionId: session, results: second })).recordCohortAttendance;
      expect(corrected).toMatchObject({ created: 0, corrected: 2, unchanged: 2 });
      const after = await recordsOf(session);
      expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
      const changedIds = [cohort[1], cohort[2]];
      for (const row of after) {
        const was = before.find((r) => r.id === row.id)!;
        expect([row.person_id, row.version]).toEqual([row.person_id, changedIds.includes(row.person_id) ? was.version + 1 : was.version]);
      }
      expect(after.find((r) => r.person_id === cohort[1])).toMatchObject({ outcome: 'FAILED', credits: 0 });

      const updates = (await entries()).filter((e) => e.action === 'UPDATE');
      const recordOf = (personId: string) => after.find((r) => r.person_id === personId)!.id;
      expect(updates.map((e) => e.entity_id).sort()).toEqual([recordOf(cohort[1]!), recordOf(cohort[2]!)].sort());
      expect(updates.find((e) => e.entity_id === recordOf(cohort[1]!))!.changes).toEqual({ outcome: { redacted: true }, credits: { redacted: true } });
      expect(updates.find((e) => e.entity_id === recordOf(cohort[2]!))!.changes).toEqual({ certificate_ref: { redacted: true } });
      expect(updates.every((e) => e.actor_user_id === teamUser && e.organisation_id === orgA)).toBe(true);
      expect(JSON.stringify(updates)).not.toMatch(/FAILED|PASSED|OCN-2026/);

      // The same sheet a third time changes nothing and writes nothing.
      const again = dataOf(await team.graphql(TrSessCohort, { sessionId: session, results: second })).recordCohortAttendance;
      expect(again).toMatchObject({ created: 0, corrected: 0, unchanged: 4 });
      expect(await entries()).toHaveLength(created.length + updates.length);
      expect(await recordsOf(session)).toEqual(after);
    });
  });
});
