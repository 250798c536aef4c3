import type { Role } from './gql/graphql';

export type Grant = { id: string; role: Role; organisationId: string | null; organisationName: string | null; centreIds: string[] };

/**
 * Which face of the console a grant opens. A user with several grants chooses one at a time
 * (the scope switcher); one grant means no choice is ever shown.
 */
export type Face = 'NATIONAL' | 'TRAINING' | 'ASSESSOR' | 'ORGANISATION' | 'CENTRE';

export function faceOf(grant: Pick<Grant, 'role'>): Face {
  switch (grant.role) {
    case 'NATIONAL_ADMIN':
      return 'NATIONAL';
    case 'TRAINING_TEAM':
      return 'TRAINING';
    case 'ASSESSOR':
      return 'ASSESSOR';
    case 'ORG_ADMIN':
      return 'ORGANISATION';
    case 'CENTRE_COORDINATOR':
      return 'CENTRE';
  }
}

export const ROLE_LABELS: Record<Role, string> = {
  NATIONAL_ADMIN: 'NACCC head office',
  TRAINING_TEAM: 'NACCC training team',
  ASSESSOR: 'Accreditation assessor',
  ORG_ADMIN: 'Organisation administrator',
  CENTRE_COORDINATOR: 'Centre coordinator',
};

export function grantLabel(grant: Grant): string {
  const where = grant.organisationName ? `: ${grant.organisationName}` : '';
  return `${ROLE_LABELS[grant.role]}${where}`;
}

export type Permissions = { grants: Grant[]; active: Grant | undefined; face: Face | undefined };

/**
 * Head office and the training team look at the whole network: lists add the organisation of each
 * row, the dashboard counts organisations. Which lists and actions a face gets is not decided here
 * but by the server's rules (accessRules.ts, through authProvider.canAccess).
 */
export const seesWholeNetwork = (face?: Face) => face === 'NATIONAL' || face === 'TRAINING';
