import { raw } from '@mikro-orm/core';
import { recordEvent } from '../../audit/audit.service';
import { ukDate } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { ClearanceStatus } from '../clearance/clearance.enums';
import { clearanceAction, clearanceByPerson, type PersonClearance } from '../clearance/person-clearance';
import { DbsLevel } from '../dbs/dbs.enums';
import type { PersonFilter } from './dto/person.args';
import { personTypeWords, writeCsv } from './person-csv';
import { managesSafeguarding } from './person.access';
import { Person } from './person.entity';
import { PersonStatus, type PersonType } from './person.enums';
import { PersonService } from './person.service';

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
  id: string;
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
};

/**
 * The people a list filter selects, as a CSV file, in two statements whatever their number: the
 * people with their centres' names (through the tenant filter and row-level security), then
 * their clearance (the clearance DataLoader, one batch). Compliance status for everyone who may
 * see the person; the DBS level only for their organisation's admins and coordinators; never a
 * certificate number (the application cannot even read one). The export is audited.
 */
export class PeopleExportService {
  private readonly people = new PersonService();

  async csv(ctx: RequestContext, filter?: PersonFilter | null): Promise<string> {
    const qb = ctx.em
      .createQueryBuilder(Person, 'p')
      .select([
        'p.id',
        raw('p.organisation_id'),
        raw('p.given_name'),
        raw('p.family_name'),
        'p.email',
        'p.phone',
        raw('p.person_type'),
        'p.status',
        raw('p.start_date::text as start_date'),
        raw('p.leave_date::text as leave_date'),
        raw('p.centre_ids'),
        // Names of the centres the caller can see (row-level security applies inside too).
        raw(`(select string_agg(c.name, '; ' order by c.name) from centre c where c.id = any (p.centre_ids)) as centres`),
      ])
      .where(this.people.where(filter))
      .orderBy([{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }])
      .limit(EXPORT_MAX_ROWS + 1);
    await qb.applyFilters();
    const rows = await qb.execute<Row[]>('all', false);
    if (rows.length > EXPORT_MAX_ROWS) {
      throw new BadUserInput('filter', `More than ${EXPORT_MAX_ROWS.toLocaleString('en-GB')} people match: narrow the filter (organisation, centre, type or status) and export in parts`);
    }

    const clearances = await clearanceByPerson(ctx).loadMany(rows.map((row) => row.id));
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
    const lines = rows.map((row, index) => {
      const found = clearances[index];
      const clearance = found && !(found instanceof Error) ? (found as PersonClearance) : null;
      const managed = managesSafeguarding(ctx, { organisation: { id: row.organisation_id } as Person['organisation'], centreIds: row.centre_ids });
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
        clearance ? CLEARANCE_WORDS[clearance.status] : null,
        clearance?.expiresOn ? ukDate(clearance.expiresOn) : null,
        clearance ? clearanceAction(clearance) : null,
        ...(showsLevels ? [managed && clearance?.dbsLevel ? LEVEL_WORDS[clearance.dbsLevel] : null] : []),
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
