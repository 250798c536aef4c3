import type { TrainingCell, TrainingMatrixRow } from './compliance.types';
import type { MandatoryCourse, PersonTraining } from './person-training';
import type { SessionEnrolmentView } from './session-enrolment.view';
import type { TrainingFieldAccess } from './training-record.read-model';
import { TRAINING_RECORD_READ_MODEL } from './training-record.read-model';

/**
 * The GraphQL types of this module that carry a person's data, field by field, for the person
 * field policy (person.policy.ts): training is not safeguarding data, so everyone who may see the
 * person sees all of it (head office and the training team network-wide; never DBS data, which
 * none of these types holds). Types only (`import type`): the policy is a table, and reading it
 * loads no GraphQL class.
 */

/** A person's place on a session. */
const SESSION_ENROLMENT = {
  id: 'everyone',
  version: 'everyone',
  createdAt: 'everyone',
  sessionId: 'everyone',
  personId: 'everyone',
  personName: 'everyone',
  organisationId: 'everyone',
  organisationName: 'everyone',
  status: 'everyone',
} as const satisfies Record<keyof SessionEnrolmentView, TrainingFieldAccess>;

/** Person.training: where the person stands on each mandatory course, and their hours and credits. */
const PERSON_TRAINING = {
  mandatory: 'everyone',
  hoursLast12Months: 'everyone',
  creditsLast12Months: 'everyone',
} as const satisfies Record<keyof PersonTraining, TrainingFieldAccess>;

const MANDATORY_COURSE = {
  courseId: 'everyone',
  courseCode: 'everyone',
  courseTitle: 'everyone',
  state: 'everyone',
  completedOn: 'everyone',
  expiresOn: 'everyone',
} as const satisfies Record<keyof MandatoryCourse, TrainingFieldAccess>;

/** A row of the compliance matrix is one person's training, and each of its cells too. */
const TRAINING_MATRIX_ROW = {
  personId: 'everyone',
  personName: 'everyone',
  personType: 'everyone',
  organisationId: 'everyone',
  trainingStatus: 'everyone',
  cells: 'everyone',
  hoursLast12Months: 'everyone',
  creditsLast12Months: 'everyone',
} as const satisfies Record<keyof TrainingMatrixRow, TrainingFieldAccess>;

const TRAINING_CELL = {
  courseId: 'everyone',
  state: 'everyone',
  completedOn: 'everyone',
  expiresOn: 'everyone',
} as const satisfies Record<keyof TrainingCell, TrainingFieldAccess>;

/** The fields this module adds to Person (its field resolver, person-training.ts); a person's records are in the people read model. */
export const PERSON_TRAINING_FIELDS = {
  training: 'everyone',
} as const satisfies Record<string, TrainingFieldAccess>;

export const TRAINING_FIELD_POLICY = {
  TrainingRecord: TRAINING_RECORD_READ_MODEL.access,
  SessionEnrolment: SESSION_ENROLMENT,
  PersonTraining: PERSON_TRAINING,
  MandatoryCourse: MANDATORY_COURSE,
  TrainingMatrixRow: TRAINING_MATRIX_ROW,
  TrainingCell: TRAINING_CELL,
} as const;
