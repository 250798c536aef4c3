import type { ActionStatus, AssessmentDecision, AssessmentStatus, FindingOutcome } from '../../gql/graphql';

/**
 * The words for assessments and actions, each a `Record` over the enum generated from the schema
 * (a value added to the schema fails to compile until it has its words). States are always said
 * in words; the colours (dark enough to read as text on white) only repeat them.
 */
export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  REPORT_SUBMITTED: 'Report submitted',
  DECIDED: 'Decided',
};

export const ASSESSMENT_STATUS_COLOURS: Readonly<Record<AssessmentStatus, string>> = {
  PLANNED: '#0d47a1',
  IN_PROGRESS: '#8a4b00',
  REPORT_SUBMITTED: '#4a148c',
  DECIDED: '#1b5e20',
};

/** Upcoming and in progress first, then awaiting a decision, then decided. */
export const ASSESSMENT_STATUS_ORDER: Readonly<Record<AssessmentStatus, number>> = { IN_PROGRESS: 0, PLANNED: 1, REPORT_SUBMITTED: 2, DECIDED: 3 };

/** The order they are offered in the findings form. */
export const FINDING_OUTCOME_LABELS: Readonly<Record<FindingOutcome, string>> = {
  MET: 'Met',
  MET_WITH_CONDITIONS: 'Met with conditions',
  NOT_MET: 'Not met',
  NOT_APPLICABLE: 'Not applicable',
};

export const FINDING_OUTCOME_COLOURS: Readonly<Record<FindingOutcome, string>> = {
  MET: '#1b5e20',
  MET_WITH_CONDITIONS: '#8a4b00',
  NOT_MET: '#b71c1c',
  NOT_APPLICABLE: '#4a4a4a',
};

export const DECISION_LABELS: Readonly<Record<AssessmentDecision, string>> = {
  AWARD: 'Award',
  AWARD_WITH_ACTION_PLAN: 'Award with an action plan',
  REFUSE: 'Refuse',
};

/** What each decision does, said before it is taken (the server's rules). */
export const DECISION_CONSEQUENCES: Readonly<Record<AssessmentDecision, string>> = {
  AWARD: 'Every standard is met or not applicable: the centre is accredited.',
  AWARD_WITH_ACTION_PLAN: 'The centre is accredited, with an action for each finding not met or met with conditions, due by the date below.',
  REFUSE: 'The centre is not accredited now; an action is still set for each finding not met or met with conditions.',
};

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  OVERDUE: 'Overdue',
  OPEN: 'Open',
  RETURNED: 'Returned',
  EVIDENCE_SUBMITTED: 'Evidence submitted',
  SIGNED_OFF: 'Signed off',
};

export const ACTION_STATUS_COLOURS: Readonly<Record<ActionStatus, string>> = {
  OVERDUE: '#b71c1c',
  OPEN: '#0d47a1',
  RETURNED: '#8a4b00',
  EVIDENCE_SUBMITTED: '#4a148c',
  SIGNED_OFF: '#1b5e20',
};

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** A date three months on (the server's default for actions), as yyyy-mm-dd. */
export function threeMonthsFrom(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + 3, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
