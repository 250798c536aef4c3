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

/**
 * People: an org admin sees the organisation's; coordinators and assessors those currently
 * assigned to their centres (`centre_ids`, the current assignments; history is kept separately).
 */
export function personCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.national) return {};
  const named = [...scope.centreIds, ...scope.assessedCentreIds];
  return anyOf([
    scope.organisationIds.length ? { organisation: { $in: [...scope.organisationIds] } } : undefined,
    named.length ? { centreIds: { $overlap: named } } : undefined,
  ]);
}

/** Records about a person (DBS checks, centre history): visible exactly when the person is. */
export function personRecordCondition(args: TenantFilterArgs): FilterQuery<Dictionary> {
  if (args.scope.national) return {};
  return { person: personCondition(args) };
}

/**
 * The person condition for hand-written SQL (aggregates over the person_clearance view), with the
 * same meaning as `personCondition`: raw SQL is outside the MikroORM filter, so it carries its own.
 * `alias` is the person table's alias; returns the SQL and its bindings.
 */
export function personScopeSql(scope: TenantFilterArgs['scope'], alias: string): { sql: string; params: unknown[] } {
  if (scope.national) return { sql: 'true', params: [] };
  const named = [...scope.centreIds, ...scope.assessedCentreIds];
  return {
    sql: `(${alias}.organisation_id = any (?::uuid[]) or ${alias}.centre_ids && ?::uuid[])`,
    params: [`{${scope.organisationIds.join(',')}}`, `{${named.join(',')}}`],
  };
}
