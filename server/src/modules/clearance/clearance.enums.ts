import { registerEnumType } from 'type-graphql';

/**
 * Whether a person may be rostered, computed in one place: the `person_clearance` view (see the
 * PeopleAndSafeguarding and Training migrations): their DBS and their mandatory training. A DBS
 * reason not to roster comes first, then training missing or expired, then what runs out soon.
 */
export enum ClearanceStatus {
  CLEARED = 'CLEARED',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  MISSING_DBS = 'MISSING_DBS',
  WRONG_LEVEL = 'WRONG_LEVEL',
  NOT_CLEARED = 'NOT_CLEARED',
  NEEDS_NEW_CHECK = 'NEEDS_NEW_CHECK',
  TRAINING_MISSING = 'TRAINING_MISSING',
  TRAINING_EXPIRED = 'TRAINING_EXPIRED',
  TRAINING_EXPIRING = 'TRAINING_EXPIRING',
}
registerEnumType(ClearanceStatus, {
  name: 'ClearanceStatus',
  valuesConfig: {
    CLEARED: { description: 'DBS current at the level their centres need, and every mandatory course current' },
    EXPIRING: { description: 'Can be rostered, but the DBS stops being current within the warning window (90 days by default)' },
    EXPIRED: { description: 'The latest DBS is no longer current' },
    MISSING_DBS: { description: 'No DBS check recorded' },
    WRONG_LEVEL: { description: "The latest DBS is below the level their centres' services need" },
    NOT_CLEARED: { description: 'The latest DBS decision was not to clear them' },
    NEEDS_NEW_CHECK: { description: 'An Update Service status check found new information: a fresh check is needed' },
    TRAINING_MISSING: { description: 'DBS in order, but a mandatory course has never been completed' },
    TRAINING_EXPIRED: { description: 'DBS in order, but a mandatory course is out of date' },
    TRAINING_EXPIRING: { description: 'Can be rostered, but a mandatory course expires within the warning window' },
  },
});

/** The statuses the DBS alone decides (before training is looked at). */
export type DbsClearanceStatus = Exclude<ClearanceStatus, ClearanceStatus.TRAINING_MISSING | ClearanceStatus.TRAINING_EXPIRED | ClearanceStatus.TRAINING_EXPIRING>;

/** The states in which a person can be put on a rota. */
export const ROSTERABLE: readonly ClearanceStatus[] = [ClearanceStatus.CLEARED, ClearanceStatus.EXPIRING, ClearanceStatus.TRAINING_EXPIRING];

/** Where a person stands on one mandatory course, or on all of theirs (the worst of them). */
export enum TrainingState {
  CURRENT = 'CURRENT',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  MISSING = 'MISSING',
}
registerEnumType(TrainingState, {
  name: 'TrainingState',
  valuesConfig: {
    CURRENT: { description: 'Completed and in date (or the course does not expire)' },
    EXPIRING: { description: 'Expires within the warning window (90 days by default)' },
    EXPIRED: { description: 'Completed, but out of date' },
    MISSING: { description: 'Never completed' },
  },
});
