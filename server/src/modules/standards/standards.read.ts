import type { RequestContext } from '../../common/request-context';
import { Standard, StandardArea, StandardSet } from './standard-set.entity';
import type { StandardSetKind } from './standards.enums';
import { StandardSetStatus } from './standards.enums';

/**
 * What other modules (accreditation) read of the standards: the version an assessment uses now,
 * and the standards of a version, in order. Network data: any caller may read it.
 */

/** The kind's PUBLISHED version (at most one exists, the database holds it); null when none is. */
export function publishedSet(ctx: RequestContext, kind: StandardSetKind): Promise<StandardSet | null> {
  return ctx.em.findOne(StandardSet, { kind, status: StandardSetStatus.PUBLISHED });
}

/**
 * Every standard of a version, in the set's order (area by area, then within the area), each with
 * its area loaded (`standard.area.number`, `.title`); empty for an unknown id. A published or
 * retired version's list never changes, so an assessment may key its findings by these ids.
 */
export async function standardsOf(ctx: RequestContext, setId: string): Promise<Standard[]> {
  const standards = await ctx.em.find(Standard, { set: setId }, { populate: ['area'], orderBy: [{ area: { position: 'asc' } }, { position: 'asc' }] });
  return standards;
}

/** The areas of a version, in order (without their standards). */
export function areasOf(ctx: RequestContext, setId: string): Promise<StandardArea[]> {
  return ctx.em.find(StandardArea, { set: setId }, { orderBy: { position: 'asc' } });
}
