/**
 * Calendar arithmetic for the seed, on whole days (days since 1970-01-01) so that generating a
 * million DBS dates stays cheap. Month arithmetic clamps to the end of the month as Postgres's
 * `date + interval 'n months'` does, so the seed computes expiry and purge days exactly as the
 * person_clearance view and the retention job will.
 */
export type Day = number;

const DAY_MS = 86_400_000;

export function dayOf(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `day + interval '<months> months'` in Postgres: the same day of the month, or its last day. */
export function addMonths(day: Day, months: number): Day {
  const at = new Date(day * DAY_MS);
  const total = at.getUTCFullYear() * 12 + at.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(at.getUTCDate(), lastDay)) / DAY_MS);
}

/** The last Sunday of a month (British Summer Time starts on March's and ends on October's). */
function lastSunday(year: number, month: number): Day {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Math.round(last.getTime() / DAY_MS) - last.getUTCDay();
}

const summerTime = new Map<number, [Day, Day]>();

/** The instant of a London wall-clock time (minutes after midnight, from 02:00 on) on a day. */
export function londonInstant(day: Day, minutes: number): Date {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  let bst = summerTime.get(year);
  if (!bst) summerTime.set(year, (bst = [lastSunday(year, 2), lastSunday(year, 9)]));
  const offset = day >= bst[0] && day < bst[1] ? 60 : 0;
  return new Date(day * DAY_MS + (minutes - offset) * 60_000);
}
