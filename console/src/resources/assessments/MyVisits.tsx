import { Alert, Card, CardContent, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import { ukDate } from '../../labels';
import { STANDARD_SET_KIND_LABELS } from '../standards/words';
import { AssessmentStatusChip } from './Chips';
import { assessmentPath, findingsPath } from './paths';
import { ASSESSMENT_STATUS_ORDER, plural } from './words';

/**
 * The assessor's visits ("My visits"): upcoming and in progress first (soonest first), then those
 * awaiting head office's decision, then decided ones (latest first); each with its centre, date,
 * standards version, status in words and how many standards still have no finding.
 */
export function MyVisits() {
  const dataProvider = useConsoleDataProvider();
  const { data, isPending, error } = useQuery({
    queryKey: ['console', 'myVisits'],
    queryFn: async () => (await dataProvider.myVisits({ filter: {} })).data,
  });
  const visits = [...(data ?? [])].sort(
    (a, b) =>
      ASSESSMENT_STATUS_ORDER[a.status] - ASSESSMENT_STATUS_ORDER[b.status] ||
      (a.status === 'DECIDED' ? b.visitDate.localeCompare(a.visitDate) : a.visitDate.localeCompare(b.visitDate)),
  );
  return (
    <Card sx={{ mt: 1 }}>
      <Title title="My visits" />
      <CardContent>
        <Typography component="h1" variant="h5" mb={1}>
          My visits
        </Typography>
        {error ? (
          <Alert severity="error">Your visits could not be loaded: {error.message}</Alert>
        ) : isPending ? (
          <Typography>Loading your visits…</Typography>
        ) : visits.length === 0 ? (
          <Typography>No visits are assigned to you.</Typography>
        ) : (
          <Table size="small" aria-label="My visits">
            <TableHead>
              <TableRow>
                <TableCell>Centre</TableCell>
                <TableCell>Visit date</TableCell>
                <TableCell>Standards</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Still to record</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {visits.map((visit) => {
                const open = visit.status === 'PLANNED' || visit.status === 'IN_PROGRESS';
                return (
                  <TableRow key={visit.id}>
                    <TableCell>
                      <Link component={RouterLink} to={open ? findingsPath(visit.id) : assessmentPath(visit.id)} sx={{ display: 'inline-block', py: 1 }}>
                        {visit.centre?.name ?? 'A centre'}
                      </Link>
                    </TableCell>
                    <TableCell>{ukDate(visit.visitDate)}</TableCell>
                    <TableCell>
                      {STANDARD_SET_KIND_LABELS[visit.standardSet.kind]} {visit.standardSet.versionLabel}
                    </TableCell>
                    <TableCell>
                      <AssessmentStatusChip status={visit.status} />
                    </TableCell>
                    <TableCell>
                      {visit.missingStandards.length === 0
                        ? 'Every standard has a finding'
                        : `${plural(visit.missingStandards.length, 'standard')} of ${visit.standardSet.standardCount}`}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
