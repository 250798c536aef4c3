import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ImportRowError } from '../../../dataProvider';

/** The server's objections, row by row, in the order of the file. */
export function ImportErrors({ errors }: { errors: ImportRowError[] }) {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return (
    <TableContainer>
      <Table size="small" aria-label="Problems found, by row">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Row
            </TableCell>
            <TableCell component="th" scope="col">
              Column
            </TableCell>
            <TableCell component="th" scope="col">
              Problem
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((error, index) => (
            <TableRow key={`${error.row}-${error.field ?? ''}-${index}`}>
              <TableCell>{error.row}</TableCell>
              <TableCell>{error.field ?? 'The whole row'}</TableCell>
              <TableCell>{error.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
