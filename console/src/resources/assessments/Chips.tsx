import { Chip } from '@mui/material';
import type { ActionStatus, AssessmentStatus, FindingOutcome } from '../../gql/graphql';
import {
  ACTION_STATUS_COLOURS,
  ACTION_STATUS_LABELS,
  ASSESSMENT_STATUS_COLOURS,
  ASSESSMENT_STATUS_LABELS,
  FINDING_OUTCOME_COLOURS,
  FINDING_OUTCOME_LABELS,
} from './words';

function WordChip({ label, colour }: { label: string; colour: string }) {
  return <Chip size="small" variant="outlined" label={label} sx={{ color: colour, borderColor: colour, fontWeight: 500 }} />;
}

/** A visit's status in words; the colour only repeats them. */
export const AssessmentStatusChip = ({ status }: { status: AssessmentStatus }) => (
  <WordChip label={ASSESSMENT_STATUS_LABELS[status]} colour={ASSESSMENT_STATUS_COLOURS[status]} />
);

export const ActionStatusChip = ({ status }: { status: ActionStatus }) => <WordChip label={ACTION_STATUS_LABELS[status]} colour={ACTION_STATUS_COLOURS[status]} />;

export const OutcomeChip = ({ outcome }: { outcome: FindingOutcome }) => <WordChip label={FINDING_OUTCOME_LABELS[outcome]} colour={FINDING_OUTCOME_COLOURS[outcome]} />;
