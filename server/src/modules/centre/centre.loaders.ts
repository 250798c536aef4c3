import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { isUuid } from '../../common/ids';
import { Binds, uuidArray } from '../../db/binds';
import { preparedEntities } from '../../db/prepared-query';
import { centreRule } from '../../tenancy/tenant-filter';
import { Centre } from './centre.entity';

/**
 * All centres of each requested organisation, in one prepared statement per batch (organisation
 * → centres), within the caller's scope (the tenancy rule's SQL; row-level security underneath).
 */
export function centresByOrganisation(ctx: RequestContext): DataLoader<string, Centre[]> {
  return ctx.loader(
    'centre.byOrganisation',
    () =>
      new DataLoader<string, Centre[]>(async (organisationIds) => {
        const binds = new Binds();
        const centres = await preparedEntities(
          ctx.em,
          Centre,
          `select c.* from centre c where c.organisation_id = any (${binds.bind(uuidArray(organisationIds.filter(isUuid)))}::uuid[])
             and ${centreRule.sql(ctx.scope, 'c', binds.bind)} order by c.name, c.id`,
          binds.values,
        );
        const byOrganisation = new Map<string, Centre[]>(organisationIds.map((id) => [id, []]));
        for (const centre of centres) byOrganisation.get(centre.organisation.id)?.push(centre);
        return organisationIds.map((id) => byOrganisation.get(id) ?? []);
      }),
  );
}
