import { Card, CardContent, Grid, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import type { TrainingAreaCompliance, TrainingCounts } from '../../dataProvider/trainingTeam';
import type { Region } from '../../gql/graphql';

export const n = (value: number) => value.toLocaleString('en-GB');
export const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–');
/** Current or due a refresher: still in date, so still rosterable on training grounds. */
export const inDate = (counts: TrainingCounts) => counts.current + counts.expiring;

/** The network's training compliance (head office and the training team), through react-admin's query client. */
export function useTrainingOverview(region: Region | null) {
  const dataProvider = useConsoleDataProvider();
  return useQuery({
    queryKey: ['console', 'trainingOverview', region],
    queryFn: async () => (await dataProvider.trainingOverview({ filter: region ? { region } : {} })).data,
  });
}

function Total({ value, label, share }: { value: number; label: string; share?: string }) {
  return (
    <Card sx={{ height: '100%' }}>
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
    </Card>
  );
}

/** Each active person once, by the worst state of their mandatory courses: counts and shares. */
export function TrainingTotals({ totals }: { totals: TrainingCounts }) {
  const cards: Array<[number, string, boolean]> = [
    [totals.total, 'Active people', false],
    [inDate(totals), 'Mandatory training in date', true],
    [totals.expiring, 'In date, refresher due within 90 days', true],
    [totals.expired, 'A mandatory course expired', true],
    [totals.missing, 'A mandatory course never completed', true],
  ];
  return (
    <Grid container spacing={2}>
      {cards.map(([value, label, shared]) => (
        <Grid key={label} size={{ xs: 12, sm: 6, md: 'grow' }}>
          <Total value={value} label={label} share={shared ? percent(value, totals.total) : undefined} />
        </Grid>
      ))}
    </Grid>
  );
}

const COLUMNS: Array<[keyof TrainingCounts, string]> = [
  ['current', 'Up to date'],
  ['expiring', 'Refresher due'],
  ['expired', 'Expired'],
  ['missing', 'Not completed'],
];

/** A table of areas (regions, organisations or courses): each state as a count and a share of the area's people. */
export function ComplianceTable({
  areas,
  label,
  area,
  people = 'Active people',
  link,
}: {
  areas: readonly TrainingAreaCompliance[];
  label: string;
  area: string;
  people?: string;
  link?: (area: TrainingAreaCompliance) => string;
}) {
  if (areas.length === 0) return <Typography>Nobody in view.</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {area}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {people}
            </TableCell>
            {COLUMNS.map(([key, heading]) => (
              <TableCell key={key} component="th" scope="col" align="right">
                {heading}
              </TableCell>
            ))}
            <TableCell component="th" scope="col" align="right">
              In date
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {areas.map((row) => {
            const name: ReactNode = link ? (
              <Link component={RouterLink} to={link(row)}>
                {row.label}
              </Link>
            ) : (
              row.label
            );
            return (
              <TableRow key={row.key}>
                <TableCell component="th" scope="row">
                  {name}
                </TableCell>
                <TableCell align="right">{n(row.counts.total)}</TableCell>
                {COLUMNS.map(([key]) => {
                  const value = row.counts[key] as number;
                  const bad = (key === 'expired' || key === 'missing') && value > 0;
                  return (
                    <TableCell key={key} align="right" sx={{ whiteSpace: 'nowrap', fontWeight: bad ? 700 : undefined }}>
                      {n(value)}{' '}
                      <Typography component="span" variant="body2" color="text.secondary">
                        ({percent(value, row.counts.total)})
                      </Typography>
                    </TableCell>
                  );
                })}
                <TableCell align="right" sx={{ fontWeight: 700 }}>
                  {percent(inDate(row.counts), row.counts.total)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
