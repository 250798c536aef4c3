import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { Binds, uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { Centre } from '../centre/centre.entity';
import { Accreditation, AccreditationTransition } from './accreditation.entity';

/** Centres by id, batched per request (a page of accreditations names its centres once). */
export function centreById(ctx: RequestContext): DataLoader<string, Centre | null> {
  return ctx.loader('accreditation.centreById', () =>
    new DataLoader<string, Centre | null>(async (ids) => {
      const centres = await ctx.em.find(Centre, { id: { $in: [...ids] } });
      const byId = new Map(centres.map((centre) => [centre.id, centre]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/** Each accreditation's history, oldest first, in one query per batch. */
export function historyOf(ctx: RequestContext): DataLoader<string, AccreditationTransition[]> {
  return ctx.loader('accreditation.history', () =>
    new DataLoader<string, AccreditationTransition[]>(async (ids) => {
      const rows = await ctx.em.find(AccreditationTransition, { accreditation: { $in: [...ids] } }, { orderBy: [{ occurredAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], populate: ['actor'] });
      const byId = new Map<string, AccreditationTransition[]>(ids.map((id) => [id, []]));
      for (const row of rows) byId.get(row.accreditation.id)?.push(row);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  );
}

/** Each centre's accreditations (both kinds), in one query per batch. */
export function accreditationsOfCentre(ctx: RequestContext): DataLoader<string, Accreditation[]> {
  return ctx.loader('accreditation.ofCentre', () =>
    new DataLoader<string, Accreditation[]>(async (centreIds) => {
      const rows = await ctx.em.find(Accreditation, { centre: { $in: [...centreIds] } }, { orderBy: [{ kind: 'asc' }] });
      const byCentre = new Map<string, Accreditation[]>(centreIds.map((id) => [id, []]));
      for (const row of rows) byCentre.get(row.centre.id)?.push(row);
      return centreIds.map((id) => byCentre.get(id) ?? []);
    }),
  );
}

/** Whether each centre may be shown to the public (centre_public_listing: consent and a current accreditation). */
export function publiclyListed(ctx: RequestContext): DataLoader<string, boolean> {
  return ctx.loader('accreditation.publiclyListed', () =>
    new DataLoader<string, boolean>(async (centreIds) => {
      const binds = new Binds();
      const rows = await preparedQuery<{ centre_id: string; listed: boolean }>(
        ctx.em,
        `select l.centre_id, l.listed from centre_public_listing l where l.centre_id = any (${binds.bind(uuidArray(centreIds))}::uuid[])`,
        binds.values,
      );
      const listed = new Map(rows.map((row) => [row.centre_id, row.listed]));
      return centreIds.map((id) => listed.get(id) ?? false);
    }),
  );
}
