import { isoTimestamp, readModel, type ReadField } from '../../db/read-model';
import type { TrainingRecordView } from './training-record.view';

/** Who sees a field of a training record: everyone who may see the person (training is not safeguarding data). */
export type TrainingFieldAccess = 'everyone' | 'leads';

/**
 * A training record as the API reads it, field by field, over `training_record r` and `course c`
 * (left joined: external training has no course). The list, one record, a person's records and
 * the CSV export are all built from this table.
 */
export const TRAINING_RECORD_FIELDS = {
  id: { sql: 'r.id', access: 'everyone', filter: true },
  createdAt: { sql: isoTimestamp('r.created_at'), access: 'everyone', sort: 'r.created_at' },
  updatedAt: { sql: isoTimestamp('r.updated_at'), access: 'everyone' },
  version: { sql: 'r.version', access: 'everyone' },
  personId: { sql: 'r.person_id', access: 'everyone', filter: true },
  personName: { sql: "(select p.given_name || ' ' || p.family_name from person p where p.id = r.person_id)", access: 'everyone', csv: 'Person' },
  organisationId: { sql: 'r.organisation_id', access: 'everyone', filter: true },
  source: { sql: 'r.source', access: 'everyone', sort: true, filter: true, csv: 'Source' },
  courseId: { sql: 'r.course_id', access: 'everyone', filter: true },
  courseCode: { sql: 'c.code', access: 'everyone', csv: 'Course code' },
  courseTitle: { sql: 'coalesce(c.title, r.external_course)', access: 'everyone', sort: true, csv: 'Course' },
  externalCourse: { sql: 'r.external_course', access: 'everyone' },
  externalProvider: { sql: 'r.external_provider', access: 'everyone', csv: 'Provider' },
  sessionId: { sql: 'r.session_id', access: 'everyone', filter: true },
  completedOn: { sql: 'r.completed_on', access: 'everyone', sort: true, csv: 'Completed on' },
  outcome: { sql: 'r.outcome', access: 'everyone', sort: true, filter: true, csv: 'Outcome' },
  credits: { sql: 'r.credits', access: 'everyone', sort: true, csv: 'Credits' },
  hours: { sql: 'r.hours::float8', access: 'everyone', sort: 'r.hours', csv: 'Hours' },
  certificateRef: { sql: 'r.certificate_ref', access: 'everyone', csv: 'Certificate reference' },
  // Only a completion expires: a failed course, or one not attended, completes nothing (the
  // outcomes of COMPLETING_OUTCOMES, which app.mandatory_training counts too).
  expiresOn: {
    sql: "case when r.outcome in ('ATTENDED', 'PASSED', 'CREDITS_AWARDED') then app.training_expiry(r.completed_on, c.validity_months) end",
    access: 'everyone',
    sort: true,
    csv: 'Expires on',
  },
  recordedByName: { sql: '(select u.display_name from app_user u where u.id = r.recorded_by_user_id)', access: 'everyone', csv: 'Recorded by' },
} as const satisfies Record<keyof TrainingRecordView, ReadField<TrainingFieldAccess>>;

export const TRAINING_RECORD_READ_MODEL = readModel(TRAINING_RECORD_FIELDS);

/**
 * A person's records as a JSON array, newest first, for the people read model (person p): a
 * page of people and their records in the statement that finds them, each record built with the
 * fields selected of it (all of them when `fields` is left out). Inside the subquery `c` is the
 * course (the outer statement's `c`, the clearance view, is out of sight there).
 */
export function trainingRecordsOfP(fields?: readonly string[]): string {
  const json = fields ? TRAINING_RECORD_READ_MODEL.jsonOf(fields) : TRAINING_RECORD_READ_MODEL.json({});
  return `coalesce((select json_agg(${json} order by r.completed_on desc, r.id)
                             from training_record r left join course c on c.id = r.course_id where r.person_id = p.id), '[]')`;
}
