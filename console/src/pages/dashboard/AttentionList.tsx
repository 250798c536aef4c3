import { Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { ukDate } from '../../labels';
import { ClearanceChip } from '../../resources/people/ClearanceChip';
import type { AttentionPerson } from './clearanceSummary';

/** Their DBS, or (when that is in order) a mandatory course: whichever makes them due. */
function expiry(person: AttentionPerson): string {
  return person.clearanceStatus === 'TRAINING_EXPIRING'
    ? `Mandatory training, ${ukDate(person.trainingExpiresOn as string | null)}`
    : `DBS, ${ukDate(person.clearanceExpiresOn as string | null)}`;
}

/**
 * People who need something done about their clearance, each linking to their page. `show`
 * picks the middle column: what stops being current and when (their DBS or a mandatory course), or their status.
 */
export function AttentionList({
  people,
  total,
  show,
  labelledBy,
  empty,
  more,
}: {
  people: AttentionPerson[];
  total: number;
  show: 'expiry' | 'status';
  labelledBy: string;
  empty: string;
  more: { pathname: string; search: string } | null;
}) {
  if (people.length === 0) return <Typography>{empty}</Typography>;
  return (
    <>
      <TableContainer>
        <Table size="small" aria-labelledby={labelledBy}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Name
              </TableCell>
              <TableCell component="th" scope="col">
                {show === 'expiry' ? 'What expires, and when' : 'Clearance'}
              </TableCell>
              <TableCell component="th" scope="col">
                Action needed
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {people.map((person) => (
              <TableRow key={person.id}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/Person/${encodeURIComponent(person.id)}/show`}>{person.fullName}</Link>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {show === 'expiry' ? expiry(person) : <ClearanceChip status={person.clearanceStatus} />}
                </TableCell>
                <TableCell>{person.clearanceAction}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {total > people.length && (
        <Typography mt={1}>
          Showing the first {people.length} of {total.toLocaleString('en-GB')}. {more && <Link component={RouterLink} to={more}>See them all in the people list</Link>}
        </Typography>
      )}
    </>
  );
}
