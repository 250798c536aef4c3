import { recordEvents, type AuditedEvent } from '../../audit/audit.service';
import { ukDate } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { ClearanceStatus, TrainingState } from '../clearance/clearance.enums';
import { clearanceAction } from '../clearance';
import { preparedQuery } from '../../db/prepared-query';
import type { CsvField } from '../../db/read-model';
import { DbsLevel } from '../dbs/dbs.enums';
import type { PersonFilter } from './dto/person.args';
import { personTypeWords, writeCsv } from './person-csv';
import { leadsAnyone, leadsSafeguardingOf } from './person.policy';
import { PERSON_FIELDS } from './person.read-model';
import { peopleMatching } from './people.filter';
import { inScope } from './people.read';
import { PersonStatus, type PersonType } from './person.enums';

/** More than this many people in one file is refused (the whole network holds about 6,000). */
export const EXPORT_MAX_ROWS = 20_000;

const STATUS_WORDS: Record<PersonStatus, string> = { ACTIVE: 'Active', LEFT: 'Left' };

const CLEARANCE_WORDS: Record<ClearanceStatus, string> = {
  CLEARED: 'Cleared',
  EXPIRING: 'Expiring',
  EXPIRED: 'Expired',
  MISSING_DBS: 'Missing DBS',
  WRONG_LEVEL: 'Wrong DBS level',
  NOT_CLEARED: 'Not cleared',
  NEEDS_NEW_CHECK: 'Needs a new check',
  TRAINING_MISSING: 'Mandatory training missing',
  TRAINING_EXPIRED: 'Mandatory training expired',
  TRAINING_EXPIRING: 'Mandatory training expiring',
};

const TRAINING_WORDS: Record<TrainingState, string> = { CURRENT: 'Current', EXPIRING: 'Expiring', EXPIRED: 'Expired', MISSING: 'Missing' };

const LEVEL_WORDS: Record<DbsLevel, string> = {
  BASIC: 'Basic',
  STANDARD: 'Standard',
  ENHANCED: 'Enhanced',
  ENHANCED_BARRED: "Enhanced with children's barred list",
};

type Row = {
  organisation_id: string;
  given_name: string;
  family_name: string;
  email: string | null;
  phone: string | null;
  person_type: PersonType;
  status: PersonStatus;
  start_date: string;
  leave_date: string | null;
  centre_ids: string[];
  centres: string | null;
  clearance_status: ClearanceStatus;
  clearance_expires_on: string | null;
  required_level: DbsLevel;
  dbs_level: DbsLevel | null;
  training_status: TrainingState;
  training_due: string[];
  training_expires_on: string | null;
};

/**
 * How each column's cell is written, in the file's order. Which fields the file has, their
 * headings and who sees them are declared on the read model (person.read-model.ts, `csv` and
 * `access`): a field given a heading there does not compile until it has a cell here. A column
 * only a person's leads see is left out of the file of a caller who leads nobody, and empty on
 * the rows of people the caller does not lead.
 */
const CELLS = {
  givenName: (row) => row.given_name,
  familyName: (row) => row.family_name,
  email: (row) => row.email,
  phone: (row) => row.phone,
  personType: (row) => personTypeWords(row.person_type),
  status: (row) => STATUS_WORDS[row.status],
  startDate: (row) => ukDate(row.start_date),
  leaveDate: (row) => (row.leave_date ? ukDate(row.leave_date) : null),
  centreIds: (row) => row.centres,
  clearanceStatus: (row) => CLEARANCE_WORDS[row.clearance_status],
  clearanceExpiresOn: (row) => (row.clearance_expires_on ? ukDate(row.clearance_expires_on) : null),
  clearanceAction: (row) =>
    clearanceAction({
      status: row.clearance_status,
      requiredLevel: row.required_level,
      expiresOn: row.clearance_expires_on,
      trainingDue: row.training_due,
      trainingExpiresOn: row.training_expires_on,
    }),
  trainingStatus: (row) => TRAINING_WORDS[row.training_status],
  trainingDue: (row) => row.training_due.join('; '),
  trainingExpiresOn: (row) => (row.training_expires_on ? ukDate(row.training_expires_on) : null),
  latestDbsLevel: (row) => (row.dbs_level ? LEVEL_WORDS[row.dbs_level] : null),
} satisfies Record<CsvField<typeof PERSON_FIELDS>, (row: Row) => string | null>;

