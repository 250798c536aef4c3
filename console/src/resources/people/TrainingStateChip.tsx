import { useRecordContext } from 'react-admin';
import type { TrainingState } from '../../gql/graphql';
import { TRAINING_STATE_LABELS } from '../../labels';
import { ToneChip, type Tone } from './ClearanceChip';

/** Current (ok), expiring within the warning window (soon), expired or never completed (blocked: cannot be rostered). */
export function trainingToneOf(state: TrainingState): Tone {
  return state === 'CURRENT' ? 'ok' : state === 'EXPIRING' ? 'soon' : 'blocked';
}

/** A mandatory course's state (or the worst of a person's), in words with the colours of clearance. */
export function TrainingStateChip({ state }: { state: TrainingState }) {
  return <ToneChip tone={trainingToneOf(state)} label={TRAINING_STATE_LABELS[state]} />;
}

/** The mandatory training state of the person in context, as a chip (for lists and show pages). */
export function TrainingStatusField(_props: { label?: string; sortable?: boolean; source?: string }) {
  const record = useRecordContext<{ trainingStatus?: TrainingState }>();
  return record?.trainingStatus ? <TrainingStateChip state={record.trainingStatus} /> : null;
}
