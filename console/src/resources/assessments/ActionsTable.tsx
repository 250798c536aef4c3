import { Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { ActionStatus } from '../../gql/graphql';
import { ukDate } from '../../labels';
import { ActionStatusChip } from './Chips';
import { actionPath } from './paths';

type ActionRow = { id: string; description: string; owner: string; dueOn: string; status: ActionStatus; overdue: boolean; reviewNote?: string | null };

/** Actions with their due dates and state in words (overdue said, and in red); a returned one says why. */
export function ActionsTable({ actions, label }: { actions: readonly ActionRow[]; label: string }) {
  if (actions.length === 0) return <Typography>No actions.</Typography>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Action</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Due</TableCell>
          <TableCell>Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {actions.map((action) => (
          <TableRow key={action.id}>
            <TableCell>
              <Link component={RouterLink} to={actionPath(action.id)} sx={{ display: 'inline-block', py: 0.5 }}>
                {action.description}
              </Link>
              {action.status === 'RETURNED' || (action.overdue && action.reviewNote) ? (
                <Typography variant="body2" color="text.secondary">
                  Returned: {action.reviewNote}
                </Typography>
              ) : null}
            </TableCell>
            <TableCell>{action.owner}</TableCell>
            <TableCell sx={{ color: action.overdue ? '#b71c1c' : undefined, whiteSpace: 'nowrap' }}>
              {ukDate(action.dueOn)}
              {action.overdue ? ' (overdue)' : ''}
            </TableCell>
            <TableCell>
              <ActionStatusChip status={action.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
