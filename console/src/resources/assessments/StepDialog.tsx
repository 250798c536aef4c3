import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify } from 'react-admin';
import { fieldErrorsOf, messageOf } from '../../dataProvider/errors';

/**
 * A button opening a dialog with a form for one step of the workflow (plan, reassign, decide,
 * submit evidence, review, …). `send` calls the server; a refusal naming one of `fields` is shown
 * under that input, any other in the server's words at the top of the dialog. On success the
 * dialog closes, `done` is notified and `onDone` runs (a refresh of what the page shows).
 */
export function StepDialog({
  label,
  icon,
  title,
  explanation,
  defaultValues,
  fields,
  send,
  done,
  onDone,
  children,
  submitLabel,
  variant,
}: {
  label: string;
  icon: ReactElement;
  title: string;
  explanation?: ReactNode;
  defaultValues: Record<string, unknown>;
  fields: readonly string[];
  send: (values: Record<string, unknown>) => Promise<unknown>;
  done: string;
  onDone: () => void;
  children: ReactNode;
  submitLabel?: string;
  variant?: 'text' | 'outlined' | 'contained';
}) {
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const notify = useNotify();
  const titleId = useId();
  const submit = async (values: Record<string, unknown>) => {
    try {
      const result = (await send(values)) as { data?: { id?: string } | null } | undefined;
      // Nothing when the call ended the session: react-admin answers `{}` on the way to sign-in.
      if (!result?.data?.id) return;
      setOpen(false);
      notify(done, { type: 'success' });
      onDone();
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors && fields.some((field) => field in fieldErrors)) return fieldErrors;
      setRefusal(messageOf(error, 'The server refused it'));
    }
  };
  return (
    <>
      <Button
        label={label}
        variant={variant}
        onClick={() => {
          setRefusal(null);
          setOpen(true);
        }}
        sx={{ minHeight: 44 }}
      >
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        {open && (
          <Form onSubmit={submit} disableInvalidFormNotification defaultValues={defaultValues}>
            <DialogTitle id={titleId}>{title}</DialogTitle>
            <DialogContent>
              {explanation && <DialogContentText mb={2}>{explanation}</DialogContentText>}
              {refusal && (
                <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                  {refusal}
                </Alert>
              )}
              {children}
            </DialogContent>
            <DialogActions>
              <Button label="Cancel" onClick={() => setOpen(false)} />
              <SaveButton label={submitLabel ?? label} icon={icon} alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
}
