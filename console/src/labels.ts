import { graphql } from './gql';
import type {
  AccreditationAction,
  AccreditationKind,
  AccreditationState,
  CentreKind,
  ClearanceStatus,
  CourseDelivery,
  DbsDecision,
  DbsJurisdiction,
  DbsLevel,
  DbsWorkforce,
  EnrolmentStatus,
  MembershipStatus,
  OcnLevel,
  OrganisationType,
  PersonStatus,
  PersonType,
  ReferralRoute,
  Region,
  ServiceType,
  SessionStatus,
  StatusCheckResult,
  TrainingOutcome,
  TrainingSource,
  TrainingState,
} from './gql/graphql';

/**
 * The words for the server's enums. Each is a `Record` over the enum generated from the schema
 * (console/src/gql/graphql.ts): a value added to the schema fails to compile here until it has
 * its words, and a value removed does too. The order of each is the order its choices are offered.
 */

/**
 * Codegen writes an enum's type only when some document of the console reads it. This fragment
 * (never sent) reads every training enum, so that each has its words here whether or not a page
 * reads it yet.
 */
graphql(`
  fragment ConsoleTrainingEnums on CourseSession {
    status
    course {
      ocnLevel
      delivery
    }
    enrolments {
      status
    }
  }
`);
graphql(`
  fragment ConsoleTrainingRecordEnums on TrainingRecord {
    source
    outcome
  }
`);
graphql(`
  fragment ConsoleTrainingStateEnum on Person {
    trainingStatus
  }
`);

type Choice<T extends string> = { id: T; name: string };
const choices = <T extends string>(labels: Readonly<Record<T, string>>): Choice<T>[] =>
  (Object.entries(labels) as [T, string][]).map(([id, name]) => ({ id, name }));

export const REGION_LABELS: Readonly<Record<Region, string>> = {
  NORTH_EAST: 'North East',
  NORTH_WEST: 'North West',
  YORKSHIRE_AND_THE_HUMBER: 'Yorkshire and the Humber',
  EAST_MIDLANDS: 'East Midlands',
  WEST_MIDLANDS: 'West Midlands',
  EAST_OF_ENGLAND: 'East of England',
  LONDON: 'London',
  SOUTH_EAST: 'South East',
  SOUTH_WEST: 'South West',
  WALES: 'Wales',
  NORTHERN_IRELAND: 'Northern Ireland',
  CHANNEL_ISLANDS: 'Channel Islands',
  ISLE_OF_MAN: 'Isle of Man',
};

export const SERVICE_TYPE_LABELS: Readonly<Record<ServiceType, string>> = {
  SUPPORTED_CONTACT: 'Supported contact',
  SUPERVISED_CONTACT: 'Supervised contact',
  SUPERVISED_ASSESSMENT: 'Supervised assessment (with report)',
  INDIRECT_CONTACT: 'Indirect contact (letters and gifts)',
  ESCORTED_CONTACT: 'Escorted contact',
  HANDOVER: 'Handover',
  VIRTUAL_CONTACT: 'Virtual contact',
  LIFE_STORY_WORK: 'Life-story work',
};

export const REFERRAL_ROUTE_LABELS: Readonly<Record<ReferralRoute, string>> = {
  SOLICITOR: 'Solicitor',
  MEDIATOR: 'Mediator',
  CAFCASS_OR_COURT: 'Cafcass or court',
  SOCIAL_SERVICES: "Children's services",
  SELF_REFERRAL: 'Self-referral by a parent',
};

export const CENTRE_KIND_LABELS: Readonly<Record<CentreKind, string>> = {
  CENTRE: 'Centre (with a venue)',
  SERVICE: 'Service (no venue)',
};

export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, string>> = {
  CHARITY: 'Charity',
  LOCAL_AUTHORITY: 'Local authority',
  COMMUNITY_INTEREST_COMPANY: 'Community interest company',
  COMPANY: 'Company',
  OTHER: 'Other',
};

