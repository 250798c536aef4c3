import { Alert, Box, Card, CardActionArea, CardContent, Grid, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Title, useCanAccess } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import type { AccreditationFilter, AccreditationState } from '../../gql/graphql';
import { ACCREDITATION_STATE_LABELS } from '../../labels';
import { AccreditationStateChip } from '../../resources/accreditations/AccreditationStateChip';
import { accreditationListLink } from '../../resources/accreditations/links';

export const ACCREDITATION_PIPELINE_PATH = '/accreditation';

/** What each state means for head office, beside its count. */
const STATE_MEANING: Readonly<Record<AccreditationState, string>> = {
  CANDIDATE: 'Applied; to be accredited within 6 months',
  ACCREDITED: 'Accredited for 3 years from the award',
  RENEWAL_DUE: 'Within 6 months of expiry: re-accreditation due',
  LAPSED: 'Expired without renewal',
  SUSPENDED: 'Outside the standards: hidden from the public and courts',
  REMOVED: 'Ended after a suspension',
  WITHDRAWN: 'Withdrawn by the organisation',
};

const number = (n: number) => n.toLocaleString('en-GB');

function Headline({ count, label, hint, to }: { count: number; label: string; hint: string; to?: { pathname: string; search: string } }) {
  const body = (
    <CardContent>
      <Typography variant="h4" component="p">
        {number(count)}
      </Typography>
      <Typography fontWeight={500}>{label}</Typography>
      <Typography variant="body2" color="text.secondary">
        {hint}
      </Typography>
    </CardContent>
  );
  return (
    <Card sx={{ height: '100%' }}>
      {to ? (
        <CardActionArea component={RouterLink} to={to} sx={{ height: '100%', alignItems: 'flex-start' }}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
}

function usePipeline(enabled: boolean) {
  const dataProvider = useConsoleDataProvider();
  return useQuery({
    queryKey: ['console', 'accreditationPipeline'],
    queryFn: async () => (await dataProvider.accreditationPipeline()).data,
    enabled,
  });
}

const list = (filter: AccreditationFilter) => accreditationListLink(filter);

/**
 * Head office's accreditation pipeline (accreditationPipeline): how many accreditations are in each
 * state, candidates overdue, renewals due within 6 months and the centres the public can find.
 * Each count of accreditations opens the list filtered to match.
 */
export function AccreditationPipeline() {
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'Accreditation', action: 'pipeline' });
  const { data, isPending, error } = usePipeline(Boolean(canAccess));
  const tableId = useId();
  if (accessPending) return <Title title="Accreditation" />;
  if (!canAccess) {
    return (
      <Box mt={2}>
        <Title title="Accreditation" />
        <Alert severity="warning">The role you are acting as does not give access to this page.</Alert>
      </Box>
    );
  }
  return (
    <Box mt={2} mb={4}>
      <Title title="Accreditation" />
      <Typography variant="h5" component="h1">
        Accreditation pipeline
      </Typography>
      <Typography color="text.secondary" mb={2}>
        Every centre’s Accreditation and Enhanced Accreditation across the network. Each count opens the list of those accreditations.{' '}
        <Link component={RouterLink} to="/Accreditation">
          All accreditations
        </Link>
      </Typography>
      {error ? (
        <Alert severity="error">The pipeline could not be loaded: {error.message}</Alert>
      ) : isPending || !data ? (
        <Typography>Loading the pipeline…</Typography>
      ) : (
        <>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Headline count={data.candidatesOverdue} label="Candidates overdue" hint="Past their 6 months without an award" to={list({ candidateOverdue: true })} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Headline
                count={data.renewalsWithinSixMonths}
                label="Renewals due within 6 months"
                hint="Accredited or renewal due, expiring within 6 months"
                to={list({ expiringWithinMonths: 6 })}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Headline
                count={data.overdueActions}
                label="Overdue actions"
                hint="Actions of action plans open or returned past their due date"
                to={{ pathname: '/ActionPlanItem', search: `?filter=${encodeURIComponent(JSON.stringify({ status: 'OVERDUE' }))}` }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Headline
                count={data.publiclyListedCentres}
                label="Centres shown to the public"
                hint="Listed by their organisation and currently accredited (a count of centres, not of accreditations)"
              />
            </Grid>
          </Grid>
          <Card component="section" aria-labelledby={tableId} sx={{ mt: 2 }}>
            <CardContent>
              <Typography variant="h6" component="h2" id={tableId}>
                By state
              </Typography>
              <TableContainer>
                <Table size="small" aria-labelledby={tableId}>
                  <TableHead>
                    <TableRow>
                      <TableCell component="th" scope="col">
                        State
                      </TableCell>
                      <TableCell component="th" scope="col">
                        Meaning
                      </TableCell>
                      <TableCell component="th" scope="col" align="right">
                        Accreditations
                      </TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.byState.map(({ state, count }) => (
                      <TableRow key={state}>
                        <TableCell component="th" scope="row">
                          <AccreditationStateChip state={state} />
                        </TableCell>
                        <TableCell>{STATE_MEANING[state]}</TableCell>
                        <TableCell align="right">
                          <Link
                            component={RouterLink}
                            to={list({ states: [state] })}
                            aria-label={`${number(count)} ${ACCREDITATION_STATE_LABELS[state].toLowerCase()}: open the list`}
                          >
                            {number(count)}
                          </Link>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}
