import { addDays, EARLIEST_DATE, requireDateBetween, type IsoDate } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import { tidy } from '../../common/validation';
import type { Scope } from '../../tenancy/scope';

/**
 * Rules about a person's record that hold however it arrives: one at a time (PersonService) or
 * many rows of a file (PeopleImportService). Pure functions; the reads they need are the caller's.
 */

/** How far ahead a start or leave date may be planned. */
export const PLANNING_DAYS = 366;

export const EMAIL_TAKEN = 'Another person in this organisation already has this email address';

/** Emails are compared and stored in lower case, blank meaning none. */
export function normaliseEmail(email: string | null | undefined): string | null {
  return tidy(email)?.toLowerCase() || null;
}

export function requireStartDate(today: IsoDate, startDate: IsoDate): void {
  requireDateBetween('startDate', startDate, EARLIEST_DATE, addDays(today, PLANNING_DAYS), 'The start date');
}

/**
 * The centres someone will work at after an edit, from the centres the caller can see (`visible`,
 * by id). They must belong to the person's organisation and be visible to the caller; a
 * coordinator's edit leaves alone the centres they cannot see, and must keep one of their own
 * (or the person would vanish from their view mid-edit).
 */
export function centresAfterEdit(
  scope: Scope,
  organisationId: string,
  visible: ReadonlyMap<string, { organisation: { id: string } }>,
  current: readonly string[],
  requested: readonly string[],
): string[] {
  const wanted = [...new Set(requested)];
  for (const id of wanted) {
    if (visible.get(id)?.organisation.id !== organisationId) {
      throw new BadUserInput('centreIds', `Centre ${id} is not one of this organisation's centres that you manage`);
    }
  }
  const next = [...current.filter((id) => !visible.has(id)), ...wanted];
  if (!scope.organisationIds.includes(organisationId) && !next.some((id) => scope.centreIds.includes(id))) {
    throw new BadUserInput('centreIds', 'Keep at least one of your own centres; an organisation administrator can move this person elsewhere');
  }
  return next;
}
