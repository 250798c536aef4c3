import { Binds, uuidArray } from '../../db/binds';
import { preparedQuery } from '../../db/prepared-query';
import { containsPattern, orderBy, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import { isUuid } from '../../common/ids';
import { peopleWorkingAtSql, trainingRecordRule } from '../../tenancy/tenant-filter';
import type { TrainingRecordFilter } from './dto/training-record.args';
import { TRAINING_RECORD_READ_MODEL } from './training-record.read-model';
import type { TrainingRecordView } from './training-record.view';

/**
 * Reading training records: one prepared statement builds each record as JSON (no entity), from
 * the read model, within the caller's scope (the tenancy rule's SQL; row-level security underneath).
 */
const RECORD_JSON = TRAINING_RECORD_READ_MODEL.json({});
const FROM = 'training_record r left join course c on c.id = r.course_id';

/** A condition on `training_record r` with its values; the caller's scope is added when it is read. */
export type RecordCondition = { binds: Binds; where: string };

export function recordsWhere(filter: TrainingRecordFilter | null | undefined): RecordCondition {
  const binds = new Binds();
  const { bind } = binds;
  const parts: string[] = [];
  const columns = TRAINING_RECORD_READ_MODEL.filterColumns;
  const id = (value: string | null | undefined) => (value && isUuid(value) ? value : '00000000-0000-0000-0000-000000000000');
  if (filter?.ids) parts.push(`${columns.id} = any (${bind(uuidArray(filter.ids.filter(isUuid)))}::uuid[])`);
  if (filter?.personId != null) parts.push(`${columns.personId} = ${bind(id(filter.personId))}`);
  if (filter?.organisationId != null) parts.push(`${columns.organisationId} = ${bind(id(filter.organisationId))}`);
  if (filter?.courseId != null) parts.push(`${columns.courseId} = ${bind(id(filter.courseId))}`);
  if (filter?.sessionId != null) parts.push(`${columns.sessionId} = ${bind(id(filter.sessionId))}`);
  if (filter?.centreId != null) parts.push(`r.person_id in ${peopleWorkingAtSql(`${bind(uuidArray([id(filter.centreId)]))}::uuid[]`)}`);
  if (filter?.source) parts.push(`${columns.source} = ${bind(filter.source)}`);
  if (filter?.outcome) parts.push(`${columns.outcome} = ${bind(filter.outcome)}`);
  if (filter?.q?.trim()) parts.push(`coalesce((select c2.title from course c2 where c2.id = r.course_id), r.external_course) ilike ${bind(containsPattern(filter.q))}`);
  return { binds, where: parts.length ? parts.map((part) => `(${part})`).join(' and ') : 'true' };
}

function inScope(ctx: RequestContext, condition: RecordCondition): string {
  return `${trainingRecordRule.sql(ctx.scope, 'r', condition.binds.bind)} and ${condition.where}`;
}

/** A page of records and how many match in all. */
export async function readTrainingRecords(ctx: RequestContext, condition: RecordCondition, list: ListArgs): Promise<{ records: TrainingRecordView[]; total: number }> {
  const { column, direction } = orderBy(list, TRAINING_RECORD_READ_MODEL.sortColumns, 'completedOn');
  const { bind, values } = condition.binds;
  const where = inScope(ctx, condition);
  const order = `${column} ${direction} nulls last, r.id asc`;
  const [row] = await preparedQuery<{ total: number; records: TrainingRecordView[] }>(
    ctx.em,
    `select (select count(*)::int from training_record r where ${where}) as total,
            coalesce((select json_agg(page.record order by page.n)
                      from (select ${RECORD_JSON} as record, row_number() over (order by ${order}) as n
                            from ${FROM} where ${where} order by ${order}
                            limit ${bind(list.perPage)} offset ${bind(list.page * list.perPage)}) page), '[]') as records`,
    values,
  );
  return row!;
}

/** How many records match. */
export async function countTrainingRecords(ctx: RequestContext, condition: RecordCondition): Promise<number> {
  const [row] = await preparedQuery<{ n: number }>(ctx.em, `select count(*)::int as n from training_record r where ${inScope(ctx, condition)}`, condition.binds.values);
  return row!.n;
}

/** One record in the caller's scope, or null. */
export async function readTrainingRecord(ctx: RequestContext, id: string): Promise<TrainingRecordView | null> {
  if (!isUuid(id)) return null;
  const condition = recordsWhere({ ids: [id] });
  const rows = await preparedQuery<{ record: TrainingRecordView }>(ctx.em, `select ${RECORD_JSON} as record from ${FROM} where ${inScope(ctx, condition)}`, condition.binds.values);
  return rows[0]?.record ?? null;
}

/** Records by id (a cohort's answer), in the order asked. */
export async function readTrainingRecordsById(ctx: RequestContext, ids: readonly string[]): Promise<TrainingRecordView[]> {
  if (!ids.length) return [];
  const condition = recordsWhere({ ids: [...ids] });
  const rows = await preparedQuery<{ record: TrainingRecordView }>(ctx.em, `select ${RECORD_JSON} as record from ${FROM} where ${inScope(ctx, condition)}`, condition.binds.values);
  const byId = new Map(rows.map((row) => [row.record.id, row.record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A session's records, oldest first, each with the fields named (all of them when left out): a
 * recorded cohort's answer, built with what the sheet asks for and no count.
 */
export async function readSessionRecords(ctx: RequestContext, sessionId: string, fields?: readonly string[]): Promise<TrainingRecordView[]> {
  const condition = recordsWhere({ sessionId });
  const json = fields ? TRAINING_RECORD_READ_MODEL.jsonOf(fields) : RECORD_JSON;
  const [row] = await preparedQuery<{ records: TrainingRecordView[] }>(
    ctx.em,
    `select coalesce(json_agg(${json} order by r.completed_on, r.id), '[]') as records from ${FROM} where ${inScope(ctx, condition)}`,
    condition.binds.values,
  );
  return row!.records;
}
