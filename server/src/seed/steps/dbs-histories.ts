import type { Faker } from '@faker-js/faker';
import { ClearanceStatus, type DbsClearanceStatus } from '../../modules/clearance/clearance.enums';
import { DbsDecision, DbsLevel, StatusCheckResult } from '../../modules/dbs/dbs.enums';
import { addMonths, type Day } from '../seed-dates';

/**
 * DBS histories built backwards from the state a person should be in on a given day (the seed's
 * as-of day, or a leaver's leave date), following the rules of the person_clearance view: the
 * latest check by issue date counts; it is current for 3 years from issue, or until 12 months
 * after an Update Service status check that found no new information, whichever is later;
 * EXPIRING within 90 days of the end. Every boundary is kept at least two days away, so a
 * one-day difference in month arithmetic cannot move anyone into another state.
 */

/** One check, before it becomes a row: dates are days (see seed-dates.ts). */
export type PlannedCheck = {
  issue: Day;
  level: DbsLevel;
  decision: DbsDecision;
  onUpdateService: boolean;
  statusCheck: { day: Day; result: StatusCheckResult } | null;
};

export type PlannedHistory = {
  /** Oldest first; the last is the one that counts. Empty: no DBS recorded. */
  checks: PlannedCheck[];
  /** The start date, moved earlier where the history needs someone who has been there longer. */
  start: Day;
};

/** What the person needs and may have, and where their history ends. */
export type HistoryRequest = {
  target: DbsClearanceStatus;
  /** The day the target must hold on. */
  asOf: Day;
  start: Day;
  /** The level their centres need (see app.required_dbs_level). */
  required: DbsLevel;
  /** Coordinators and staff: never only a basic check. */
  paid: boolean;
  /** AccessNI has no Update Service. */
  updateServiceAvailable: boolean;
  /** Earliest plausible start (the seed's twelve years). */
  earliestStart: Day;
};

/** How many with each target hold an Update Service subscription (where there is one). */
const UPDATE_SERVICE_SHARE: Record<DbsClearanceStatus, number> = {
  [ClearanceStatus.CLEARED]: 0.42,
  [ClearanceStatus.EXPIRING]: 0.3,
  [ClearanceStatus.EXPIRED]: 0.25,
  [ClearanceStatus.WRONG_LEVEL]: 0.2,
  [ClearanceStatus.NEEDS_NEW_CHECK]: 1,
  [ClearanceStatus.NOT_CLEARED]: 0,
  [ClearanceStatus.MISSING_DBS]: 0,
};

/** Certificates brought from a previous role on the Update Service are at most this old at the start. */
const PORTABLE_DAYS = 730;
/** A first check is done at most this long before someone starts. */
const RECRUITMENT_DAYS = 45;

export function planHistory(faker: Faker, request: HistoryRequest): PlannedHistory {
  const { target, asOf, required } = request;
  if (target === ClearanceStatus.MISSING_DBS) return { checks: [], start: request.start };
  const between = (min: Day, max: Day) => faker.number.int({ min: Math.min(min, max), max });
  const onUpdateService = request.updateServiceAvailable && faker.number.float() < UPDATE_SERVICE_SHARE[target];
  let start = request.start;

  // The latest check, and the latest start date that makes it plausible.
  type Latest = { issue: Day; statusCheck: PlannedCheck['statusCheck']; latestStart: Day };
  /** An Update Service certificate with a status check on `checked`, issued by `before` (older than 3 years where it must be). */
  const subscribed = (checked: Day, result: StatusCheckResult, before = checked - 15): Latest => {
    const issue = between(Math.max(start - PORTABLE_DAYS, asOf - 3650), before);
    return { issue, statusCheck: { day: checked, result }, latestStart: Math.min(checked + 30, issue + PORTABLE_DAYS) };
  };
  const unsubscribed = (issue: Day): Latest => ({ issue, statusCheck: null, latestStart: issue + RECRUITMENT_DAYS });
  let planned: Latest;
  switch (target) {
    case ClearanceStatus.CLEARED:
    case ClearanceStatus.WRONG_LEVEL:
      planned = onUpdateService
        ? subscribed(between(Math.max(asOf - 268, start - 30), asOf - 1), StatusCheckResult.NO_NEW_INFORMATION)
        : unsubscribed(between(Math.max(start - RECRUITMENT_DAYS, asOf - 1000), asOf - 2));
      break;
    case ClearanceStatus.EXPIRING:
    case ClearanceStatus.EXPIRED: {
      // The day it stops being current: within the warning window, or up to 14 months ago.
      const ends = target === ClearanceStatus.EXPIRING ? asOf + between(2, 88) : asOf - between(2, 420);
      const threeYearsBefore = addMonths(ends, -36);
      // On the Update Service, the annual status check was not repeated in time.
      planned = onUpdateService ? subscribed(addMonths(ends, -12), StatusCheckResult.NO_NEW_INFORMATION, threeYearsBefore - 2) : unsubscribed(threeYearsBefore);
      break;
    }
    case ClearanceStatus.NEEDS_NEW_CHECK:
      planned = subscribed(between(asOf - 60, asOf - 1), StatusCheckResult.NEW_INFORMATION);
      break;
    case ClearanceStatus.NOT_CLEARED:
      planned = unsubscribed(between(asOf - 240, asOf - 5));
      break;
  }
  const { issue, statusCheck, latestStart } = planned;
  if (start > latestStart) start = Math.max(request.earliestStart, latestStart - between(0, 150));

  const level = target === ClearanceStatus.WRONG_LEVEL ? lowerLevel(faker, required, request.paid) : levelFor(faker, required);
  const latest: PlannedCheck = {
    issue,
    level,
    decision: target === ClearanceStatus.NOT_CLEARED ? DbsDecision.NOT_CLEARED : clearedDecision(faker),
    onUpdateService: statusCheck !== null,
    statusCheck,
  };

  // Earlier certificates, renewed every three years (mostly a little before the old one ran out)
  // back to when they started; all superseded by the latest.
  const checks = [latest];
  let previous = latest.issue;
  // Some moved to supervised work since: their older certificates were enhanced only.
  const olderLevel = level === DbsLevel.ENHANCED_BARRED && faker.number.float() < 0.25 ? DbsLevel.ENHANCED : level;
  for (let k = 0; k < 4; k++) {
    const earlier = addMonths(previous, -36) + between(-30, 75);
    if (earlier < start - RECRUITMENT_DAYS) break;
    checks.unshift({ issue: earlier, level: olderLevel, decision: clearedDecision(faker), onUpdateService: false, statusCheck: null });
    previous = earlier;
  }
  return { checks, start };
}

/** At least what is required; many at supported-only centres hold the barred-list check anyway. */
function levelFor(faker: Faker, required: DbsLevel): DbsLevel {
  if (required === DbsLevel.ENHANCED_BARRED) return DbsLevel.ENHANCED_BARRED;
  return faker.number.float() < 0.55 ? DbsLevel.ENHANCED_BARRED : DbsLevel.ENHANCED;
}

/** Below what is required: enhanced without the barred list at supervised services, standard or basic elsewhere. */
function lowerLevel(faker: Faker, required: DbsLevel, paid: boolean): DbsLevel {
  if (required === DbsLevel.ENHANCED_BARRED) return DbsLevel.ENHANCED;
  return paid || faker.number.float() < 0.75 ? DbsLevel.STANDARD : DbsLevel.BASIC;
}

function clearedDecision(faker: Faker): DbsDecision {
  return faker.number.float() < 0.04 ? DbsDecision.CLEARED_AFTER_RISK_ASSESSMENT : DbsDecision.CLEARED;
}
