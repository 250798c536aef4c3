import { Alert, Box, Card, CardContent, Link, Typography } from '@mui/material';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { TRAINING_MATRIX_PATH } from '../training-matrix/path';
import { AttentionList } from './AttentionList';
import { ClearanceByCentre } from './ClearanceByCentre';
import { ClearanceTotals } from './ClearanceTotals';
import { peopleListLink, useClearanceSummary } from './clearanceSummary';

function Part({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" id={id} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** An organisation's or a centre's safeguarding at a glance, from one clearanceSummary query. */
export function MemberClearance() {
  const { data, isPending, error } = useClearanceSummary();
  const ids = { centres: useId(), expiring: useId(), blocked: useId() };
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>Clearance could not be loaded: {error.message}</Alert>;
  // No totals while loading, or when the call ended the session (react-admin answers nothing then).
  if (isPending || !data.totals) return <Typography mt={2}>Loading clearance…</Typography>;
  const { totals, centres, expiringSoon, cannotBeRostered } = data;
  return (
    <Box mt={2}>
      <Typography variant="h6" component="h2" gutterBottom>
        Clearance to work with children
      </Typography>
      <ClearanceTotals totals={totals} />
      <Typography mt={1}>
        <Link component={RouterLink} to={TRAINING_MATRIX_PATH}>
          Training compliance: everyone's mandatory courses
        </Link>
      </Typography>
      <Part title="Cannot be rostered" id={ids.blocked}>
        <AttentionList
          people={cannotBeRostered}
          total={totals.cannotBeRostered}
          show="status"
          labelledBy={ids.blocked}
          empty="Everyone active can be rostered."
          more={peopleListLink({ rosterable: false })}
        />
      </Part>
      <Part title="Expiring in the next 90 days" id={ids.expiring}>
        <AttentionList
          people={expiringSoon}
          total={totals.expiring + totals.trainingExpiring}
          show="expiry"
          labelledBy={ids.expiring}
          empty="No DBS check or mandatory course stops being current in the next 90 days."
          // The people list filters by one status at a time: link to it when only one kind is due.
          more={
            totals.trainingExpiring === 0
              ? peopleListLink({ clearanceStatus: 'EXPIRING' })
              : totals.expiring === 0
                ? peopleListLink({ clearanceStatus: 'TRAINING_EXPIRING' })
                : null
          }
        />
      </Part>
      <Part title="By centre" id={ids.centres}>
        <ClearanceByCentre centres={centres} labelledBy={ids.centres} />
      </Part>
    </Box>
  );
}
