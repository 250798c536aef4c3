import { AccreditationAction as A, AccreditationState as S } from './accreditation.enums';
import { CURRENT_STATES, actionsFrom, nextState } from './accreditation.transitions';
import { addMonths, candidateDueBy, expiryOf, renewalDueFrom } from './accreditation.dates';

/**
 * The state machine, exhaustively: every state × every action, legal or not, against the
 * issue's diagram written out here by hand (not derived from the table under test).
 *   CANDIDATE -> ACCREDITED -> RENEWAL_DUE -> (ACCREDITED again | LAPSED)
 *   any current state -> SUSPENDED -> (ACCREDITED | REMOVED); any -> WITHDRAWN
 */
const EXPECTED: Record<S, Partial<Record<A, S>>> = {
  [S.CANDIDATE]: { [A.AWARD]: S.ACCREDITED, [A.SUSPEND]: S.SUSPENDED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.ACCREDITED]: { [A.MARK_RENEWAL_DUE]: S.RENEWAL_DUE, [A.SUSPEND]: S.SUSPENDED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.RENEWAL_DUE]: { [A.AWARD]: S.ACCREDITED, [A.LAPSE]: S.LAPSED, [A.SUSPEND]: S.SUSPENDED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.LAPSED]: { [A.WITHDRAW]: S.WITHDRAWN },
  [S.SUSPENDED]: { [A.REINSTATE]: S.ACCREDITED, [A.REMOVE]: S.REMOVED, [A.WITHDRAW]: S.WITHDRAWN },
  [S.REMOVED]: { [A.WITHDRAW]: S.WITHDRAWN },
  [S.WITHDRAWN]: {},
};

const cases = Object.values(S).flatMap((state) => Object.values(A).map((action) => [state, action, EXPECTED[state][action] ?? null] as const));

describe('the accreditation state machine', () => {
  it('has a case for every state and action', () => {
    expect(cases).toHaveLength(Object.values(S).length * Object.values(A).length);
  });

  it.each(cases)('from %s, %s leads to %s (null: refused)', (state, action, to) => {
    expect(nextState(state, action)).toBe(to);
  });

  it('offers people only the steps they take; the dates take the others', () => {
    expect(actionsFrom(S.ACCREDITED)).toEqual([A.SUSPEND, A.WITHDRAW]);
    expect(actionsFrom(S.RENEWAL_DUE)).toEqual([A.AWARD, A.SUSPEND, A.WITHDRAW]);
    expect(actionsFrom(S.ACCREDITED, 'NIGHTLY')).toEqual([A.MARK_RENEWAL_DUE]);
    expect(actionsFrom(S.RENEWAL_DUE, 'NIGHTLY')).toEqual([A.LAPSE]);
    expect(actionsFrom(S.WITHDRAWN)).toEqual([]);
    expect(CURRENT_STATES).toEqual([S.CANDIDATE, S.ACCREDITED, S.RENEWAL_DUE]);
  });
});

describe('the accreditation calendar', () => {
  it.each([
    ['2026-01-15', '2026-07-15', '2029-01-15', '2028-07-15'],
    ['2026-08-31', '2027-02-28', '2029-08-31', '2029-02-28'],
    ['2024-02-29', '2024-08-29', '2027-02-28', '2026-08-28'],
  ])('an award of %s: candidate due %s; expires %s; renewal due from %s', (awarded, candidate, expires, renewal) => {
    expect(candidateDueBy(awarded)).toBe(candidate);
    expect(expiryOf(awarded)).toBe(expires);
    expect(renewalDueFrom(expiryOf(awarded))).toBe(renewal);
  });

  it('adds months as Postgres does (the last day of a shorter month)', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
  });
});
