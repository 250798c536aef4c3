import type { Dictionary, FilterQuery } from '@mikro-orm/core';
import type { Scope } from './scope';

/**
 * The application wall of tenancy: a MikroORM filter on every tenant-owned entity, on by default,
 * whose parameters are the request's scope. A find without a scope fails rather than returning
 * everything; code that must see across tenants (seed, jobs) disables it explicitly.
 */
export const TENANT_FILTER = 'tenant';

export type TenantFilterArgs = { scope: Scope };

/** Rows of an entity keyed by its own id as the tenancy key (organisation). */
export function organisationCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.national) return {};
  const visible: FilterQuery<Dictionary>[] = [{ id: { $in: [...scope.organisationIds, ...scope.memberOfOrganisationIds] } }];
  if (scope.assessedCentreIds.length) visible.push({ centres: { id: { $in: [...scope.assessedCentreIds] } } });
  return { $or: visible };
}

/** Rows of an entity keyed by organisation_id, narrowed to named centres for coordinators/assessors. */
export function centreCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.national) return {};
  return {
    $or: [
      { organisation: { $in: [...scope.organisationIds] } },
      { id: { $in: [...scope.centreIds, ...scope.assessedCentreIds] } },
    ],
  };
}

/** The audit trail: head office reads all of it, an org admin their organisations' entries. */
export function auditCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.nationalAdmin) return {};
  return { organisationId: { $in: [...scope.organisationIds] } };
}
