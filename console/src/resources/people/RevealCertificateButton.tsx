import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Button, Form, maxLength, required, SaveButton, TextInput, useNotify, useRecordContext } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { fieldErrorsOf, messageOf } from '../../dataProvider/errors';
import { ukDate } from '../../labels';
import type { DbsCheck } from './types';

/**
 * Shows a certificate number once, to an organisation administrator who gives a reason; the
 * server records who saw it and why. The number lives only in this dialog's state (never in
 * react-admin's cache) and is forgotten when the dialog closes.
 */
export function RevealCertificateButton() {
  const check = useRecordContext<DbsCheck>();
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<{ number: string | null } | null>(null);
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const titleId = useId();
  if (!check?.certificateHeld) return null;
  const close = () => {
    setOpen(false);
    setRevealed(null);
  };
  const submit = async (values: Record<string, unknown>) => {
    try {
      const { data: number } = await dataProvider.revealCertificateNumber({ id: check.id, reason: String(values.reason) });
      // Neither a number nor null when the call ended the session: react-admin answers `{}` on the way to sign-in.
      if (number !== null && typeof number !== 'string') return;
      setRevealed({ number });
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) return fieldErrors;
      notify(messageOf(error, 'The number could not be shown'), { type: 'error' });
    }
  };
  return (
    <>
      <Button label="Reveal certificate number" onClick={() => setOpen(true)}>
        <VisibilityIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>Reveal the certificate number</DialogTitle>
        {revealed ? (
          <>
            <DialogContent>
              {revealed.number ? (
                <Box role="status">
                  <Typography>Certificate number of the check issued on {ukDate(check.issueDate)}:</Typography>
                  <Typography component="p" variant="h5" sx={{ fontFamily: 'monospace', letterSpacing: 2, my: 2 }}>
                    {revealed.number}
                  </Typography>
                  <Alert severity="info">Your view has been recorded in the audit trail. The number is not kept on this page: once you close this box, revealing it again is recorded again.</Alert>
                </Box>
              ) : (
                <Alert severity="warning" role="status">
                  The certificate number is no longer held (it is deleted six months after the decision), or you cannot see it.
                </Alert>
              )}
            </DialogContent>
            <DialogActions>
              <Button label="Close" onClick={close} autoFocus />
            </DialogActions>
          </>
        ) : (
          <Form onSubmit={submit} disableInvalidFormNotification>
            <DialogContent>
              <DialogContentText mb={2}>
                The DBS code of practice restricts who sees certificate numbers. Say why you need it: your name, the time and your reason are kept in
                the audit trail.
              </DialogContentText>
              <TextInput
                source="reason"
                label="Reason"
                helperText="For example: confirming the certificate with the DBS Update Service"
                validate={[required('Give a reason'), maxLength(500)]}
                multiline
                minRows={2}
                fullWidth
                autoFocus
              />
            </DialogContent>
            <DialogActions>
              <Button label="Cancel" onClick={close} />
              <SaveButton label="Reveal" icon={<VisibilityIcon />} alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
}
