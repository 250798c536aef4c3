import type { FilterQuery } from '@mikro-orm/core';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { Centre } from '../centre/centre.entity';
import { countActivePeopleByClearance, readActivePeopleWithClearance, type PersonSelection, type PersonView } from '../person';
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
  TRAINING_MISSING: 'trainingMissing',
  TRAINING_EXPIRED: 'trainingExpired',
  TRAINING_EXPIRING: 'trainingExpiring',
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

    const narrowing = { organisationId, centreId, none: Boolean(unknownId) };
    const rows = await countActivePeopleByClearance(ctx, narrowing);
    const totals = new ClearanceCounts();
    const byCentre = new Map(centres.map((centre) => [centre.id, new ClearanceCounts()]));
    for (const row of rows) {
      const counts = row.total ? totals : row.centre_id ? byCentre.get(row.centre_id) : undefined;
      if (counts) add(counts, row.status, row.n);
    }

    const attention = (statuses: readonly ClearanceStatus[], order: 'soonest expiry' | 'name', selection: PersonSelection | null): Promise<PersonView[]> =>
      selection ? readActivePeopleWithClearance(ctx, narrowing, statuses, order, ATTENTION_LIMIT, selection) : Promise.resolve([]);
    const notRosterable = Object.values(ClearanceStatus).filter((status) => !ROSTERABLE.includes(status));
    const expiringSoon = await attention([ClearanceStatus.EXPIRING, ClearanceStatus.TRAINING_EXPIRING], 'soonest expiry', parts.expiringSoon);
    const cannotBeRostered = await attention(notRosterable, 'name', parts.cannotBeRostered);

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
