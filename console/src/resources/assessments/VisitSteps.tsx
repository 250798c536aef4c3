import EventIcon from '@mui/icons-material/Event';
import GavelIcon from '@mui/icons-material/Gavel';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { RadioButtonGroupInput, required, TextInput } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import type { AssessmentDetail } from '../../dataProvider/assessment';
import type { AssessmentDecision } from '../../gql/graphql';
import { UkDateInput } from '../../inputs/UkDateInput';
import { ukDate, ukToday } from '../../labels';
import { AssessorInput } from './AssessorInput';
import { StepDialog } from './StepDialog';
import { DECISION_CONSEQUENCES, DECISION_LABELS, threeMonthsFrom } from './words';

const DECISIONS = Object.keys(DECISION_LABELS) as AssessmentDecision[];

/** Head office plans a visit for an accreditation: an assessor and a date. */
export function PlanVisitButton({ accreditationId, centreName, onDone }: { accreditationId: string; centreName?: string; onDone: () => void }) {
  const dataProvider = useConsoleDataProvider();
  return (
    <StepDialog
      label="Plan a visit"
      icon={<EventIcon />}
      title={`Plan a visit${centreName ? `: ${centreName}` : ''}`}
      explanation="The assessor sees the centre and the visit from now on, and records a finding on every standard of the current published version."
      defaultValues={{ assessorUserId: '', visitDate: null }}
      fields={['assessorUserId', 'visitDate']}
      send={(values) =>
        dataProvider.planAssessment({ accreditationId, assessorUserId: String(values.assessorUserId), visitDate: String(values.visitDate ?? '') })
      }
      done="Visit planned"
      onDone={onDone}
    >
      <AssessorInput />
      <UkDateInput source="visitDate" label="Visit date" validate={required('Give the date of the visit')} />
    </StepDialog>
  );
}

/** Head office gives an open visit to another assessor, or moves its date. */
export function ReassignButton({ assessment, onDone }: { assessment: AssessmentDetail; onDone: () => void }) {
  const dataProvider = useConsoleDataProvider();
  return (
    <StepDialog
      label="Reassign"
      icon={<SwapHorizIcon />}
      title={`Reassign the visit of ${ukDate(assessment.visitDate)}`}
      explanation="The previous assessor stops seeing the visit (and the centre, when no other visit of theirs is there). Findings recorded so far are kept."
      defaultValues={{ assessorUserId: assessment.assessorUserId, visitDate: assessment.visitDate }}
      fields={['assessorUserId', 'visitDate']}
      send={(values) =>
        dataProvider.reassignAssessment({
          id: assessment.id,
          assessorUserId: String(values.assessorUserId),
          visitDate: (values.visitDate as string | null) ?? null,
          version: assessment.version,
        })
      }
      done="Visit reassigned"
      onDone={onDone}
    >
      <AssessorInput />
      <UkDateInput source="visitDate" label="Visit date" validate={required('Give the date of the visit')} />
    </StepDialog>
  );
}

/** Head office decides on a submitted report: award, award with an action plan, or refuse. */
export function DecideButton({ assessment, onDone }: { assessment: AssessmentDetail; onDone: () => void }) {
  const dataProvider = useConsoleDataProvider();
  const needsAction = assessment.findings.filter((finding) => finding.outcome === 'NOT_MET' || finding.outcome === 'MET_WITH_CONDITIONS').length;
  return (
    <StepDialog
      label="Decide"
      icon={<GavelIcon />}
      variant="contained"
      title={`Decide: ${assessment.centre?.name ?? 'the visit'}`}
      explanation={
        needsAction
          ? `${needsAction} ${needsAction === 1 ? 'finding is' : 'findings are'} not met or met with conditions: each becomes an action for the centre.`
          : 'Every standard is met or not applicable.'
      }
      defaultValues={{ decision: needsAction ? 'AWARD_WITH_ACTION_PLAN' : 'AWARD', reason: '', actionsDueOn: threeMonthsFrom(ukToday()) }}
      fields={['decision', 'reason', 'actionsDueOn']}
      send={(values) =>
        dataProvider.decideAssessment({
          id: assessment.id,
          decision: values.decision as AssessmentDecision,
          reason: String(values.reason ?? ''),
          actionsDueOn: (values.actionsDueOn as string | null) ?? null,
          version: assessment.version,
        })
      }
      done="Decision recorded"
      onDone={onDone}
    >
      <RadioButtonGroupInput
        source="decision"
        label="Decision"
        row={false}
        choices={DECISIONS.map((decision) => ({ id: decision, name: `${DECISION_LABELS[decision]}: ${DECISION_CONSEQUENCES[decision]}` }))}
        validate={required()}
      />
      <TextInput source="reason" label="Reason" multiline minRows={3} fullWidth validate={required('Say why: it is kept with the decision')} />
      <UkDateInput source="actionsDueOn" label="Actions due on" helperText="dd/mm/yyyy; 3 months from today unless you say otherwise" />
    </StepDialog>
  );
}