export const MEMBERSHIP_STATUS_LABELS: Readonly<Record<MembershipStatus, string>> = {
  APPLICANT: 'Applicant',
  MEMBER: 'Member',
  SUSPENDED: 'Suspended',
  LAPSED: 'Lapsed',
  WITHDRAWN: 'Withdrawn',
};

export const PERSON_TYPE_LABELS: Readonly<Record<PersonType, string>> = {
  VOLUNTEER: 'Volunteer',
  STAFF: 'Staff',
  SESSIONAL_WORKER: 'Sessional worker',
  COORDINATOR: 'Coordinator',
  TRUSTEE: 'Trustee',
};

export const PERSON_STATUS_LABELS: Readonly<Record<PersonStatus, string>> = {
  ACTIVE: 'Active',
  LEFT: 'Left',
};

/** Said in words wherever a status is shown: the colour of a chip only repeats it. */
export const CLEARANCE_STATUS_LABELS: Readonly<Record<ClearanceStatus, string>> = {
  CLEARED: 'Cleared',
  EXPIRING: 'Cleared, renewal due',
  TRAINING_EXPIRING: 'Cleared, training refresher due',
  EXPIRED: 'DBS expired',
  MISSING_DBS: 'No DBS check',
  WRONG_LEVEL: 'DBS at the wrong level',
  NOT_CLEARED: 'Not cleared',
  NEEDS_NEW_CHECK: 'New DBS check needed',
  TRAINING_MISSING: 'Mandatory training not done',
  TRAINING_EXPIRED: 'Mandatory training expired',
};

export const DBS_LEVEL_LABELS: Readonly<Record<DbsLevel, string>> = {
  BASIC: 'Basic',
  STANDARD: 'Standard',
  ENHANCED: 'Enhanced',
  ENHANCED_BARRED: "Enhanced with children's barred list",
};

export const DBS_JURISDICTION_LABELS: Readonly<Record<DbsJurisdiction, string>> = {
  DBS: 'DBS',
  ACCESS_NI: 'AccessNI',
};

export const DBS_WORKFORCE_LABELS: Readonly<Record<DbsWorkforce, string>> = {
  CHILD: 'Child workforce',
  ADULT: 'Adult workforce',
  CHILD_AND_ADULT: 'Child and adult workforce',
  OTHER: 'Other workforce',
};

export const DBS_DECISION_LABELS: Readonly<Record<DbsDecision, string>> = {
  CLEARED: 'Cleared',
  CLEARED_AFTER_RISK_ASSESSMENT: 'Cleared after a risk assessment',
  NOT_CLEARED: 'Not cleared',
};

export const STATUS_CHECK_RESULT_LABELS: Readonly<Record<StatusCheckResult, string>> = {
  NO_NEW_INFORMATION: 'No new information',
  NEW_INFORMATION: 'New information (a fresh check is needed)',
};

/** A person's mandatory course (or the worst of them): said in words wherever it is shown. */
export const TRAINING_STATE_LABELS: Readonly<Record<TrainingState, string>> = {
  CURRENT: 'Current',
  EXPIRING: 'Expiring soon',
  EXPIRED: 'Expired',
  MISSING: 'Not completed',
};

export const TRAINING_OUTCOME_LABELS: Readonly<Record<TrainingOutcome, string>> = {
  ATTENDED: 'Attended',
  PASSED: 'Passed',
  CREDITS_AWARDED: 'OCN credits awarded',
  FAILED: 'Did not pass',
  DID_NOT_ATTEND: 'Did not attend',
};

export const TRAINING_SOURCE_LABELS: Readonly<Record<TrainingSource, string>> = {
  NACCC: 'NACCC course',
  EXTERNAL: 'External training',
};

export const OCN_LEVEL_LABELS: Readonly<Record<OcnLevel, string>> = {
  ENTRY: 'Entry level',
  LEVEL_1: 'Level 1',
  LEVEL_2: 'Level 2',
  LEVEL_3: 'Level 3',
};

export const COURSE_DELIVERY_LABELS: Readonly<Record<CourseDelivery, string>> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  BLENDED: 'Blended (online and in person)',
};

