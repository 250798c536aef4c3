import { raw, type FilterQuery } from '@mikro-orm/core';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { peopleWorkingAtSql, personScopeSql, workingAt } from '../../tenancy/tenant-filter';
import { Centre } from '../centre/centre.entity';
import { Person } from '../person/person.entity';
import { PersonStatus } from '../person/person.enums';
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

/** Clearance across the people a caller looks after, aggregated in Postgres (never person by person). */
export class ClearanceSummaryService {
  async summary(
    ctx: RequestContext,
    filter: ClearanceSummaryFilter = {},
    parts: { centres: boolean; expiringSoon: boolean; cannotBeRostered: boolean } = { centres: true, expiringSoon: true, cannotBeRostered: true },
  ): Promise<ClearanceSummary> {
    const organisationId = filter.organisationId && isUuid(filter.organisationId) ? filter.organisationId : null;
    const centreId = filter.centreId && isUuid(filter.centreId) ? filter.centreId : null;
    const unknownId = (filter.organisationId && !organisationId) || (filter.centreId && !centreId);
    const centreWhere: FilterQuery<Centre> = { ...(organisationId ? { organisation: organisationId } : {}), ...(centreId ? { id: centreId } : {}) };
    const centres = unknownId || !parts.centres ? [] : await ctx.em.find(Centre, centreWhere, { fields: ['id', 'name'], orderBy: [{ name: 'asc' }, { id: 'asc' }] });

    const scope = personScopeSql(ctx.scope, 'p');
    const narrow = [
      organisationId ? { sql: 'p.organisation_id = ?', params: [organisationId] } : null,
      centreId ? { sql: `p.id in ${peopleWorkingAtSql('?::uuid[]')}`, params: [`{${centreId}}`] } : null,
      unknownId ? { sql: 'false', params: [] } : null,
    ].filter((part): part is { sql: string; params: string[] } => part !== null);
    const where = [scope, ...narrow];
    const whereSql = where.map((part) => part.sql).join(' and ');
    const whereParams = where.flatMap((part) => part.params);

    // Totals count each person once (distinct), with or without a centre; the centre rows count
    // them at every centre they work at. `grouping()` tells the two kinds of row apart.
    const rows = await ctx.em.execute<Array<{ total: boolean; centre_id: string | null; status: ClearanceStatus; n: number }>>(
      `select grouping(c.centre_id) = 1 as total, c.centre_id, pc.status, count(distinct p.id)::int as n
       from person p
       join person_clearance pc on pc.person_id = p.id
       left join lateral unnest(p.centre_ids) as c(centre_id) on true
       where p.status = 'ACTIVE' and ${whereSql}
       group by grouping sets ((pc.status), (c.centre_id, pc.status))`,
      whereParams,
    );
    const totals = new ClearanceCounts();
    const byCentre = new Map(centres.map((centre) => [centre.id, new ClearanceCounts()]));
    for (const row of rows) {
      const counts = row.total ? totals : row.centre_id ? byCentre.get(row.centre_id) : undefined;
      if (counts) add(counts, row.status, row.n);
    }

    const attention = async (statuses: readonly ClearanceStatus[], orderByExpiry: boolean) =>
      ctx.em.find(
        Person,
        {
          status: PersonStatus.ACTIVE,
          ...(organisationId ? { organisation: organisationId } : {}),
          ...(centreId ? (workingAt([centreId]) as Record<string, unknown>) : {}),
          ...(unknownId ? { id: { $in: [] } } : {}),
          [raw((alias) => `(select pc.status from person_clearance pc where pc.person_id = ${alias}.id)`)]: { $in: [...statuses] },
        },
        {
          orderBy: orderByExpiry
            ? [{ [raw((alias) => `(select pc.expires_on from person_clearance pc where pc.person_id = ${alias}.id)`)]: 'asc' }, { id: 'asc' }]
            : [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
          limit: ATTENTION_LIMIT,
        } as never,
      );
    const notRosterable = Object.values(ClearanceStatus).filter((status) => !ROSTERABLE.includes(status));
    const expiringSoon = parts.expiringSoon ? await attention([ClearanceStatus.EXPIRING], true) : [];
    const cannotBeRostered = parts.cannotBeRostered ? await attention(notRosterable, false) : [];

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
