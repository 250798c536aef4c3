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
 */
const TONES = {
  ok: { icon: <CheckCircleIcon />, color: '#1b5e20', background: '#e8f5e9' },
  soon: { icon: <ScheduleIcon />, color: '#6d3a00', background: '#fff3e0' },
  blocked: { icon: <BlockIcon />, color: '#8c1d18', background: '#fdecea' },
} as const;

export function toneOf(status: ClearanceStatus): keyof typeof TONES {
  return status === 'CLEARED' ? 'ok' : status === 'EXPIRING' ? 'soon' : 'blocked';
}

export function ClearanceChip({ status }: { status: ClearanceStatus }) {
  const tone = TONES[toneOf(status)];
  return (
    <Chip
      size="small"
      icon={tone.icon}
      label={CLEARANCE_STATUS_LABELS[status]}
      sx={{ color: tone.color, bgcolor: tone.background, border: `1px solid ${tone.color}`, '& .MuiChip-icon': { color: tone.color } }}
    />
  );
}

/** The clearance status of the record in context, as a chip (for lists and show pages). */
export function ClearanceStatusField(_props: { label?: string; sortable?: boolean; source?: string }) {
  const record = useRecordContext<{ clearanceStatus?: ClearanceStatus }>();
  return record?.clearanceStatus ? <ClearanceChip status={record.clearanceStatus} /> : null;
}
