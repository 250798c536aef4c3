import type { EntityDictionary } from '@mikro-orm/core';
import { validateSync } from 'class-validator';
import { londonDate } from '../../common/clock';
import { BadUserInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../common/request-context';
import { tidy } from '../../common/validation';
import { preparedQuery } from '../../db/prepared-query';
import { CourseSession } from './course-session.entity';
import { CohortResultInput, type RecordCohortAttendanceArgs } from './dto/training-record.args';
import { readSessionRecords } from './training-records.read';
import type { TrainingRecordView } from './training-record.view';
import { TrainingOutcome } from './training.enums';

/** One problem with one row of a cohort: its position (from 1), whose row it is, the field and why. */
export type CohortRowError = { row: number; personId: string; field: string; message: string };

/** A cohort refused: BAD_USER_INPUT naming `results`, with every row's problems in `extensions.rows`. */
export class CohortRowErrors extends BadUserInput {
  constructor(readonly rows: readonly CohortRowError[]) {
    super('results', `${rows.length} ${rows.length === 1 ? 'row needs' : 'rows need'} correcting; nothing was recorded`);
  }
  override extensions() {
    return { ...super.extensions(), rows: this.rows };
  }
}

export type CohortOutcome = { session: CourseSession; records: TrainingRecordView[]; created: number; corrected: number; unchanged: number };

const WITH_CREDITS: readonly TrainingOutcome[] = [TrainingOutcome.PASSED, TrainingOutcome.CREDITS_AWARDED];
const ABSENT: readonly TrainingOutcome[] = [TrainingOutcome.DID_NOT_ATTEND];

/** The session's own columns, as `course_session` has them (mapped to the entity for the answer). */
type SessionColumns = { status: string; starts_at: Date; ends_at: Date; course_id: string } & Record<string, unknown>;
type SessionRow = SessionColumns & { credit_value: number; title: string; taken: number };
type Enrolled = { person_id: string; name: string };
type Row = { person_id: string; outcome: TrainingOutcome; credits: number; hours: number; certificate_ref: string | null };

/**
 * A whole session's attendance in one transaction, all rows or none, in the same five statements
 * for 5 people or 500: the session (locked), its enrolments, one insert-or-correct of every row
 * (a JSON parameter), the session marked completed (returning its row, which the answer's session
 * is made from), and the records read back with the fields the answer selects. Recording
 * a cohort again corrects the rows that changed: each correction is an UPDATE of that record, so
 * the audit trigger writes its own entry (who, when, which fields); unchanged rows are left alone.
 */
export class CohortAttendanceService {
  /** `recordFields`: the fields of each record the answer selects (all of them when left out). */
  async record(ctx: RequestContext, args: RecordCohortAttendanceArgs, recordFields?: readonly string[]): Promise<CohortOutcome> {
    const [session] = isUuid(args.sessionId)
      ? await preparedQuery<SessionRow>(
          ctx.em,
          `select s.*, c.credit_value, c.title, app.hold_session_places(s.id) as taken
           from course_session s join course c on c.id = s.course_id where s.id = $1`,
          [args.sessionId],
        )
      : [];
    if (!session) throw new BadUserInput('sessionId', 'No course session has this id');
    if (session.status === 'CANCELLED') throw new BadUserInput('sessionId', 'This session was cancelled: there is no attendance to record');
    if (new Date(session.starts_at).getTime() > ctx.clock.now.getTime()) throw new BadUserInput('sessionId', 'This session has not started yet: record attendance once it has taken place');

    const enrolled = await preparedQuery<Enrolled>(
      ctx.em,
      `select e.person_id, p.given_name || ' ' || p.family_name as name from session_enrolment e join person p on p.id = e.person_id where e.session_id = $1`,
      [args.sessionId],
    );
    const rows = this.check(args.results, session, new Map(enrolled.map((e) => [e.person_id, e.name])));

    const written = await preparedQuery<{ inserted: boolean }>(
      ctx.em,
      `insert into training_record (id, person_id, organisation_id, source, course_id, session_id, completed_on, outcome, credits, hours, certificate_ref, recorded_by_user_id)
       select gen_random_uuid(), x.person_id, p.organisation_id, 'NACCC', $2, $1, $3, x.outcome, x.credits, x.hours, x.certificate_ref, app.uuid_or_null('app.user_id')
       from jsonb_to_recordset($4::jsonb) as x(person_id uuid, outcome text, credits integer, hours numeric, certificate_ref text)
       join person p on p.id = x.person_id
       on conflict (session_id, person_id) where session_id is not null do update
         set outcome = excluded.outcome, credits = excluded.credits, hours = excluded.hours, certificate_ref = excluded.certificate_ref,
             completed_on = excluded.completed_on, recorded_by_user_id = excluded.recorded_by_user_id,
             version = training_record.version + 1, updated_at = now()
         where (training_record.outcome, training_record.credits, training_record.hours, training_record.certificate_ref, training_record.completed_on)
               is distinct from (excluded.outcome, excluded.credits, excluded.hours, excluded.certificate_ref, excluded.completed_on)
       returning (xmax = 0) as inserted`,
      [args.sessionId, session.course_id, londonDate(new Date(session.ends_at)), JSON.stringify(rows)],
    );
    const [completed] = await preparedQuery<SessionColumns>(
      ctx.em,
      `update course_session set status = 'COMPLETED', version = version + 1, updated_at = now() where id = $1 and status <> 'COMPLETED' returning *`,
      [args.sessionId],
    );

    // An answer that selects no records reads none.
    const records = recordFields?.length === 0 ? [] : await readSessionRecords(ctx, args.sessionId, recordFields);
    const created = written.filter((row) => row.inserted).length;
    const { credit_value: _credits, title: _title, taken: _taken, ...columns } = session;
    return {
      // The row as it now is (completed just now, or already), made an entity without reading it again.
      session: ctx.em.map(CourseSession, (completed ?? columns) as EntityDictionary<CourseSession>),
      records,
      created,
      corrected: written.length - created,
      unchanged: rows.length - written.length,
    };
  }

  /** Every row checked before anything is written; any problem refuses the whole cohort, naming each row and field. */
  private check(results: readonly CohortResultInput[], session: SessionRow, enrolled: Map<string, string>): Row[] {
    const errors: CohortRowError[] = [];
    const seen = new Set<string>();
    const length = Math.round(((new Date(session.ends_at).getTime() - new Date(session.starts_at).getTime()) / 3600_000) * 2) / 2;
    const rows = results.map((result, i): Row => {
      const problem = (field: string, message: string) => errors.push({ row: i + 1, personId: result.personId, field, message });
      const name = enrolled.get(result.personId);
      const who = name ?? 'This person';
      // The row's own rules (the input type's: an id, bounds, plain text of a sensible length).
      const malformed = validateSync(Object.assign(new CohortResultInput(), result), { forbidUnknownValues: false, skipMissingProperties: true });
      for (const failure of malformed) for (const message of Object.values(failure.constraints ?? {})) problem(failure.property, name ? `${name}: ${message}` : message);
      if (malformed.some((failure) => failure.property === 'personId')) return { person_id: result.personId, outcome: result.outcome, credits: 0, hours: 0, certificate_ref: null };
      if (!name) problem('personId', 'Not enrolled on this session: enrol them first');
      else if (seen.has(result.personId)) problem('personId', `${name} is on the sheet twice`);
      seen.add(result.personId);
      const absent = ABSENT.includes(result.outcome);
      const credits = result.creditsAwarded ?? (WITH_CREDITS.includes(result.outcome) ? session.credit_value : 0);
      if (credits > 0 && !WITH_CREDITS.includes(result.outcome)) problem('creditsAwarded', `${who}: credits are awarded only with a pass or "credits awarded"`);
      if (credits > session.credit_value) problem('creditsAwarded', `${who}: ${session.title} carries ${session.credit_value} credits at most`);
      const hours = result.hours ?? (absent ? 0 : length);
      if (absent && hours > 0) problem('hours', `${who} did not attend: hours must be 0`);
      if (hours > length) problem('hours', `${who}: the session lasted ${length} hours`);
      return { person_id: result.personId, outcome: result.outcome, credits, hours, certificate_ref: tidy(result.certificateRef) || null };
    });
    if (errors.length) throw new CohortRowErrors(errors);
    return rows;
  }
}
