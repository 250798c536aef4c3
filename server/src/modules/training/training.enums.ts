import { registerEnumType } from 'type-graphql';

/** OCN (Open College Network) levels, entry to level 3. */
export enum OcnLevel {
  ENTRY = 'ENTRY',
  LEVEL_1 = 'LEVEL_1',
  LEVEL_2 = 'LEVEL_2',
  LEVEL_3 = 'LEVEL_3',
}
registerEnumType(OcnLevel, { name: 'OcnLevel', description: 'OCN level of a course' });

export enum CourseDelivery {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  BLENDED = 'BLENDED',
}
registerEnumType(CourseDelivery, { name: 'CourseDelivery' });

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  valuesConfig: {
    SCHEDULED: { description: 'Taking place (or taken place) as planned; attendance not yet recorded' },
    COMPLETED: { description: "The cohort's attendance has been recorded" },
    CANCELLED: { description: 'Not running: nobody can be enrolled' },
  },
});

export enum EnrolmentStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  valuesConfig: {
    REQUESTED: { description: "Asked for by the person's organisation; holds a place until the training team confirms or removes it" },
    CONFIRMED: { description: 'Enrolled by the training team' },
  },
});

export enum TrainingOutcome {
  ATTENDED = 'ATTENDED',
  PASSED = 'PASSED',
  CREDITS_AWARDED = 'CREDITS_AWARDED',
  DID_NOT_ATTEND = 'DID_NOT_ATTEND',
  FAILED = 'FAILED',
}
registerEnumType(TrainingOutcome, {
  name: 'TrainingOutcome',
  valuesConfig: {
    ATTENDED: { description: 'Attended in full (completes a course with no assessment)' },
    PASSED: { description: 'Passed the assessment' },
    CREDITS_AWARDED: { description: 'OCN credits awarded' },
    DID_NOT_ATTEND: { description: 'Enrolled but did not attend' },
    FAILED: { description: 'Attended but did not pass' },
  },
});

/** The outcomes that complete a course (and so count towards mandatory training); the migration's app.mandatory_training lists the same. */
export const COMPLETING_OUTCOMES: readonly TrainingOutcome[] = [TrainingOutcome.ATTENDED, TrainingOutcome.PASSED, TrainingOutcome.CREDITS_AWARDED];

export enum TrainingSource {
  NACCC = 'NACCC',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(TrainingSource, {
  name: 'TrainingSource',
  valuesConfig: {
    NACCC: { description: "A NACCC course, recorded by NACCC's training team" },
    EXTERNAL: { description: "Training elsewhere (e.g. a local authority's safeguarding course), recorded by the person's organisation" },
  },
});
