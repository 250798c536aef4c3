import { raw, type Dictionary, type FilterQuery } from '@mikro-orm/core';
import { isUuid } from '../common/ids';
import { uuidArray } from '../db/binds';
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
 * working at their centres.
 */
export function personCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.national) return {};
  const named = [...scope.centreIds, ...scope.assessedCentreIds];
  return anyOf([
    scope.organisationIds.length ? { organisation: { $in: [...scope.organisationIds] } } : undefined,
    named.length ? workingAt(named) : undefined,
  ]);
}

/**
 * People with an open spell at any of these centres (the same people as `centre_ids && ids`, which
 * the service and the import keep in step). Asked through the spells because, under row-level
 * security, Postgres may not use the GIN index for `&&` (it is not leakproof) and would scan every
 * person; uuid equality is leakproof, so this is an index lookup. Found by the EXPLAIN guard.
 * `centreIds` is a SQL array expression.
 */
export function peopleWorkingAtSql(centreIds: string): string {
  return `(${openSpellsAt(centreIds)})`;
}

function openSpellsAt(centreIds: string): string {
  return `select s.person_id from person_centre_assignment s where s.ended_on is null and s.centre_id = any (${centreIds})`;
}

export function workingAt(centreIds: readonly string[], personColumn: 'id' | 'person' = 'id'): FilterQuery<Dictionary> {
  const ids = centreIds.filter(isUuid);
  // A subquery as the value, not a raw key: a key would need the table's alias, which bulk deletes do not have.
  const spells = raw(peopleWorkingAtSql(`'{${ids.join(',')}}'::uuid[]`));
  return { [personColumn]: { $in: spells } };
}

/**
 * Records about a person (DBS checks, centre history): visible exactly when the person is. They
 * carry the person's organisation (the database checks it) and person_id, so the condition is
 * put on their own columns, not through a join.
 */
export function personRecordCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  if (scope.national) return {};
  const named = [...scope.centreIds, ...scope.assessedCentreIds];
  return anyOf([
    scope.organisationIds.length ? { organisation: { $in: [...scope.organisationIds] } } : undefined,
    named.length ? workingAt(named, 'person') : undefined,
  ]);
}

/**
 * DBS checks: the safeguarding records of the person's leads only (administrators of their
 * organisation, coordinators of a centre they work at). Head office, the training team and
 * assessors see a person's clearance status, never their checks, even when they hold a member
 * grant beside a national or assessor one. The database lets those roles read the rows (the
 * clearance view is computed from them under the caller's row-level security), so this filter,
 * the resolvers' roles and the person field policy keep the particulars from them.
 */
export function safeguardingRecordCondition({ scope }: TenantFilterArgs): FilterQuery<Dictionary> {
  return anyOf([
    scope.organisationIds.length ? { organisation: { $in: [...scope.organisationIds] } } : undefined,
    scope.centreIds.length ? workingAt(scope.centreIds, 'person') : undefined,
  ]);
}

/**
 * The person condition for hand-written SQL (the people read model, aggregates over the
 * person_clearance view), with the same meaning as `personCondition`: raw SQL is outside the
 * MikroORM filter, so it carries its own. `alias` is the person table's alias; `bind` adds a
 * value and returns its placeholder.
 */
export function personScopeSql(scope: TenantFilterArgs['scope'], alias: string, bind: (value: unknown) => string): string {
  if (scope.national) return 'true';
  const named = [...scope.centreIds, ...scope.assessedCentreIds];
  const ofOrganisations = scope.organisationIds.length ? `organisation_id = any (${bind(uuidArray(scope.organisationIds))}::uuid[])` : null;
  const workingAtNamed = named.length ? openSpellsAt(`${bind(uuidArray(named))}::uuid[]`) : null;
  // As in anyOf, a branch with no ids is left out, so each kind of caller gets a condition one
  // index serves: an OR of a column and a subquery is planned as a full scan, so someone with
  // both kinds of grant gets the union of the two lookups instead.
  if (ofOrganisations && workingAtNamed) {
    return `${alias}.id in (select o.id from person o where o.${ofOrganisations} union all ${workingAtNamed})`;
  }
  if (ofOrganisations) return `${alias}.${ofOrganisations}`;
  if (workingAtNamed) return `${alias}.id in (${workingAtNamed})`;
  return 'false';
}
