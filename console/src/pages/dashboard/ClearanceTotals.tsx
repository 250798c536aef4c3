import { Card, CardActionArea, CardContent, Grid, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ClearanceStatus } from '../../gql/graphql';
import { CLEARANCE_STATUS_LABELS } from '../../labels';
import { peopleListLink, type ClearanceCounts } from './clearanceSummary';

const n = (value: number) => value.toLocaleString('en-GB');
const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–');

/** Why people cannot be rostered (their DBS first, then mandatory training), in the order a safeguarding lead deals with them. */
const BLOCKING: Array<[ClearanceStatus, keyof ClearanceCounts]> = [
  ['MISSING_DBS', 'missingDbs'],
  ['EXPIRED', 'expired'],
  ['NEEDS_NEW_CHECK', 'needsNewCheck'],
  ['WRONG_LEVEL', 'wrongLevel'],
  ['NOT_CLEARED', 'notCleared'],
  ['TRAINING_MISSING', 'trainingMissing'],
  ['TRAINING_EXPIRED', 'trainingExpired'],
];

function Total({ value, label, share, to }: { value: number; label: string; share?: string; to?: ReturnType<typeof peopleListLink> }) {
  const content = (
    <CardContent>
      <Typography variant="h4" component="p">
        {n(value)}
        {share && (
          <Typography component="span" variant="h6" color="text.secondary" ml={1}>
            ({share})
          </Typography>
        )}
      </Typography>
      <Typography color="text.secondary">{label}</Typography>
    </CardContent>
  );
  return (
    <Card sx={{ height: '100%' }}>
      {to ? (
        <CardActionArea component={RouterLink} to={to} sx={{ height: '100%', alignItems: 'flex-start' }}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
}

/**
 * Clearance of the active people in view, as counts: what head office, the training team and
 * assessors see (compliance status, no DBS details), and the top of a member's dashboard.
 */
export function ClearanceTotals({ totals }: { totals: ClearanceCounts }) {
  const reasons = BLOCKING.filter(([, key]) => (totals[key] as number) > 0);
  return (
    <>
      {/* Five across on a wide screen: the last four add up to the first. */}
      <Grid container spacing={2} columns={{ xs: 12, lg: 10 }}>
        <Grid size={{ xs: 12, sm: 6, md: 4, lg: 2 }}>
          <Total value={totals.total} label="Active people" to={peopleListLink({})} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4, lg: 2 }}>
          <Total value={totals.cleared} share={percent(totals.cleared, totals.total)} label="Cleared to work" to={peopleListLink({ clearanceStatus: 'CLEARED' })} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4, lg: 2 }}>
          <Total
            value={totals.expiring}
            share={percent(totals.expiring, totals.total)}
            label="Cleared, but DBS renewal due within 90 days"
            to={peopleListLink({ clearanceStatus: 'EXPIRING' })}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 6, lg: 2 }}>
          <Total
            value={totals.trainingExpiring}
            share={percent(totals.trainingExpiring, totals.total)}
            label="Cleared, but a training refresher due within 90 days"
            to={peopleListLink({ clearanceStatus: 'TRAINING_EXPIRING' })}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 12, md: 6, lg: 2 }}>
          <Total value={totals.cannotBeRostered} share={percent(totals.cannotBeRostered, totals.total)} label="Cannot be rostered" to={peopleListLink({ rosterable: false })} />
        </Grid>
      </Grid>
      {reasons.length > 0 && (
        <Typography mt={1} color="text.secondary">
          Why they cannot be rostered:{' '}
          {reasons.map(([status, key], index) => (
            <span key={status}>
              {index > 0 && '; '}
              <Link component={RouterLink} to={peopleListLink({ clearanceStatus: status })}>
                {CLEARANCE_STATUS_LABELS[status]}: {n(totals[key] as number)}
              </Link>
            </span>
          ))}
        </Typography>
      )}
    </>
  );
}
