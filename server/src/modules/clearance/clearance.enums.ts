import { registerEnumType } from 'type-graphql';

/**
 * Whether a person may be rostered, computed in one place: the `person_clearance` view (see the
 * PeopleAndSafeguarding migration). The training issue adds its states to the same computation.
 */
export enum ClearanceStatus {
  CLEARED = 'CLEARED',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  MISSING_DBS = 'MISSING_DBS',
  WRONG_LEVEL = 'WRONG_LEVEL',
  NOT_CLEARED = 'NOT_CLEARED',
  NEEDS_NEW_CHECK = 'NEEDS_NEW_CHECK',
}
registerEnumType(ClearanceStatus, {
  name: 'ClearanceStatus',
  valuesConfig: {
    CLEARED: { description: 'DBS current at the level their centres need' },
    EXPIRING: { description: 'Cleared, but the DBS stops being current within the warning window (90 days by default)' },
    EXPIRED: { description: 'The latest DBS is no longer current' },
    MISSING_DBS: { description: 'No DBS check recorded' },
    WRONG_LEVEL: { description: "The latest DBS is below the level their centres' services need" },
    NOT_CLEARED: { description: 'The latest DBS decision was not to clear them' },
    NEEDS_NEW_CHECK: { description: 'An Update Service status check found new information: a fresh check is needed' },
  },
});

/** The states in which a person can be put on a rota. */
export const ROSTERABLE: readonly ClearanceStatus[] = [ClearanceStatus.CLEARED, ClearanceStatus.EXPIRING];
