import { recordEvent } from '../../audit/audit.service';
import { ukDate } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { ClearanceStatus } from '../clearance/clearance.enums';
import { clearanceAction } from '../clearance/person-clearance';
import { preparedQuery } from '../../db/prepared-query';
import { DbsLevel } from '../dbs/dbs.enums';
import type { PersonFilter } from './dto/person.args';
import { personTypeWords, writeCsv } from './person-csv';
import { managesSafeguarding } from './person.access';
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
};

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
};

/**
 * The people a list filter selects, as a CSV file, in one statement whatever their number: the
 * people (within the caller's scope, and under row-level security) with their centres' names and
 * their clearance. Compliance status for everyone who may see the person; the DBS level only for
 * their organisation's admins and coordinators; never a certificate number (the application
 * cannot even read one). The export is audited.
 */
export class PeopleExportService {
  async csv(ctx: RequestContext, filter?: PersonFilter | null): Promise<string> {
    const condition = peopleMatching(filter);
    const rows = await preparedQuery<Row>(
      ctx.em,
      `select p.organisation_id, p.given_name, p.family_name, p.email, p.phone, p.person_type, p.status,
              p.start_date::text as start_date, p.leave_date::text as leave_date, p.centre_ids,
              -- Names of the centres the caller can see (row-level security applies inside too).
              (select string_agg(c.name, '; ' order by c.name) from centre c where c.id = any (p.centre_ids)) as centres,
              pc.status as clearance_status, pc.expires_on::text as clearance_expires_on, pc.required_level, pc.dbs_level
       from person p join person_clearance pc on pc.person_id = p.id
       where ${inScope(ctx, condition)}
       order by p.family_name asc, p.given_name asc, p.id asc
       limit ${condition.binds.bind(EXPORT_MAX_ROWS + 1)}`,
      condition.binds.values,
    );
    if (rows.length > EXPORT_MAX_ROWS) {
      throw new BadUserInput('filter', `More than ${EXPORT_MAX_ROWS.toLocaleString('en-GB')} people match: narrow the filter (organisation, centre, type or status) and export in parts`);
    }

    // Member roles (org admins, coordinators) see DBS levels of their own people; others never get the column.
    const showsLevels = ctx.scope.organisationIds.length > 0 || ctx.scope.centreIds.length > 0;
    const header = [
      'Given name',
      'Family name',
      'Email',
      'Phone',
      'Type',
      'Status',
      'Start date',
      'Leave date',
      'Centres',
      'Clearance status',
      'DBS expires on',
      'Action needed',
      ...(showsLevels ? ['Latest DBS level'] : []),
    ];
    const lines = rows.map((row) => {
      const managed = managesSafeguarding(ctx, { organisationId: row.organisation_id, centreIds: row.centre_ids });
      return [
        row.given_name,
        row.family_name,
        row.email,
        row.phone,
        personTypeWords(row.person_type),
        STATUS_WORDS[row.status],
        ukDate(row.start_date),
        row.leave_date ? ukDate(row.leave_date) : null,
        row.centres,
        CLEARANCE_WORDS[row.clearance_status],
        row.clearance_expires_on ? ukDate(row.clearance_expires_on) : null,
        clearanceAction({ status: row.clearance_status, requiredLevel: row.required_level, expiresOn: row.clearance_expires_on }),
        ...(showsLevels ? [managed && row.dbs_level ? LEVEL_WORDS[row.dbs_level] : null] : []),
      ];
    });
    await recordEvent(ctx, {
      action: 'EXPORT',
      entityType: 'Person',
      organisationId: this.auditOrganisation(ctx, filter),
      changes: { format: 'csv', people: rows.length },
    });
    return writeCsv(header, lines);
  }

  /** Whose audit trail records the export: the filtered organisation, or the caller's only one. */
  private auditOrganisation(ctx: RequestContext, filter?: PersonFilter | null): string | null {
    if (filter?.organisationId && isUuid(filter.organisationId)) return filter.organisationId;
    const own = new Set([...ctx.scope.organisationIds, ...ctx.scope.memberOfOrganisationIds]);
    return own.size === 1 ? [...own][0]! : null;
  }
}
