import { Alert, Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../../dataProvider';
import type { AccreditationStep } from '../../dataProvider/accreditation';
import { ACCREDITATION_STATE_LABELS, ukDate } from '../../labels';
import { STATE_COLOURS } from './words';

function fromTo(step: AccreditationStep): string {
  const to = ACCREDITATION_STATE_LABELS[step.toState];
  return step.fromState ? `${ACCREDITATION_STATE_LABELS[step.fromState]} → ${to}` : `Application received → ${to}`;
}

/**
 * Every step of an accreditation, the latest first, as a timeline: the date it took effect, from
 * and to in words, who took it (or the nightly check, when a date passed) and why.
 */
export function History({ id }: { id: string }) {
  const dataProvider = useConsoleDataProvider();
  const { data, isPending, error } = useQuery({
    queryKey: ['console', 'accreditationHistory', id],
    queryFn: async () => (await dataProvider.accreditationHistory({ id })).data,
  });
  if (error) return <Alert severity="error">The history could not be loaded: {error.message}</Alert>;
  if (isPending || !data) return <Typography>Loading the history…</Typography>;
  const steps = [...data].reverse();
  return (
    <Box component="ol" aria-label="History, latest first" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
      {steps.map((step) => (
        <Box
          component="li"
          key={step.id}
          sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: '2px solid', borderColor: 'divider', ml: 1, '&:last-child': { borderColor: 'transparent' } }}
        >
          <Box
            aria-hidden
            sx={{ position: 'absolute', left: -7, top: 4, width: 12, height: 12, borderRadius: '50%', bgcolor: STATE_COLOURS[step.toState] }}
          />
          <Typography variant="body2" color="text.secondary">
            {ukDate(step.onDate)} · {step.automatic ? 'Nightly check' : (step.actorName ?? 'Head office')}
          </Typography>
          <Typography fontWeight={500}>{fromTo(step)}</Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {step.reason}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
