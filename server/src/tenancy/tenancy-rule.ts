import { raw, type Dictionary, type FilterQuery } from '@mikro-orm/core';
import { Role } from '../auth/role';
import { isUuid } from '../common/ids';
import { uuidArray } from '../db/binds';
import type { Scope } from './scope';

/**
 * Who may read the rows of one tenant-owned table, declared once. Both application-side forms
 * are generated from the declaration: the MikroORM filter condition (`filter`, for em.find and
 * em.count) and the SQL condition with bound values (`sql`, for hand-written reads, which are
 * outside the filter). The row-level-security policies in the migrations are written separately
 * on purpose: they are the independent wall, and a mistake here must not reach them.
 *
 * A new module declares its table's rule once (in tenant-filter.ts with the others), e.g.
 * training records:
 *
 *   export const trainingRecordRule = tenancyRule({
 *     table: 'training_record',
 *     readsAll: [Role.NATIONAL_ADMIN, Role.TRAINING_TEAM],
 *     organisation: { property: 'organisation', column: 'organisation_id', of: [Role.ORG_ADMIN] },
 *     personAtCentre: { property: 'person', column: 'person_id', of: [Role.CENTRE_COORDINATOR] },
 *   });
 *
 *   @Filter({ name: TENANT_FILTER, cond: trainingRecordRule.filter, default: true })   // the entity
 *   `... where ${trainingRecordRule.sql(ctx.scope, 't', binds.bind)}`                     // a hand-written read
 *
 * and writes the table's row-level-security policy in its migration by hand.
 */
export type TenancyRuleSpec = Readonly<{
  /** The table (for SQL: a caller with more than one kind of grant gets a union of its keys). */
  table: string;
  /** Its primary key; `id` unless said otherwise. */
  id?: Key;
  /**
   * Who reads every row whatever their grants: head office and the training team
   * (`[NATIONAL_ADMIN, TRAINING_TEAM]`), head office only (`[NATIONAL_ADMIN]`) or nobody (`[]`).
   */
  readsAll: readonly NationalRole[];
  /** Rows whose organisation (this column) is one the caller holds one of these grants in. */
  organisation?: Branch<OrganisationGrant>;
  /** Rows whose centre (this column) is one of the caller's centres by these grants. */
  centre?: Branch<CentreGrant>;
  /**
   * Rows whose person (this column) has an open spell at one of the caller's centres by these
   * grants: the people working there now. Asked through the spells by uuid equality, which
   * row-level security lets Postgres serve from an index (see `peopleWorkingAtSql`).
   */
  personAtCentre?: Branch<CentreGrant>;
  /**
   * For the organisation table itself: organisations running one of the caller's centres by these
   * grants, through the entity's collection of centres (`collection`).
   */
  runningCentre?: Readonly<{ collection: string; of: readonly CentreGrant[] }>;
}>;

/** A column and the entity property mapped to it: the filter speaks properties, SQL columns. */
export type Key = Readonly<{ property: string; column: string }>;

/** One way of reaching a row: through this key, for callers holding one of these grants. */
export type Branch<Grant> = Key & Readonly<{ of: readonly Grant[] }>;

export type NationalRole = Role.NATIONAL_ADMIN | Role.TRAINING_TEAM;
/** Grants that make an organisation the caller's: administering it, or coordinating centres of it. */
export type OrganisationGrant = Role.ORG_ADMIN | Role.CENTRE_COORDINATOR;
/** Grants that make a centre the caller's: coordinating it, or assessing it. */
export type CentreGrant = Role.CENTRE_COORDINATOR | Role.ASSESSOR;

/** What a rule generates. Both functions are self-contained (pass them around unbound). */
export type TenancyRule = Readonly<{
  spec: TenancyRuleSpec;
  /** The MikroORM filter condition: `@Filter({ name: TENANT_FILTER, cond: rule.filter })`. */
  filter: (args: { scope: Scope }) => FilterQuery<Dictionary>;
  /**
   * The same condition as SQL over `alias` (the table's alias in the statement), its values bound
   * through `bind` (which adds a value and returns its placeholder). The text depends only on
   * which kinds of grant the caller holds, never on the ids, so prepared statements are reused.
   */
  sql: (scope: Scope, alias: string, bind: (value: unknown) => string) => string;
}>;

// Ids are taken from the scope in this order whatever order a rule lists its grants in, so the
// values (and the filter) are the same for equal scopes.
const ORGANISATIONS: ReadonlyArray<readonly [OrganisationGrant, (scope: Scope) => readonly string[]]> = [
  [Role.ORG_ADMIN, (scope) => scope.organisationIds],
  [Role.CENTRE_COORDINATOR, (scope) => scope.memberOfOrganisationIds],
];
const CENTRES: ReadonlyArray<readonly [CentreGrant, (scope: Scope) => readonly string[]]> = [
  [Role.CENTRE_COORDINATOR, (scope) => scope.centreIds],
  [Role.ASSESSOR, (scope) => scope.assessedCentreIds],
];

function idsOf<Grant>(table: ReadonlyArray<readonly [Grant, (scope: Scope) => readonly string[]]>, of: readonly Grant[], scope: Scope): string[] {
  return table.filter(([grant]) => of.includes(grant)).flatMap(([, ids]) => ids(scope));
}

/**
 * The people with an open spell at any of these centres (the same people as `centre_ids && ids`,
 * which the service and the import keep in step), as a parenthesised subquery. Asked through the
 * spells because, under row-level security, Postgres may not use the GIN index for `&&` (it is
 * not leakproof) and would scan every person; uuid equality is leakproof, so this is an index
 * lookup. Found by the EXPLAIN guard. `centreIds` is a SQL array expression.
 */
