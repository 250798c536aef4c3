import { randomUUID } from 'node:crypto';
import { validateSync } from 'class-validator';
import { recordEvent } from '../../audit/audit.service';
import { BadUserInput, NotFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { preparedQuery } from '../../db/prepared-query';
import { Centre } from '../centre/centre.entity';
import { Organisation } from '../organisation/organisation.entity';
import { IMPORT_MAX_ROWS, type ImportPeopleArgs, type ImportRowError, type PeopleImportResult } from './dto/people-csv.args';
import { CreatePersonArgs } from './dto/person.args';
import { normaliseHeading, parseDate, parsePersonType, PERSON_TYPE_CHOICES, readCsv, undoDefusedFormula, type CsvRow } from './person-csv';
import { Person } from './person.entity';
import { centresAfterEdit, EMAIL_TAKEN, normaliseEmail, requireStartDate } from './person.rules';

/** The columns of the import format, under the names people give them in spreadsheets. */
const COLUMNS = {
  givenName: { label: 'given name', required: true, headings: ['given name', 'first name', 'forename', 'forenames'] },
  familyName: { label: 'family name', required: true, headings: ['family name', 'last name', 'surname'] },
  personType: { label: 'type', required: true, headings: ['type', 'person type'] },
  startDate: { label: 'start date', required: true, headings: ['start date'] },
  email: { label: 'email', required: false, headings: ['email', 'email address', 'e mail'] },
  phone: { label: 'phone', required: false, headings: ['phone', 'phone number', 'telephone'] },
  centres: { label: 'centres', required: false, headings: ['centres', 'centre', 'centers', 'center'] },
  notes: { label: 'notes', required: false, headings: ['notes'] },
} as const;
type Column = keyof typeof COLUMNS;

/** A centre the caller may put people in, as loaded for the import. */
type UsableCentre = Pick<Centre, 'id' | 'name' | 'organisation'>;

/** CreatePersonArgs' properties (and the rules' fields) as the file's columns. */
const COLUMN_OF_FIELD: Record<string, string> = {
  givenName: 'given name',
  familyName: 'family name',
  personType: 'type',
  startDate: 'start date',
  email: 'email',
  phone: 'phone',
  centreIds: 'centres',
  notes: 'notes',
};

/** A row that passed every check, ready to insert. */
type Candidate = {
  line: number;
  id: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  personType: string;
  startDate: string;
  centreIds: string[];
  notes: string | null;
};

/** Raised inside the import's savepoint to undo it: a dry run, or a clash only the database saw. */
class UndoImport extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super('import undone');
  }
}

/**
 * People from a CSV file, all or nothing. Every row is checked against the same rules as
 * createPerson (its class-validator rules on a CreatePersonArgs per row, then person.rules), and
 * every problem is reported by line and column; if there is any, nothing is written. The rows
 * are then written in two statements whatever their number (people, then their centre spells),
 * as the caller, so row-level security and the audit triggers apply as for createPerson.
 */
export class PeopleImportService {
  async import(ctx: RequestContext, args: ImportPeopleArgs): Promise<PeopleImportResult> {
    const organisation = await this.managedOrganisation(ctx, args.organisationId);
    const { header, rows } = readCsv(args.csv);
    const columns = this.columns(header);
    if (rows.length === 0) throw new BadUserInput('csv', 'The file has a header but no rows of people under it');
    if (rows.length > IMPORT_MAX_ROWS) {
      throw new BadUserInput('csv', `The file has ${rows.length.toLocaleString('en-GB')} rows of people; import at most ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} at a time`);
    }

    // The centres the caller may put people in: for a coordinator, only their own.
    const centres = await ctx.em.find(Centre, { organisation }, { fields: ['id', 'name', 'organisation'] });
    const errors: ImportRowError[] = [];
    const candidates: Candidate[] = [];
    const emails: Array<{ line: number; email: string }> = [];
    for (const row of rows) {
      const { candidate, email } = this.check(ctx, organisation.id, centres, header.length, columns, row, errors);
      if (candidate) candidates.push(candidate);
      if (email) emails.push({ line: row.line, email });
    }
    await this.checkEmails(ctx, organisation.id, emails, errors);
    if (errors.length) return { imported: 0, rows: rows.length, errors: sortErrors(errors) };

    try {
      await ctx.em.transactional(async (em) => {
        const clashes = await this.insert(em, organisation.id, candidates);
        if (clashes.length) throw new UndoImport(clashes);
        if (args.dryRun) throw new UndoImport([]);
      });
    } catch (error) {
      if (error instanceof UndoImport) return { imported: 0, rows: rows.length, errors: sortErrors(error.errors) };
      throw error;
    }
    await recordEvent(ctx, { action: 'IMPORT', entityType: 'Person', organisationId: organisation.id, changes: { people: candidates.length } });
    return { imported: candidates.length, rows: rows.length, errors: [] };
  }

