/**
 * The training module's public surface. Its entities and enums (`*.entity.ts`, `*.enums.ts`) are
 * public too, imported from their files; everything else in this folder is the module's own.
 */
export { PERSON_TRAINING_FIELDS, TRAINING_FIELD_POLICY } from './training.policy';
// A person's records are read with the person (the people read model), not one statement more.
export { trainingRecordsOfP } from './training-record.read-model';
export { TrainingRecordView } from './training-record.view';
