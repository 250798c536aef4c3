import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { Organisation } from './organisation.entity';

/** Organisations by id, batched per request, so a page of centres loads its organisations once. */
export function organisationById(ctx: RequestContext): DataLoader<string, Organisation | null> {
  return ctx.loader(
    'organisation.byId',
    () =>
      new DataLoader<string, Organisation | null>(async (ids) => {
        const organisations = await ctx.em.find(Organisation, { id: { $in: [...ids] } });
        const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
