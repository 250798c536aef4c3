import { Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ClearanceStatus } from '../../gql/graphql';
import { CLEARANCE_STATUS_LABELS } from '../../labels';
import { peopleListLink, type ClearanceCounts, type ClearanceSummary } from './clearanceSummary';

const COLUMNS: Array<[ClearanceStatus, keyof ClearanceCounts]> = [
  ['CLEARED', 'cleared'],
  ['EXPIRING', 'expiring'],
  ['TRAINING_EXPIRING', 'trainingExpiring'],
  ['EXPIRED', 'expired'],
  ['MISSING_DBS', 'missingDbs'],
  ['WRONG_LEVEL', 'wrongLevel'],
  ['NOT_CLEARED', 'notCleared'],
  ['NEEDS_NEW_CHECK', 'needsNewCheck'],
  ['TRAINING_MISSING', 'trainingMissing'],
  ['TRAINING_EXPIRED', 'trainingExpired'],
];

/** Active people of each centre by clearance status (someone at two centres counts at both). */
export function ClearanceByCentre({ centres, labelledBy }: { centres: ClearanceSummary['centres']; labelledBy: string }) {
  if (centres.length === 0) return <p>No centres.</p>;
  return (
    <TableContainer>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col" sx={{ minWidth: 200 }}>
              Centre
            </TableCell>
            {COLUMNS.map(([status]) => (
              <TableCell key={status} component="th" scope="col" align="right">
                {CLEARANCE_STATUS_LABELS[status]}
              </TableCell>
            ))}
            <TableCell component="th" scope="col" align="right">
              Active people
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {centres.map((centre) => (
            <TableRow key={centre.centreId}>
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={peopleListLink({ centreId: centre.centreId })}>{centre.centreName}</Link>
              </TableCell>
              {COLUMNS.map(([status, key]) => (
                <TableCell key={status} align="right" sx={{ fontWeight: status !== 'CLEARED' && (centre.counts[key] as number) > 0 ? 700 : undefined }}>
                  {(centre.counts[key] as number).toLocaleString('en-GB')}
                </TableCell>
              ))}
              <TableCell align="right">{centre.counts.total.toLocaleString('en-GB')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
