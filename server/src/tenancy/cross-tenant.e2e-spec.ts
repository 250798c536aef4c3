import { print } from 'graphql';
import { resourcesWalkedAcrossTenants } from '../all-modules';
import { createTestApp, dataOf, type GraphQLResponse, type TestApp, type TestSession, returnedNothing } from '../test/app';
import { graphql } from '../test/gql';
import { createUser } from '../test/identities';
import { Role } from '../auth/role';

/**
 * Cross-tenant security through the whole HTTP stack: every role tries to read and write what
 * is not theirs, directly, through nested fields, aliases and transport tricks. Each case checks
 * the answer (data and/or error code) and, through the owner connection (which bypasses RLS),
 * that the database is exactly as it was. A record outside the caller's scope is NOT_FOUND,
 * indistinguishable from one that does not exist, never FORBIDDEN.
 */

const Centres = graphql(`
  query XtCentres($filter: CentreFilter) {
    items: allCentres(filter: $filter, perPage: 500, sortField: "id") {
      id
      name
      organisationId
    }
    total: _allCentresMeta(filter: $filter) {
      count
    }
  }
`);

const CentreById = graphql(`
  query XtCentre($id: ID!) {
    Centre(id: $id) {
      id
      name
      organisationId
    }
  }
`);

const CentreWithSiblings = graphql(`
  query XtCentreWithSiblings($id: ID!) {
    Centre(id: $id) {
      id
      organisation {
        id
        centres {
          id
        }
      }
    }
  }
`);

const CentrePair = graphql(`
  query XtCentrePair($a: ID!, $b: ID!) {
    a: Centre(id: $a) {
      id
      name
    }
    b: Centre(id: $b) {
      id
      name
    }
  }
`);

const CreateCentre = graphql(`
  mutation XtCreateCentre($organisationId: ID!, $name: String!) {
    createCentre(
      organisationId: $organisationId
      name: $name
      postcode: "NG1 5FS"
      serviceTypes: [SUPPORTED_CONTACT]
      addressLine1: "Church Hall"
      town: "Nottingham"
    ) {
      id
      organisationId
    }
  }
`);

const UpdateCentre = graphql(`
  mutation XtUpdateCentre($id: ID!, $name: String!) {
    updateCentre(id: $id, name: $name) {
      id
      name
      version
    }
  }
`);

const UpdateCentrePair = graphql(`
  mutation XtUpdateCentrePair($own: ID!, $foreign: ID!, $name: String!) {
    own: updateCentre(id: $own, name: $name) {
      id
      name
      version
    }
    foreign: updateCentre(id: $foreign, name: $name) {
      id
      name
      version
    }
  }
`);

const DeleteCentre = graphql(`
  mutation XtDeleteCentre($id: ID!) {
    deleteCentre(id: $id) {
      id
      name
    }
  }
`);

const Organisations = graphql(`
  query XtOrganisations($filter: OrganisationFilter) {
    items: allOrganisations(filter: $filter, perPage: 500) {
      id
      name
    }
    total: _allOrganisationsMeta(filter: $filter) {
      count
    }
  }
`);

const OrganisationById = graphql(`
  query XtOrganisation($id: ID!) {
    Organisation(id: $id) {
      id
      name
      centres {
        id
      }
    }
  }
`);

const CreateOrganisation = graphql(`
  mutation XtCreateOrganisation($name: String!) {
    createOrganisation(name: $name, type: CHARITY, contactEmail: "new@example.org.uk", region: LONDON) {
      id
    }
  }
`);

const UpdateOrganisation = graphql(`
  mutation XtUpdateOrganisation($id: ID!, $name: String, $membershipStatus: MembershipStatus) {
    updateOrganisation(id: $id, name: $name, membershipStatus: $membershipStatus) {
      id
      name
      membershipStatus
    }
  }
`);

const DeleteOrganisation = graphql(`
  mutation XtDeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id) {
      id
    }
  }
`);

const Users = graphql(`
  query XtUsers($filter: UserFilter) {
    allUsers(filter: $filter, perPage: 500, sortField: "email") {
      id
      email
    }
    _allUsersMeta(filter: $filter) {
      count
    }
  }
`);

const UserById = graphql(`
  query XtUser($id: ID!) {
    User(id: $id) {
      id
      email
      grants {
        role
        organisationId
        centreIds
      }
    }
  }
`);

const UpdateUser = graphql(`
  mutation XtUpdateUser($id: ID!, $active: Boolean, $displayName: String) {
    updateUser(id: $id, active: $active, displayName: $displayName) {
      id
      active
      displayName
    }
  }
`);

const CreateUser = graphql(`
  mutation XtCreateUser($email: String!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {
    createUser(email: $email, displayName: "Invited Person", role: $role, organisationId: $organisationId, centreIds: $centreIds) {
      id
      email
      inviteToken
    }
  }
`);

const AddGrant = graphql(`
  mutation XtAddGrant($userId: ID!, $role: Role!, $organisationId: ID, $centreIds: [ID!]) {
    addGrant(userId: $userId, role: $role, organisationId: $organisationId, centreIds: $centreIds) {
      id
      grants {
        role
        organisationId
      }
    }
  }
`);

const RemoveGrant = graphql(`
  mutation XtRemoveGrant($grantId: ID!) {
    removeGrant(grantId: $grantId) {
      id
    }
  }
`);

const AuditEvents = graphql(`
  query XtAuditEvents($filter: AuditEventFilter) {
    allAuditEvents(filter: $filter, perPage: 500) {
      id
      action
      entityType
      entityId
      organisationId
    }
    _allAuditEventsMeta(filter: $filter) {
      count
    }
  }
`);

const AuditEventById = graphql(`
  query XtAuditEvent($id: ID!) {
    AuditEvent(id: $id) {
      id
      organisationId
    }
  }
`);

const Me = graphql(`
  query XtMe {
    me {
      id
      email
    }
  }
`);

const People = graphql(`
  query XtPeople($filter: PersonFilter) {
    items: allPeople(filter: $filter, perPage: 500, sortField: "id") {
      id
      familyName
      organisationId
      clearanceStatus
    }
    total: _allPeopleMeta(filter: $filter) {
      count
    }
  }
`);

const PersonById = graphql(`
  query XtPerson($id: ID!) {
    Person(id: $id) {
      id
      familyName
      organisationId
      centreIds
      clearanceStatus
      latestDbsLevel
      centreHistory {
        centreId
      }
    }
  }
`);

const PersonWithOrganisation = graphql(`
  query XtPersonOrganisation($id: ID!) {
    Person(id: $id) {
      id
      organisation {
        id
        name
        centres {
          id
        }
      }
    }
  }
`);

const CreatePerson = graphql(`
  mutation XtCreatePerson($organisationId: ID!, $centreIds: [ID!]) {
    createPerson(organisationId: $organisationId, givenName: "Planted", familyName: "Person", personType: VOLUNTEER, startDate: "2025-01-06", centreIds: $centreIds) {
      id
    }
  }
`);

const UpdatePerson = graphql(`
  mutation XtUpdatePerson($id: ID!, $familyName: String, $centreIds: [ID!]) {
    updatePerson(id: $id, familyName: $familyName, centreIds: $centreIds) {
      id
      familyName
      centreIds
    }
  }
`);

const DeletePerson = graphql(`
  mutation XtDeletePerson($id: ID!) {
    deletePerson(id: $id) {
      id
    }
  }
`);

const ImportPeople = graphql(`
  mutation XtImportPeople($organisationId: ID!, $csv: String!) {
    importPeople(organisationId: $organisationId, csv: $csv) {
      imported
      rows
      errors {
        row
        field
        message
      }
    }
  }
`);

const PeopleCsv = graphql(`
  query XtPeopleCsv($filter: PersonFilter) {
    peopleCsv(filter: $filter)
  }
`);

const DbsChecks = graphql(`
  query XtDbsChecks($filter: DbsCheckFilter) {
    items: allDbsChecks(filter: $filter, perPage: 500) {
      id
      personId
      organisationId
      certificateNumber
    }
    total: _allDbsChecksMeta(filter: $filter) {
      count
    }
  }
`);

const DbsCheckById = graphql(`
  query XtDbsCheck($id: ID!) {
    DbsCheck(id: $id) {
      id
      personId
      level
    }
  }
`);

const CreateDbsCheck = graphql(`
  mutation XtCreateDbsCheck($personId: ID!) {
    createDbsCheck(personId: $personId, level: ENHANCED_BARRED, certificateNumber: "009900990099", issueDate: "2025-01-06", decision: CLEARED) {
      id
    }
  }
`);

const UpdateDbsCheck = graphql(`
  mutation XtUpdateDbsCheck($id: ID!) {
    updateDbsCheck(id: $id, decision: NOT_CLEARED) {
      id
      decision
    }
  }
`);

const RecordDbsStatusCheck = graphql(`
  mutation XtRecordDbsStatusCheck($id: ID!) {
    recordDbsStatusCheck(id: $id, checkedOn: "2025-06-02", result: NEW_INFORMATION) {
      id
    }
  }
`);

const RevealCertificateNumber = graphql(`
  mutation XtReveal($id: ID!) {
    revealDbsCertificateNumber(id: $id, reason: "Cross-tenant attempt")
  }
`);

const ClearanceSummary = graphql(`
  query XtClearanceSummary($filter: ClearanceSummaryFilter) {
    clearanceSummary(filter: $filter) {
      totals {
        total
        cleared
        missingDbs
        cannotBeRostered
      }
      centres {
        centreId
        centreName
        counts {
          total
        }
      }
      expiringSoon {
        id
      }
      cannotBeRostered {
        id
        familyName
      }
    }
  }
`);

const TrainingRecords = graphql(`
  query XtTrainingRecords($filter: TrainingRecordFilter) {
    items: allTrainingRecords(filter: $filter, perPage: 500) {
      id
      personId
      organisationId
      personName
    }
    total: _allTrainingRecordsMeta(filter: $filter) {
      count
    }
  }
`);

const TrainingRecordById = graphql(`
  query XtTrainingRecord($id: ID!) {
    TrainingRecord(id: $id) {
      id
      personId
      personName
    }
  }
`);

const PeopleWithTraining = graphql(`
  query XtPeopleWithTraining {
    allPeople(perPage: 500) {
      id
      trainingRecords {
        id
        personId
      }
    }
  }
`);

const TrainingRecordsCsv = graphql(`
  query XtTrainingRecordsCsv($filter: TrainingRecordFilter) {
    trainingRecordsCsv(filter: $filter)
  }
`);

const TrainingMatrix = graphql(`
  query XtTrainingMatrix($filter: TrainingMatrixFilter) {
    trainingMatrix(filter: $filter) {
      rows {
        personId
        personName
        organisationId
      }
      counts {
        total
      }
    }
  }
`);

const TrainingMatrixCsv = graphql(`
  query XtTrainingMatrixCsv($filter: TrainingMatrixFilter) {
    trainingMatrixCsv(filter: $filter)
  }
`);

const CreateTrainingRecord = graphql(`
  mutation XtCreateTrainingRecord($personId: ID!, $source: TrainingSource, $courseId: ID, $externalCourse: String, $externalProvider: String) {
    createTrainingRecord(
      personId: $personId
      source: $source
      courseId: $courseId
      externalCourse: $externalCourse
      externalProvider: $externalProvider
      completedOn: "2026-05-01"
      outcome: ATTENDED
    ) {
      id
      personId
      source
    }
  }
`);

const UpdateTrainingRecord = graphql(`
  mutation XtUpdateTrainingRecord($id: ID!) {
    updateTrainingRecord(id: $id, hours: 1) {
      id
      hours
    }
  }
`);

const DeleteTrainingRecord = graphql(`
  mutation XtDeleteTrainingRecord($id: ID!) {
    deleteTrainingRecord(id: $id) {
      id
    }
  }
`);

const CourseSessionById = graphql(`
  query XtCourseSession($id: ID!) {
    CourseSession(id: $id) {
      id
      placesTaken
      placesLeft
      enrolments {
        id
        personId
        personName
        organisationId
        organisationName
      }
    }
  }
`);

