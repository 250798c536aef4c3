import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { Standard, StandardArea } from './standard-set.entity';

/** Each set's areas, in order, one query per batch. */
export function areasBySet(ctx: RequestContext): DataLoader<string, StandardArea[]> {
  return ctx.loader(
    'standards.areasBySet',
    () =>
      new DataLoader<string, StandardArea[]>(async (setIds) => {
        const rows = await ctx.em.find(StandardArea, { set: { $in: [...setIds] } }, { orderBy: [{ position: 'asc' }] });
        const bySet = new Map<string, StandardArea[]>(setIds.map((id) => [id, []]));
        for (const row of rows) bySet.get(row.set.id)?.push(row);
        return setIds.map((id) => bySet.get(id) ?? []);
      }),
  );
}

/** Each area's standards, in order, one query per batch. */
export function standardsByArea(ctx: RequestContext): DataLoader<string, Standard[]> {
  return ctx.loader(
    'standards.standardsByArea',
    () =>
      new DataLoader<string, Standard[]>(async (areaIds) => {
        const rows = await ctx.em.find(Standard, { area: { $in: [...areaIds] } }, { orderBy: [{ position: 'asc' }] });
        const byArea = new Map<string, Standard[]>(areaIds.map((id) => [id, []]));
        for (const row of rows) byArea.get(row.area.id)?.push(row);
        return areaIds.map((id) => byArea.get(id) ?? []);
      }),
  );
}

/** How many standards each set has, one query per batch. */
export function standardCountBySet(ctx: RequestContext): DataLoader<string, number> {
  return ctx.loader(
    'standards.standardCountBySet',
    () =>
      new DataLoader<string, number>(async (setIds) => {
        const rows = await preparedQuery<{ set_id: string; n: number }>(
          ctx.em,
          'select set_id, count(*)::int as n from standard where set_id = any ($1::uuid[]) group by set_id',
          [uuidArray(setIds)],
        );
        const bySet = new Map(rows.map((row) => [row.set_id, row.n]));
        return setIds.map((id) => bySet.get(id) ?? 0);
      }),
  );
}
