import { registerEnumType } from 'type-graphql';

/** The roles people hold at a member organisation (not platform roles: most people never sign in). */
export enum PersonType {
  VOLUNTEER = 'VOLUNTEER',
  STAFF = 'STAFF',
  COORDINATOR = 'COORDINATOR',
  TRUSTEE = 'TRUSTEE',
  SESSIONAL_WORKER = 'SESSIONAL_WORKER',
}
registerEnumType(PersonType, { name: 'PersonType' });

/** Leaving is a soft state: the record stays for the retention period, then the retention job erases it. */
export enum PersonStatus {
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
}
registerEnumType(PersonStatus, { name: 'PersonStatus' });
