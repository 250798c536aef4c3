import { Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import { messageOf } from '../../dataProvider/errors';
import { ENROLMENT_STATUS_LABELS } from '../../labels';
import type { CourseSession, SessionEnrolment } from '../courses/types';

/**
 * Who has a place: the training team sees everyone, confirms requested places and removes any;
 * an organisation sees its own people and withdraws requests not yet confirmed. Nothing can change
 * once the cohort's attendance is recorded.
 */
export function Enrolments({ label }: { label: string }) {
  const session = useRecordContext<CourseSession>();
  const { canAccess: enrols } = useCanAccess({ resource: 'CourseSession', action: 'enrol' });
  const { canAccess: removes } = useCanAccess({ resource: 'CourseSession', action: 'removeEnrolment' });
  const [removing, setRemoving] = useState<SessionEnrolment | null>(null);
  const [busy, setBusy] = useState(false);
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!session) return null;
  const open = session.status === 'SCHEDULED';
  if (session.enrolments.length === 0) {
    return <Typography>{enrols ? 'Nobody has a place yet.' : 'None of your people has a place on this session.'}</Typography>;
  }

  const act = async (what: () => Promise<{ data?: { id: string } | null }>, done: string) => {
    setBusy(true);
    try {
      const { data } = await what();
      if (!data?.id) return;
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify(messageOf(error, 'Nothing was changed'), { type: 'error' });
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };
  const confirmPlace = (enrolment: SessionEnrolment) =>
    act(() => dataProvider.enrolInSession({ sessionId: session.id, personIds: [enrolment.personId] }), `${enrolment.personName}'s place is confirmed`);
  const remove = (enrolment: SessionEnrolment) =>
    act(
      () => dataProvider.removeEnrolment({ id: enrolment.id }),
      enrolment.status === 'REQUESTED' && !enrols ? `The request for ${enrolment.personName} is withdrawn` : `${enrolment.personName} no longer has a place`,
    );
  // The training team removes any place; an organisation withdraws only what is still a request.
  const removable = (enrolment: SessionEnrolment) => open && removes && (enrols || enrolment.status === 'REQUESTED');
  // A column of actions only when some row has one (a coordinator's confirmed places have none).
  const actions = open && session.enrolments.some((enrolment) => (enrols && enrolment.status === 'REQUESTED') || removable(enrolment));

  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Name
              </TableCell>
              <TableCell component="th" scope="col">
                Organisation
              </TableCell>
              <TableCell component="th" scope="col">
                Place
              </TableCell>
              {actions && (
                <TableCell component="th" scope="col" align="right">
                  Actions
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {session.enrolments.map((enrolment) => (
              <TableRow key={enrolment.id}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/Person/${encodeURIComponent(enrolment.personId)}/show`}>
                    {enrolment.personName}
                  </Link>
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/Organisation/${encodeURIComponent(enrolment.organisationId)}/show`}>
                    {enrolment.organisationName}
                  </Link>
                </TableCell>
                <TableCell>{ENROLMENT_STATUS_LABELS[enrolment.status]}</TableCell>
                {actions && (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {enrols && enrolment.status === 'REQUESTED' && (
                      <Button label="Confirm place" aria-label={`Confirm place for ${enrolment.personName}`} onClick={() => confirmPlace(enrolment)} disabled={busy} />
                    )}
                    {removable(enrolment) && (
                      <Button
                        label={enrols ? 'Remove' : 'Withdraw request'}
                        aria-label={enrols ? `Remove ${enrolment.personName}` : `Withdraw request for ${enrolment.personName}`}
                        onClick={() => setRemoving(enrolment)}
                        disabled={busy}
                      />
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Confirm
        isOpen={removing !== null}
        loading={busy}
        title={enrols ? `Remove ${removing?.personName ?? ''} from this session?` : `Withdraw the request for ${removing?.personName ?? ''}?`}
        content={enrols ? 'Their place is freed for someone else.' : 'The place is freed; you can request it again while places are left.'}
        confirm={enrols ? 'Remove' : 'Withdraw request'}
        cancel="Keep the place"
        onConfirm={() => removing && remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