const CourseSessions = graphql(`
  query XtCourseSessions {
    allCourseSessions(perPage: 500) {
      id
      enrolments {
        id
        personId
      }
    }
  }
`);

const RequestPlaces = graphql(`
  mutation XtRequestPlaces($sessionId: ID!, $personIds: [ID!]!) {
    requestSessionPlaces(sessionId: $sessionId, personIds: $personIds) {
      id
      enrolments {
        personId
      }
    }
  }
`);

const EnrolInSession = graphql(`
  mutation XtEnrolInSession($sessionId: ID!, $personIds: [ID!]!) {
    enrolInSession(sessionId: $sessionId, personIds: $personIds) {
      id
    }
  }
`);

const RemoveEnrolment = graphql(`
  mutation XtRemoveEnrolment($id: ID!) {
    removeEnrolment(id: $id) {
      id
    }
  }
`);

type Who = 'hq' | 'training' | 'assessor' | 'adminA' | 'adminB' | 'coordA1';
type Caller = Who | 'anonymous';
type CentreKey = 'A1' | 'A2' | 'B1' | 'B2';
type OrgKey = 'A' | 'B';
type Client = Pick<TestSession, 'graphql'>;
type Call = (client: Client) => Promise<GraphQLResponse<unknown>>;

const CENTRE_KEYS: CentreKey[] = ['A1', 'A2', 'B1', 'B2'];
const CENTRE_NAMES: Record<CentreKey, string> = {
  A1: 'Alpha Meadows Contact Centre',
  A2: 'Alpha Beeston Contact Centre',
  B1: 'Bravo Roath Contact Centre',
  B2: 'Bravo Splott Contact Centre',
};
const EMAILS: Record<Who, string> = {
  hq: 'hq@naccc.test',
  training: 'training@naccc.test',
  assessor: 'assessor@naccc.test',
  adminA: 'admin@alpha.test',
  adminB: 'admin@bravo.test',
  coordA1: 'coordinator@alpha.test',
};
/** Who reads which centres and organisations: the whole of the rule under test. */
const VISIBLE_CENTRES: Record<Who, CentreKey[]> = {
  hq: ['A1', 'A2', 'B1', 'B2'],
  training: ['A1', 'A2', 'B1', 'B2'],
  assessor: ['A1', 'B1'],
  adminA: ['A1', 'A2'],
  adminB: ['B1', 'B2'],
  coordA1: ['A1'],
};
const VISIBLE_ORGANISATIONS: Record<Who, OrgKey[]> = {
  hq: ['A', 'B'],
  training: ['A', 'B'],
  assessor: ['A', 'B'],
  adminA: ['A'],
  adminB: ['B'],
  coordA1: ['A'],
};
type PersonKey = 'A1' | 'A2' | 'A12' | 'B1' | 'B2';
const PERSON_KEYS: PersonKey[] = ['A1', 'A2', 'A12', 'B1', 'B2'];
/** A person per key, working at the centres in the key (A12: both of A's centres). */
const PERSON_NAMES: Record<PersonKey, string> = { A1: 'Ashworth', A2: 'Abernethy', A12: 'Acheson', B1: 'Bexley', B2: 'Bramall' };
const PERSON_CENTRES: Record<PersonKey, CentreKey[]> = { A1: ['A1'], A2: ['A2'], A12: ['A1', 'A2'], B1: ['B1'], B2: ['B2'] };
/** Who reads which people: head office and training all, others those at the centres they reach. */
const VISIBLE_PEOPLE: Record<Who, PersonKey[]> = {
  hq: PERSON_KEYS,
  training: PERSON_KEYS,
  assessor: ['A1', 'A12', 'B1'],
  adminA: ['A1', 'A2', 'A12'],
  adminB: ['B1', 'B2'],
  coordA1: ['A1', 'A12'],
};
const AccreditationsList = graphql(`
  query XtAccreditations($filter: AccreditationFilter) {
    items: allAccreditations(filter: $filter, perPage: 500) {
      id
      centreId
    }
    total: _allAccreditationsMeta(filter: $filter) {
      count
    }
  }
`);

const AccreditationById = graphql(`
  query XtAccreditation($id: ID!) {
    Accreditation(id: $id) {
      id
      centreId
    }
  }
`);

const SuspendAccreditation = graphql(`
  mutation XtSuspendAccreditation($id: ID!) {
    transitionAccreditation(id: $id, action: SUSPEND, reason: "Not mine to decide") {
      id
    }
  }
`);

const AssessmentsAndActions = graphql(`
  query XtAssessmentsAndActions {
    visits: allAssessments(perPage: 500) {
      id
      findings {
        note
      }
    }
    visitTotal: _allAssessmentsMeta {
      count
    }
    actions: allActionPlanItems(perPage: 500) {
      id
    }
    actionTotal: _allActionPlanItemsMeta {
      count
    }
  }
`);

const AssessmentById = graphql(`
  query XtAssessment($id: ID!) {
    Assessment(id: $id) {
      id
    }
  }
`);

const ActionEvidence = graphql(`
  mutation XtActionEvidence($id: ID!) {
    submitActionEvidence(id: $id, evidenceNote: "Not ours to answer") {
      id
    }
  }
`);

/** DBS checks: only the organisation's own admins and coordinators (others are FORBIDDEN). */
const SAFEGUARDING: Array<Exclude<Who, 'hq' | 'training' | 'assessor'>> = ['adminA', 'adminB', 'coordA1'];
const NOT_SAFEGUARDING: Who[] = ['hq', 'training', 'assessor'];
const CERTIFICATE_NUMBERS: Record<PersonKey, string> = { A1: '100000000001', A2: '100000000002', A12: '100000000012', B1: '200000000001', B2: '200000000002' };
const WHO: Who[] = ['hq', 'training', 'assessor', 'adminA', 'adminB', 'coordA1'];
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The resources this suite walks for every role, and the describe block that walks each. A module
 * declaring a tenant-owned table walked by a resource not here fails the first test below.
 */
const WALKED: Record<string, string> = {
  Organisation: 'organisations',
  Centre: 'centres',
  Person: 'people',
  DbsCheck: 'DBS checks',
  User: 'users',
  AuditEvent: 'audit trail',
  TrainingRecord: 'training records',
  SessionEnrolment: 'session enrolments',
  Accreditation: 'accreditations',
  Assessment: 'assessments and action plans',
  ActionPlanItem: 'assessments and action plans',
};

it("walks every resource the modules' tenant-owned tables name", () => {
  expect(resourcesWalkedAcrossTenants().filter((resource) => !WALKED[resource])).toEqual([]);
});

