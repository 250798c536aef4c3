import { registerEnumType } from 'type-graphql';

export enum OrganisationType {
  CHARITY = 'CHARITY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  COMMUNITY_INTEREST_COMPANY = 'COMMUNITY_INTEREST_COMPANY',
  COMPANY = 'COMPANY',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationType, { name: 'OrganisationType' });

/** Membership of NACCC, which is separate from each centre's accreditation. */
export enum MembershipStatus {
  APPLICANT = 'APPLICANT',
  MEMBER = 'MEMBER',
  SUSPENDED = 'SUSPENDED',
  LAPSED = 'LAPSED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
