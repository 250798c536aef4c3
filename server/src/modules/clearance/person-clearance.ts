import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { ukDate } from '../../common/dates';
import type { DbsLevel } from '../dbs/dbs.enums';
import { ClearanceStatus } from './clearance.enums';

/** One row of the person_clearance view: the computed clearance of one person. */
export type PersonClearance = {
  personId: string;
  status: ClearanceStatus;
  requiredLevel: DbsLevel;
  dbsLevel: DbsLevel | null;
  dbsCheckId: string | null;
  /** The day the DBS stops being current (YYYY-MM-DD); null without a DBS. */
  expiresOn: string | null;
};

type Row = { person_id: string; status: ClearanceStatus; required_level: DbsLevel; dbs_level: DbsLevel | null; dbs_check_id: string | null; expires_on: string | null };

/**
 * Clearance of a page of people in one statement (not one per person). The view is computed by
 * Postgres under the caller's row-level security; the ids come from an already scoped list.
 */
export function clearanceByPerson(ctx: RequestContext): DataLoader<string, PersonClearance | null> {
  return ctx.loader(
    'clearance.byPerson',
    () =>
      new DataLoader<string, PersonClearance | null>(async (ids) => {
        const rows = await ctx.em.execute<Row[]>(
          `select person_id, status, required_level, dbs_level, dbs_check_id, expires_on::text as expires_on
           from person_clearance where person_id = any (?::uuid[])`,
          [`{${ids.join(',')}}`],
        );
        const byId = new Map(rows.map((row) => [row.person_id, toClearance(row)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/**
 * Clearances already read with their people (a list page brings them in its own statement). A
 * field can then answer at once instead of through a promise: on a page of 25 people with five
 * clearance fields each, those promises were a measurable share of the request (W1 profile).
 */
export function knownClearances(ctx: RequestContext): Map<string, PersonClearance> {
  return ctx.loader('clearance.known', () => new Map<string, PersonClearance>());
}

/** `pick` of the person's clearance: synchronously when it is already known, else batched. */
export function fromClearance<T>(ctx: RequestContext, personId: string, pick: (clearance: PersonClearance) => T): T | Promise<T> {
  const known = knownClearances(ctx).get(personId);
  if (known) return pick(known);
  return clearanceByPerson(ctx)
    .load(personId)
    .then((clearance) => {
      if (!clearance) throw new Error(`clearance of person ${personId} not computed`);
      return pick(clearance);
    });
}

function toClearance(row: Row): PersonClearance {
  return {
    personId: row.person_id,
    status: row.status,
    requiredLevel: row.required_level,
    dbsLevel: row.dbs_level,
    dbsCheckId: row.dbs_check_id,
    expiresOn: row.expires_on,
  };
}

/** The check a level calls for, as a safeguarding lead would write it. */
const CHECK_WORDS: Record<DbsLevel, string> = {
  BASIC: 'a basic DBS check',
  STANDARD: 'a standard DBS check',
  ENHANCED: 'an enhanced DBS check',
  ENHANCED_BARRED: "an enhanced DBS check with a children's barred list check",
};

/** What the safeguarding lead has to do about a person's clearance; null when nothing is due. */
export function clearanceAction(clearance: Pick<PersonClearance, 'status' | 'requiredLevel' | 'expiresOn'>): string | null {
  const check = CHECK_WORDS[clearance.requiredLevel];
  switch (clearance.status) {
    case ClearanceStatus.CLEARED:
      return null;
    case ClearanceStatus.EXPIRING:
      return `Renew by ${ukDate(clearance.expiresOn!)}: ${check}, or an Update Service status check`;
    case ClearanceStatus.EXPIRED:
      return `Do not roster: DBS not current since ${ukDate(clearance.expiresOn!)}; record ${check} or an Update Service status check`;
    case ClearanceStatus.MISSING_DBS:
      return `Do not roster: apply for ${check}`;
    case ClearanceStatus.WRONG_LEVEL:
      return `Do not roster: their centres need ${check}`;
    case ClearanceStatus.NOT_CLEARED:
      return 'Do not roster: the decision on their DBS was not to clear them';
    case ClearanceStatus.NEEDS_NEW_CHECK:
      return `Do not roster until they have a new check (${check}): the Update Service reported new information`;
  }
}
