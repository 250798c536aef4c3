import type { FilterQuery } from '@mikro-orm/core';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { peopleWorkingAtSql } from '../../tenancy/tenant-filter';
import { Centre } from '../centre/centre.entity';
import { CLEARANCE_STATUS_OF_P } from '../person/people.filter';
import { inScope, peopleWhere, readPeople, type PersonSelection } from '../person/people.read';
import { PersonStatus } from '../person/person.enums';
import type { PersonView } from '../person/person.view';
import { ClearanceStatus, ROSTERABLE } from './clearance.enums';
import { CentreClearance, ClearanceCounts, ClearanceSummary, type ClearanceSummaryFilter } from './clearance-summary.types';

/** How many people each attention list shows; the people list (filtered by status) has the rest. */
const ATTENTION_LIMIT = 100;

const COUNT_KEY: Record<ClearanceStatus, Exclude<keyof ClearanceCounts, 'total' | 'cannotBeRostered'>> = {
  CLEARED: 'cleared',
  EXPIRING: 'expiring',
  EXPIRED: 'expired',
  MISSING_DBS: 'missingDbs',
  WRONG_LEVEL: 'wrongLevel',
  NOT_CLEARED: 'notCleared',
  NEEDS_NEW_CHECK: 'needsNewCheck',
};

/** What the caller asked for: the centre table, and each attention list with what its people need (null: not asked for). */
export type SummaryParts = { centres: boolean; expiringSoon: PersonSelection | null; cannotBeRostered: PersonSelection | null };

/** Clearance across the people a caller looks after, aggregated in Postgres (never person by person). */
export class ClearanceSummaryService {
  async summary(ctx: RequestContext, filter: ClearanceSummaryFilter, parts: SummaryParts): Promise<ClearanceSummary> {
    const organisationId = filter.organisationId && isUuid(filter.organisationId) ? filter.organisationId : null;
    const centreId = filter.centreId && isUuid(filter.centreId) ? filter.centreId : null;
    const unknownId = (filter.organisationId && !organisationId) || (filter.centreId && !centreId);
    const centreWhere: FilterQuery<Centre> = { ...(organisationId ? { organisation: organisationId } : {}), ...(centreId ? { id: centreId } : {}) };
    const centres = unknownId || !parts.centres ? [] : await ctx.em.find(Centre, centreWhere, { fields: ['id', 'name'], orderBy: [{ name: 'asc' }, { id: 'asc' }] });

    /** The active people looked at, narrowed to the organisation or centre asked for, with any more conditions. */
    const looked = (more: (bind: (value: unknown) => string) => string[] = () => []) =>
      peopleWhere((bind) => [
        `p.status = ${bind(PersonStatus.ACTIVE)}`,
        ...(organisationId ? [`p.organisation_id = ${bind(organisationId)}`] : []),
        ...(centreId ? [`p.id in ${peopleWorkingAtSql(`${bind(uuidArray([centreId]))}::uuid[]`)}`] : []),
        ...(unknownId ? ['false'] : []),
        ...more(bind),
      ]);

    // Totals count each person once (distinct), with or without a centre; the centre rows count
    // them at every centre they work at. `grouping()` tells the two kinds of row apart.
    const everyone = looked();
    const rows = await preparedQuery<{ total: boolean; centre_id: string | null; status: ClearanceStatus; n: number }>(
      ctx.em,
      `select grouping(c.centre_id) = 1 as total, c.centre_id, pc.status, count(distinct p.id)::int as n
       from person p
       join person_clearance pc on pc.person_id = p.id
       left join lateral unnest(p.centre_ids) as c(centre_id) on true
       where ${inScope(ctx, everyone)}
       group by grouping sets ((pc.status), (c.centre_id, pc.status))`,
      everyone.binds.values,
    );
    const totals = new ClearanceCounts();
    const byCentre = new Map(centres.map((centre) => [centre.id, new ClearanceCounts()]));
    for (const row of rows) {
      const counts = row.total ? totals : row.centre_id ? byCentre.get(row.centre_id) : undefined;
      if (counts) add(counts, row.status, row.n);
    }

    const attention = async (statuses: readonly ClearanceStatus[], orderBy: string, selection: PersonSelection | null): Promise<PersonView[]> => {
      if (!selection) return [];
      const condition = looked((bind) => [`${CLEARANCE_STATUS_OF_P} = any (${bind([...statuses])}::text[])`]);
      return (await readPeople(ctx, condition, { orderBy, limit: ATTENTION_LIMIT, offset: 0, total: false }, selection)).people;
    };
    const notRosterable = Object.values(ClearanceStatus).filter((status) => !ROSTERABLE.includes(status));
    const expiringSoon = await attention([ClearanceStatus.EXPIRING], `(select pc.expires_on from person_clearance pc where pc.person_id = p.id) asc, p.id asc`, parts.expiringSoon);
    const cannotBeRostered = await attention(notRosterable, 'p.family_name asc, p.given_name asc, p.id asc', parts.cannotBeRostered);

    return {
      totals,
      centres: centres.map((centre): CentreClearance => ({ centreId: centre.id, centreName: centre.name, counts: byCentre.get(centre.id)! })),
      expiringSoon,
      cannotBeRostered,
    };
  }
}

function add(counts: ClearanceCounts, status: ClearanceStatus, n: number): void {
  counts[COUNT_KEY[status]] += n;
  counts.total += n;
  if (!ROSTERABLE.includes(status)) counts.cannotBeRostered += n;
}