export function peopleWorkingAtSql(centreIds: string): string {
  return `(${openSpellsAt(centreIds)})`;
}

function openSpellsAt(centreIds: string): string {
  return `select s.person_id from person_centre_assignment s where s.ended_on is null and s.centre_id = any (${centreIds})`;
}

/** The filter condition for `property`: a person (id) working at one of these centres. */
export function workingAt(centreIds: readonly string[], property = 'id'): FilterQuery<Dictionary> {
  const ids = centreIds.filter(isUuid);
  // A subquery as the value, not a raw key: a key would need the table's alias, which bulk deletes do not have.
  return { [property]: { $in: raw(peopleWorkingAtSql(`'{${ids.join(',')}}'::uuid[]`)) } };
}

/**
 * One branch of a rule, compiled: the ids it reaches a row through for a scope, and the
 * condition on them as a filter and as SQL (a column equal to one of the ids, or a column in a
 * subquery of them; `ids` is the bound array's placeholder).
 */
type Compiled = {
  ids: (scope: Scope) => string[];
  filter: (ids: string[]) => FilterQuery<Dictionary>;
  sql: (ids: string) => { column: string; anyOf: string } | { column: string; in: string };
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function tenancyRule(spec: TenancyRuleSpec): TenancyRule {
  const id = spec.id ?? { property: 'id', column: 'id' };
  const readsAll = readsAllOf(spec.readsAll);
  for (const column of [spec.table, id.column, spec.organisation?.column, spec.centre?.column, spec.personAtCentre?.column]) {
    if (column !== undefined && !IDENTIFIER.test(column)) throw new Error(`tenancyRule: '${column}' is not a plain SQL identifier`);
  }

  // In this order, in the filter's $or and in the SQL (so the values are bound in this order).
  const branches: Compiled[] = [];
  const { organisation, centre, personAtCentre, runningCentre } = spec;
  if (organisation) {
    branches.push({
      ids: (scope) => idsOf(ORGANISATIONS, organisation.of, scope),
      filter: (ids) => ({ [organisation.property]: { $in: ids } }),
      sql: (ids) => ({ column: organisation.column, anyOf: ids }),
    });
  }
  if (centre) {
    branches.push({
      ids: (scope) => idsOf(CENTRES, centre.of, scope),
      filter: (ids) => ({ [centre.property]: { $in: ids } }),
      sql: (ids) => ({ column: centre.column, anyOf: ids }),
    });
  }
  if (personAtCentre) {
    branches.push({
      ids: (scope) => idsOf(CENTRES, personAtCentre.of, scope),
      filter: (ids) => workingAt(ids, personAtCentre.property),
      sql: (ids) => ({ column: personAtCentre.column, in: openSpellsAt(ids) }),
    });
  }
  if (runningCentre) {
    branches.push({
      ids: (scope) => idsOf(CENTRES, runningCentre.of, scope),
      filter: (ids) => ({ [runningCentre.collection]: { id: { $in: ids } } }),
      sql: (ids) => ({ column: id.column, in: `select c.organisation_id from centre c where c.id = any (${ids})` }),
    });
  }

  const filter = ({ scope }: { scope: Scope }): FilterQuery<Dictionary> => {
    if (readsAll(scope)) return {};
    // Branches with no ids are left out rather than passed as `$in: []`: MikroORM renders that as
    // `in ()` (a syntax error) when the filter is applied inside a join. With no branch at all
    // nothing matches: ids are never null.
    const present = branches.map((branch) => ({ branch, ids: branch.ids(scope) })).filter(({ ids }) => ids.length > 0);
    if (present.length === 0) return { [id.property]: null };
    const conditions = present.map(({ branch, ids }) => branch.filter(ids));
    return conditions.length === 1 ? conditions[0]! : { $or: conditions };
  };

  const sql = (scope: Scope, alias: string, bind: (value: unknown) => string): string => {
    if (readsAll(scope)) return 'true';
    const present = branches
      .map((branch) => ({ branch, ids: branch.ids(scope) }))
      .filter(({ ids }) => ids.length > 0)
      .map(({ branch, ids }) => branch.sql(`${bind(uuidArray(ids))}::uuid[]`));
    // As in the filter, a branch with no ids is left out, so each kind of caller gets a condition
    // one index serves: an OR of a column and a subquery is planned as a full scan, so someone with
    // more than one kind of grant gets the union of the lookups' keys instead.
    if (present.length === 0) return 'false';
    if (present.length === 1) {
      const only = present[0]!;
      return 'anyOf' in only ? `${alias}.${only.column} = any (${only.anyOf})` : `${alias}.${only.column} in (${only.in})`;
    }
    const keys = present.map((part) => {
      if ('anyOf' in part) return `select o.${id.column} from ${spec.table} o where o.${part.column} = any (${part.anyOf})`;
      return part.column === id.column ? part.in : `select o.${id.column} from ${spec.table} o where o.${part.column} in (${part.in})`;
    });
    return `${alias}.${id.column} in (${keys.join(' union all ')})`;
  };

  return { spec, filter, sql };
}

/** Whether a scope reads every row; the scope knows national roles as `national` (either) and `nationalAdmin`. */
function readsAllOf(roles: readonly NationalRole[]): (scope: Scope) => boolean {
  if (roles.includes(Role.TRAINING_TEAM)) {
    if (!roles.includes(Role.NATIONAL_ADMIN)) throw new Error('tenancyRule: the training team reads everything only together with head office');
    return (scope) => scope.national;
  }
  if (roles.includes(Role.NATIONAL_ADMIN)) return (scope) => scope.nationalAdmin;
  return () => false;
}
