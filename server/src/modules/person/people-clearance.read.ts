import type { RequestContext } from '../../common/request-context';
import { uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { peopleWorkingAtSql } from '../../tenancy/tenant-filter';
import type { ClearanceStatus } from '../clearance/clearance.enums';
import { CLEARANCE_STATUS_OF_P } from './people.filter';
import { inScope, peopleWhere, readPeople, type PersonSelection } from './people.read';
import { PersonStatus } from './person.enums';
import type { PersonView } from './person.view';

/**
 * People by clearance, for the safeguarding dashboard (the clearance module): the people module's
 * own SQL over `person p`, within the caller's scope like every reader here, so no other module
 * writes SQL against a person's table or alias.
 */

/** Which active people are looked at: all the caller may see, or those of one organisation or centre. */
export type ActivePeople = { organisationId: string | null; centreId: string | null; none?: boolean };

/** How many active people there are per clearance status, in all (`total`) and at each centre they work at. */
export type ClearanceCountRow = { total: boolean; centre_id: string | null; status: ClearanceStatus; n: number };

function activePeople(narrowing: ActivePeople, more: (bind: (value: unknown) => string) => string[] = () => []) {
  return peopleWhere((bind) => [
    `p.status = ${bind(PersonStatus.ACTIVE)}`,
    ...(narrowing.organisationId ? [`p.organisation_id = ${bind(narrowing.organisationId)}`] : []),
    ...(narrowing.centreId ? [`p.id in ${peopleWorkingAtSql(`${bind(uuidArray([narrowing.centreId]))}::uuid[]`)}`] : []),
    ...(narrowing.none ? ['false'] : []),
    ...more(bind),
  ]);
}

/**
 * Counts in one statement: totals count each person once (distinct), with or without a centre;
 * the centre rows count them at every centre they work at. `grouping()` tells the two apart.
 */
export async function countActivePeopleByClearance(ctx: RequestContext, narrowing: ActivePeople): Promise<ClearanceCountRow[]> {
  const everyone = activePeople(narrowing);
  return preparedQuery<ClearanceCountRow>(
    ctx.em,
    `select grouping(c.centre_id) = 1 as total, c.centre_id, pc.status, count(distinct p.id)::int as n
       from person p
       join person_clearance pc on pc.person_id = p.id
       left join lateral unnest(p.centre_ids) as c(centre_id) on true
       where ${inScope(ctx, everyone)}
       group by grouping sets ((pc.status), (c.centre_id, pc.status))`,
    everyone.binds.values,
  );
}

/** Active people whose clearance is one of `statuses`: soonest expiry first (of the DBS, or of the training when that is what expires), or by name. */
export async function readActivePeopleWithClearance(
  ctx: RequestContext,
  narrowing: ActivePeople,
  statuses: readonly ClearanceStatus[],
  order: 'soonest expiry' | 'name',
  limit: number,
  selection: PersonSelection,
): Promise<PersonView[]> {
  const condition = activePeople(narrowing, (bind) => [`${CLEARANCE_STATUS_OF_P} = any (${bind([...statuses])}::text[])`]);
  const orderBy = order === 'soonest expiry' ? `(select case pc.status when 'TRAINING_EXPIRING' then pc.training_expires_on else pc.expires_on end from person_clearance pc where pc.person_id = p.id) asc, p.id asc` : 'p.family_name asc, p.given_name asc, p.id asc';
  return (await readPeople(ctx, condition, { orderBy, limit, offset: 0, total: false }, selection)).people;
}
