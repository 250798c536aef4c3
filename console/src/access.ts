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

/** What a face may do, for menus and buttons; the server enforces the same rules regardless. */
export const can = {
  seeUsers: (face?: Face) => face === 'NATIONAL' || face === 'ORGANISATION',
  seeAudit: (face?: Face) => face === 'NATIONAL' || face === 'ORGANISATION',
  editOrganisations: (face?: Face) => face === 'NATIONAL' || face === 'ORGANISATION',
  exportOrganisations: (face?: Face) => face === 'NATIONAL' || face === 'ORGANISATION',
  createOrganisations: (face?: Face) => face === 'NATIONAL',
  createCentres: (face?: Face) => face === 'NATIONAL' || face === 'ORGANISATION',
  editCentres: (face?: Face) => face === 'NATIONAL' || face === 'ORGANISATION' || face === 'CENTRE',
  seeNetwork: (face?: Face) => face === 'NATIONAL' || face === 'TRAINING',
  /** People are listed for every face; their organisation's admins and coordinators keep them. */
  editPeople: (face?: Face) => face === 'ORGANISATION' || face === 'CENTRE',
  importPeople: (face?: Face) => face === 'ORGANISATION',
  /**
   * Contact details and notes: a person's leads only (their organisation's administrators and
   * the coordinators of their centres), as the server's field policy says; others get nothing.
   */
  seeContactDetails: (face?: Face) => face === 'ORGANISATION' || face === 'CENTRE',
  /** DBS records: the organisation's safeguarding leads only. Head office sees compliance status, never DBS details. */
  seeDbs: (face?: Face) => face === 'ORGANISATION' || face === 'CENTRE',
  recordDbs: (face?: Face) => face === 'ORGANISATION' || face === 'CENTRE',
  /** Audited, with a reason: an organisation administrator only. */
  revealCertificateNumbers: (face?: Face) => face === 'ORGANISATION',
};