  /** Only an organisation the caller administers, or coordinates centres of; any other is not found. */
  private async managedOrganisation(ctx: RequestContext, id: string): Promise<Organisation> {
    const { scope } = ctx;
    const manages = scope.organisationIds.includes(id) || scope.memberOfOrganisationIds.includes(id);
    const organisation = isUuid(id) && manages ? await ctx.em.findOne(Organisation, { id }) : null;
    if (!organisation) throw new NotFound('Organisation', id);
    return organisation;
  }

  /** Which cell holds which column; unknown, repeated or missing columns are refused before any row is read. */
  private columns(header: string[]): Partial<Record<Column, number>> {
    const byHeading = new Map<string, Column>();
    for (const [column, spec] of Object.entries(COLUMNS) as Array<[Column, (typeof COLUMNS)[Column]]>) {
      for (const heading of spec.headings) byHeading.set(heading, column);
    }
    const found: Partial<Record<Column, number>> = {};
    const unknown: string[] = [];
    header.forEach((heading, index) => {
      const column = byHeading.get(normaliseHeading(heading));
      if (!column) {
        if (heading.trim()) unknown.push(heading.trim());
        return;
      }
      if (found[column] !== undefined) throw new BadUserInput('csv', `The header names the ${COLUMNS[column].label} column twice`);
      found[column] = index;
    });
    const accepted = Object.values(COLUMNS).map((spec) => spec.label).join(', ');
    if (unknown.length) {
      throw new BadUserInput('csv', `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((h) => `"${h.slice(0, 40)}"`).slice(0, 5).join(', ')}: the columns are ${accepted}`);
    }
    const missing = (Object.keys(COLUMNS) as Column[]).filter((column) => COLUMNS[column].required && found[column] === undefined);
    if (missing.length) {
      throw new BadUserInput('csv', `The header is missing the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => COLUMNS[c].label).join(', ')} (the columns are ${accepted})`);
    }
    return found;
  }

  /** One row against createPerson's rules; its problems go to `errors`. */
  private check(
    ctx: RequestContext,
    organisationId: string,
    centres: UsableCentre[],
    width: number,
    columns: Partial<Record<Column, number>>,
    row: CsvRow,
    errors: ImportRowError[],
  ): { candidate: Candidate | null; email: string | null } {
    const problem = (field: string | null, message: string) => errors.push({ row: row.line, field, message });
    if (row.cells.length !== width) {
      problem(null, `This row has ${row.cells.length} cells where the header has ${width}: check for a stray comma or a cell that should be quoted`);
      return { candidate: null, email: null };
    }
    const cell = (column: Column): string | undefined => {
      const index = columns[column];
      return index === undefined ? undefined : undoDefusedFormula(row.cells[index]!);
    };
    const optional = (column: Column) => (cell(column)?.trim() ? cell(column) : undefined);
    const before = errors.length;

    const typeText = cell('personType') ?? '';
    const personType = parsePersonType(typeText);
    if (!personType) problem('type', typeText.trim() ? `type must be one of ${PERSON_TYPE_CHOICES}` : 'type must be given');
    const dateText = cell('startDate') ?? '';
    const startDate = parseDate(dateText);
    if (!startDate) problem('start date', dateText.trim() ? 'start date must be a date written as dd/mm/yyyy' : 'start date must be given');
    const centreIds = this.centreIds(centres, optional('centres'), problem);

    // The same class-validator rules as the createPerson mutation's arguments.
    const args = Object.assign(new CreatePersonArgs(), {
      organisationId,
      givenName: cell('givenName') ?? '',
      familyName: cell('familyName') ?? '',
      personType: personType ?? undefined,
      startDate: startDate ?? undefined,
      email: optional('email'),
      phone: optional('phone'),
      notes: optional('notes'),
      centreIds: centreIds ?? undefined,
    });
    for (const failure of validateSync(args, { forbidUnknownValues: false })) {
      const field = COLUMN_OF_FIELD[failure.property] ?? failure.property;
      for (const message of Object.values(failure.constraints ?? {})) problem(field, message.replace(failure.property, field));
    }
    // Then the service's rules, from the same functions createPerson uses.
    const rule = (check: () => void) => {
      try {
        check();
      } catch (error) {
        if (!(error instanceof BadUserInput)) throw error;
        problem(COLUMN_OF_FIELD[error.field] ?? error.field, error.message);
      }
    };
    if (startDate) rule(() => requireStartDate(ctx.clock.today, startDate));
    let assigned: string[] = [];
    if (centreIds) rule(() => (assigned = centresAfterEdit(ctx.scope, organisationId, new Map(centres.map((c) => [c.id, c])), [], centreIds)));

    // Duplicates are looked for among every row's email, valid or not, so fixing one row never reveals another problem.
    const email = normaliseEmail(args.email);
    if (errors.length > before || !personType || !startDate || !centreIds) return { candidate: null, email };
    const candidate: Candidate = {
      line: row.line,
      id: randomUUID(),
      givenName: tidy(args.givenName),
      familyName: tidy(args.familyName),
      email,
      phone: tidy(args.phone) || null,
      personType,
      startDate,
      centreIds: assigned,
      notes: tidy(args.notes) || null,
    };
    return { candidate, email };
  }

