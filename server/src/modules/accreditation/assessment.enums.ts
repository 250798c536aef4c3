import { registerEnumType } from 'type-graphql';

export enum AssessmentStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  DECIDED = 'DECIDED',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  valuesConfig: {
    PLANNED: { description: 'Assigned to an assessor, visit date set' },
    IN_PROGRESS: { description: 'Findings being recorded' },
    REPORT_SUBMITTED: { description: 'A finding for every standard; awaiting head office’s decision' },
    DECIDED: { description: 'Head office has decided' },
  },
});

export enum FindingOutcome {
  MET = 'MET',
  MET_WITH_CONDITIONS = 'MET_WITH_CONDITIONS',
  NOT_MET = 'NOT_MET',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(FindingOutcome, { name: 'FindingOutcome' });

/** Findings that call for an action. */
export const NEEDS_ACTION: readonly FindingOutcome[] = [FindingOutcome.NOT_MET, FindingOutcome.MET_WITH_CONDITIONS];

export enum AssessmentDecision {
  AWARD = 'AWARD',
  AWARD_WITH_ACTION_PLAN = 'AWARD_WITH_ACTION_PLAN',
  REFUSE = 'REFUSE',
}
registerEnumType(AssessmentDecision, {
  name: 'AssessmentDecision',
  valuesConfig: {
    AWARD: { description: 'Every standard met or not applicable: accredited' },
    AWARD_WITH_ACTION_PLAN: { description: 'Accredited, with an action for each finding not met or met with conditions' },
    REFUSE: { description: 'Not accredited now; actions still set for each finding not met or met with conditions' },
  },
});

/** An action's state; OVERDUE is never stored: an open or returned action past its due date. */
export enum ActionStatus {
  OPEN = 'OPEN',
  EVIDENCE_SUBMITTED = 'EVIDENCE_SUBMITTED',
  SIGNED_OFF = 'SIGNED_OFF',
  RETURNED = 'RETURNED',
  OVERDUE = 'OVERDUE',
}
registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  valuesConfig: {
    OPEN: { description: 'Waiting for the centre’s evidence' },
    EVIDENCE_SUBMITTED: { description: 'Evidence submitted; waiting for sign-off' },
    SIGNED_OFF: { description: 'Done' },
    RETURNED: { description: 'Evidence returned with a reason: more is needed' },
    OVERDUE: { description: 'Open or returned, and past its due date' },
  },
});

export enum ActionReview {
  SIGN_OFF = 'SIGN_OFF',
  RETURN = 'RETURN',
}
registerEnumType(ActionReview, { name: 'ActionReview' });