const COLUMNS: ReadonlyArray<{ heading: string; everyone: boolean; cell: (row: Row) => string | null }> = (
  Object.keys(CELLS) as Array<keyof typeof CELLS>
).map((field) => ({ heading: PERSON_FIELDS[field].csv, everyone: PERSON_FIELDS[field].access === 'everyone', cell: CELLS[field] }));

/**
 * The people a list filter selects, as a CSV file, in one statement whatever their number: the
 * people (within the caller's scope, and under row-level security) with their centres' names and
 * their clearance. Columns and cells follow the field-level policy; never a certificate number
 * (the application cannot even read one).
 *
 * The export is audited in the trail of each organisation whose people it holds, with how many
 * (a national export of the network writes one entry per organisation); an export that matched
 * nobody is recorded in the caller's own trail. The organisation never comes from the filter.
 */
export class PeopleExportService {
  async csv(ctx: RequestContext, filter?: PersonFilter | null): Promise<string> {
    const condition = peopleMatching(ctx, filter);
    const rows = await preparedQuery<Row>(
      ctx.em,
      `select p.organisation_id, p.given_name, p.family_name, p.email, p.phone, p.person_type, p.status,
              p.start_date::text as start_date, p.leave_date::text as leave_date, p.centre_ids,
              -- Names of the centres the caller can see (row-level security applies inside too).
              (select string_agg(c.name, '; ' order by c.name) from centre c where c.id = any (p.centre_ids)) as centres,
              pc.status as clearance_status, pc.expires_on::text as clearance_expires_on, pc.required_level, pc.dbs_level,
              pc.training_status, pc.training_due, pc.training_expires_on::text as training_expires_on
       from person p join person_clearance pc on pc.person_id = p.id
       where ${inScope(ctx, condition)}
       order by p.family_name asc, p.given_name asc, p.id asc
       limit ${condition.binds.bind(EXPORT_MAX_ROWS + 1)}`,
      condition.binds.values,
    );
    if (rows.length > EXPORT_MAX_ROWS) {
      throw new BadUserInput('filter', `More than ${EXPORT_MAX_ROWS.toLocaleString('en-GB')} people match: narrow the filter (organisation, centre, type or status) and export in parts`);
    }

    const columns = COLUMNS.filter((column) => column.everyone || leadsAnyone(ctx));
    const lines = rows.map((row) => {
      const led = leadsSafeguardingOf(ctx, { organisationId: row.organisation_id, centreIds: row.centre_ids });
      return columns.map((column) => (led || column.everyone ? column.cell(row) : null));
    });
    await recordEvents(ctx, exportEntries(ctx, rows));
    return writeCsv(
      columns.map((column) => column.heading),
      lines,
    );
  }
}

/** One entry per organisation whose people left in the file, or one in the caller's own trail when nobody did. */
function exportEntries(ctx: RequestContext, rows: readonly Row[]): AuditedEvent[] {
  const perOrganisation = new Map<string, number>();
  for (const row of rows) perOrganisation.set(row.organisation_id, (perOrganisation.get(row.organisation_id) ?? 0) + 1);
  const entry = (organisationId: string | null, people: number): AuditedEvent => ({
    action: 'EXPORT',
    entityType: 'Person',
    organisationId,
    changes: { format: 'csv', people, peopleInFile: rows.length },
  });
  if (perOrganisation.size) return [...perOrganisation].map(([organisationId, people]) => entry(organisationId, people));
  const own = new Set([...ctx.scope.organisationIds, ...ctx.scope.memberOfOrganisationIds]);
  return [entry(own.size === 1 ? [...own][0]! : null, 0)];
}
