import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { Centre } from './centre.entity';

/** All centres of each requested organisation, in one query per batch (organisation → centres). */
export function centresByOrganisation(ctx: RequestContext): DataLoader<string, Centre[]> {
  return ctx.loader(
    'centre.byOrganisation',
    () =>
      new DataLoader<string, Centre[]>(async (organisationIds) => {
        const centres = await ctx.em.find(
          Centre,
          { organisation: { $in: [...organisationIds] } },
          { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
        );
        const byOrganisation = new Map<string, Centre[]>(organisationIds.map((id) => [id, []]));
        for (const centre of centres) byOrganisation.get(centre.organisation.id)?.push(centre);
        return organisationIds.map((id) => byOrganisation.get(id) ?? []);
      }),
  );
}
