import { AccreditationAction as Action, AccreditationState as State } from './accreditation.enums';

/**
 * The accreditation state machine as a table: each action, the states it may be taken from, the
 * state it leads to, and who takes it. The service, the nightly job, the console's buttons
 * (`allowedActions`) and the exhaustive test all read this one table; nothing else decides
 * whether a transition is legal.
 *
 *   CANDIDATE -> ACCREDITED -> RENEWAL_DUE -> (ACCREDITED again | LAPSED)
 *   any current state -> SUSPENDED -> (ACCREDITED | REMOVED)
 *   any -> WITHDRAWN
 *
 * "Current" is CANDIDATE, ACCREDITED and RENEWAL_DUE: a lapsed, removed or withdrawn centre has
 * nothing left to suspend. Withdrawal is open from every other state (an organisation leaving
 * closes even a lapsed record).
 */
export type Transition = {
  readonly from: readonly State[];
  readonly to: State;
  /** HEAD_OFFICE: by a person, with a reason; NIGHTLY: by the date, by the nightly job only. */
  readonly by: 'HEAD_OFFICE' | 'NIGHTLY';
};

export const CURRENT_STATES: readonly State[] = [State.CANDIDATE, State.ACCREDITED, State.RENEWAL_DUE];

export const TRANSITIONS: Readonly<Record<Action, Transition>> = {
  [Action.AWARD]: { from: [State.CANDIDATE, State.RENEWAL_DUE], to: State.ACCREDITED, by: 'HEAD_OFFICE' },
  [Action.MARK_RENEWAL_DUE]: { from: [State.ACCREDITED], to: State.RENEWAL_DUE, by: 'NIGHTLY' },
  [Action.LAPSE]: { from: [State.RENEWAL_DUE], to: State.LAPSED, by: 'NIGHTLY' },
  [Action.SUSPEND]: { from: CURRENT_STATES, to: State.SUSPENDED, by: 'HEAD_OFFICE' },
  [Action.REINSTATE]: { from: [State.SUSPENDED], to: State.ACCREDITED, by: 'HEAD_OFFICE' },
  [Action.REMOVE]: { from: [State.SUSPENDED], to: State.REMOVED, by: 'HEAD_OFFICE' },
  [Action.WITHDRAW]: { from: Object.values(State).filter((state) => state !== State.WITHDRAWN), to: State.WITHDRAWN, by: 'HEAD_OFFICE' },
};

/** States in which the centre may be shown to the public and to courts (with its organisation's consent). */
export const LISTABLE_STATES: readonly State[] = [State.ACCREDITED, State.RENEWAL_DUE];

/** The actions a person may take from `state`, in the table's order. */
export function actionsFrom(state: State, by: Transition['by'] = 'HEAD_OFFICE'): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter((action) => TRANSITIONS[action].by === by && TRANSITIONS[action].from.includes(state));
}

/** Where `action` leads from `state`, or null when it is not a legal transition. */
export function nextState(state: State, action: Action): State | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(state) ? transition.to : null;
}

/** Action names as people read them, for messages. */
export const ACTION_WORDS: Readonly<Record<Action, string>> = {
  [Action.AWARD]: 'award',
  [Action.MARK_RENEWAL_DUE]: 'mark renewal due',
  [Action.LAPSE]: 'lapse',
  [Action.SUSPEND]: 'suspend',
  [Action.REINSTATE]: 'reinstate',
  [Action.REMOVE]: 'remove',
  [Action.WITHDRAW]: 'withdraw',
};

export const STATE_WORDS: Readonly<Record<State, string>> = {
  [State.CANDIDATE]: 'candidate',
  [State.ACCREDITED]: 'accredited',
  [State.RENEWAL_DUE]: 'renewal due',
  [State.LAPSED]: 'lapsed',
  [State.SUSPENDED]: 'suspended',
  [State.REMOVED]: 'removed',
  [State.WITHDRAWN]: 'withdrawn',
};
