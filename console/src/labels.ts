/** The server's enums, as the keys of their labels (the schema is the source of both). */
export type Region = keyof typeof REGION_LABELS;
export type ServiceType = keyof typeof SERVICE_TYPE_LABELS;
export type ReferralRoute = keyof typeof REFERRAL_ROUTE_LABELS;
export type CentreKind = keyof typeof CENTRE_KIND_LABELS;
export type OrganisationType = keyof typeof ORGANISATION_TYPE_LABELS;
export type MembershipStatus = keyof typeof MEMBERSHIP_STATUS_LABELS;
export type PersonType = keyof typeof PERSON_TYPE_LABELS;
export type PersonStatus = keyof typeof PERSON_STATUS_LABELS;
export type ClearanceStatus = keyof typeof CLEARANCE_STATUS_LABELS;
export type DbsLevel = keyof typeof DBS_LEVEL_LABELS;
export type DbsJurisdiction = keyof typeof DBS_JURISDICTION_LABELS;
export type DbsWorkforce = keyof typeof DBS_WORKFORCE_LABELS;
export type DbsDecision = keyof typeof DBS_DECISION_LABELS;
export type StatusCheckResult = keyof typeof STATUS_CHECK_RESULT_LABELS;

type Choice<T extends string> = { id: T; name: string };
const choices = <T extends string>(labels: Readonly<Record<T, string>>): Choice<T>[] =>
  (Object.entries(labels) as [T, string][]).map(([id, name]) => ({ id, name }));

export const REGION_LABELS = {
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
} as const;

export const SERVICE_TYPE_LABELS = {
  SUPPORTED_CONTACT: 'Supported contact',
  SUPERVISED_CONTACT: 'Supervised contact',
  SUPERVISED_ASSESSMENT: 'Supervised assessment (with report)',
  INDIRECT_CONTACT: 'Indirect contact (letters and gifts)',
  ESCORTED_CONTACT: 'Escorted contact',
  HANDOVER: 'Handover',
  VIRTUAL_CONTACT: 'Virtual contact',
  LIFE_STORY_WORK: 'Life-story work',
} as const;

export const REFERRAL_ROUTE_LABELS = {
  SOLICITOR: 'Solicitor',
  MEDIATOR: 'Mediator',
  CAFCASS_OR_COURT: 'Cafcass or court',
  SOCIAL_SERVICES: "Children's services",
  SELF_REFERRAL: 'Self-referral by a parent',
} as const;

export const CENTRE_KIND_LABELS = {
  CENTRE: 'Centre (with a venue)',
  SERVICE: 'Service (no venue)',
} as const;

export const ORGANISATION_TYPE_LABELS = {
  CHARITY: 'Charity',
  LOCAL_AUTHORITY: 'Local authority',
  COMMUNITY_INTEREST_COMPANY: 'Community interest company',
  COMPANY: 'Company',
  OTHER: 'Other',
} as const;

export const MEMBERSHIP_STATUS_LABELS = {
  APPLICANT: 'Applicant',
  MEMBER: 'Member',
  SUSPENDED: 'Suspended',
  LAPSED: 'Lapsed',
  WITHDRAWN: 'Withdrawn',
} as const;

export const PERSON_TYPE_LABELS = {
  VOLUNTEER: 'Volunteer',
  STAFF: 'Staff',
  SESSIONAL_WORKER: 'Sessional worker',
  COORDINATOR: 'Coordinator',
  TRUSTEE: 'Trustee',
} as const;

export const PERSON_STATUS_LABELS = {
  ACTIVE: 'Active',
  LEFT: 'Left',
} as const;

/** Said in words wherever a status is shown: the colour of a chip only repeats it. */
export const CLEARANCE_STATUS_LABELS = {
  CLEARED: 'Cleared',
  EXPIRING: 'Cleared, renewal due',
  EXPIRED: 'DBS expired',
  MISSING_DBS: 'No DBS check',
  WRONG_LEVEL: 'DBS at the wrong level',
  NOT_CLEARED: 'Not cleared',
  NEEDS_NEW_CHECK: 'New DBS check needed',
} as const;

export const DBS_LEVEL_LABELS = {
  BASIC: 'Basic',
  STANDARD: 'Standard',
  ENHANCED: 'Enhanced',
  ENHANCED_BARRED: "Enhanced with children's barred list",
} as const;

export const DBS_JURISDICTION_LABELS = {
  DBS: 'DBS',
  ACCESS_NI: 'AccessNI',
} as const;

export const DBS_WORKFORCE_LABELS = {
  CHILD: 'Child workforce',
  ADULT: 'Adult workforce',
  CHILD_AND_ADULT: 'Child and adult workforce',
  OTHER: 'Other workforce',
} as const;

export const DBS_DECISION_LABELS = {
  CLEARED: 'Cleared',
  CLEARED_AFTER_RISK_ASSESSMENT: 'Cleared after a risk assessment',
  NOT_CLEARED: 'Not cleared',
} as const;

export const STATUS_CHECK_RESULT_LABELS = {
  NO_NEW_INFORMATION: 'No new information',
  NEW_INFORMATION: 'New information (a fresh check is needed)',
} as const;

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
