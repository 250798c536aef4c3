import { Alert, Box, Typography } from '@mui/material';
import { ClearanceTotals } from './ClearanceTotals';
import { useClearanceTotals } from './clearanceSummary';

/** Head office, the training team and assessors: compliance status only, no DBS details, nobody named. */
export function NetworkClearance({ title }: { title: string }) {
  const { data, isPending, error } = useClearanceTotals();
  // No totals while loading, or when the call ended the session (react-admin answers nothing then).
  const loaded = !isPending && !error && typeof data.total === 'number';
  return (
    <Box mt={3}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {error ? (
        <Alert severity="error">Clearance could not be loaded: {error.message}</Alert>
      ) : loaded ? (
        <ClearanceTotals totals={data} />
      ) : (
        <Typography>Loading clearance…</Typography>
      )}
    </Box>
  );
}
