import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { Binds, uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { Centre } from '../centre/centre.entity';
import { Accreditation, AccreditationTransition } from './accreditation.entity';
import { ActionPlanItem, Assessment, Finding } from './assessment.entity';

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

/** Each assessment's findings, in one query per batch. */
export function findingsOf(ctx: RequestContext): DataLoader<string, Finding[]> {
  return ctx.loader('accreditation.findings', () =>
    new DataLoader<string, Finding[]>(async (ids) => {
      const rows = await ctx.em.find(Finding, { assessment: { $in: [...ids] } }, { populate: ['standard', 'standard.area'], orderBy: [{ id: 'asc' }] });
      const byId = new Map<string, Finding[]>(ids.map((id) => [id, []]));
      for (const row of rows) byId.get(row.assessment.id)?.push(row);
      for (const list of byId.values()) list.sort((a, b) => a.standard.area.position - b.standard.area.position || a.standard.position - b.standard.position);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  );
}

/** Each assessment's actions, in one query per batch. */
export function actionsOf(ctx: RequestContext): DataLoader<string, ActionPlanItem[]> {
  return ctx.loader('accreditation.actions', () =>
    new DataLoader<string, ActionPlanItem[]>(async (ids) => {
      const rows = await ctx.em.find(ActionPlanItem, { assessment: { $in: [...ids] } }, { populate: ['finding.standard.area'] });
      // By due date, then in the order of the standards they answer.
      const order = (item: ActionPlanItem) => [item.dueOn, item.finding.standard.area.position, item.finding.standard.position] as const;
      rows.sort((a, b) => {
        const [x, y] = [order(a), order(b)];
        return x[0].localeCompare(y[0]) || x[1] - y[1] || x[2] - y[2];
      });
      const byId = new Map<string, ActionPlanItem[]>(ids.map((id) => [id, []]));
      for (const row of rows) byId.get(row.assessment.id)?.push(row);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  );
}

/** Each accreditation's assessments, newest visit first, in one query per batch. */
export function assessmentsOf(ctx: RequestContext): DataLoader<string, Assessment[]> {
  return ctx.loader('accreditation.assessments', () =>
    new DataLoader<string, Assessment[]>(async (ids) => {
      const rows = await ctx.em.find(Assessment, { accreditation: { $in: [...ids] } }, { orderBy: [{ visitDate: 'desc' }, { id: 'asc' }] });
      const byId = new Map<string, Assessment[]>(ids.map((id) => [id, []]));
      for (const row of rows) byId.get(row.accreditation.id)?.push(row);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  );
}

/** Users' display names by id (assessors, deciders), in one query per batch. */
export function userNames(ctx: RequestContext): DataLoader<string, string | null> {
  return ctx.loader('accreditation.userNames', () =>
    new DataLoader<string, string | null>(async (ids) => {
      const binds = new Binds();
      const rows = await preparedQuery<{ id: string; name: string }>(
        ctx.em,
        `select u.id, u.display_name as name from app_user u where u.id = any (${binds.bind(uuidArray(ids))}::uuid[])`,
        binds.values,
      );
      const names = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => names.get(id) ?? null);
    }),
  );
}

/**
 * Codes of the standards of each assessment's version with no finding yet, in the version's order,
 * in one statement per batch (a list of visits asks it of every row).
 */
export function missingStandardsOf(ctx: RequestContext): DataLoader<string, string[]> {
  return ctx.loader('accreditation.missingStandards', () =>
    new DataLoader<string, string[]>(async (ids) => {
      const binds = new Binds();
      const rows = await preparedQuery<{ id: string; missing: string[] }>(
        ctx.em,
        `select a.id,
                coalesce((select array_agg(s.code order by ar.position, s.position)
                          from standard s join standard_area ar on ar.id = s.area_id
                          where s.set_id = a.standard_set_id
                            and not exists (select 1 from finding f where f.assessment_id = a.id and f.standard_id = s.id)), '{}') as missing
         from assessment a where a.id = any (${binds.bind(uuidArray(ids))}::uuid[])`,
        binds.values,
      );
      const missing = new Map(rows.map((row) => [row.id, row.missing]));
      return ids.map((id) => missing.get(id) ?? []);
    }),
  );
}
