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

/** The clearance status of `p`, from the one place it is computed. */
export const CLEARANCE_STATUS_OF_P = '(select pc.status from person_clearance pc where pc.person_id = p.id)';

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
    if (filter.ids) parts.push(`p.id = any (${bind(uuidArray(filter.ids.filter(isUuid)))}::uuid[])`);
    if (filter.organisationId != null) parts.push(isUuid(filter.organisationId) ? `p.organisation_id = ${bind(filter.organisationId)}` : 'false');
    if (filter.centreId != null) parts.push(`p.id in ${peopleWorkingAtSql(`${bind(uuidArray([filter.centreId].filter(isUuid)))}::uuid[]`)}`);
    if (filter.personType) parts.push(`p.person_type = ${bind(filter.personType)}`);
    if (filter.status) parts.push(`p.status = ${bind(filter.status)}`);
    if (filter.clearanceStatus) parts.push(`${CLEARANCE_STATUS_OF_P} = ${bind(filter.clearanceStatus)}`);
    if (filter.rosterable != null) {
      parts.push(`${filter.rosterable ? '' : 'not '}${CLEARANCE_STATUS_OF_P} = any (${bind([...ROSTERABLE])}::text[])`);
    }
    if (filter.q?.trim()) {
      const pattern = bind(containsPattern(filter.q));
      const email = emailReadableSql(ctx, bind);
      parts.push(`p.given_name ilike ${pattern} or p.family_name ilike ${pattern}
                  or p.given_name || ' ' || p.family_name ilike ${pattern}${email === null ? '' : ` or (${email}p.email ilike ${pattern})`}`);
    }
    return parts;
  });
}

/**
 * The condition under which the caller may read `p.email`, as a prefix to AND with (empty when
 * they may read every address they can see), or null when they may read none.
 */
function emailReadableSql(ctx: RequestContext, bind: (value: unknown) => string): string | null {
  if (leadsEveryoneTheySee(ctx)) return '';
  if (!leadsAnyone(ctx)) return null;
  const leads = { ...ANONYMOUS, organisationIds: ctx.scope.organisationIds, centreIds: ctx.scope.centreIds };
  return `${personScopeSql(leads, 'p', bind)} and `;
}

/** Sortable fields of the people list and their columns. */
const SORT_COLUMNS = {
  familyName: 'family_name',
  givenName: 'given_name',
  email: 'email',
  personType: 'person_type',
  status: 'status',
  startDate: 'start_date',
  leaveDate: 'leave_date',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  id: 'id',
} as const;

/**
 * The list's order (the client's sort, whitelisted, ties broken by id so pages never overlap) as
 * SQL over `p`. Sorting by email is for callers who read every address they see; for anyone
 * else it would reveal the order of addresses they may not read, so it sorts by name instead.
 */
export function peopleOrder(ctx: RequestContext, args: Pick<ListArgs, 'sortField' | 'sortOrder'>): string {
  const sortable = args.sortField === 'email' && !leadsEveryoneTheySee(ctx) ? { ...args, sortField: 'familyName' } : args;
  const { column, direction } = orderBy(sortable, SORT_COLUMNS, 'familyName');
  return `p.${column} ${direction}, p.id asc`;
}
