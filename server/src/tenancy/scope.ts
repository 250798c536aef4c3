import type { Identity } from '../auth/identity';
import { Role } from '../auth/role';

/**
 * What one request may reach, derived once from the caller's grants. The same scope feeds both
 * walls: the MikroORM tenant filter (application) and the Postgres settings the RLS policies read.
 */
export type Scope = Readonly<{
  /** Head office and the training team read across every organisation. */
  national: boolean;
  /** Only head office changes network-level records (organisations, other people's grants). */
  nationalAdmin: boolean;
  /** Only the training team records outcomes of NACCC courses and runs their sessions. */
  trainingTeam: boolean;
  /** Organisations administered in full (ORG_ADMIN). */
  organisationIds: readonly string[];
  /** Centres run under a coordinator grant: managed like an org admin would, but only these. */
  centreIds: readonly string[];
  /** Centres assigned to an assessor: readable, not editable. */
  assessedCentreIds: readonly string[];
  /** Organisations of coordinator grants: they see the organisation row, not its other centres. */
  memberOfOrganisationIds: readonly string[];
  /** An assessor's own user id: they see the assessments assigned to them, and only those. */
  assessorUserId: string | null;
}>;

export const ANONYMOUS: Scope = {
  national: false,
  nationalAdmin: false,
  trainingTeam: false,
  organisationIds: [],
  centreIds: [],
  assessedCentreIds: [],
  memberOfOrganisationIds: [],
  assessorUserId: null,
};

export function scopeOf(identity: Identity | undefined): Scope {
  if (!identity) return ANONYMOUS;
  const roles = new Set(identity.grants.map((grant) => grant.role));
  const organisationIds = new Set<string>();
  const memberOf = new Set<string>();
  const centreIds = new Set<string>();
  const assessed = new Set<string>();
  for (const grant of identity.grants) {
    if (grant.role === Role.ORG_ADMIN && grant.organisationId) organisationIds.add(grant.organisationId);
    if (grant.role === Role.CENTRE_COORDINATOR && grant.organisationId) {
      memberOf.add(grant.organisationId);
      grant.centreIds.forEach((id) => centreIds.add(id));
    }
    if (grant.role === Role.ASSESSOR) grant.centreIds.forEach((id) => assessed.add(id));
  }
  return {
    national: roles.has(Role.NATIONAL_ADMIN) || roles.has(Role.TRAINING_TEAM),
    nationalAdmin: roles.has(Role.NATIONAL_ADMIN),
    trainingTeam: roles.has(Role.TRAINING_TEAM),
    organisationIds: [...organisationIds],
    centreIds: [...centreIds],
    assessedCentreIds: [...assessed],
    memberOfOrganisationIds: [...memberOf],
    assessorUserId: roles.has(Role.ASSESSOR) ? identity.userId : null,
  };
}
