/**
 * The accreditation calendar (London dates, YYYY-MM-DD), in one place for the service, the
 * nightly job's SQL (the same intervals, see accreditation.job.ts), the seed and the tests:
 * a candidate is to be accredited within 6 months; an award lasts 3 years; renewal is due from
 * 6 months before expiry; an accreditation not renewed lapses the day after it expires.
 */
export const CANDIDATE_MONTHS = 6;
export const AWARD_YEARS = 3;
export const RENEWAL_WINDOW_MONTHS = 6;

/** `date` plus whole months, as Postgres adds an interval (the 31st becomes the month's last day). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export const candidateDueBy = (candidateSince: string): string => addMonths(candidateSince, CANDIDATE_MONTHS);
export const expiryOf = (awardedOn: string): string => addMonths(awardedOn, AWARD_YEARS * 12);
export const renewalDueFrom = (expiresOn: string): string => addMonths(expiresOn, -RENEWAL_WINDOW_MONTHS);

/** Whole days from `today` to `date` (negative once past). */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
