import { BadUserInput } from './errors';

/** Calendar dates travel as ISO strings (YYYY-MM-DD, the LocalDate scalar), never as instants. */
export type IsoDate = string;

/** The earliest date any record here can carry: well before the DBS (and the CRB before it). */
export const EARLIEST_DATE: IsoDate = '1950-01-01';

export function addDays(date: IsoDate, days: number): IsoDate {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** dd/mm/yyyy, as people in the UK write dates. */
export function ukDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** Refuses a date outside [earliest, latest], naming the field; ISO dates compare as strings. */
export function requireDateBetween(field: string, value: IsoDate, earliest: IsoDate, latest: IsoDate, what: string): void {
  if (value < earliest) throw new BadUserInput(field, `${what} cannot be before ${ukDate(earliest)}`);
  if (value > latest) throw new BadUserInput(field, `${what} cannot be after ${ukDate(latest)}`);
}
