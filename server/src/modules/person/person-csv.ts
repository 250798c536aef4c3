import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { IsoDate } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import { PersonType } from './person.enums';

/**
 * The CSV format of people, both ways: what the export writes and what the import reads
 * (RFC 4180 via the csv project's parser and writer, UTF-8 with a byte-order mark so Excel reads
 * accents, CRLF line ends, UK dates). Spreadsheet formulas are defused on the way out and that
 * defusing undone on the way in, so an exported file can be edited and imported again.
 */

/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): they get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of defuseFormula: "'+44 20..." read back is "+44 20...". */
export function undoDefusedFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function writeCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null>>): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => defuseFormula(cell ?? '')));
  return stringify(cells, { bom: true, record_delimiter: 'windows' });
}

/** One data row of an imported file: its line in the file (the header is line 1) and its cells. */
export type CsvRow = { line: number; cells: string[] };

/**
 * Reads a CSV file into its header and data rows, skipping blank lines (and lines of empty
 * cells). Any line ending is accepted. A file that is not CSV is refused naming `csv`, with
 * the line where reading stopped.
 */
export function readCsv(text: string): { header: string[]; rows: CsvRow[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new BadUserInput('csv', `The file could not be read as CSV${line ? ` (at line ${line})` : ''}: check for a quote that is opened but not closed, or a quote inside a cell that is not itself quoted`);
  }
  const rows = records
    .map(({ record, info }) => ({
      // info.lines is where the record ends; a quoted cell may span several lines.
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0),
      cells: record,
    }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...data] = rows;
  if (!header) throw new BadUserInput('csv', 'The file is empty: it needs a header row naming its columns, then one row per person');
  return { header: header.cells, rows: data };
}

/** Header cells compare without case, spacing, hyphens or underscores: "Given_name" is "given name". */
export function normaliseHeading(heading: string): string {
  return heading.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** dd/mm/yyyy (as written in the UK; d/m/yyyy too) or yyyy-mm-dd; null when not a real date. */
export function parseDate(value: string): IsoDate | null {
  const text = value.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const at = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === date ? date : null;
}

const TYPE_WORDS: Record<PersonType, string> = {
  VOLUNTEER: 'Volunteer',
  STAFF: 'Staff',
  COORDINATOR: 'Coordinator',
  TRUSTEE: 'Trustee',
  SESSIONAL_WORKER: 'Sessional worker',
};

export function personTypeWords(type: PersonType): string {
  return TYPE_WORDS[type];
}

/** "Sessional worker", "sessional-worker" and "SESSIONAL_WORKER" alike; null when none. */
export function parsePersonType(value: string): PersonType | null {
  const key = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return (Object.values(PersonType) as string[]).includes(key) ? (key as PersonType) : null;
}

export const PERSON_TYPE_CHOICES = Object.values(TYPE_WORDS)
  .map((word) => word.toLowerCase())
  .join(', ');
