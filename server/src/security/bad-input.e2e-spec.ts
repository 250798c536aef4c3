import {
  buildSchema as parseSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '../auth/role';
import { SCHEMA_DIR } from '../schema/schema-files';
import { createTestApp, type TestApp } from '../test/app';
import { createUser } from '../test/identities';

/**
 * Every mutation of the committed schema, every argument, malformed one at a time: the answer
 * is a refusal naming the argument (or NOT_FOUND for an id), never a stack trace or SQL, and the
 * database is unchanged. A new mutation fails the first test until it is given a baseline here.
 */
const schema = parseSchema(readFileSync(path.join(SCHEMA_DIR, 'schema.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

type Ids = {
  organisation: string;
  centre: string;
  user: string;
  grant: string;
  person: string;
  dbsCheck: string;
  /** Another person of the organisation, on no session yet. */
  otherPerson: string;
  course: string;
  /** An upcoming session, where `person` has a requested place (`enrolment`). */
  session: string;
  enrolment: string;
  /** A session that has taken place, with `person` enrolled. */
  pastSession: string;
  /** External training of `person`, recorded by their organisation. */
  trainingRecord: string;
  /** An accredited centre's accreditation (another centre of the organisation). */
  accreditation: string;
  /** A draft version of the supported centres' standards, with one area of one standard. */
  standardSet: string;
  standard: string;
  /** An assessor, their open visit to the accredited centre, and an action of it (from a finding not met). */
  assessor: string;
  assessment: string;
  action: string;
};

const STARTS_AT = '2030-03-01T09:00:00.000Z';
/** Dates the rules measure from today (a visit within a year of it, say). */
const TODAY = new Date().toISOString().slice(0, 10);
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const ENDS_AT = '2030-03-01T12:00:00.000Z';

/** Well-formed arguments for each mutation; each case then spoils exactly one of them. */
const BASELINES: Record<string, (ids: Ids) => Record<string, unknown>> = {
  createOrganisation: () => ({ name: 'Baseline Organisation', type: 'CHARITY', contactEmail: 'info@baseline.org.uk', region: 'LONDON', charityNumber: '1078329', membershipStatus: 'MEMBER' }),
  updateOrganisation: (ids) => ({ id: ids.organisation, version: 1, name: 'Renamed', charityNumber: '1078329', type: 'CHARITY', contactEmail: 'a@b.org.uk', membershipStatus: 'MEMBER', region: 'LONDON' }),
  deleteOrganisation: (ids) => ({ id: ids.organisation }),
  createCentre: (ids) => ({
    organisationId: ids.organisation, name: 'Baseline Centre', kind: 'CENTRE', postcode: 'E1 6AN', serviceTypes: ['SUPPORTED_CONTACT'], addressLine1: 'Hall', addressLine2: 'Street',
    town: 'London', region: 'LONDON', referralRoutes: ['SOLICITOR'], openingPattern: 'Saturdays', accessibilityNotes: 'Ramp', languages: ['Welsh'], feesNote: 'Free', publiclyListed: true,
  }),
  updateCentre: (ids) => ({
    id: ids.centre, version: 1, name: 'Renamed', kind: 'CENTRE', postcode: 'E1 6AN', serviceTypes: ['SUPPORTED_CONTACT'], addressLine1: 'Hall', addressLine2: 'Street',
    town: 'London', region: 'LONDON', referralRoutes: ['SOLICITOR'], openingPattern: 'Saturdays', accessibilityNotes: 'Ramp', languages: ['Welsh'], feesNote: 'Free', publiclyListed: true,
  }),
  deleteCentre: (ids) => ({ id: ids.centre }),
  createUser: (ids) => ({ email: 'new@baseline.test', displayName: 'New Person', role: 'CENTRE_COORDINATOR', organisationId: ids.organisation, centreIds: [ids.centre] }),
  updateUser: (ids) => ({ id: ids.user, version: 1, displayName: 'Renamed', active: true }),
  addGrant: (ids) => ({ userId: ids.user, role: 'CENTRE_COORDINATOR', organisationId: ids.organisation, centreIds: [ids.centre] }),
  removeGrant: (ids) => ({ grantId: ids.grant }),
  acceptInvite: () => ({ token: 'x'.repeat(43), password: 'a long enough passphrase' }),
  changePassword: () => ({ currentPassword: 'not it', newPassword: 'a long enough passphrase' }),
  login: () => ({ email: 'someone@baseline.test', password: 'whatever it is' }),
  logout: () => ({}),
  createPerson: (ids) => ({
    organisationId: ids.organisation, givenName: 'Baseline', familyName: 'Person', personType: 'VOLUNTEER', startDate: '2025-01-06', email: 'new.person@baseline.test',
    phone: '+44 20 7946 0000', centreIds: [ids.centre], notes: 'Weekends',
  }),
  updatePerson: (ids) => ({
    id: ids.person, version: 1, givenName: 'Renamed', familyName: 'Person', personType: 'STAFF', startDate: '2025-01-06', email: 'renamed.person@baseline.test',
    phone: '+44 20 7946 0001', centreIds: [ids.centre], notes: 'Weekdays', status: 'LEFT', leaveDate: '2026-06-01',
  }),
  deletePerson: (ids) => ({ id: ids.person }),
  importPeople: (ids) => ({ organisationId: ids.organisation, csv: 'Given name,Family name,Type,Start date\nImported,Person,Volunteer,06/01/2025', dryRun: false }),
  createDbsCheck: (ids) => ({
    personId: ids.person, jurisdiction: 'DBS', level: 'ENHANCED_BARRED', workforce: 'CHILD', certificateNumber: '0012 3456 7890', issueDate: '2025-01-10', decision: 'CLEARED',
    decidedBy: 'Safeguarding Lead', decidedAt: '2025-01-20T10:00:00Z', onUpdateService: true, updateServiceSubscriptionId: 'SUB-1234',
  }),
  updateDbsCheck: (ids) => ({
    id: ids.dbsCheck, version: 1, jurisdiction: 'DBS', level: 'ENHANCED', workforce: 'CHILD', issueDate: '2025-01-10', decision: 'CLEARED', decidedBy: 'Safeguarding Lead',
    onUpdateService: true, updateServiceSubscriptionId: 'SUB-1234',
  }),
  recordDbsStatusCheck: (ids) => ({ id: ids.dbsCheck, checkedOn: '2025-06-02', result: 'NO_NEW_INFORMATION' }),
  revealDbsCertificateNumber: (ids) => ({ id: ids.dbsCheck, reason: 'Checking the certificate with the DBS' }),
  createCourse: () => ({
    code: 'BAS-1', title: 'Baseline course', description: 'What it covers', ocnLevel: 'LEVEL_1', creditValue: 3, guidedLearningHours: 12, delivery: 'ONLINE', validityMonths: 36,
    active: true, requirements: [{ personType: 'VOLUNTEER', serviceType: 'SUPPORTED_CONTACT' }],
  }),
  updateCourse: (ids) => ({
    id: ids.course, version: 1, code: 'BAS-2', title: 'Renamed course', description: 'What it covers now', ocnLevel: 'LEVEL_2', creditValue: 4, guidedLearningHours: 10,
    delivery: 'BLENDED', validityMonths: 24, active: true, requirements: [{ personType: 'STAFF', serviceType: 'SUPERVISED_CONTACT' }],
  }),
  createCourseSession: (ids) => ({
    courseId: ids.course, startsAt: STARTS_AT, endsAt: ENDS_AT, trainer: 'Tess Trainer', venue: 'Friends Meeting House', onlineLink: 'https://meet.example.org/naccc',
    region: 'LONDON', capacity: 20,
  }),
  updateCourseSession: (ids) => ({
    id: ids.session, version: 1, startsAt: STARTS_AT, endsAt: ENDS_AT, trainer: 'Tess Trainer', venue: 'Friends Meeting House', onlineLink: 'https://meet.example.org/naccc',
    region: 'LONDON', capacity: 20, status: 'SCHEDULED',
  }),
  enrolInSession: (ids) => ({ sessionId: ids.session, personIds: [ids.otherPerson] }),
  requestSessionPlaces: (ids) => ({ sessionId: ids.session, personIds: [ids.otherPerson] }),
  removeEnrolment: (ids) => ({ id: ids.enrolment }),
  createTrainingRecord: (ids) => ({
    personId: ids.person, source: 'EXTERNAL', externalCourse: 'Paediatric first aid', externalProvider: 'St John Ambulance', completedOn: '2025-03-01', outcome: 'ATTENDED',
    credits: 0, hours: 6, certificateRef: 'SJA-0001',
  }),
  updateTrainingRecord: (ids) => ({
    id: ids.trainingRecord, version: 1, externalCourse: 'Emergency first aid', externalProvider: 'Red Cross', completedOn: '2025-03-02', outcome: 'PASSED', credits: 0, hours: 7,
    certificateRef: 'BRC-0001',
  }),
  deleteTrainingRecord: (ids) => ({ id: ids.trainingRecord }),
  recordCohortAttendance: (ids) => ({ sessionId: ids.pastSession, results: [{ personId: ids.person, outcome: 'PASSED', creditsAwarded: 3, hours: 3, certificateRef: 'OCN-0001' }] }),
  startAccreditation: (ids) => ({ centreId: ids.centre, kind: 'ACCREDITATION', reason: 'Application and signed working agreement received' }),
  transitionAccreditation: (ids) => ({ id: ids.accreditation, action: 'SUSPEND', reason: 'Operating outside the standards', version: 1 }),
  createStandardSet: (ids) => ({ kind: 'SUPPORTED_CENTRES', versionLabel: '2030', effectiveOn: '2026-04-01', copyFromId: ids.standardSet }),
  updateStandardSet: (ids) => ({
    id: ids.standardSet, version: 1, versionLabel: '2029', effectiveOn: '2026-05-01',
    areas: [{ title: 'Staffing', standards: [{ title: 'Enough trained people at every session', guidance: 'The rota shows it.' }] }],
  }),
  publishStandardSet: (ids) => ({ id: ids.standardSet }),
  deleteStandardSet: (ids) => ({ id: ids.standardSet }),
  planAssessment: (ids) => ({ accreditationId: ids.accreditation, assessorUserId: ids.assessor, visitDate: TODAY }),
  reassignAssessment: (ids) => ({ id: ids.assessment, assessorUserId: ids.assessor, visitDate: TODAY, version: 1 }),
  saveFindings: (ids) => ({ assessmentId: ids.assessment, findings: [{ standardId: ids.standard, outcome: 'MET', note: 'Seen on the wall', evidenceRef: 'Policy folder, p. 3' }] }),
  submitAssessmentReport: (ids) => ({ id: ids.assessment, summary: 'A well-run centre', version: 1 }),
  decideAssessment: (ids) => ({ id: ids.assessment, decision: 'AWARD', reason: 'All standards met', actionsDueOn: IN_A_MONTH, version: 1 }),
  updateActionPlanItem: (ids) => ({ id: ids.action, dueOn: TODAY, owner: 'Centre coordinator', description: 'Write a statement of purpose', version: 1 }),
  submitActionEvidence: (ids) => ({ id: ids.action, evidenceNote: 'Adopted by the trustees', version: 1 }),
  reviewActionEvidence: (ids) => ({ id: ids.action, review: 'RETURN', note: 'Please attach the minutes', version: 1 }),
  suspendForOverdueActions: (ids) => ({ accreditationId: ids.accreditation, note: 'And no reply to letters' }),
};

/** Mutations only an organisation's own people call (head office is FORBIDDEN before any argument is checked). */
const AS_ORG_ADMIN = new Set([
  'createPerson', 'updatePerson', 'deletePerson', 'importPeople', 'createDbsCheck', 'updateDbsCheck', 'recordDbsStatusCheck', 'revealDbsCertificateNumber',
  'requestSessionPlaces', 'createTrainingRecord', 'updateTrainingRecord', 'deleteTrainingRecord', 'submitActionEvidence',
]);

/** Mutations only the training team calls (sessions, enrolments, cohorts). */
const AS_TRAINING_TEAM = new Set(['createCourseSession', 'updateCourseSession', 'enrolInSession', 'removeEnrolment', 'recordCohortAttendance']);

const HUGE = 'x'.repeat(300_000);

/** Secrets are opaque: any character may be part of a password, so control characters are allowed there. */
const SECRET_ARGUMENTS = new Set(['password', 'currentPassword', 'newPassword']);

/** One field of an input object spoiled inside the baseline's otherwise well-formed value (the first item of a list). */
class Inside {
  constructor(
    readonly field: string,
    readonly value: unknown,
  ) {}

  within(current: unknown): unknown {
    // A field of an input nested in another (a standard of an area): spoiled in place, the rest kept.
    const spoilt = (item: unknown) => ({ ...(item as object), [this.field]: this.value instanceof Inside ? this.value.within((item as Record<string, unknown>)[this.field]) : this.value });
    if (Array.isArray(current)) return current.map((item, i) => (i === 0 ? spoilt(item) : item));
    return spoilt(current);
  }
}

/** A malformed value for an argument of this type, and the codes that may answer it. */
function spoil(type: GraphQLInputType, argument: string): Array<{ label: string; value: unknown; codes: string[] }> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const list = isListType(inner);
  const named = getNamedType(type);
  const wrap = (value: unknown) => (list ? [value] : value);
  // An input object: text in its place, then each of its fields spoiled in turn (the answer still names the argument).
  if (isInputObjectType(named)) {
    return [
      { label: 'text for an object', value: wrap('an object'), codes: ['BAD_USER_INPUT'] },
      ...Object.values(named.getFields()).flatMap((field) =>
        spoil(field.type, field.name).map((bad) => ({ label: `${field.name}: ${bad.label}`, value: new Inside(field.name, bad.value), codes: bad.codes })),
      ),
    ];
  }
  if (isEnumType(named)) return [{ label: 'an unknown enum value', value: wrap('NOT_A_VALUE'), codes: ['BAD_USER_INPUT'] }];
  if (isScalarType(named) && named.name === 'ID') {
    return [
      { label: 'an id that is not an id', value: wrap('not-an-id'), codes: ['BAD_USER_INPUT', 'NOT_FOUND'] },
      { label: 'an id of the wrong type', value: wrap({ id: 1 }), codes: ['BAD_USER_INPUT'] },
    ];
  }
  if (isScalarType(named) && named.name === 'String') {
    return [
      { label: 'a 300 kB string', value: wrap(HUGE), codes: ['BAD_USER_INPUT'] },
      { label: 'a number for a string', value: wrap(42), codes: ['BAD_USER_INPUT'] },
      ...(SECRET_ARGUMENTS.has(argument) ? [] : [{ label: 'control characters', value: wrap('Hall\u0000\u001b[2J'), codes: ['BAD_USER_INPUT'] }]),
    ];
  }
  if (isScalarType(named) && named.name === 'Int') {
    return [
      { label: 'text for a number', value: 'eleven', codes: ['BAD_USER_INPUT'] },
      { label: 'a number beyond 32 bits', value: 2 ** 40, codes: ['BAD_USER_INPUT'] },
    ];
  }
  // Every number of the schema has a bound: one without would reach a numeric column and overflow there.
  if (isScalarType(named) && named.name === 'Float') {
    return [
      { label: 'text for a number', value: 'eleven', codes: ['BAD_USER_INPUT'] },
      { label: 'a number beyond any bound', value: 1e300, codes: ['BAD_USER_INPUT'] },
    ];
  }
  if (isScalarType(named) && named.name === 'Boolean') return [{ label: 'text for a yes/no', value: 'yes', codes: ['BAD_USER_INPUT'] }];
  // Calendar dates (YYYY-MM-DD): malformed, impossible, and beyond any date a record can carry.
  if (isScalarType(named) && named.name === 'LocalDate') {
    return [
      { label: 'a date written the UK way', value: wrap('15/06/2026'), codes: ['BAD_USER_INPUT'] },
      { label: 'an impossible date', value: wrap('2026-02-30'), codes: ['BAD_USER_INPUT'] },
      { label: 'the 29th of February of a common year', value: wrap('2025-02-29'), codes: ['BAD_USER_INPUT'] },
      { label: 'a date in 1800', value: wrap('1800-01-01'), codes: ['BAD_USER_INPUT'] },
      { label: 'a date in 2999', value: wrap('2999-01-01'), codes: ['BAD_USER_INPUT'] },
      { label: 'year zero', value: wrap('0000-01-01'), codes: ['BAD_USER_INPUT'] },
      { label: 'a number for a date', value: wrap(20260615), codes: ['BAD_USER_INPUT'] },
    ];
  }
  if (isScalarType(named) && named.name === 'DateTimeISO') {
    return [
      { label: 'a malformed date-time', value: wrap('yesterday'), codes: ['BAD_USER_INPUT'] },
      { label: 'a date without a time', value: wrap('2025-01-20'), codes: ['BAD_USER_INPUT'] },
      { label: 'an impossible date-time', value: wrap('2026-02-30T10:00:00Z'), codes: ['BAD_USER_INPUT'] },
      { label: 'a date-time in 1800', value: wrap('1800-01-01T00:00:00Z'), codes: ['BAD_USER_INPUT'] },
      { label: 'a date-time in 2999', value: wrap('2999-01-01T00:00:00Z'), codes: ['BAD_USER_INPUT'] },
      { label: 'a number for a date-time', value: wrap(1_750_000_000_000), codes: ['BAD_USER_INPUT'] },
    ];
  }
  return [];
}

const cases = mutations.flatMap((mutation) =>
  mutation.args.flatMap((arg: GraphQLArgument) => spoil(arg.type, arg.name).map((bad) => ({ mutation: mutation.name, arg: arg.name, ...bad }))),
);

describe('malformed input to every mutation', () => {
  let t: TestApp;
  let cookie: string;
  let orgAdminCookie: string;
  let trainingCookie: string;
  let ids: Ids;
  const snapshot = () =>
    t.db.ownerQuery(`select
      (select md5(coalesce(string_agg(o::text, '|' order by o.id), '')) from organisation o) as organisations,
      (select md5(coalesce(string_agg(c::text, '|' order by c.id), '')) from centre c) as centres,
      (select md5(coalesce(string_agg(u::text, '|' order by u.id), '')) from app_user u) as users,
      (select md5(coalesce(string_agg(g::text, '|' order by g.id), '')) from user_grant g) as grants,
      (select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from person p) as people,
      (select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from person_centre_assignment a) as spells,
      (select md5(coalesce(string_agg(d::text, '|' order by d.id), '')) from dbs_check d) as checks,
      (select md5(coalesce(string_agg(c::text, '|' order by c.id), '')) from course c) as courses,
      (select md5(coalesce(string_agg(q::text, '|' order by q.id), '')) from course_requirement q) as requirements,
      (select md5(coalesce(string_agg(s::text, '|' order by s.id), '')) from course_session s) as sessions,
      (select md5(coalesce(string_agg(e::text, '|' order by e.id), '')) from session_enrolment e) as enrolments,
      (select md5(coalesce(string_agg(r::text, '|' order by r.id), '')) from training_record r) as records,
      (select md5(coalesce(string_agg(s::text, '|' order by s.id), '')) from standard_set s) as standardSets,
      (select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from standard_area a) as standardAreas,
      (select md5(coalesce(string_agg(x::text, '|' order by x.id), '')) from standard x) as standards,
      (select md5(coalesce(string_agg(e.id::text, '|' order by e.id), '')) from audit_event e where e.action not in ('LOGIN', 'LOGIN_FAILED', 'LOGOUT')) as audit`);

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    cookie = (await t.signIn('hq@naccc.test')).cookie;
    const [organisation] = await t.db.ownerQuery<{ id: string }>(
      `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Malformed Input Trust', 'CHARITY', 'a@b.org', 'LONDON') returning id`,
    );
    const [centre] = await t.db.ownerQuery<{ id: string }>(
      `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
       values (gen_random_uuid(), $1, 'Target Centre', 'E1 6AN', 51.5, -0.07, 'LONDON', '{SUPPORTED_CONTACT}', '{}', '{}') returning id`,
      [organisation!.id],
    );
    const user = await createUser(t.db, { email: 'target@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation!.id }] });
    const [grant] = await t.db.ownerQuery<{ id: string }>('select id from user_grant where user_id = $1', [user]);
    const [person] = await t.db.ownerQuery<{ id: string }>(
      `insert into person (id, organisation_id, given_name, family_name, email, person_type, start_date, centre_ids)
       values (gen_random_uuid(), $1, 'Target', 'Person', 'target.person@baseline.test', 'VOLUNTEER', '2025-01-06', $2) returning id`,
      [organisation!.id, [centre!.id]],
    );
    await t.db.ownerQuery(`insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on) values (gen_random_uuid(), $1, $2, $3, '2025-01-06')`, [
      person!.id,
      organisation!.id,
      centre!.id,
    ]);
    const [dbsCheck] = await t.db.ownerQuery<{ id: string }>(
      `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at,
                              on_update_service, update_service_subscription_id, last_status_check_date, last_status_check_result)
       values (gen_random_uuid(), $1, $2, 'DBS', 'ENHANCED_BARRED', 'CHILD', '001234567890', '2025-01-10', 'CLEARED', 'Lead', '2025-01-20T10:00:00Z',
               true, 'SUB-1234', '2025-06-02', 'NO_NEW_INFORMATION') returning id`,
      [person!.id, organisation!.id],
    );
    const [otherPerson] = await t.db.ownerQuery<{ id: string }>(
      `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, centre_ids)
       values (gen_random_uuid(), $1, 'Other', 'Person', 'VOLUNTEER', '2025-01-06', '{}') returning id`,
      [organisation!.id],
    );
    const [course] = await t.db.ownerQuery<{ id: string }>(
      `insert into course (id, code, title, ocn_level, credit_value, guided_learning_hours, delivery, validity_months)
       values (gen_random_uuid(), 'TGT-1', 'Target course', 'LEVEL_1', 3, 12, 'IN_PERSON', 36) returning id`,
    );
    const session = async (startsAt: string) =>
      (await t.db.ownerQuery<{ id: string }>(
        `insert into course_session (id, course_id, starts_at, ends_at, trainer, venue, capacity)
         values (gen_random_uuid(), $1, $2::timestamptz, $2::timestamptz + interval '3 hours', 'Tess Trainer', 'Friends Meeting House', 20) returning id`,
        [course!.id, startsAt],
      ))[0]!.id;
    const upcoming = await session('2030-01-10T09:00:00Z');
    const past = await session('2025-01-10T09:00:00Z');
    const enrol = async (sessionId: string, status: string) =>
      (await t.db.ownerQuery<{ id: string }>(
        `insert into session_enrolment (id, session_id, person_id, organisation_id, status) values (gen_random_uuid(), $1, $2, $3, $4) returning id`,
        [sessionId, person!.id, organisation!.id, status],
      ))[0]!.id;
    const enrolment = await enrol(upcoming, 'REQUESTED');
    await enrol(past, 'CONFIRMED');
    const [record] = await t.db.ownerQuery<{ id: string }>(
      `insert into training_record (id, person_id, organisation_id, source, external_course, external_provider, completed_on, outcome, hours)
       values (gen_random_uuid(), $1, $2, 'EXTERNAL', 'First aid', 'St John Ambulance', '2025-02-01', 'ATTENDED', 6) returning id`,
      [person!.id, organisation!.id],
    );
    const [accreditation] = await t.db.ownerQuery<{ id: string }>(
      `with c as (insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
                  values (gen_random_uuid(), $1, 'Accredited Centre', 'NG1 5FS', 52.95, -1.15, 'EAST_MIDLANDS', '{SUPPORTED_CONTACT}', '{}', '{}') returning id)
       insert into accreditation (id, centre_id, organisation_id, kind, state, candidate_since, awarded_on, expires_on, state_changed_on)
       select gen_random_uuid(), c.id, $1, 'ACCREDITATION', 'ACCREDITED', '2024-01-01', '2024-05-01', '2027-05-01', '2024-05-01' from c returning id`,
      [organisation!.id],
    );
    const [standardSet] = await t.db.ownerQuery<{ id: string }>(
      `insert into standard_set (id, kind, version_label, effective_on) values (gen_random_uuid(), 'SUPPORTED_CENTRES', '2028', '2026-04-01') returning id`,
    );
    const [standardArea] = await t.db.ownerQuery<{ id: string }>(
      `insert into standard_area (id, set_id, position, number, title) values (gen_random_uuid(), $1, 1, '1', 'Service management') returning id`,
      [standardSet!.id],
    );
    const [standard] = await t.db.ownerQuery<{ id: string }>(
      `insert into standard (id, set_id, area_id, position, code, title, guidance) values (gen_random_uuid(), $1, $2, 1, '1.1', 'A statement of purpose', '') returning id`,
      [standardSet!.id, standardArea!.id],
    );
    // An assessor's open visit to the accredited centre, with a finding not met and its action.
    const assessor = await createUser(t.db, { email: 'assessor@naccc.test', grants: [{ role: Role.ASSESSOR, centreIds: [] }] });
    const [assessment] = await t.db.ownerQuery<{ id: string; centre_id: string }>(
      `insert into assessment (id, accreditation_id, centre_id, organisation_id, standard_set_id, assessor_user_id, visit_date)
       select gen_random_uuid(), a.id, a.centre_id, a.organisation_id, $2, $3, current_date from accreditation a where a.id = $1 returning id, centre_id`,
      [accreditation!.id, standardSet!.id, assessor],
    );
    const [finding] = await t.db.ownerQuery<{ id: string }>(
      `insert into finding (id, assessment_id, centre_id, organisation_id, standard_id, outcome) values (gen_random_uuid(), $1, $2, $3, $4, 'NOT_MET') returning id`,
      [assessment!.id, assessment!.centre_id, organisation!.id, standard!.id],
    );
    const [action] = await t.db.ownerQuery<{ id: string }>(
      `insert into accreditation_action (id, assessment_id, finding_id, centre_id, organisation_id, description, owner, due_on)
       values (gen_random_uuid(), $1, $2, $3, $4, '1.1 A statement of purpose', 'Centre coordinator', current_date + 90) returning id`,
      [assessment!.id, finding!.id, assessment!.centre_id, organisation!.id],
    );
    ids = {
      assessor,
      assessment: assessment!.id,
      standard: standard!.id,
      action: action!.id,
      accreditation: accreditation!.id,
      organisation: organisation!.id,
      centre: centre!.id,
      user,
      grant: grant!.id,
      person: person!.id,
      dbsCheck: dbsCheck!.id,
      otherPerson: otherPerson!.id,
      course: course!.id,
      session: upcoming,
      enrolment,
      pastSession: past,
      trainingRecord: record!.id,
      standardSet: standardSet!.id,
    };
    await createUser(t.db, { email: 'orgadmin@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation!.id }] });
    orgAdminCookie = (await t.signIn('orgadmin@naccc.test')).cookie;
    await createUser(t.db, { email: 'training@naccc.test', grants: [{ role: Role.TRAINING_TEAM }] });
    trainingCookie = (await t.signIn('training@naccc.test')).cookie;
  });
  afterAll(() => t.close());

  it('has a baseline for every mutation in the schema', () => {
    expect(mutations.map((m) => m.name).filter((name) => !BASELINES[name])).toEqual([]);
  });

  it(`covers every argument of every mutation (${cases.length} cases)`, () => {
    const covered = new Set(cases.map((c) => `${c.mutation}.${c.arg}`));
    const all = mutations.flatMap((m) => m.args.map((a) => `${m.name}.${a.name}`));
    expect(all.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(cases)('$mutation($arg: $label) is refused, naming the argument, and changes nothing', async ({ mutation, arg, value, codes }) => {
    const field = schema.getMutationType()!.getFields()[mutation]!;
    const baseline = BASELINES[mutation]!(ids);
    const variables = { ...baseline, [arg]: value instanceof Inside ? value.within(baseline[arg]) : value };
    const declared = field.args.filter((a) => a.name in variables);
    const document = `mutation Malformed(${declared.map((a) => `$${a.name}: ${a.type}`).join(', ')}) { ${mutation}(${declared
      .map((a) => `${a.name}: $${a.name}`)
      .join(', ')})${isScalarType(getNamedType(field.type)) ? '' : ' { __typename }'} }`;
    const before = await snapshot();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: AS_ORG_ADMIN.has(mutation) ? orgAdminCookie : AS_TRAINING_TEAM.has(mutation) ? trainingCookie : cookie },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    const [error] = body.errors ?? [];
    expect(codes).toContain(error?.extensions?.code);
    // A field of a nested input is named by its path under the argument (findings.0.note).
    if (error?.extensions?.code === 'BAD_USER_INPUT') expect(String(error.extensions.field).replace(/\..*$/, '')).toBe(arg);
    // No stack frame and no SQL statement (shapes, not bare words: "Update Service" is not SQL).
    expect(JSON.stringify(body.errors)).not.toMatch(/\bat \w+ \(|\bselect\b.*\bfrom\b|\binsert into\b|\bupdate\s+\S+\s+set\b|\bdelete from\b|violates|constraint|stacktrace/i);
    expect((error?.message ?? '').length).toBeLessThan(1000);
    expect(await snapshot()).toEqual(before);
  });
});
