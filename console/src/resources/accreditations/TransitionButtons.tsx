import BlockIcon from '@mui/icons-material/Block';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import LogoutIcon from '@mui/icons-material/Logout';
import RestoreIcon from '@mui/icons-material/Restore';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useState, type ReactElement } from 'react';
import { Button, Form, required, SaveButton, TextInput, useGetOne, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { fieldErrorsOf, messageOf } from '../../dataProvider/errors';
import type { AccreditationAction } from '../../gql/graphql';
import { ACCREDITATION_ACTION_LABELS, ACCREDITATION_KIND_LABELS } from '../../labels';
import type { Centre } from '../centres/types';
import type { Accreditation } from './types';
import { consequenceOf } from './words';

const ICONS: Partial<Record<AccreditationAction, ReactElement>> = {
  AWARD: <VerifiedIcon />,
  SUSPEND: <BlockIcon />,
  REINSTATE: <RestoreIcon />,
  REMOVE: <DeleteForeverIcon />,
  WITHDRAW: <LogoutIcon />,
};

const DONE: Record<AccreditationAction, string> = {
  AWARD: 'Accreditation awarded',
  MARK_RENEWAL_DUE: 'Marked renewal due',
  LAPSE: 'Lapsed',
  SUSPEND: 'Accreditation suspended',
  REINSTATE: 'Accreditation reinstated',
  REMOVE: 'Accreditation removed',
  WITHDRAW: 'Accreditation withdrawn',
};

const REASON_HINT: Partial<Record<AccreditationAction, string>> = {
  AWARD: 'For example: the assessor’s report of the visit on 12/03/2027 recommends accreditation',
  SUSPEND: 'What is outside the standards, and what the centre must do',
  REINSTATE: 'What the centre has put right',
  REMOVE: 'Why the suspension ends in removal',
  WITHDRAW: 'What the organisation told head office',
};

/**
 * Head office's steps: one button per `allowedActions` entry (the server's transitions table), each
 * opening a dialog that says what will happen and requires a reason. The step is sent with the
 * version the page shows, so a change made meanwhile is refused (CONFLICT) rather than overwritten;
 * any refusal is shown in the server's words. The dialog keeps the action it was opened for while
 * it fades out (the refreshed record's actions change under it).
 */
export function TransitionButtons() {
  const accreditation = useRecordContext<Accreditation>();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<AccreditationAction | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  // The centre's name from react-admin's cache (the page's reference field reads it).
  const { data: centre } = useGetOne<Centre>('Centre', { id: accreditation?.centreId ?? '' }, { enabled: Boolean(accreditation?.centreId) });
  if (!accreditation) return null;
  const offered = accreditation.allowedActions;
  const start = (chosen: AccreditationAction) => {
    setAction(chosen);
    setRefusal(null);
    setOpen(true);
  };
  const submit = async (values: Record<string, unknown>) => {
    if (!action) return;
    try {
      const { data } = await dataProvider.transitionAccreditation({ id: accreditation.id, action, reason: String(values.reason ?? ''), version: accreditation.version });
      // Nothing when the call ended the session: react-admin answers `{}` on the way to sign-in.
      if (!data?.id) return;
      setOpen(false);
      notify(DONE[action], { type: 'success' });
      refresh();
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors && 'reason' in fieldErrors) return fieldErrors;
      setRefusal(messageOf(error, 'The step was not taken'));
    }
  };
  const words = action ? ACCREDITATION_ACTION_LABELS[action] : '';
  return (
    <>
      {offered.map((chosen) => (
        <Button key={chosen} label={ACCREDITATION_ACTION_LABELS[chosen]} onClick={() => start(chosen)}>
          {ICONS[chosen] ?? <VerifiedIcon />}
        </Button>
      ))}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        {action && (
          <Form key={action} onSubmit={submit} disableInvalidFormNotification defaultValues={{ reason: '' }}>
            <DialogTitle id={titleId}>
              {words}: {ACCREDITATION_KIND_LABELS[accreditation.kind]}
              {centre ? ` of ${centre.name}` : ''}
            </DialogTitle>
            <DialogContent>
              <DialogContentText mb={2}>{consequenceOf(action, accreditation)}</DialogContentText>
              {refusal && (
                <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                  {refusal}
                </Alert>
              )}
              <TextInput
                source="reason"
                label="Reason"
                multiline
                minRows={3}
                fullWidth
                validate={required('Say why: it is kept in the history with who and when')}
                helperText={REASON_HINT[action] ?? 'Kept in the history with who and when'}
              />
            </DialogContent>
            <DialogActions>
              <Button label="Cancel" onClick={() => setOpen(false)} />
              <SaveButton label={words} icon={ICONS[action] ?? <VerifiedIcon />} alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
}