describe('cross-tenant isolation through the GraphQL API', () => {
  let t: TestApp;
  const org = {} as Record<OrgKey, string>;
  const centre = {} as Record<CentreKey, string>;
  const user = {} as Record<Who, string>;
  const session = {} as Record<Who, TestSession>;
  const person = {} as Record<PersonKey, string>;
  const check = {} as Record<PersonKey, string>;

  const client = (caller: Caller): Client =>
    caller === 'anonymous' ? { graphql: (document, variables) => t.graphql(document, variables) } : session[caller];
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
  const sorted = (ids: string[]) => [...ids].sort();
  const centreIds = (keys: CentreKey[]) => sorted(keys.map((key) => centre[key]));
  const orgIds = (keys: OrgKey[]) => sorted(keys.map((key) => org[key]));
  const personIds = (keys: PersonKey[]) => sorted(keys.map((key) => person[key]));
  const checkIds = (keys: PersonKey[]) => sorted(keys.map((key) => check[key]));
  /** The training course of the fixtures, one NACCC record of it per person, and an upcoming session where each person has a requested place. */
  let course: string;
  let courseSession: string;
  const record = {} as Record<PersonKey, string>;
  const enrolment = {} as Record<PersonKey, string>;
  /** Every training record of these people, as the owner sees them (some tests add records). */
  const recordsOf = async (keys: PersonKey[]) =>
    sorted((await t.db.ownerQuery<{ id: string }>('select id from training_record where person_id = any ($1::uuid[])', [keys.map((key) => person[key])])).map((r) => r.id));

  /** Everything a cross-tenant write could touch, read as the owner (RLS does not apply). */
  async function snapshot() {
    const q = t.db.ownerQuery;
    return {
      organisations: await q('select id, name, contact_email, membership_status, region, version from organisation order by id'),
      centres: await q('select id, organisation_id, name, postcode, opening_pattern, publicly_listed, version from centre order by id'),
      users: await q('select id, email, display_name, active, invite_token_hash, version from app_user order by id'),
      grants: await q('select id, user_id, role, organisation_id, centre_ids, version from user_grant order by id'),
      revokedSessions: await q('select id from user_session where revoked_at is not null order by id'),
      people: await q('select p::text as row from person p order by id'),
      dbsChecks: await q('select d::text as row from dbs_check d order by id'),
      centreSpells: await q('select a::text as row from person_centre_assignment a order by id'),
      courses: await q('select c::text as row from course c order by id'),
      courseSessions: await q('select s::text as row from course_session s order by id'),
      enrolments: await q('select e::text as row from session_enrolment e order by id'),
      trainingRecords: await q('select r::text as row from training_record r order by id'),
      // Sign-ins are not made by these cases; every other entry would be a change or an invitation.
      auditEntries: await q(`select id from audit_event where action not in ('LOGIN', 'LOGIN_FAILED', 'LOGOUT') order by id`),
    };
  }

  /** Runs `work` and asserts the database is exactly as it was before. */
  async function unchanged<T>(work: () => Promise<T>): Promise<T> {
    const before = await snapshot();
    const result = await work();
    expect(await snapshot()).toEqual(before);
    return result;
  }

  /** A refused call: the code, no data for it, and nothing written. */
  async function expectRefused(caller: Caller, call: Call, code: string, field?: string): Promise<GraphQLResponse<unknown>> {
    const response = await unchanged(() => call(client(caller)));
    expect(returnedNothing(response)).toBe(true);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toMatchObject(field ? { code, field } : { code });
    return response;
  }

  beforeAll(async () => {
    // A fixed clock keeps the fixtures' DBS checks CLEARED whenever this runs.
    t = await createTestApp({ now: new Date('2026-06-15T11:00:00Z') });
    const insertOrg = async (name: string, region: string) =>
      (await t.db.ownerQuery<{ id: string }>(
        `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), $1, 'CHARITY', 'info@example.org.uk', $2) returning id`,
        [name, region],
      ))[0]!.id;
    const insertCentre = async (organisationId: string, name: string, postcode: string, town: string, region: string) =>
      (await t.db.ownerQuery<{ id: string }>(
        `insert into centre (id, organisation_id, name, address_line1, town, postcode, latitude, longitude, region, service_types, referral_routes, languages)
         values (gen_random_uuid(), $1, $2, 'Church Hall', $3, $4, 52.9, -1.1, $5, '{SUPPORTED_CONTACT}', '{}', '{}') returning id`,
        [organisationId, name, town, postcode, region],
      ))[0]!.id;
    org.A = await insertOrg('Alpha Family Contact', 'EAST_MIDLANDS');
    org.B = await insertOrg('Bravo Contact Services', 'WALES');
    centre.A1 = await insertCentre(org.A, CENTRE_NAMES.A1, 'NG2 1AA', 'Nottingham', 'EAST_MIDLANDS');
    centre.A2 = await insertCentre(org.A, CENTRE_NAMES.A2, 'NG9 2AB', 'Beeston', 'EAST_MIDLANDS');
    centre.B1 = await insertCentre(org.B, CENTRE_NAMES.B1, 'CF24 3AA', 'Cardiff', 'WALES');
    centre.B2 = await insertCentre(org.B, CENTRE_NAMES.B2, 'CF24 2AA', 'Cardiff', 'WALES');

    for (const key of PERSON_KEYS) {
      const organisationId = org[key.startsWith('A') ? 'A' : 'B'];
      const centres = PERSON_CENTRES[key].map((c) => centre[c]);
      person[key] = (await t.db.ownerQuery<{ id: string }>(
        `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, centre_ids)
         values (gen_random_uuid(), $1, 'Kit', $2, 'VOLUNTEER', '2022-09-05', $3) returning id`,
        [organisationId, PERSON_NAMES[key], centres],
      ))[0]!.id;
      for (const centreId of centres) {
        await t.db.ownerQuery(
          `insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on) values (gen_random_uuid(), $1, $2, $3, '2022-09-05')`,
          [person[key], organisationId, centreId],
        );
      }
      check[key] = (await t.db.ownerQuery<{ id: string }>(
        `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at, on_update_service, update_service_subscription_id)
         values (gen_random_uuid(), $1, $2, 'DBS', 'ENHANCED_BARRED', 'CHILD', $3, '2025-01-06', 'CLEARED', 'Safeguarding Lead', '2025-01-13T10:00:00Z', true, 'SUB-1234') returning id`,
        [person[key], organisationId, CERTIFICATE_NUMBERS[key]],
      ))[0]!.id;
    }

    const grants: Record<Who, Parameters<typeof createUser>[1]['grants']> = {
      hq: [{ role: Role.NATIONAL_ADMIN }],
      training: [{ role: Role.TRAINING_TEAM }],
      assessor: [{ role: Role.ASSESSOR, centreIds: [centre.A1, centre.B1] }],
      adminA: [{ role: Role.ORG_ADMIN, organisationId: org.A }],
      adminB: [{ role: Role.ORG_ADMIN, organisationId: org.B }],
      coordA1: [{ role: Role.CENTRE_COORDINATOR, organisationId: org.A, centreIds: [centre.A1] }],
    };
    for (const who of WHO) {
      user[who] = await createUser(t.db, { email: EMAILS[who], grants: grants[who] });
      session[who] = await t.signIn(EMAILS[who]);
    }

    // Training: an optional course (so everyone stays CLEARED), a record of it for each person,
    // and an upcoming session where each person's organisation has requested a place.
    course = (await t.db.ownerQuery<{ id: string }>(
      `insert into course (id, code, title, ocn_level, credit_value, guided_learning_hours, delivery, validity_months)
       values (gen_random_uuid(), 'DAA-2', 'Domestic abuse awareness', 'LEVEL_2', 2, 8, 'ONLINE', 36) returning id`,
    ))[0]!.id;
    courseSession = (await t.db.ownerQuery<{ id: string }>(
      `insert into course_session (id, course_id, starts_at, ends_at, trainer, online_link, capacity)
       values (gen_random_uuid(), $1, '2026-07-01T09:00:00Z', '2026-07-01T13:00:00Z', 'Tess Trainer', 'https://meet.example.org/daa', 20) returning id`,
      [course],
    ))[0]!.id;
    for (const key of PERSON_KEYS) {
      const organisationId = org[key.startsWith('A') ? 'A' : 'B'];
      record[key] = (await t.db.ownerQuery<{ id: string }>(
        `insert into training_record (id, person_id, organisation_id, source, course_id, completed_on, outcome, credits, hours)
         values (gen_random_uuid(), $1, $2, 'NACCC', $3, '2025-11-20', 'PASSED', 2, 8) returning id`,
        [person[key], organisationId, course],
      ))[0]!.id;
      enrolment[key] = (await t.db.ownerQuery<{ id: string }>(
        `insert into session_enrolment (id, session_id, person_id, organisation_id, status) values (gen_random_uuid(), $1, $2, $3, 'REQUESTED') returning id`,
        [courseSession, person[key], organisationId],
      ))[0]!.id;
    }

    // Some history in each organisation, made through the API, for the audit trail cases.
    dataOf(await session.adminA.graphql(UpdateCentre, { id: centre.A2, name: `${CENTRE_NAMES.A2} (renamed)` }));
    dataOf(await session.adminB.graphql(UpdateCentre, { id: centre.B2, name: `${CENTRE_NAMES.B2} (renamed)` }));
    dataOf(await session.hq.graphql(UpdateOrganisation, { id: org.B, name: 'Bravo Contact Services CIO' }));
  });

  afterAll(() => t.close());

  describe('centres', () => {
    it.each(WHO)('allCentres and _allCentresMeta list only the centres %s may see', async (who) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(Centres, {})));
      expect(sorted(items.map((c) => c.id))).toEqual(centreIds(VISIBLE_CENTRES[who]));
      expect(total.count).toBe(VISIBLE_CENTRES[who].length);
    });

    const pairs = WHO.flatMap((who) => CENTRE_KEYS.map((key) => [who, key, VISIBLE_CENTRES[who].includes(key)] as const));
    it.each(pairs)('Centre(id) as %s for centre %s: visible=%s, otherwise NOT_FOUND', async (who, key, visible) => {
      const response = await unchanged(() => session[who].graphql(CentreById, { id: centre[key] }));
      if (visible) {
        expect(dataOf(response).Centre).toMatchObject({ id: centre[key] });
      } else {
        expect(returnedNothing(response)).toBe(true);
        expect(response.errors).toHaveLength(1);
        expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(JSON.stringify(response)).not.toContain(CENTRE_NAMES[key]);
      }
    });

    it("answers another tenant's centre exactly as it answers an id that does not exist", async () => {
      const foreign = await unchanged(() => session.adminA.graphql(CentreById, { id: centre.B1 }));
      const missing = await unchanged(() => session.adminA.graphql(CentreById, { id: NO_SUCH_ID }));
      expect(JSON.stringify(foreign).replaceAll(centre.B1, '<id>')).toBe(JSON.stringify(missing).replaceAll(NO_SUCH_ID, '<id>'));
    });

    it.each<[Who, string, () => object, CentreKey[]]>([
      ['adminA', "another organisation's id", () => ({ organisationId: org.B }), []],
      ['adminB', "another organisation's id", () => ({ organisationId: org.A }), []],
      ['coordA1', "its own organisation's id (still only its centre)", () => ({ organisationId: org.A }), ['A1']],
      ['coordA1', "another organisation's id", () => ({ organisationId: org.B }), []],
      ['assessor', 'organisation A (only the assigned centre)', () => ({ organisationId: org.A }), ['A1']],
      ['adminA', 'ids listing foreign centres', () => ({ ids: [centre.A1, centre.B1, centre.B2] }), ['A1']],
      ['coordA1', 'ids listing a sibling centre and foreign ones', () => ({ ids: [centre.A1, centre.A2, centre.B1] }), ['A1']],
      ['assessor', 'ids listing unassigned centres only', () => ({ ids: [centre.A2, centre.B2] }), []],
      ['adminA', "a text search for the other organisation's centre names", () => ({ q: 'Bravo' }), []],
    ])('%s filtering by %s gets only its own rows, with a matching count', async (who, _label, filter, expected) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(Centres, { filter: filter() })));
      expect(sorted(items.map((c) => c.id))).toEqual(centreIds(expected));
      expect(total.count).toBe(expected.length);
    });

    it("adminA's nested organisation { centres } of its own centre lists only A's centres", async () => {
      const Centre = dataOf(await unchanged(() => session.adminA.graphql(CentreWithSiblings, { id: centre.A1 }))).Centre!;
      expect(Centre.organisation.id).toBe(org.A);
      expect(sorted(Centre.organisation.centres.map((c) => c.id))).toEqual(centreIds(['A1', 'A2']));
    });

    it("the assessor's nested organisation { centres } of B1 lists only B1, not the rest of B", async () => {
      const Centre = dataOf(await unchanged(() => session.assessor.graphql(CentreWithSiblings, { id: centre.B1 }))).Centre!;
      expect(Centre.organisation.id).toBe(org.B);
      expect(Centre.organisation.centres.map((c) => c.id)).toEqual([centre.B1]);
    });

    it("the coordinator's nested organisation { centres } of A1 lists only A1, not its sibling A2", async () => {
      const Centre = dataOf(await unchanged(() => session.coordA1.graphql(CentreWithSiblings, { id: centre.A1 }))).Centre!;
      expect(Centre.organisation.id).toBe(org.A);
      expect(Centre.organisation.centres.map((c) => c.id)).toEqual([centre.A1]);
    });

    it.each<[Who, CentreKey]>([
      ['adminA', 'B1'],
      ['adminA', 'B2'],
      ['adminB', 'A1'],
      ['coordA1', 'A2'],
      ['coordA1', 'B1'],
    ])('updateCentre by %s on %s (not theirs) is NOT_FOUND and changes nothing', async (who, key) => {
      await expectRefused(who, (c) => c.graphql(UpdateCentre, { id: centre[key], name: 'Hijacked' }), 'NOT_FOUND');
    });

    it.each<[Who, string, () => string]>([
      ['adminA', 'B1', () => centre.B1],
      ['adminA', 'B2', () => centre.B2],
      ['adminB', 'A2', () => centre.A2],
      ['hq', 'an id that does not exist (control)', () => NO_SUCH_ID],
    ])('deleteCentre by %s on %s is NOT_FOUND and deletes nothing', async (who, _label, id) => {
      await expectRefused(who, (c) => c.graphql(DeleteCentre, { id: id() }), 'NOT_FOUND');
    });

    it.each<[Who, CentreKey]>([
      ['training', 'A1'],
      ['training', 'B1'],
      ['assessor', 'A1'],
      ['assessor', 'B1'],
    ])('updateCentre by %s (a read-only role) on %s is FORBIDDEN and changes nothing', async (who, key) => {
      await expectRefused(who, (c) => c.graphql(UpdateCentre, { id: centre[key], name: 'Edited' }), 'FORBIDDEN');
    });

    it.each<[string, Who, Call]>([
      ['createCentre in its own organisation', 'coordA1', (c) => c.graphql(CreateCentre, { organisationId: org.A, name: 'Coordinator Centre' })],
      ['deleteCentre of its own centre', 'coordA1', (c) => c.graphql(DeleteCentre, { id: centre.A1 })],
      ['deleteCentre of a sibling centre', 'coordA1', (c) => c.graphql(DeleteCentre, { id: centre.A2 })],
      ['createCentre', 'training', (c) => c.graphql(CreateCentre, { organisationId: org.A, name: 'Training Centre' })],
      ['createCentre', 'assessor', (c) => c.graphql(CreateCentre, { organisationId: org.B, name: 'Assessor Centre' })],
      ['deleteCentre of an assigned centre', 'assessor', (c) => c.graphql(DeleteCentre, { id: centre.B1 })],
    ])('%s by %s is FORBIDDEN and writes nothing', async (_label, who, call) => {
      await expectRefused(who, call, 'FORBIDDEN');
    });

    it.each<[Who, OrgKey]>([
      ['adminA', 'B'],
      ['adminB', 'A'],
    ])("createCentre by %s in organisation %s is BAD_USER_INPUT on organisationId and writes nothing", async (who, key) => {
      const response = await expectRefused(who, (c) => c.graphql(CreateCentre, { organisationId: org[key], name: 'Planted Centre' }), 'BAD_USER_INPUT', 'organisationId');
      // The same answer as for an organisation that does not exist: existence is not revealed.
      const missing = await unchanged(() => session[who].graphql(CreateCentre, { organisationId: NO_SUCH_ID, name: 'Planted Centre' }));
      expect(response.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    });
  });

  describe('organisations', () => {
    it.each(WHO)('allOrganisations and _allOrganisationsMeta list only the organisations %s may see', async (who) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(Organisations, {})));
      expect(sorted(items.map((o) => o.id))).toEqual(orgIds(VISIBLE_ORGANISATIONS[who]));
      expect(total.count).toBe(VISIBLE_ORGANISATIONS[who].length);
    });

    const pairs = WHO.flatMap((who) => (['A', 'B'] as const).map((key) => [who, key] as const));
    it.each(pairs)('Organisation(id) as %s for %s: its centres are only those the caller may see, otherwise NOT_FOUND', async (who, key) => {
      const response = await unchanged(() => session[who].graphql(OrganisationById, { id: org[key] }));
      if (VISIBLE_ORGANISATIONS[who].includes(key)) {
        const organisation = dataOf(response).Organisation!;
        expect(organisation.id).toBe(org[key]);
        const expected = VISIBLE_CENTRES[who].filter((c) => c.startsWith(key));
        expect(sorted(organisation.centres.map((c) => c.id))).toEqual(centreIds(expected));
      } else {
        expect(returnedNothing(response)).toBe(true);
        expect(response.errors).toHaveLength(1);
        expect(codeOf(response)).toBe('NOT_FOUND');
        expect(JSON.stringify(response)).not.toMatch(/Alpha|Bravo/);
      }
    });

    it('adminA filtering organisations by ids including B gets only A', async () => {
      const { items, total } = dataOf(await unchanged(() => session.adminA.graphql(Organisations, { filter: { ids: [org.A, org.B] } })));
      expect(items.map((o) => o.id)).toEqual([org.A]);
      expect(total.count).toBe(1);
    });

    it.each<[string, string, Who, Call]>([
      ['updateOrganisation(B) by adminA', 'NOT_FOUND', 'adminA', (c) => c.graphql(UpdateOrganisation, { id: org.B, name: 'Hijacked' })],
      ['updateOrganisation(A) by adminB', 'NOT_FOUND', 'adminB', (c) => c.graphql(UpdateOrganisation, { id: org.A, name: 'Hijacked' })],
      ['updateOrganisation(A) membership status by its own adminA', 'FORBIDDEN', 'adminA', (c) => c.graphql(UpdateOrganisation, { id: org.A, membershipStatus: 'SUSPENDED' })],
      ['updateOrganisation(A) by the coordinator', 'FORBIDDEN', 'coordA1', (c) => c.graphql(UpdateOrganisation, { id: org.A, name: 'Hijacked' })],
      ['updateOrganisation(B) by the assessor', 'FORBIDDEN', 'assessor', (c) => c.graphql(UpdateOrganisation, { id: org.B, name: 'Hijacked' })],
      ['updateOrganisation(A) by the training team', 'FORBIDDEN', 'training', (c) => c.graphql(UpdateOrganisation, { id: org.A, name: 'Hijacked' })],
      ['createOrganisation by adminA', 'FORBIDDEN', 'adminA', (c) => c.graphql(CreateOrganisation, { name: 'Rogue Organisation' })],
      ['createOrganisation by the training team', 'FORBIDDEN', 'training', (c) => c.graphql(CreateOrganisation, { name: 'Rogue Organisation' })],
      ['deleteOrganisation(A) by adminA', 'FORBIDDEN', 'adminA', (c) => c.graphql(DeleteOrganisation, { id: org.A })],
      ['deleteOrganisation(B) by adminA', 'FORBIDDEN', 'adminA', (c) => c.graphql(DeleteOrganisation, { id: org.B })],
    ])('%s is %s and changes nothing', async (_label, code, who, call) => {
      await expectRefused(who, call, code);
    });
  });

  describe('people', () => {
    it.each(WHO)('allPeople and _allPeopleMeta list only the people %s may see', async (who) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(People, {})));
      expect(sorted(items.map((p) => p.id))).toEqual(personIds(VISIBLE_PEOPLE[who]));
      expect(total.count).toBe(VISIBLE_PEOPLE[who].length);
    });

    const pairs = WHO.flatMap((who) => PERSON_KEYS.map((key) => [who, key, VISIBLE_PEOPLE[who].includes(key)] as const));
    it.each(pairs)('Person(id) as %s for person %s: visible=%s, otherwise NOT_FOUND', async (who, key, visible) => {
      const response = await unchanged(() => session[who].graphql(PersonById, { id: person[key] }));
      if (visible) {
        expect(dataOf(response).Person).toMatchObject({ id: person[key], familyName: PERSON_NAMES[key], clearanceStatus: 'CLEARED' });
      } else {
        expect(returnedNothing(response)).toBe(true);
        expect(response.errors).toHaveLength(1);
        expect(codeOf(response)).toBe('NOT_FOUND');
        expect(JSON.stringify(response)).not.toContain(PERSON_NAMES[key]);
      }
    });

    it("answers another tenant's person exactly as an id that does not exist", async () => {
      const foreign = await unchanged(() => session.adminA.graphql(PersonById, { id: person.B1 }));
      const missing = await unchanged(() => session.adminA.graphql(PersonById, { id: NO_SUCH_ID }));
      expect(JSON.stringify(foreign).replaceAll(person.B1, '<id>')).toBe(JSON.stringify(missing).replaceAll(NO_SUCH_ID, '<id>'));
    });

    it.each<[Who, string, () => object, PersonKey[]]>([
      ['adminA', "another organisation's id", () => ({ organisationId: org.B }), []],
      ['adminA', "another organisation's centre", () => ({ centreId: centre.B1 }), []],
      ['adminA', 'ids listing foreign people', () => ({ ids: [person.A1, person.B1, person.B2] }), ['A1']],
      ['adminA', "a search for the other organisation's names", () => ({ q: 'Bexley' }), []],
      ['adminA', 'a clearance status everyone has', () => ({ clearanceStatus: 'CLEARED' }), ['A1', 'A2', 'A12']],
      ['adminB', "another organisation's id", () => ({ organisationId: org.A }), []],
      ['coordA1', "a sibling centre (only those also at its own)", () => ({ centreId: centre.A2 }), ['A12']],
      ['coordA1', 'ids listing a sibling centre and foreign people', () => ({ ids: [person.A1, person.A2, person.B1] }), ['A1']],
      ['assessor', 'organisation A (only those at the assigned centre)', () => ({ organisationId: org.A }), ['A1', 'A12']],
      ['assessor', 'an unassigned centre', () => ({ centreId: centre.B2 }), []],
    ])('%s filtering people by %s gets only its own rows, with a matching count', async (who, _label, filter, expected) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(People, { filter: filter() })));
      expect(sorted(items.map((p) => p.id))).toEqual(personIds(expected));
      expect(total.count).toBe(expected.length);
    });

    it.each(WHO)('peopleCsv as %s holds only the people it may see', async (who) => {
      const { peopleCsv } = dataOf(await session[who].graphql(PeopleCsv, {}));
      for (const key of PERSON_KEYS) {
        expect([key, peopleCsv.includes(PERSON_NAMES[key])]).toEqual([key, VISIBLE_PEOPLE[who].includes(key)]);
      }
      for (const number of Object.values(CERTIFICATE_NUMBERS)) expect(peopleCsv).not.toContain(number);
    });

    it.each<[Who, PersonKey, OrgKey, CentreKey[]]>([
      ['adminA', 'A12', 'A', ['A1', 'A2']],
      ['coordA1', 'A12', 'A', ['A1']],
      ['assessor', 'A12', 'A', ['A1']],
      ['assessor', 'B1', 'B', ['B1']],
      ['adminB', 'B2', 'B', ['B1', 'B2']],
    ])("%s's nested organisation { centres } of person %s is %s with only the centres it may see", async (who, key, orgKey, centres) => {
      const { Person } = dataOf(await unchanged(() => session[who].graphql(PersonWithOrganisation, { id: person[key] })));
      expect(Person!.organisation.id).toBe(org[orgKey]);
      expect(sorted(Person!.organisation.centres.map((c) => c.id))).toEqual(centreIds(centres));
    });

    it.each<[Who, PersonKey]>([
      ['adminA', 'B1'],
      ['adminA', 'B2'],
      ['adminB', 'A1'],
      ['adminB', 'A12'],
      ['coordA1', 'A2'],
      ['coordA1', 'B1'],
    ])('updatePerson by %s on person %s (not theirs) is NOT_FOUND and changes nothing', async (who, key) => {
      await expectRefused(who, (c) => c.graphql(UpdatePerson, { id: person[key], familyName: 'Hijacked' }), 'NOT_FOUND');
    });

    it.each<[Who, PersonKey]>([
      ['adminA', 'B1'],
      ['adminB', 'A2'],
      ['coordA1', 'A2'],
      ['hq', 'A1'],
    ])('deletePerson by %s on person %s is refused and deletes nothing', async (who, key) => {
      await expectRefused(who, (c) => c.graphql(DeletePerson, { id: person[key] }), who === 'hq' ? 'FORBIDDEN' : 'NOT_FOUND');
    });

    it.each<[string, Who, Call, string, string | undefined]>([
      ["moving A's person to B's centre", 'adminA', (c) => c.graphql(UpdatePerson, { id: person.A1, centreIds: [centre.B1] }), 'BAD_USER_INPUT', 'centreIds'],
      ["adding B's centre to A's person", 'adminA', (c) => c.graphql(UpdatePerson, { id: person.A1, centreIds: [centre.A1, centre.B1] }), 'BAD_USER_INPUT', 'centreIds'],
      ['the coordinator moving its person to a sibling centre', 'coordA1', (c) => c.graphql(UpdatePerson, { id: person.A1, centreIds: [centre.A2] }), 'BAD_USER_INPUT', 'centreIds'],
      ['creating a person in organisation B', 'adminA', (c) => c.graphql(CreatePerson, { organisationId: org.B, centreIds: [centre.B1] }), 'BAD_USER_INPUT', 'organisationId'],
      ["creating a person in A at B's centre", 'adminA', (c) => c.graphql(CreatePerson, { organisationId: org.A, centreIds: [centre.B1] }), 'BAD_USER_INPUT', 'centreIds'],
      ['creating a person in organisation B', 'coordA1', (c) => c.graphql(CreatePerson, { organisationId: org.B, centreIds: [centre.B1] }), 'BAD_USER_INPUT', 'organisationId'],
      ['importing people into organisation B', 'adminA', (c) => c.graphql(ImportPeople, { organisationId: org.B, csv: 'given name,family name,type,start date\nPlanted,Person,VOLUNTEER,2025-01-06' }), 'NOT_FOUND', undefined],
      ['creating a person', 'hq', (c) => c.graphql(CreatePerson, { organisationId: org.A, centreIds: [centre.A1] }), 'FORBIDDEN', undefined],
      ['creating a person', 'training', (c) => c.graphql(CreatePerson, { organisationId: org.A, centreIds: [centre.A1] }), 'FORBIDDEN', undefined],
      ['creating a person at an assessed centre', 'assessor', (c) => c.graphql(CreatePerson, { organisationId: org.B, centreIds: [centre.B1] }), 'FORBIDDEN', undefined],
      ['updating a person at an assessed centre', 'assessor', (c) => c.graphql(UpdatePerson, { id: person.B1, familyName: 'Edited' }), 'FORBIDDEN', undefined],
      ['updating a person', 'training', (c) => c.graphql(UpdatePerson, { id: person.A1, familyName: 'Edited' }), 'FORBIDDEN', undefined],
      ['importing people', 'hq', (c) => c.graphql(ImportPeople, { organisationId: org.A, csv: 'given name,family name,type,start date\nPlanted,Person,VOLUNTEER,2025-01-06' }), 'FORBIDDEN', undefined],
    ])('%s by %s is refused and writes nothing', async (_label, who, call, code, field) => {
      await expectRefused(who, call, code, field);
    });
  });

  describe('DBS checks', () => {
    const visibleChecks = (who: Who) => VISIBLE_PEOPLE[who];

    it.each(SAFEGUARDING)('allDbsChecks and _allDbsChecksMeta list only the checks %s may see, masked', async (who) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(DbsChecks, {})));
      expect(sorted(items.map((c) => c.id))).toEqual(checkIds(visibleChecks(who)));
      expect(total.count).toBe(visibleChecks(who).length);
      expect(items.every((c) => c.certificateNumber === '•••• •••• ••••')).toBe(true);
    });

    it.each(NOT_SAFEGUARDING)('allDbsChecks as %s is FORBIDDEN, and DbsCheck(id) of a person it can see too', async (who) => {
      await expectRefused(who, (c) => c.graphql(DbsChecks, {}), 'FORBIDDEN');
      const seen = VISIBLE_PEOPLE[who][0]!;
      const response = await unchanged(() => session[who].graphql(DbsCheckById, { id: check[seen] }));
      expect(returnedNothing(response)).toBe(true);
      expect(codeOf(response)).toBe('FORBIDDEN');
    });

    it.each(NOT_SAFEGUARDING)("%s sees each visible person's clearance status but not their DBS level", async (who) => {
      for (const key of VISIBLE_PEOPLE[who]) {
        const { Person } = dataOf(await unchanged(() => session[who].graphql(PersonById, { id: person[key] })));
        expect(Person).toMatchObject({ clearanceStatus: 'CLEARED', latestDbsLevel: null });
      }
    });

    const pairs = SAFEGUARDING.flatMap((who) => PERSON_KEYS.map((key) => [who, key, visibleChecks(who).includes(key)] as const));
    it.each(pairs)("DbsCheck(id) as %s for person %s's check: visible=%s, otherwise NOT_FOUND", async (who, key, visible) => {
      const response = await unchanged(() => session[who].graphql(DbsCheckById, { id: check[key] }));
      if (visible) {
        expect(dataOf(response).DbsCheck).toMatchObject({ id: check[key], personId: person[key] });
      } else {
        expect(returnedNothing(response)).toBe(true);
        expect(response.errors).toHaveLength(1);
        expect(codeOf(response)).toBe('NOT_FOUND');
      }
    });

    it("adminA filtering checks by B's person gets none, count 0", async () => {
      const { items, total } = dataOf(await unchanged(() => session.adminA.graphql(DbsChecks, { filter: { personId: person.B1 } })));
      expect(items).toEqual([]);
      expect(total.count).toBe(0);
    });

    it.each<[string, Who, Call, string, string | undefined]>([
      ["recording a check for B's person", 'adminA', (c) => c.graphql(CreateDbsCheck, { personId: person.B1 }), 'BAD_USER_INPUT', 'personId'],
      ["recording a check for A's person", 'adminB', (c) => c.graphql(CreateDbsCheck, { personId: person.A12 }), 'BAD_USER_INPUT', 'personId'],
      ['recording a check for someone at a sibling centre', 'coordA1', (c) => c.graphql(CreateDbsCheck, { personId: person.A2 }), 'BAD_USER_INPUT', 'personId'],
      ["correcting B's check", 'adminA', (c) => c.graphql(UpdateDbsCheck, { id: check.B1 }), 'NOT_FOUND', undefined],
      ["correcting a sibling centre's check", 'coordA1', (c) => c.graphql(UpdateDbsCheck, { id: check.A2 }), 'NOT_FOUND', undefined],
      ["recording a status check on A's check", 'adminB', (c) => c.graphql(RecordDbsStatusCheck, { id: check.A1 }), 'NOT_FOUND', undefined],
      ["revealing A's certificate number", 'adminB', (c) => c.graphql(RevealCertificateNumber, { id: check.A1 }), 'NOT_FOUND', undefined],
      ["revealing B's certificate number", 'adminA', (c) => c.graphql(RevealCertificateNumber, { id: check.B2 }), 'NOT_FOUND', undefined],
      ['revealing a certificate number at its own centre', 'coordA1', (c) => c.graphql(RevealCertificateNumber, { id: check.A1 }), 'FORBIDDEN', undefined],
      ['revealing a certificate number', 'hq', (c) => c.graphql(RevealCertificateNumber, { id: check.A1 }), 'FORBIDDEN', undefined],
      ['revealing a certificate number', 'training', (c) => c.graphql(RevealCertificateNumber, { id: check.B1 }), 'FORBIDDEN', undefined],
      ['revealing a certificate number at an assessed centre', 'assessor', (c) => c.graphql(RevealCertificateNumber, { id: check.B1 }), 'FORBIDDEN', undefined],
      ['recording a check', 'hq', (c) => c.graphql(CreateDbsCheck, { personId: person.A1 }), 'FORBIDDEN', undefined],
      ['correcting a check at an assessed centre', 'assessor', (c) => c.graphql(UpdateDbsCheck, { id: check.A1 }), 'FORBIDDEN', undefined],
    ])('%s by %s is refused and writes nothing (no audit entry)', async (_label, who, call, code, field) => {
      const response = await expectRefused(who, call, code, field);
      for (const number of Object.values(CERTIFICATE_NUMBERS)) expect(JSON.stringify(response)).not.toContain(number);
    });

    it("a foreign reveal is answered exactly as an id that does not exist", async () => {
      const foreign = await unchanged(() => session.adminB.graphql(RevealCertificateNumber, { id: check.A1 }));
      const missing = await unchanged(() => session.adminB.graphql(RevealCertificateNumber, { id: NO_SUCH_ID }));
      expect(JSON.stringify(foreign).replaceAll(check.A1, '<id>')).toBe(JSON.stringify(missing).replaceAll(NO_SUCH_ID, '<id>'));
    });
  });

  describe('clearanceSummary', () => {
    it.each(WHO)('as %s counts only the people it may see, over only the centres it may see', async (who) => {
      const { clearanceSummary } = dataOf(await unchanged(() => session[who].graphql(ClearanceSummary, {})));
      expect(clearanceSummary.totals).toEqual({ total: VISIBLE_PEOPLE[who].length, cleared: VISIBLE_PEOPLE[who].length, missingDbs: 0, cannotBeRostered: 0 });
      expect(sorted(clearanceSummary.centres.map((c) => c.centreId))).toEqual(centreIds(VISIBLE_CENTRES[who]));
      for (const row of clearanceSummary.centres) {
        const key = CENTRE_KEYS.find((k) => centre[k] === row.centreId)!;
        const expected = VISIBLE_PEOPLE[who].filter((p) => PERSON_CENTRES[p].includes(key)).length;
        expect([key, row.counts.total]).toEqual([key, expected]);
      }
    });

    it.each<[Who, string, () => object]>([
      ['adminA', "organisation B's id", () => ({ organisationId: org.B })],
      ['adminA', "B's centre", () => ({ centreId: centre.B1 })],
      ['adminB', "A's centre", () => ({ centreId: centre.A2 })],
      ['coordA1', "organisation B's id", () => ({ organisationId: org.B })],
      ['assessor', 'an unassigned centre', () => ({ centreId: centre.B2 })],
    ])('as %s narrowed to %s is empty', async (who, _label, filter) => {
      const { clearanceSummary } = dataOf(await unchanged(() => session[who].graphql(ClearanceSummary, { filter: filter() })));
      expect(clearanceSummary).toEqual({ totals: { total: 0, cleared: 0, missingDbs: 0, cannotBeRostered: 0 }, centres: [], expiringSoon: [], cannotBeRostered: [] });
    });

    it("lists no one outside the caller's scope among those who cannot be rostered", async () => {
      // A person of B without a DBS: B's admin sees them to act on; A's admin must not.
      const [unchecked] = await t.db.ownerQuery<{ id: string }>(
        `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, centre_ids)
         values (gen_random_uuid(), $1, 'Kit', 'Brennan', 'VOLUNTEER', '2022-09-05', $2) returning id`,
        [org.B, [centre.B1]],
      );
      try {
        const forB = dataOf(await session.adminB.graphql(ClearanceSummary, {})).clearanceSummary;
        expect(forB.cannotBeRostered).toEqual([{ id: unchecked!.id, familyName: 'Brennan' }]);
        for (const who of ['adminA', 'coordA1'] as const) {
          const summary = dataOf(await session[who].graphql(ClearanceSummary, {})).clearanceSummary;
          expect(summary.cannotBeRostered).toEqual([]);
          expect(summary.totals.missingDbs).toBe(0);
          expect(JSON.stringify(summary)).not.toContain('Brennan');
        }
      } finally {
        await t.db.ownerQuery('delete from person where id = $1', [unchecked!.id]);
      }
    });
  });

  describe('training records', () => {
    it.each(WHO)('allTrainingRecords and its count list the records of exactly the people %s may see', async (who) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(TrainingRecords, {})));
      const expected = await recordsOf(VISIBLE_PEOPLE[who]);
      expect(sorted(items.map((r) => r.id))).toEqual(expected);
      expect(total.count).toBe(expected.length);
      expect(items.every((r) => VISIBLE_PEOPLE[who].some((key) => person[key] === r.personId))).toBe(true);
    });

    const pairs = WHO.flatMap((who) => PERSON_KEYS.map((key) => [who, key, VISIBLE_PEOPLE[who].includes(key)] as const));
    it.each(pairs)("TrainingRecord(id) as %s for person %s's record: visible=%s, otherwise NOT_FOUND", async (who, key, visible) => {
      const response = await unchanged(() => session[who].graphql(TrainingRecordById, { id: record[key] }));
      if (visible) {
        expect(dataOf(response).TrainingRecord).toMatchObject({ id: record[key], personId: person[key], personName: `Kit ${PERSON_NAMES[key]}` });
      } else {
        expect(returnedNothing(response)).toBe(true);
        expect(response.errors).toHaveLength(1);
        expect(codeOf(response)).toBe('NOT_FOUND');
        expect(JSON.stringify(response)).not.toContain(PERSON_NAMES[key]);
      }
    });

    it.each(WHO)("Person.trainingRecords as %s holds each visible person's own records and nobody else's", async (who) => {
      const { allPeople } = dataOf(await unchanged(() => session[who].graphql(PeopleWithTraining, {})));
      expect(sorted(allPeople.map((p) => p.id))).toEqual(personIds(VISIBLE_PEOPLE[who]));
      for (const each of allPeople) {
        expect(each.trainingRecords.length).toBeGreaterThan(0);
        expect(each.trainingRecords.every((r) => r.personId === each.id)).toBe(true);
      }
      expect(sorted(allPeople.flatMap((p) => p.trainingRecords.map((r) => r.id)))).toEqual(await recordsOf(VISIBLE_PEOPLE[who]));
    });

    it.each<[Who, string, () => object, PersonKey[]]>([
      ['adminA', "another organisation's id", () => ({ organisationId: org.B }), []],
      ['adminA', "another organisation's person", () => ({ personId: person.B1 }), []],
      ['adminA', "another organisation's centre", () => ({ centreId: centre.B1 }), []],
      ['adminA', "ids of another organisation's records", () => ({ ids: [record.A1, record.B1, record.B2] }), ['A1']],
      ['adminB', "another organisation's id", () => ({ organisationId: org.A }), []],
      ['coordA1', 'its own organisation (still only its centre)', () => ({ organisationId: org.A }), ['A1', 'A12']],
      ['coordA1', 'a sibling centre (only those also at its own)', () => ({ centreId: centre.A2 }), ['A12']],
      ['coordA1', 'a person at a sibling centre', () => ({ personId: person.A2 }), []],
      ['assessor', 'organisation A (only those at the assessed centre)', () => ({ organisationId: org.A }), ['A1', 'A12']],
      ['assessor', 'an unassessed centre', () => ({ centreId: centre.B2 }), []],
      ['assessor', 'the course (everyone at its assessed centres)', () => ({ courseId: course }), ['A1', 'A12', 'B1']],
    ])('%s filtering training records by %s gets only its own rows, with a matching count', async (who, _label, filter, expected) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(TrainingRecords, { filter: filter() })));
      expect(sorted(items.map((r) => r.id))).toEqual(await recordsOf(expected));
      expect(total.count).toBe(items.length);
    });

    it.each(WHO)('trainingRecordsCsv as %s holds only the records of the people it may see', async (who) => {
      const { trainingRecordsCsv } = dataOf(await session[who].graphql(TrainingRecordsCsv, {}));
      for (const key of PERSON_KEYS) {
        expect([key, trainingRecordsCsv.includes(PERSON_NAMES[key])]).toEqual([key, VISIBLE_PEOPLE[who].includes(key)]);
      }
    });

    const matrices = WHO.flatMap((who) => (['A', 'B'] as const).map((key) => [who, key] as const));
    it.each(matrices)('trainingMatrix and its CSV as %s for organisation %s hold only the people it may see there', async (who, orgKey) => {
      const expected = VISIBLE_PEOPLE[who].filter((key) => key.startsWith(orgKey));
      const { trainingMatrix } = dataOf(await unchanged(() => session[who].graphql(TrainingMatrix, { filter: { organisationId: org[orgKey] } })));
      expect(sorted(trainingMatrix.rows.map((r) => r.personId))).toEqual(personIds(expected));
      expect(trainingMatrix.counts.total).toBe(expected.length);
      const { trainingMatrixCsv } = dataOf(await session[who].graphql(TrainingMatrixCsv, { filter: { organisationId: org[orgKey] } }));
      for (const key of PERSON_KEYS) expect([key, trainingMatrixCsv.includes(PERSON_NAMES[key])]).toEqual([key, expected.includes(key)]);
    });

    it.each<[Who, () => object, PersonKey[]]>([
      ['adminA', () => ({}), ['A1', 'A2', 'A12']],
      ['adminA', () => ({ centreId: centre.B1 }), []],
      ['coordA1', () => ({}), ['A1', 'A12']],
      ['coordA1', () => ({ centreId: centre.A2 }), ['A12']],
      ['assessor', () => ({ centreId: centre.B1 }), ['B1']],
      ['assessor', () => ({ centreId: centre.B2 }), []],
    ])("trainingMatrix as %s (filter %#) holds only the people it may see", async (who, filter, expected) => {
      const { trainingMatrix } = dataOf(await unchanged(() => session[who].graphql(TrainingMatrix, { filter: filter() })));
      expect(sorted(trainingMatrix.rows.map((r) => r.personId))).toEqual(personIds(expected));
    });

    const external = (personId: string) => ({ personId, source: 'EXTERNAL' as const, externalCourse: 'Paediatric first aid', externalProvider: 'St John Ambulance' });
    it.each<[string, Who, Call, string, string | undefined]>([
      ["adding external training for B's person", 'adminA', (c) => c.graphql(CreateTrainingRecord, external(person.B1)), 'BAD_USER_INPUT', 'personId'],
      ["adding external training for A's person", 'adminB', (c) => c.graphql(CreateTrainingRecord, external(person.A12)), 'BAD_USER_INPUT', 'personId'],
      ['adding external training for someone at a sibling centre', 'coordA1', (c) => c.graphql(CreateTrainingRecord, external(person.A2)), 'BAD_USER_INPUT', 'personId'],
      ["correcting B's record", 'adminA', (c) => c.graphql(UpdateTrainingRecord, { id: record.B1 }), 'BAD_USER_INPUT', 'id'],
      ["deleting B's record", 'adminA', (c) => c.graphql(DeleteTrainingRecord, { id: record.B2 }), 'BAD_USER_INPUT', 'id'],
      ["deleting a sibling centre's record", 'coordA1', (c) => c.graphql(DeleteTrainingRecord, { id: record.A2 }), 'BAD_USER_INPUT', 'id'],
      ['recording a NACCC course for its own person', 'adminA', (c) => c.graphql(CreateTrainingRecord, { personId: person.A1, source: 'NACCC', courseId: course }), 'FORBIDDEN', undefined],
      ["correcting its own person's NACCC record", 'adminA', (c) => c.graphql(UpdateTrainingRecord, { id: record.A1 }), 'FORBIDDEN', undefined],
      ["deleting its own person's NACCC record", 'coordA1', (c) => c.graphql(DeleteTrainingRecord, { id: record.A1 }), 'FORBIDDEN', undefined],
      ['recording external training (an organisation records its own)', 'training', (c) => c.graphql(CreateTrainingRecord, external(person.A1)), 'FORBIDDEN', undefined],
      ['recording training', 'hq', (c) => c.graphql(CreateTrainingRecord, { personId: person.A1, source: 'NACCC', courseId: course }), 'FORBIDDEN', undefined],
      ['recording training at an assessed centre', 'assessor', (c) => c.graphql(CreateTrainingRecord, external(person.B1)), 'FORBIDDEN', undefined],
      ['deleting a record at an assessed centre', 'assessor', (c) => c.graphql(DeleteTrainingRecord, { id: record.B1 }), 'FORBIDDEN', undefined],
    ])('%s by %s is refused and writes nothing', async (_label, who, call, code, field) => {
      const response = await expectRefused(who, call, code, field);
      expect(JSON.stringify(response)).not.toMatch(/Bexley|Bramall|Abernethy/);
    });

    it("answers a change to another tenant's record exactly as one to an id that does not exist", async () => {
      const foreign = await unchanged(() => session.adminA.graphql(UpdateTrainingRecord, { id: record.B1 }));
      const missing = await unchanged(() => session.adminA.graphql(UpdateTrainingRecord, { id: NO_SUCH_ID }));
      expect(JSON.stringify(foreign).replaceAll(record.B1, '<id>')).toBe(JSON.stringify(missing).replaceAll(NO_SUCH_ID, '<id>'));
      const planted = await unchanged(() => session.adminA.graphql(CreateTrainingRecord, external(person.B1)));
      const nobody = await unchanged(() => session.adminA.graphql(CreateTrainingRecord, external(NO_SUCH_ID)));
      expect(JSON.stringify(planted)).toBe(JSON.stringify(nobody));
    });

    it("lets an organisation add external training for its own people only, in its own name", async () => {
      const added = dataOf(await session.coordA1.graphql(CreateTrainingRecord, external(person.A12))).createTrainingRecord!;
      expect(added).toMatchObject({ personId: person.A12, source: 'EXTERNAL' });
      const [row] = await t.db.ownerQuery<{ organisation_id: string; recorded_by_user_id: string }>('select organisation_id, recorded_by_user_id from training_record where id = $1', [added.id]);
      expect(row).toEqual({ organisation_id: org.A, recorded_by_user_id: user.coordA1 });
      // Seen by those who see the person, not by the other organisation.
      expect(dataOf(await session.adminA.graphql(TrainingRecordById, { id: added.id })).TrainingRecord).toMatchObject({ id: added.id });
      expect(codeOf(await session.adminB.graphql(TrainingRecordById, { id: added.id }))).toBe('NOT_FOUND');
      dataOf(await session.coordA1.graphql(DeleteTrainingRecord, { id: added.id }));
    });

    it('lets the training team record NACCC outcomes for anyone, while it sees no DBS data at all', async () => {
      for (const key of ['A2', 'B2'] as const) {
        const added = dataOf(await session.training.graphql(CreateTrainingRecord, { personId: person[key], source: 'NACCC', courseId: course })).createTrainingRecord!;
        expect(added).toMatchObject({ personId: person[key], source: 'NACCC' });
        for (const number of Object.values(CERTIFICATE_NUMBERS)) expect(JSON.stringify(added)).not.toContain(number);
        dataOf(await session.training.graphql(DeleteTrainingRecord, { id: added.id }));
      }
      await expectRefused('training', (c) => c.graphql(DbsChecks, {}), 'FORBIDDEN');
      for (const key of PERSON_KEYS) {
        const { Person } = dataOf(await unchanged(() => session.training.graphql(PersonById, { id: person[key] })));
        expect(Person).toMatchObject({ clearanceStatus: 'CLEARED', latestDbsLevel: null });
      }
    });
  });

  describe('session enrolments', () => {
    it.each(WHO)("CourseSession(id).enrolments as %s lists only the places of people it may see; the places taken are everyone's", async (who) => {
      const { CourseSession } = dataOf(await unchanged(() => session[who].graphql(CourseSessionById, { id: courseSession })));
      expect(sorted(CourseSession!.enrolments.map((e) => e.id))).toEqual(sorted(VISIBLE_PEOPLE[who].map((key) => enrolment[key])));
      expect(sorted(CourseSession!.enrolments.map((e) => e.personId))).toEqual(personIds(VISIBLE_PEOPLE[who]));
      // A count over the whole timetable: a number, never a person.
      expect(CourseSession).toMatchObject({ placesTaken: PERSON_KEYS.length, placesLeft: 20 - PERSON_KEYS.length });
      for (const key of PERSON_KEYS.filter((k) => !VISIBLE_PEOPLE[who].includes(k))) expect(JSON.stringify(CourseSession)).not.toContain(PERSON_NAMES[key]);
    });

    it.each(WHO)('allCourseSessions { enrolments } as %s lists only the places of people it may see', async (who) => {
      const { allCourseSessions } = dataOf(await unchanged(() => session[who].graphql(CourseSessions, {})));
      expect(sorted(allCourseSessions.flatMap((s) => s.enrolments.map((e) => e.personId)))).toEqual(personIds(VISIBLE_PEOPLE[who]));
    });

    it.each<[string, Who, Call, string, string | undefined]>([
      ["requesting a place for B's person", 'adminA', (c) => c.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.B1] }), 'BAD_USER_INPUT', 'personIds'],
      ["requesting places for its own and B's people at once", 'adminA', (c) => c.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.A1, person.B2] }), 'BAD_USER_INPUT', 'personIds'],
      ["requesting a place for A's person", 'adminB', (c) => c.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.A2] }), 'BAD_USER_INPUT', 'personIds'],
      ['requesting a place for someone at a sibling centre', 'coordA1', (c) => c.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.A2] }), 'BAD_USER_INPUT', 'personIds'],
      ["withdrawing B's requested place", 'adminA', (c) => c.graphql(RemoveEnrolment, { id: enrolment.B1 }), 'BAD_USER_INPUT', 'id'],
      ["withdrawing a sibling centre's requested place", 'coordA1', (c) => c.graphql(RemoveEnrolment, { id: enrolment.A2 }), 'BAD_USER_INPUT', 'id'],
      ['enrolling its own people (the training team enrols)', 'adminA', (c) => c.graphql(EnrolInSession, { sessionId: courseSession, personIds: [person.A1] }), 'FORBIDDEN', undefined],
      ['requesting places', 'hq', (c) => c.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.A1] }), 'FORBIDDEN', undefined],
      ['requesting places at an assessed centre', 'assessor', (c) => c.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.B1] }), 'FORBIDDEN', undefined],
      ['withdrawing a place', 'assessor', (c) => c.graphql(RemoveEnrolment, { id: enrolment.B1 }), 'FORBIDDEN', undefined],
    ])('%s by %s is refused and writes nothing', async (_label, who, call, code, field) => {
      const response = await expectRefused(who, call, code, field);
      expect(JSON.stringify(response)).not.toMatch(/Bexley|Bramall|Abernethy/);
    });

    it("answers a request for another tenant's person exactly as one for an id that does not exist", async () => {
      const foreign = await unchanged(() => session.adminA.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.B1] }));
      const missing = await unchanged(() => session.adminA.graphql(RequestPlaces, { sessionId: courseSession, personIds: [NO_SUCH_ID] }));
      expect(JSON.stringify(foreign).replaceAll(person.B1, '<id>')).toBe(JSON.stringify(missing).replaceAll(NO_SUCH_ID, '<id>'));
    });
  });

  describe('accreditations', () => {
    /** Each centre's accreditation, made by the owner (as the seed makes them). */
    const accreditation = {} as Record<CentreKey, string>;
    const accreditationIds = (keys: CentreKey[]) => sorted(keys.map((key) => accreditation[key]));
    const accreditationRows = async () =>
      (await t.db.ownerQuery<{ id: string; state: string; version: number }>('select id, state, version from accreditation order by id')).map((row) => `${row.id}:${row.state}:${row.version}`);

    beforeAll(async () => {
      for (const key of CENTRE_KEYS) {
        const [row] = await t.db.ownerQuery<{ id: string }>(
          `insert into accreditation (id, centre_id, organisation_id, kind, state, candidate_since, awarded_on, expires_on, state_changed_on)
           values (gen_random_uuid(), $1, (select organisation_id from centre where id = $1), 'ACCREDITATION', 'ACCREDITED', '2025-01-01', '2025-05-01', '2028-05-01', '2025-05-01') returning id`,
          [centre[key]],
        );
        accreditation[key] = row!.id;
      }
    });

    it.each(WHO)('allAccreditations and _allAccreditationsMeta list only the accreditations of the centres %s may see', async (who) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(AccreditationsList, {})));
      expect(sorted(items.map((a) => a.id))).toEqual(accreditationIds(VISIBLE_CENTRES[who]));
      expect(total.count).toBe(VISIBLE_CENTRES[who].length);
    });

    const pairs = WHO.flatMap((who) => CENTRE_KEYS.map((key) => [who, key, VISIBLE_CENTRES[who].includes(key)] as const));
    it.each(pairs)('Accreditation(id) as %s for centre %s: visible=%s, otherwise NOT_FOUND', async (who, key, visible) => {
      const response = await unchanged(() => session[who].graphql(AccreditationById, { id: accreditation[key] }));
      if (visible) expect(dataOf(response).Accreditation).toMatchObject({ id: accreditation[key], centreId: centre[key] });
      else expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it.each<[Who, () => object, CentreKey[]]>([
      ['adminA', () => ({ organisationId: org.B }), []],
      ['coordA1', () => ({ centreId: centre.A2 }), []],
      ['assessor', () => ({ organisationId: org.A }), ['A1']],
      ['adminB', () => ({ ids: [accreditation.A1, accreditation.B1] }), ['B1']],
    ])('%s filtering for others gets only its own rows', async (who, filter, expected) => {
      const { items, total } = dataOf(await unchanged(() => session[who].graphql(AccreditationsList, { filter: filter() })));
      expect(sorted(items.map((a) => a.id))).toEqual(accreditationIds(expected));
      expect(total.count).toBe(expected.length);
    });

    it.each(WHO.filter((who) => who !== 'hq'))('%s cannot take a step of any accreditation, its own included', async (who) => {
      const before = await accreditationRows();
      for (const key of CENTRE_KEYS) {
        const response = await session[who].graphql(SuspendAccreditation, { id: accreditation[key] });
        expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await accreditationRows()).toEqual(before);
    });
  });

  describe('assessments and action plans', () => {
    /** A visit to each centre with one action: A1's assigned to the assessor of the fixtures, the others to another assessor. */
    const visit = {} as Record<CentreKey, string>;
    const action = {} as Record<CentreKey, string>;
    /** The visits and actions each role sees: an assessor only those assigned to them, whatever centres their grant names. */
    const SEES: Record<Exclude<Who, 'training'>, CentreKey[]> = { hq: ['A1', 'A2', 'B1', 'B2'], assessor: ['A1'], adminA: ['A1', 'A2'], adminB: ['B1', 'B2'], coordA1: ['A1'] };
    const rowsOf = async () =>
      (await t.db.ownerQuery<{ id: string; status: string; version: number }>('select id, status, version from accreditation_action order by id')).map((row) => `${row.id}:${row.status}:${row.version}`);

    beforeAll(async () => {
      const other = await createUser(t.db, { email: 'other.assessor@xt.test', grants: [{ role: Role.ASSESSOR, centreIds: [centre.A2, centre.B1, centre.B2] }] });
      const [set] = await t.db.ownerQuery<{ id: string }>(`insert into standard_set (id, kind, version_label, effective_on) values (gen_random_uuid(), 'SUPPORTED_CENTRES', 'XT', '2026-01-01') returning id`);
      const [area] = await t.db.ownerQuery<{ id: string }>(`insert into standard_area (id, set_id, position, number, title) values (gen_random_uuid(), $1, 1, '1', 'Staffing') returning id`, [set!.id]);
      const [standard] = await t.db.ownerQuery<{ id: string }>(
        `insert into standard (id, set_id, area_id, position, code, title, guidance) values (gen_random_uuid(), $1, $2, 1, '1.1', 'Enough people', '') returning id`,
        [set!.id, area!.id],
      );
      for (const key of CENTRE_KEYS) {
        const [row] = await t.db.ownerQuery<{ id: string; organisation_id: string }>(
          `with a as (
             insert into accreditation (id, centre_id, organisation_id, kind, state, candidate_since, state_changed_on)
             values (gen_random_uuid(), $1, (select organisation_id from centre where id = $1), 'ENHANCED_ACCREDITATION', 'CANDIDATE', '2026-01-01', '2026-01-01')
             returning id, centre_id, organisation_id)
           insert into assessment (id, accreditation_id, centre_id, organisation_id, standard_set_id, assessor_user_id, visit_date, status, report_summary, submitted_at, decision, decided_at)
           select gen_random_uuid(), a.id, a.centre_id, a.organisation_id, $2, $3, '2026-02-01', 'DECIDED', 'Visited', now(), 'REFUSE', now() from a returning id, organisation_id`,
          [centre[key], set!.id, key === 'A1' ? user.assessor : other],
        );
        visit[key] = row!.id;
        const [item] = await t.db.ownerQuery<{ id: string }>(
          `with f as (insert into finding (id, assessment_id, centre_id, organisation_id, standard_id, outcome, note) values (gen_random_uuid(), $1, $2, $3, $4, 'NOT_MET', 'Confidential note ${key}') returning id)
           insert into accreditation_action (id, assessment_id, finding_id, centre_id, organisation_id, description, owner, due_on)
           select gen_random_uuid(), $1, f.id, $2, $3, 'Action at ${key}', 'Coordinator', '2030-01-01' from f returning id`,
          [row!.id, centre[key], row!.organisation_id, standard!.id],
        );
        action[key] = item!.id;
      }
    });

    it.each(WHO.filter((who): who is Exclude<Who, 'training'> => who !== 'training'))('%s lists exactly the visits and actions it may see, findings and all', async (who) => {
      const { visits, visitTotal, actions, actionTotal } = dataOf(await unchanged(() => session[who].graphql(AssessmentsAndActions, {})));
      expect(sorted(visits.map((v) => v.id))).toEqual(sorted(SEES[who].map((key) => visit[key])));
      expect(visitTotal.count).toBe(SEES[who].length);
      expect(sorted(actions.map((a) => a.id))).toEqual(sorted(SEES[who].map((key) => action[key])));
      expect(actionTotal.count).toBe(SEES[who].length);
      const notes = visits.flatMap((v) => v.findings.map((f) => f.note)).sort();
      expect(notes).toEqual(SEES[who].map((key) => `Confidential note ${key}`).sort());
    });

    it('the training team has no part in accreditation visits', async () => {
      expect((await session.training.graphql(AssessmentsAndActions, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    const pairs = (['hq', 'assessor', 'adminA', 'adminB', 'coordA1'] as const).flatMap((who) => CENTRE_KEYS.map((key) => [who, key, SEES[who].includes(key)] as const));
    it.each(pairs)('Assessment(id) as %s for the visit to %s: visible=%s, otherwise NOT_FOUND', async (who, key, visible) => {
      const response = await unchanged(() => session[who].graphql(AssessmentById, { id: visit[key] }));
      if (visible) expect(dataOf(response).Assessment).toMatchObject({ id: visit[key] });
      else expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it.each<[Who, CentreKey]>([
      ['adminB', 'A1'],
      ['coordA1', 'A2'],
      ['adminA', 'B1'],
    ])("%s cannot submit evidence for the action at %s (another centre's)", async (who, key) => {
      const before = await rowsOf();
      const response = await session[who].graphql(ActionEvidence, { id: action[key] });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await rowsOf()).toEqual(before);
    });
  });

  describe('aliases and transport tricks', () => {
    it('one document reading an own and a foreign centre: the foreign one is NOT_FOUND at its alias, never its data', async () => {
      const response = await unchanged(() => session.adminA.graphql(CentrePair, { a: centre.A1, b: centre.B1 }));
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]).toMatchObject({ path: ['b'], extensions: { code: 'NOT_FOUND' } });
      expect(JSON.stringify(response)).not.toContain(CENTRE_NAMES.B1);
      expect(response.data?.b ?? null).toBeNull();
      // The own centre is still answered: one inaccessible id must not blank out the rest.
      expect(response.data?.a).toMatchObject({ id: centre.A1 });
    });

    it('an aliased pair of updates, own then foreign: the own one applies, the foreign one is NOT_FOUND and B1 is untouched', async () => {
      const before = await snapshot();
      const response = await session.adminA.graphql(UpdateCentrePair, { own: centre.A1, foreign: centre.B1, name: 'Alpha Meadows (pair)' });
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]).toMatchObject({ path: ['foreign'], extensions: { code: 'NOT_FOUND' } });
      expect(response.data?.foreign ?? null).toBeNull();

      const after = await snapshot();
      const row = (rows: Record<string, unknown>[], id: string) => rows.find((r) => r.id === id)!;
      expect(row(after.centres, centre.A1)).toMatchObject({ name: 'Alpha Meadows (pair)', version: (row(before.centres, centre.A1).version as number) + 1 });
      expect(after.centres.filter((r) => r.id !== centre.A1)).toEqual(before.centres.filter((r) => r.id !== centre.A1));
      // Exactly one new audit entry: the own update.
      expect(after.auditEntries).toHaveLength(before.auditEntries.length + 1);
      const { auditEntries: _a, centres: _c, ...restAfter } = after;
      const { auditEntries: _b, centres: _d, ...restBefore } = before;
      expect(restAfter).toEqual(restBefore);
      // The change that was committed is reported to the client, not hidden behind data: null.
      expect(response.data?.own).toMatchObject({ id: centre.A1, name: 'Alpha Meadows (pair)' });
    });

    it('an HTTP batch (a JSON array of operations) is refused with a 400-class status and writes nothing', async () => {
      const status = await unchanged(async () => {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.adminA.cookie },
          body: JSON.stringify([
            { query: print(UpdateCentre), variables: { id: centre.A2, name: 'Batched own' } },
            { query: print(UpdateCentre), variables: { id: centre.B1, name: 'Batched foreign' } },
          ]),
        });
        const text = await response.text();
        expect(text).not.toContain('Batched');
        return response.status;
      });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });

    it('a mutation sent as a GET (a cross-site link) is refused and writes nothing', async () => {
      const status = await unchanged(async () => {
        const params = new URLSearchParams({ query: print(UpdateCentre), variables: JSON.stringify({ id: centre.A2, name: 'Linked' }) });
        const response = await fetch(`${t.url}/graphql?${params}`, { headers: { cookie: session.adminA.cookie, 'apollo-require-preflight': 'true' } });
        return response.status;
      });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });

    it('a mutation posted as text/plain (a cross-site form) is refused and writes nothing', async () => {
      const status = await unchanged(async () => {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', cookie: session.adminA.cookie },
          body: JSON.stringify({ query: print(UpdateCentre), variables: { id: centre.A2, name: 'Form post' } }),
        });
        return response.status;
      });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });
  });

  describe('users', () => {
    it('allUsers as adminA lists only people with a grant in A', async () => {
      const result = dataOf(await unchanged(() => session.adminA.graphql(Users, {})));
      expect(result.allUsers.map((u) => u.email)).toEqual([EMAILS.adminA, EMAILS.coordA1]);
      expect(result._allUsersMeta.count).toBe(2);
    });

    it('allUsers as adminB lists only adminB', async () => {
      const result = dataOf(await unchanged(() => session.adminB.graphql(Users, {})));
      expect(result.allUsers.map((u) => u.email)).toEqual([EMAILS.adminB]);
      expect(result._allUsersMeta.count).toBe(1);
    });

    it.each<[string, () => object]>([
      ["organisation B's id", () => ({ organisationId: org.B })],
      ['ids of adminB, hq and the assessor', () => ({ ids: [user.adminB, user.hq, user.assessor] })],
      ['the NATIONAL_ADMIN role', () => ({ role: 'NATIONAL_ADMIN' })],
      ["a search for the other organisation's domain", () => ({ q: 'bravo' })],
    ])('allUsers as adminA filtered by %s is empty with count 0', async (_label, filter) => {
      const result = dataOf(await unchanged(() => session.adminA.graphql(Users, { filter: filter() })));
      expect(result.allUsers).toEqual([]);
      expect(result._allUsersMeta.count).toBe(0);
    });

    it.each<Who>(['adminB', 'hq', 'assessor', 'training'])('User(%s) as adminA is NOT_FOUND', async (who) => {
      const response = await expectRefused('adminA', (c) => c.graphql(UserById, { id: user[who] }), 'NOT_FOUND');
      expect(JSON.stringify(response)).not.toContain(EMAILS[who]);
    });

    it("User(coordA1) as adminA shows the coordinator's grant in A (control)", async () => {
      const { User } = dataOf(await unchanged(() => session.adminA.graphql(UserById, { id: user.coordA1 })));
      expect(User).toMatchObject({ email: EMAILS.coordA1, grants: [{ role: 'CENTRE_COORDINATOR', organisationId: org.A, centreIds: [centre.A1] }] });
    });

    it.each<[string, Call]>([
      ['deactivating adminB', (c) => c.graphql(UpdateUser, { id: user.adminB, active: false })],
      ['renaming hq', (c) => c.graphql(UpdateUser, { id: user.hq, displayName: 'Renamed' })],
      ['adding a grant in A to adminB', (c) => c.graphql(AddGrant, { userId: user.adminB, role: 'CENTRE_COORDINATOR', organisationId: org.A, centreIds: [centre.A1] })],
      ['adding a grant in A to the assessor', (c) => c.graphql(AddGrant, { userId: user.assessor, role: 'ORG_ADMIN', organisationId: org.A })],
    ])('adminA %s is NOT_FOUND and changes nothing', async (_label, call) => {
      await expectRefused('adminA', call, 'NOT_FOUND');
    });

    it("adminA removing adminB's grant is NOT_FOUND and changes nothing", async () => {
      const [grant] = await t.db.ownerQuery<{ id: string }>('select id from user_grant where user_id = $1', [user.adminB]);
      await expectRefused('adminA', (c) => c.graphql(RemoveGrant, { grantId: grant!.id }), 'NOT_FOUND');
    });

    it("adminA removing the assessor's grant (which names A1) is NOT_FOUND and changes nothing", async () => {
      const [grant] = await t.db.ownerQuery<{ id: string }>('select id from user_grant where user_id = $1', [user.assessor]);
      await expectRefused('adminA', (c) => c.graphql(RemoveGrant, { grantId: grant!.id }), 'NOT_FOUND');
    });

    it('adminA inviting an ORG_ADMIN for organisation B is refused and writes nothing', async () => {
      const response = await unchanged(() => session.adminA.graphql(CreateUser, { email: 'plant@bravo.test', role: 'ORG_ADMIN', organisationId: org.B }));
      expect(returnedNothing(response)).toBe(true);
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(codeOf(response));
      if (codeOf(response) === 'BAD_USER_INPUT') expect(response.errors?.[0]?.extensions?.field).toBe('organisationId');
      expect(await t.db.ownerQuery(`select id from app_user where email = 'plant@bravo.test'`)).toEqual([]);
    });

    it('adminA giving its own coordinator an ORG_ADMIN grant in B is refused and writes nothing', async () => {
      const response = await unchanged(() => session.adminA.graphql(AddGrant, { userId: user.coordA1, role: 'ORG_ADMIN', organisationId: org.B }));
      expect(returnedNothing(response)).toBe(true);
      expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(codeOf(response));
    });

    // Every row has all four values: jest passes a `done` callback for missing trailing ones.
    it.each<[string, Call, string, string | undefined]>([
      ['a NATIONAL_ADMIN', (c) => c.graphql(CreateUser, { email: 'boss@alpha.test', role: 'NATIONAL_ADMIN' }), 'FORBIDDEN', undefined],
      ['a TRAINING_TEAM member', (c) => c.graphql(CreateUser, { email: 'trainer@alpha.test', role: 'TRAINING_TEAM' }), 'FORBIDDEN', undefined],
      ['an ASSESSOR of B1', (c) => c.graphql(CreateUser, { email: 'spy@alpha.test', role: 'ASSESSOR', centreIds: [centre.B1] }), 'FORBIDDEN', undefined],
      ['a CENTRE_COORDINATOR of A for centre B1', (c) => c.graphql(CreateUser, { email: 'coord2@alpha.test', role: 'CENTRE_COORDINATOR', organisationId: org.A, centreIds: [centre.B1] }), 'BAD_USER_INPUT', 'centreIds'],
      ['a CENTRE_COORDINATOR of A for A1 and B1', (c) => c.graphql(CreateUser, { email: 'coord3@alpha.test', role: 'CENTRE_COORDINATOR', organisationId: org.A, centreIds: [centre.A1, centre.B1] }), 'BAD_USER_INPUT', 'centreIds'],
    ])('adminA inviting %s is refused and writes nothing', async (_label, call, code, field) => {
      await expectRefused('adminA', call, code, field);
    });

    it.each<[string, Who, Call]>([
      ['allUsers', 'coordA1', (c) => c.graphql(Users, {})],
      ['User(own id)', 'coordA1', (c) => c.graphql(UserById, { id: user.coordA1 })],
      ['createUser', 'coordA1', (c) => c.graphql(CreateUser, { email: 'x@alpha.test', role: 'CENTRE_COORDINATOR', organisationId: org.A, centreIds: [centre.A1] })],
      ['allUsers', 'training', (c) => c.graphql(Users, {})],
      ['allUsers', 'assessor', (c) => c.graphql(Users, {})],
      ['updateUser', 'assessor', (c) => c.graphql(UpdateUser, { id: user.adminB, active: false })],
    ])('%s by %s is FORBIDDEN and writes nothing', async (_label, who, call) => {
      await expectRefused(who, call, 'FORBIDDEN');
    });
  });

  describe('audit trail', () => {
    const allEvents = () => t.db.ownerQuery<{ id: string; organisation_id: string | null }>('select id, organisation_id from audit_event');

    it('allAuditEvents as adminA returns exactly the events of organisation A', async () => {
      const result = dataOf(await unchanged(() => session.adminA.graphql(AuditEvents, {})));
      const expected = (await allEvents()).filter((e) => e.organisation_id === org.A).map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(result.allAuditEvents.every((e) => e.organisationId === org.A)).toBe(true);
      expect(sorted(result.allAuditEvents.map((e) => e.id))).toEqual(sorted(expected));
      expect(result._allAuditEventsMeta.count).toBe(expected.length);
      expect(result.allAuditEvents).toContainEqual(expect.objectContaining({ action: 'UPDATE', entityType: 'Centre', entityId: centre.A2 }));
      expect(result.allAuditEvents.map((e) => e.entityId)).not.toContain(centre.B2);
    });

    it('allAuditEvents as adminB returns only B events, including head office changes to B', async () => {
      const result = dataOf(await unchanged(() => session.adminB.graphql(AuditEvents, {})));
      expect(result.allAuditEvents.length).toBeGreaterThan(0);
      expect(result.allAuditEvents.every((e) => e.organisationId === org.B)).toBe(true);
      expect(result.allAuditEvents).toContainEqual(expect.objectContaining({ action: 'UPDATE', entityType: 'Organisation', entityId: org.B }));
    });

    it('allAuditEvents as adminA filtered to organisation B is empty with count 0', async () => {
      const result = dataOf(await unchanged(() => session.adminA.graphql(AuditEvents, { filter: { organisationId: org.B } })));
      expect(result.allAuditEvents).toEqual([]);
      expect(result._allAuditEventsMeta.count).toBe(0);
    });

    it("AuditEvent(id) of B's change as adminA is NOT_FOUND", async () => {
      const [event] = await t.db.ownerQuery<{ id: string }>(`select id from audit_event where entity_id = $1 and action = 'UPDATE'`, [centre.B2]);
      await expectRefused('adminA', (c) => c.graphql(AuditEventById, { id: event!.id }), 'NOT_FOUND');
    });

    it('allAuditEvents as hq returns both organisations and network-level events', async () => {
      const result = dataOf(await unchanged(() => session.hq.graphql(AuditEvents, {})));
      const total = (await allEvents()).length;
      expect(result._allAuditEventsMeta.count).toBe(total);
      const orgs = new Set(result.allAuditEvents.map((e) => e.organisationId));
      expect(orgs).toEqual(new Set([org.A, org.B, null]));
      expect(result.allAuditEvents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ entityId: centre.A2, action: 'UPDATE' }),
          expect.objectContaining({ entityId: centre.B2, action: 'UPDATE' }),
        ]),
      );
    });

    it.each<Who>(['training', 'assessor', 'coordA1'])('allAuditEvents as %s is FORBIDDEN', async (who) => {
      await expectRefused(who, (c) => c.graphql(AuditEvents, {}), 'FORBIDDEN');
    });
  });

  describe('anonymous callers', () => {
    it.each<[string, Call]>([
      ['allCentres', (c) => c.graphql(Centres, {})],
      ['Centre(id)', (c) => c.graphql(CentreById, { id: centre.A1 })],
      ['allOrganisations', (c) => c.graphql(Organisations, {})],
      ['Organisation(id)', (c) => c.graphql(OrganisationById, { id: org.A })],
      ['allUsers', (c) => c.graphql(Users, {})],
      ['User(id)', (c) => c.graphql(UserById, { id: user.hq })],
      ['allAuditEvents', (c) => c.graphql(AuditEvents, {})],
      ['me', (c) => c.graphql(Me, {})],
      ['updateCentre', (c) => c.graphql(UpdateCentre, { id: centre.A1, name: 'Anonymous edit' })],
      ['createCentre', (c) => c.graphql(CreateCentre, { organisationId: org.A, name: 'Anonymous Centre' })],
      ['deleteCentre', (c) => c.graphql(DeleteCentre, { id: centre.B1 })],
      ['updateOrganisation', (c) => c.graphql(UpdateOrganisation, { id: org.B, name: 'Anonymous edit' })],
      ['createUser', (c) => c.graphql(CreateUser, { email: 'anon@example.test', role: 'NATIONAL_ADMIN' })],
      ['updateUser', (c) => c.graphql(UpdateUser, { id: user.hq, active: false })],
      ['allPeople', (c) => c.graphql(People, {})],
      ['Person(id)', (c) => c.graphql(PersonById, { id: person.A1 })],
      ['clearanceSummary', (c) => c.graphql(ClearanceSummary, {})],
      ['allDbsChecks', (c) => c.graphql(DbsChecks, {})],
      ['createPerson', (c) => c.graphql(CreatePerson, { organisationId: org.A, centreIds: [centre.A1] })],
      ['updatePerson', (c) => c.graphql(UpdatePerson, { id: person.A1, familyName: 'Anonymous edit' })],
      ['deletePerson', (c) => c.graphql(DeletePerson, { id: person.A1 })],
      ['createDbsCheck', (c) => c.graphql(CreateDbsCheck, { personId: person.A1 })],
      ['revealDbsCertificateNumber', (c) => c.graphql(RevealCertificateNumber, { id: check.A1 })],
      ['allTrainingRecords', (c) => c.graphql(TrainingRecords, {})],
      ['TrainingRecord(id)', (c) => c.graphql(TrainingRecordById, { id: record.A1 })],
      ['trainingMatrix', (c) => c.graphql(TrainingMatrix, { filter: { organisationId: org.A } })],
      ['CourseSession(id)', (c) => c.graphql(CourseSessionById, { id: courseSession })],
      ['createTrainingRecord', (c) => c.graphql(CreateTrainingRecord, { personId: person.A1, source: 'NACCC', courseId: course })],
      ['deleteTrainingRecord', (c) => c.graphql(DeleteTrainingRecord, { id: record.A1 })],
      ['requestSessionPlaces', (c) => c.graphql(RequestPlaces, { sessionId: courseSession, personIds: [person.A1] })],
      ['removeEnrolment', (c) => c.graphql(RemoveEnrolment, { id: enrolment.A1 })],
    ])('%s is UNAUTHENTICATED and writes nothing', async (_label, call) => {
      const response = await expectRefused('anonymous', call, 'UNAUTHENTICATED');
      expect(JSON.stringify(response)).not.toMatch(/Alpha|Bravo|@naccc\.test|Ashworth|Bexley|100000000001/);
    });

    it('a forged session cookie is treated as anonymous: UNAUTHENTICATED and nothing written', async () => {
      const forged: Client = { graphql: (document, variables) => t.graphql(document, variables, { cookie: 'naccc_session=forged-token-value' }) };
      const response = await unchanged(() => forged.graphql(UpdateCentre, { id: centre.A1, name: 'Forged edit' }));
      expect(returnedNothing(response)).toBe(true);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
    });
  });
});
