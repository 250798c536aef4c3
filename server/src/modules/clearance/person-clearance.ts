import { ukDate } from '../../common/dates';
import type { DbsLevel } from '../dbs/dbs.enums';
import { ClearanceStatus } from './clearance.enums';

/** A person's clearance, as the person_clearance view computes it (the one place it is computed). */
export type PersonClearance = {
  status: ClearanceStatus;
  requiredLevel: DbsLevel;
  /** The day the DBS stops being current (YYYY-MM-DD); null without a DBS. */
  expiresOn: string | null;
  /** Mandatory courses missing or out of date, as "title (code)". */
  trainingDue: readonly string[];
  /** The soonest a mandatory course stops being current (YYYY-MM-DD); null when none expires. */
  trainingExpiresOn: string | null;
};

/** The check a level calls for, as a safeguarding lead would write it. */
const CHECK_WORDS: Record<DbsLevel, string> = {
  BASIC: 'a basic DBS check',
  STANDARD: 'a standard DBS check',
  ENHANCED: 'an enhanced DBS check',
  ENHANCED_BARRED: "an enhanced DBS check with a children's barred list check",
};

/** What the safeguarding lead has to do about a person's clearance; null when nothing is due. */
export function clearanceAction(clearance: PersonClearance): string | null {
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
    case ClearanceStatus.TRAINING_MISSING:
    case ClearanceStatus.TRAINING_EXPIRED:
      return `Do not roster until they complete ${courses(clearance.trainingDue)}`;
    case ClearanceStatus.TRAINING_EXPIRING:
      return `Book a refresher: mandatory training expires on ${ukDate(clearance.trainingExpiresOn!)}`;
  }
}

/** "A", "A and B", "A, B and C". */
function courses(due: readonly string[]): string {
  if (due.length <= 1) return due[0] ?? 'their mandatory training';
  return `${due.slice(0, -1).join(', ')} and ${due.at(-1)}`;
}