export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Attendance recorded',
  CANCELLED: 'Cancelled',
};

export const ENROLMENT_STATUS_LABELS: Readonly<Record<EnrolmentStatus, string>> = {
  REQUESTED: 'Place requested',
  CONFIRMED: 'Place confirmed',
};

export const ACCREDITATION_KIND_LABELS: Readonly<Record<AccreditationKind, string>> = {
  ACCREDITATION: 'Accreditation',
  ENHANCED_ACCREDITATION: 'Enhanced Accreditation',
};

/** Said in words wherever a state is shown: the colour of a chip only repeats it. */
export const ACCREDITATION_STATE_LABELS: Readonly<Record<AccreditationState, string>> = {
  CANDIDATE: 'Candidate',
  ACCREDITED: 'Accredited',
  RENEWAL_DUE: 'Renewal due',
  LAPSED: 'Lapsed',
  SUSPENDED: 'Suspended',
  REMOVED: 'Removed',
  WITHDRAWN: 'Withdrawn',
};

/** The steps as buttons and in the history (the nightly ones are never buttons). */
export const ACCREDITATION_ACTION_LABELS: Readonly<Record<AccreditationAction, string>> = {
  AWARD: 'Award',
  MARK_RENEWAL_DUE: 'Renewal due',
  LAPSE: 'Lapse',
  SUSPEND: 'Suspend',
  REINSTATE: 'Reinstate',
  REMOVE: 'Remove',
  WITHDRAW: 'Withdraw',
};

export const regionChoices = choices(REGION_LABELS);
export const serviceTypeChoices = choices(SERVICE_TYPE_LABELS);
export const referralRouteChoices = choices(REFERRAL_ROUTE_LABELS);
export const centreKindChoices = choices(CENTRE_KIND_LABELS);
export const organisationTypeChoices = choices(ORGANISATION_TYPE_LABELS);
export const membershipStatusChoices = choices(MEMBERSHIP_STATUS_LABELS);
export const personTypeChoices = choices(PERSON_TYPE_LABELS);
export const personStatusChoices = choices(PERSON_STATUS_LABELS);
export const clearanceStatusChoices = choices(CLEARANCE_STATUS_LABELS);
export const dbsLevelChoices = choices(DBS_LEVEL_LABELS);
export const dbsJurisdictionChoices = choices(DBS_JURISDICTION_LABELS);
export const dbsWorkforceChoices = choices(DBS_WORKFORCE_LABELS);
export const dbsDecisionChoices = choices(DBS_DECISION_LABELS);
export const statusCheckResultChoices = choices(STATUS_CHECK_RESULT_LABELS);
export const trainingStateChoices = choices(TRAINING_STATE_LABELS);
export const trainingOutcomeChoices = choices(TRAINING_OUTCOME_LABELS);
export const trainingSourceChoices = choices(TRAINING_SOURCE_LABELS);
export const ocnLevelChoices = choices(OCN_LEVEL_LABELS);
export const courseDeliveryChoices = choices(COURSE_DELIVERY_LABELS);
export const sessionStatusChoices = choices(SESSION_STATUS_LABELS);
export const enrolmentStatusChoices = choices(ENROLMENT_STATUS_LABELS);
export const accreditationKindChoices = choices(ACCREDITATION_KIND_LABELS);
export const accreditationStateChoices = choices(ACCREDITATION_STATE_LABELS);

/** UK users: dates as dd/mm/yyyy, times in Europe/London, whatever the browser's settings. */
export const DATE_LOCALE = 'en-GB';
export const DATE_OPTIONS: Intl.DateTimeFormatOptions = { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' };
export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS, hour: '2-digit', minute: '2-digit' };

/**
 * A calendar date from the server (`LocalDate`, YYYY-MM-DD) as dd/mm/yyyy. Not through `Date`:
 * a date has no time zone, and parsing it as midnight UTC could show the day before.
 */
export function ukDate(value: string | null | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (value ?? '');
}

/** Today in the UK as YYYY-MM-DD, the form a `LocalDate` argument takes. */
export function ukToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}
