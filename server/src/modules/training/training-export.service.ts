import { recordEvents, type AuditedEvent } from '../../audit/audit.service';
import { ukDate } from '../../common/dates';
import { BadUserInput } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import type { CsvField } from '../../db/read-model';
import { TrainingState } from '../clearance/clearance.enums';
import { writeCsv } from '../person';
import type { TrainingMatrixFilter } from './compliance.types';
import { readTrainingMatrix } from './compliance.read';
import type { TrainingRecordFilter } from './dto/training-record.args';
import { TRAINING_RECORD_FIELDS } from './training-record.read-model';
import type { TrainingRecordView } from './training-record.view';
import { readTrainingRecords, recordsWhere } from './training-records.read';
import { TrainingOutcome, TrainingSource } from './training.enums';

/** More than this many records in one file is refused: narrow the filter. */
export const RECORDS_EXPORT_MAX = 20_000;

const OUTCOME_WORDS: Record<TrainingOutcome, string> = {
  ATTENDED: 'Attended',
  PASSED: 'Passed',
  CREDITS_AWARDED: 'Credits awarded',
  DID_NOT_ATTEND: 'Did not attend',
  FAILED: 'Failed',
};
const SOURCE_WORDS: Record<TrainingSource, string> = { NACCC: 'NACCC', EXTERNAL: 'External' };
const STATE_WORDS: Record<TrainingState, string> = { CURRENT: 'Current', EXPIRING: 'Expiring', EXPIRED: 'Expired', MISSING: 'Missing' };

/** Each record column's cell, in the order of the read model's CSV headings. */
const CELLS = {
  personName: (r) => r.personName,
  source: (r) => SOURCE_WORDS[r.source],
  courseCode: (r) => r.courseCode,
  courseTitle: (r) => r.courseTitle,
  externalProvider: (r) => r.externalProvider,
  completedOn: (r) => ukDate(r.completedOn),
  outcome: (r) => OUTCOME_WORDS[r.outcome],
  credits: (r) => String(r.credits),
  hours: (r) => String(r.hours),
  certificateRef: (r) => r.certificateRef,
  expiresOn: (r) => (r.expiresOn ? ukDate(r.expiresOn) : null),
  recordedByName: (r) => r.recordedByName,
} satisfies Record<CsvField<typeof TRAINING_RECORD_FIELDS>, (record: TrainingRecordView) => string | null>;

/**
 * Training as spreadsheets: the records a filter selects, and a compliance matrix. Audited like
 * the people export: one entry per organisation whose people are in the file (never the
 * filter's organisation), or one in the caller's own trail when the file is empty.
 */
export class TrainingExportService {
  async recordsCsv(ctx: RequestContext, filter?: TrainingRecordFilter | null): Promise<string> {
    const { records, total } = await readTrainingRecords(ctx, recordsWhere(filter), { page: 0, perPage: RECORDS_EXPORT_MAX, sortField: 'completedOn', sortOrder: 'DESC' });
    if (total > RECORDS_EXPORT_MAX) throw new BadUserInput('filter', `More than ${RECORDS_EXPORT_MAX.toLocaleString('en-GB')} records match: narrow the filter and export in parts`);
    const fields = Object.keys(CELLS) as Array<keyof typeof CELLS>;
    await recordEvents(ctx, exportEntries(ctx, records.map((r) => r.organisationId), 'TrainingRecord', 'records'));
    return writeCsv(
      fields.map((field) => TRAINING_RECORD_FIELDS[field].csv),
      records.map((record) => fields.map((field) => CELLS[field](record))),
    );
  }

  async matrixCsv(ctx: RequestContext, filter: TrainingMatrixFilter): Promise<string> {
    const matrix = await readTrainingMatrix(ctx, filter);
    const header = ['Person', 'Type', 'Mandatory training', ...matrix.courses.flatMap((c) => [`${c.code} ${c.title}`, `${c.code} expires on`]), 'Hours (12 months)', 'Credits (12 months)'];
    const lines = matrix.rows.map((row) => {
      const cells = new Map(row.cells.map((cell) => [cell.courseId, cell]));
      return [
        row.personName,
        row.personType.charAt(0) + row.personType.slice(1).toLowerCase().replace(/_/g, ' '),
        STATE_WORDS[row.trainingStatus],
        ...matrix.courses.flatMap((course) => {
          const cell = cells.get(course.id);
          return cell ? [STATE_WORDS[cell.state], cell.expiresOn ? ukDate(cell.expiresOn) : null] : ['Not required', null];
        }),
        String(row.hoursLast12Months),
        String(row.creditsLast12Months),
      ];
    });
    await recordEvents(ctx, exportEntries(ctx, matrix.rows.map((r) => r.organisationId), 'TrainingMatrix', 'people'));
    return writeCsv(header, lines);
  }
}

function exportEntries(ctx: RequestContext, organisationIds: readonly string[], entityType: string, what: string): AuditedEvent[] {
  const perOrganisation = new Map<string, number>();
  for (const id of organisationIds) perOrganisation.set(id, (perOrganisation.get(id) ?? 0) + 1);
  const entry = (organisationId: string | null, n: number): AuditedEvent => ({
    action: 'EXPORT',
    entityType,
    organisationId,
    changes: { format: 'csv', [what]: n, [`${what}InFile`]: organisationIds.length },
  });
  if (perOrganisation.size) return [...perOrganisation].map(([organisationId, n]) => entry(organisationId, n));
  const own = new Set([...ctx.scope.organisationIds, ...ctx.scope.memberOfOrganisationIds]);
  return [entry(own.size === 1 ? [...own][0]! : null, 0)];
}
