/**
 * The platform's calendar: DBS, retention and (later) training and accreditation dates are UK
 * calendar dates, so "today" is London's date whatever the server's time zone. One place, used by
 * the request context (fixed per request, so tests fix the clock) and the scheduled jobs.
 */

/** The request's moment, the clearance computation's "today" (London's date, YYYY-MM-DD) and warning window in days. */
export type ClearanceClock = { now: Date; today: string; expiringDays: number };

/** Made once: building an Intl formatter costs far more than using one (it showed in a profile). en-CA writes YYYY-MM-DD. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in London, whatever the server's time zone: DBS dates are UK calendar dates. */
export function londonDate(at: Date): string {
  return LONDON_DATE.format(at);
}

export function clearanceClock(now: Date = new Date(), expiringDays = 90): ClearanceClock {
  return { now, today: londonDate(now), expiringDays };
}
