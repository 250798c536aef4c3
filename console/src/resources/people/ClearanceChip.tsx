import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ClearanceStatus } from '../../gql/graphql';
import { CLEARANCE_STATUS_LABELS } from '../../labels';

/**
 * Dark text on a pale background (at least 7:1), an icon and the status in words: the colour
 * repeats what the words say, for those who can tell colours apart, and never says it alone.
 * Shared by every status shown this way (clearance, mandatory training).
 */
export const TONES = {
  ok: { icon: <CheckCircleIcon />, color: '#1b5e20', background: '#e8f5e9' },
  soon: { icon: <ScheduleIcon />, color: '#6d3a00', background: '#fff3e0' },
  blocked: { icon: <BlockIcon />, color: '#8c1d18', background: '#fdecea' },
} as const;

export type Tone = keyof typeof TONES;

/** Can be rostered (ok), can be rostered but something is due soon (soon), cannot be rostered (blocked). */
export function toneOf(status: ClearanceStatus): Tone {
  return status === 'CLEARED' ? 'ok' : status === 'EXPIRING' || status === 'TRAINING_EXPIRING' ? 'soon' : 'blocked';
}

/** A status in words, with the icon and colours of its tone. */
export function ToneChip({ tone, label }: { tone: Tone; label: string }) {
  const { icon, color, background } = TONES[tone];
  return (
    <Chip
      size="small"
      icon={icon}
      label={label}
      sx={{ color, bgcolor: background, border: `1px solid ${color}`, '& .MuiChip-icon': { color } }}
    />
  );
}

export function ClearanceChip({ status }: { status: ClearanceStatus }) {
  return <ToneChip tone={toneOf(status)} label={CLEARANCE_STATUS_LABELS[status]} />;
}

/** The clearance status of the record in context, as a chip (for lists and show pages). */
export function ClearanceStatusField(_props: { label?: string; sortable?: boolean; source?: string }) {
  const record = useRecordContext<{ clearanceStatus?: ClearanceStatus }>();
  return record?.clearanceStatus ? <ClearanceChip status={record.clearanceStatus} /> : null;
}
