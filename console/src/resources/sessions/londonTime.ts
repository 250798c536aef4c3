/**
 * Session times: stored as instants (DateTimeISO, UTC), shown and typed as UK wall-clock time
 * (Europe/London, GMT or BST as the day falls), whatever the browser's own time zone.
 */

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const LONDON_WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short' });

type Wall = { year: number; month: number; day: number; hour: number; minute: number };

function londonWall(at: Date): Wall {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(at).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as London's date (dd/mm/yyyy) and time (hh:mm, 24-hour clock). */
export function londonDateAndTime(iso: string | null | undefined): { date: string; time: string } {
  const at = iso ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime())) return { date: '', time: '' };
  const wall = londonWall(at);
  return { date: `${pad(wall.day)}/${pad(wall.month)}/${wall.year}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/** London's date of an instant, YYYY-MM-DD. */
export function londonIsoDate(iso: string): string {
  const wall = londonWall(new Date(iso));
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/**
 * A London wall-clock date (dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd) and time (hh:mm or h.mm) as an
 * instant (ISO, UTC); null when either is not a real date or time.
 */
export function londonInstant(dateText: string, timeText: string): string | null {
  const date = dateText.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(timeText.trim());
  const [year, month, day] = (uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : []).map(Number);
  if (!year || !month || !day || !time) return null;
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  if (hour > 23 || minute > 59) return null;
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wanted);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // London is UTC or UTC+1: take the offset at the guess, then again at the result (it may cross a change).
  const offsetAt = (instant: number) => {
    const wall = londonWall(new Date(instant));
    return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - instant;
  };
  let instant = wanted - offsetAt(wanted);
  instant = wanted - offsetAt(instant);
  return new Date(instant).toISOString();
}

/** "Tue 15/12/2026" */
export function londonDay(iso: string): string {
  return `${LONDON_WEEKDAY.format(new Date(iso))} ${londonDateAndTime(iso).date}`;
}

/** When a session runs, in London time: "Tue 15/12/2026, 10:00 to 16:00", or across days in full. */
export function sessionWhen(startsAt: string, endsAt: string): string {
  const start = londonDateAndTime(startsAt);
  const end = londonDateAndTime(endsAt);
  return start.date === end.date
    ? `${londonDay(startsAt)}, ${start.time} to ${end.time}`
    : `${londonDay(startsAt)}, ${start.time} to ${londonDay(endsAt)}, ${end.time}`;
}

/** The session's length in hours, to the half hour (as the server counts the hours attended). */
export function sessionHours(startsAt: string, endsAt: string): number {
  return Math.round(((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3600_000) * 2) / 2;
}

/** Whether a session has started (it can have attendance recorded; places can no longer be requested). */
export function hasStarted(startsAt: string): boolean {
  return new Date(startsAt).getTime() <= Date.now();
}
