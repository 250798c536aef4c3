/** The server's enums, as the keys of their labels (the schema is the source of both). */
export type Region = keyof typeof REGION_LABELS;
export type ServiceType = keyof typeof SERVICE_TYPE_LABELS;
export type ReferralRoute = keyof typeof REFERRAL_ROUTE_LABELS;
export type CentreKind = keyof typeof CENTRE_KIND_LABELS;
export type OrganisationType = keyof typeof ORGANISATION_TYPE_LABELS;
export type MembershipStatus = keyof typeof MEMBERSHIP_STATUS_LABELS;

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

export const regionChoices = choices(REGION_LABELS);
export const serviceTypeChoices = choices(SERVICE_TYPE_LABELS);
export const referralRouteChoices = choices(REFERRAL_ROUTE_LABELS);
export const centreKindChoices = choices(CENTRE_KIND_LABELS);
export const organisationTypeChoices = choices(ORGANISATION_TYPE_LABELS);
export const membershipStatusChoices = choices(MEMBERSHIP_STATUS_LABELS);

/** UK users: dates as dd/mm/yyyy, times in Europe/London, whatever the browser's settings. */
export const DATE_LOCALE = 'en-GB';
export const DATE_OPTIONS: Intl.DateTimeFormatOptions = { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' };
export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS, hour: '2-digit', minute: '2-digit' };
