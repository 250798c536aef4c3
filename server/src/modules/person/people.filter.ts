import { uuidArray } from '../../db/binds';
import { isUuid } from '../../common/ids';
import { containsPattern, orderBy, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { ANONYMOUS } from '../../tenancy/scope';
import { peopleWorkingAtSql, personScopeSql } from '../../tenancy/tenant-filter';
import { ROSTERABLE } from '../clearance/clearance.enums';
import type { PersonFilter } from './dto/person.args';
import { peopleWhere, type PeopleCondition } from './people.read';
import { leadsAnyone, leadsEveryoneTheySee } from './person.policy';
import { PERSON_READ_MODEL } from './person.read-model';

/** The columns and expressions the filter compares (from the read model, person.read-model.ts). */
const COLUMN = PERSON_READ_MODEL.filterColumns;

/** The clearance status of `p`, from the one place it is computed. */
export const CLEARANCE_STATUS_OF_P = COLUMN.clearanceStatus;

/** Where a text search looks: every reader in some fields, only those who may read them in the rest (the read model's `search`). */
const SEARCHED_BY_EVERYONE = PERSON_READ_MODEL.search.filter((field) => field.access === 'everyone').map((field) => field.sql);
const SEARCHED_BY_LEADS = PERSON_READ_MODEL.search.filter((field) => field.access === 'leads').map((field) => field.sql);

/**
 * The people a list filter selects (the people list, its count and the CSV export), as SQL over
 * `person p`. An id that is not a UUID matches nobody rather than reaching Postgres as a cast error.
 * The search looks in email addresses only where the caller may read them (person.policy.ts):
 * otherwise a search would tell head office whose address contains what.
 */
export function peopleMatching(ctx: RequestContext, filter?: PersonFilter | null): PeopleCondition {
  return peopleWhere((bind) => {
    if (!filter) return [];
    const parts: string[] = [];
    if (filter.ids) parts.push(`${COLUMN.id} = any (${bind(uuidArray(filter.ids.filter(isUuid)))}::uuid[])`);
    if (filter.organisationId != null) parts.push(isUuid(filter.organisationId) ? `${COLUMN.organisationId} = ${bind(filter.organisationId)}` : 'false');
    if (filter.centreId != null) parts.push(`${COLUMN.id} in ${peopleWorkingAtSql(`${bind(uuidArray([filter.centreId].filter(isUuid)))}::uuid[]`)}`);
    if (filter.personType) parts.push(`${COLUMN.personType} = ${bind(filter.personType)}`);
    if (filter.status) parts.push(`${COLUMN.status} = ${bind(filter.status)}`);
    if (filter.clearanceStatus) parts.push(`${COLUMN.clearanceStatus} = ${bind(filter.clearanceStatus)}`);
    if (filter.rosterable != null) {
      parts.push(`${filter.rosterable ? '' : 'not '}${COLUMN.clearanceStatus} = any (${bind([...ROSTERABLE])}::text[])`);
    }
    if (filter.q?.trim()) {
      const pattern = bind(containsPattern(filter.q));
      const readable = leadsOnlyReadableSql(ctx, bind);
      const leadsOnly = readable === null ? [] : SEARCHED_BY_LEADS.map((sql) => `(${readable}${sql} ilike ${pattern})`);
      parts.push([...SEARCHED_BY_EVERYONE.map((sql) => `${sql} ilike ${pattern}`), ...leadsOnly].join(' or '));
    }
    return parts;
  });
}

/**
 * The condition under which the caller may read the fields only a person's leads see (`p.email`
 * among them), as a prefix to AND with (empty when they lead everyone they can see), or null when
 * they lead nobody.
 */
function leadsOnlyReadableSql(ctx: RequestContext, bind: (value: unknown) => string): string | null {
  if (leadsEveryoneTheySee(ctx)) return '';
  if (!leadsAnyone(ctx)) return null;
  const leads = { ...ANONYMOUS, organisationIds: ctx.scope.organisationIds, centreIds: ctx.scope.centreIds };
  return `${personScopeSql(leads, 'p', bind)} and `;
}

/** Sortable fields only a person's leads see. */
const SORTED_BY_LEADS = new Set<string>(Object.keys(PERSON_READ_MODEL.sortColumns).filter((field) => PERSON_READ_MODEL.access[field as keyof typeof PERSON_READ_MODEL.access] === 'leads'));

/**
 * The list's order (the client's sort, whitelisted by the read model, ties broken by id so pages
 * never overlap) as SQL over `p`. Sorting by a field only a person's leads see (email) is for
 * callers who lead everyone they see; for anyone else it would reveal the order of values they
 * may not read, so it sorts by name instead.
 */
export function peopleOrder(ctx: RequestContext, args: Pick<ListArgs, 'sortField' | 'sortOrder'>): string {
  const sortable = args.sortField != null && SORTED_BY_LEADS.has(args.sortField) && !leadsEveryoneTheySee(ctx) ? { ...args, sortField: 'familyName' } : args;
  const { column, direction } = orderBy(sortable, PERSON_READ_MODEL.sortColumns, 'familyName');
  return `${column} ${direction}, p.id asc`;
}