  /** Centre names (";"-separated, any case) to ids among the centres the caller may use; null after a problem. */
  private centreIds(centres: UsableCentre[], text: string | undefined, problem: (field: string, message: string) => void): string[] | null {
    if (!text) return [];
    const ids: string[] = [];
    let ok = true;
    for (const name of text.split(';').map((part) => part.trim()).filter(Boolean)) {
      const matches = centres.filter((centre) => centre.name.trim().toLowerCase() === name.toLowerCase());
      if (matches.length === 1) {
        ids.push(matches[0]!.id);
      } else {
        ok = false;
        problem(
          'centres',
          matches.length
            ? `"${name}" names ${matches.length} centres of this organisation: rename one of them first, then import`
            : `"${name.slice(0, 100)}" is not one of this organisation's centres that you manage`,
        );
      }
    }
    return ok ? ids : null;
  }

  /**
   * An email belongs to one person per organisation: a repeat within the file, or an email
   * someone already has, is reported on its row (never merged). People the caller cannot see are
   * caught by the database's unique index when writing (see insert).
   */
  private async checkEmails(ctx: RequestContext, organisationId: string, emails: Array<{ line: number; email: string }>, errors: ImportRowError[]): Promise<void> {
    const firstLine = new Map<string, number>();
    for (const { line, email } of emails) {
      const first = firstLine.get(email);
      if (first === undefined) firstLine.set(email, line);
      else errors.push({ row: line, field: 'email', message: `Row ${first} of this file has the same email address; each person needs their own` });
    }
    if (!firstLine.size) return;
    const taken = await ctx.em.find(Person, { organisation: organisationId, email: { $in: [...firstLine.keys()] } }, { fields: ['email'] });
    const takenEmails = new Set(taken.map((person) => person.email));
    for (const { line, email } of emails) {
      if (takenEmails.has(email)) errors.push({ row: line, field: 'email', message: EMAIL_TAKEN });
    }
  }

  /**
   * Two statements for any number of rows: the rows travel as one JSON parameter (no limit on
   * bind parameters, one plan). A clash with someone the caller cannot see is skipped by the
   * unique index (on conflict do nothing) and reported; the caller then undoes the savepoint.
   */
  private async insert(em: RequestContext['em'], organisationId: string, candidates: Candidate[]): Promise<ImportRowError[]> {
    const people = candidates.map((c) => ({
      id: c.id,
      given_name: c.givenName,
      family_name: c.familyName,
      email: c.email,
      phone: c.phone,
      person_type: c.personType,
      start_date: c.startDate,
      centre_ids: c.centreIds,
      notes: c.notes,
    }));
    const inserted = await preparedQuery<{ id: string }>(
      em,
      `insert into person (id, organisation_id, given_name, family_name, email, phone, person_type, start_date, centre_ids, notes)
       select r.id, $1::uuid, r.given_name, r.family_name, r.email, r.phone, r.person_type, r.start_date, r.centre_ids, r.notes
       from jsonb_to_recordset($2::jsonb) as r(id uuid, given_name text, family_name text, email text, phone text, person_type text, start_date date, centre_ids uuid[], notes text)
       on conflict (organisation_id, lower(email)) where email is not null do nothing
       returning id`,
      [organisationId, JSON.stringify(people)],
    );
    if (inserted.length < candidates.length) {
      const written = new Set(inserted.map((row) => row.id));
      return candidates.filter((c) => !written.has(c.id)).map((c) => ({ row: c.line, field: 'email', message: EMAIL_TAKEN }));
    }
    const spells = candidates.flatMap((c) => c.centreIds.map((centreId) => ({ person_id: c.id, centre_id: centreId, started_on: c.startDate })));
    if (spells.length) {
      await preparedQuery(
        em,
        `insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on)
         select gen_random_uuid(), r.person_id, $1::uuid, r.centre_id, r.started_on
         from jsonb_to_recordset($2::jsonb) as r(person_id uuid, centre_id uuid, started_on date)`,
        [organisationId, JSON.stringify(spells)],
      );
    }
    return [];
  }
}

/** By line, then whole-row problems first and cells in the format's column order. */
function sortErrors(errors: ImportRowError[]): ImportRowError[] {
  const order = [null, ...Object.values(COLUMNS).map((spec) => spec.label)] as Array<string | null>;
  return errors.sort((a, b) => a.row - b.row || order.indexOf(a.field) - order.indexOf(b.field));
}
