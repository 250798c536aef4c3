import { ENROLMENT_FIELDS } from './session-enrolment.view';
import { TRAINING_RECORD_READ_MODEL } from './training-record.read-model';

/**
 * The GraphQL types of this module that carry a person's data, field by field, for the person
 * field policy (person.policy.ts): training is not safeguarding data, so everyone who may see the
 * person sees all of it (head office and the training team network-wide; never DBS data, which
 * none of these types holds).
 */
export const TRAINING_FIELD_POLICY = {
  TrainingRecord: TRAINING_RECORD_READ_MODEL.access,
  SessionEnrolment: ENROLMENT_FIELDS,
} as const;
