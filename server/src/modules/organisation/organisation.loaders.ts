import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { isUuid } from '../../common/ids';
import { Binds, uuidArray } from '../../db/binds';
import { preparedEntities } from '../../db/prepared-query';
import { organisationRule } from '../../tenancy/tenant-filter';
import { Organisation } from './organisation.entity';

/**
 * Organisations by id, batched per request, so a page of centres loads its organisations once:
 * one prepared statement within the caller's scope (the tenancy rule's SQL, as the ORM's filter
 * would add it; row-level security underneath). Missing and out of scope are both null.
 */
export function organisationById(ctx: RequestContext): DataLoader<string, Organisation | null> {
  return ctx.loader(
    'organisation.byId',
    () =>
      new DataLoader<string, Organisation | null>(async (ids) => {
        const binds = new Binds();
        const organisations = await preparedEntities(
          ctx.em,
          Organisation,
          `select o.* from organisation o where o.id = any (${binds.bind(uuidArray(ids.filter(isUuid)))}::uuid[]) and ${organisationRule.sql(ctx.scope, 'o', binds.bind)}`,
          binds.values,
        );
        const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
