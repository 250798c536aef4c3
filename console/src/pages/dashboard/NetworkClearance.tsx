import { Alert, Box, Typography } from '@mui/material';
import { ClearanceTotals } from './ClearanceTotals';
import { useClearanceTotals } from './clearanceSummary';

/** Head office, the training team and assessors: compliance status only, no DBS details, nobody named. */
export function NetworkClearance({ title }: { title: string }) {
  const { data, isPending, error } = useClearanceTotals();
  return (
    <Box mt={3}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {isPending ? (
        <Typography>Loading clearance…</Typography>
      ) : error ? (
        <Alert severity="error">Clearance could not be loaded: {error.message}</Alert>
      ) : (
        <ClearanceTotals totals={data} />
      )}
    </Box>
  );
}
