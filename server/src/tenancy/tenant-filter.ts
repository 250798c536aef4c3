import type { Dictionary, FilterQuery } from '@mikro-orm/core';
import { Role } from '../auth/role';
import type { Scope } from './scope';
import { tenancyRule } from './tenancy-rule';

export { peopleWorkingAtSql, workingAt } from './tenancy-rule';

/**
 * The application wall of tenancy: a MikroORM filter on every tenant-owned entity, on by default,
 * whose parameters are the request's scope. A find without a scope fails rather than returning
 * everything; code that must see across tenants (seed, jobs) disables it explicitly.
 *
 * Each table's rule is declared once below (see tenancy-rule.ts); the filter conditions the
 * entities name and the SQL the hand-written reads add are both generated from it. The
 * row-level-security policies (the migrations) are the other, independent wall.
 */
export const TENANT_FILTER = 'tenant';

export type TenantFilterArgs = { scope: Scope };

const NATIONAL = [Role.NATIONAL_ADMIN, Role.TRAINING_TEAM] as const;

/**
 * Organisations: those the caller administers or coordinates centres of, and those running a
 * centre assigned to them as an assessor.
 */
export const organisationRule = tenancyRule({
  table: 'organisation',
  readsAll: NATIONAL,
  organisation: { property: 'id', column: 'id', of: [Role.ORG_ADMIN, Role.CENTRE_COORDINATOR] },
  runningCentre: { collection: 'centres', of: [Role.ASSESSOR] },
});

/** Centres: all of an administered organisation's, and the ones coordinated or assessed. */
export const centreRule = tenancyRule({
  table: 'centre',
  readsAll: NATIONAL,
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
  centre: { property: 'id', column: 'id', of: [Role.CENTRE_COORDINATOR, Role.ASSESSOR] },
});

/** The audit trail: head office reads all of it, an org admin their organisations' entries. */
export const auditRule = tenancyRule({
  table: 'audit_event',
  readsAll: [Role.NATIONAL_ADMIN],
  organisation: { property: 'organisationId', column: 'organisation_id', of: [Role.ORG_ADMIN] },
});

/**
 * People: an org admin sees the organisation's; coordinators and assessors those currently
 * working at their centres.
 */
export const personRule = tenancyRule({
  table: 'person',
  readsAll: NATIONAL,
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
  personAtCentre: { property: 'id', column: 'id', of: [Role.CENTRE_COORDINATOR, Role.ASSESSOR] },
});

/**
 * Records about a person (their centre history): visible exactly when the person is. They carry
 * the person's organisation (the database checks it) and person_id, so the condition is put on
 * their own columns, not through a join.
 */
export const personRecordRule = tenancyRule({
  table: 'person_centre_assignment',
  readsAll: NATIONAL,
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
  personAtCentre: { property: 'person', column: 'person_id', of: [Role.CENTRE_COORDINATOR, Role.ASSESSOR] },
});

/**
 * DBS checks: the safeguarding records of the person's leads only (administrators of their
 * organisation, coordinators of a centre they work at). Head office, the training team and
 * assessors see a person's clearance status, never their checks, even when they hold a member
 * grant beside a national or assessor one. The database lets those roles read the rows (the
 * clearance view is computed from them under the caller's row-level security), so this filter,
 * the resolvers' roles and the person field policy keep the particulars from them.
 */
export const safeguardingRecordRule = tenancyRule({
  table: 'dbs_check',
  readsAll: [],
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
  personAtCentre: { property: 'person', column: 'person_id', of: [Role.CENTRE_COORDINATOR] },
});

/**
 * Training records and session enrolments: like a person's centre history, visible exactly when
 * the person is (head office and the training team network-wide; never DBS data, which is another
 * table). They carry the person's organisation, so the condition is on their own columns.
 */
export const trainingRecordRule = tenancyRule({
  table: 'training_record',
  readsAll: NATIONAL,
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
  personAtCentre: { property: 'person', column: 'person_id', of: [Role.CENTRE_COORDINATOR, Role.ASSESSOR] },
});

export const enrolmentRule = tenancyRule({
  table: 'session_enrolment',
  readsAll: NATIONAL,
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
  personAtCentre: { property: 'person', column: 'person_id', of: [Role.CENTRE_COORDINATOR, Role.ASSESSOR] },
});

/**
 * Accreditations and their history: visible exactly when the centre is (all of an administered
 * organisation's, the ones coordinated or assessed). They carry the centre's organisation (set
 * from the centre by the database) and centre_id, so the condition is on their own columns.
 */
export const accreditationRule = tenancyRule({
  table: 'accreditation',
  readsAll: NATIONAL,
  organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
  centre: { property: 'centre', column: 'centre_id', of: [Role.CENTRE_COORDINATOR, Role.ASSESSOR] },
});

export const accreditationTransitionRule = tenancyRule({ ...accreditationRule.spec, table: 'accreditation_transition' });

// The filter conditions the entities name (`@Filter({ name: TENANT_FILTER, cond: ... })`).
export const organisationCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = organisationRule.filter;
export const centreCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = centreRule.filter;
export const auditCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = auditRule.filter;
export const personCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = personRule.filter;
export const personRecordCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = personRecordRule.filter;
export const safeguardingRecordCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = safeguardingRecordRule.filter;
export const trainingRecordCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = trainingRecordRule.filter;
export const enrolmentCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = enrolmentRule.filter;
export const accreditationCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = accreditationRule.filter;
export const accreditationTransitionCondition: (args: TenantFilterArgs) => FilterQuery<Dictionary> = accreditationTransitionRule.filter;

/**
 * The person condition for hand-written SQL (the people read model, aggregates over the
 * person_clearance view), generated from the same rule as `personCondition`: raw SQL is outside
 * the MikroORM filter, so it carries its own. `alias` is the person table's alias; `bind` adds a
 * value and returns its placeholder. For a caller with both kinds of grant it is the union of the
 * two index lookups (an OR of a column and a subquery is planned as a full scan).
 */
export function personScopeSql(scope: Scope, alias: string, bind: (value: unknown) => string): string {
  return personRule.sql(scope, alias, bind);
}
