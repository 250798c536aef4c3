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
  const own = [...scope.organisationIds, ...scope.memberOfOrganisationIds];
  return anyOf([
    own.length ? { id: { $in: own } } : undefined,
    scope.assessedCentreIds.length ? { centres: { id: { $in: [...scope.assessedCentreIds] } } } : undefined,
  ]);
}

/** Rows of an entity keyed by organisation_id, narrowed to named centres for coordinators/assessors. */
export function centreCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.national) return {};
  const named = [...scope.centreIds, ...scope.assessedCentreIds];
  return anyOf([
    scope.organisationIds.length ? { organisation: { $in: [...scope.organisationIds] } } : undefined,
    named.length ? { id: { $in: named } } : undefined,
  ]);
}

/** The audit trail: head office reads all of it, an org admin their organisations' entries. */
export function auditCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.nationalAdmin) return {};
  return anyOf([scope.organisationIds.length ? { organisationId: { $in: [...scope.organisationIds] } } : undefined]);
}

/**
 * OR of the branches that apply. Empty id lists are left out rather than passed as `$in: []`:
 * MikroORM renders that as `in ()` (a syntax error) when the filter is applied inside a join.
 * With no branch at all nothing matches: ids are never null.
 */
function anyOf(branches: Array<FilterQuery<Dictionary> | undefined>): FilterQuery<Dictionary> {
  const present = branches.filter((branch): branch is FilterQuery<Dictionary> => branch !== undefined);
  if (present.length === 0) return { id: null };
  return present.length === 1 ? present[0]! : { $or: present };
}
