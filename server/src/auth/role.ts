import { registerEnumType } from 'type-graphql';

/**
 * What a grant lets its holder do. National roles span the network; member roles are scoped to
 * one organisation (and, for coordinators, named centres of it); assessors to assigned centres.
 */
export enum Role {
  NATIONAL_ADMIN = 'NATIONAL_ADMIN',
  TRAINING_TEAM = 'TRAINING_TEAM',
  ASSESSOR = 'ASSESSOR',
  ORG_ADMIN = 'ORG_ADMIN',
  CENTRE_COORDINATOR = 'CENTRE_COORDINATOR',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    NATIONAL_ADMIN: { description: 'NACCC head office: the whole network, never disclosure content' },
    TRAINING_TEAM: { description: 'NACCC training team: courses and attendance network-wide, no DBS data' },
    ASSESSOR: { description: 'Accreditation assessor: only the centres assigned to them' },
    ORG_ADMIN: { description: 'Administrator of one member organisation' },
    CENTRE_COORDINATOR: { description: 'Coordinator of named centres of one member organisation' },
  },
});
