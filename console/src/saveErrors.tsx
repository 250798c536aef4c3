import { Alert, Button } from '@mui/material';
import { useNotify } from 'react-admin';
import { errorCode, fieldErrorsOf, messageOf } from './dataProvider/errors';

/**
 * What an edit form does when saving fails. A CONFLICT (someone saved first) gets a message that
 * stays until dismissed and a Reload button that shows their changes; field errors are already
 * shown beside their inputs; anything else is notified as react-admin would.
 */
export function useSaveErrors() {
  const notify = useNotify();
  return (error: unknown) => {
    const message = messageOf(error, 'ra.notification.http_error');
    if (errorCode(error) === 'CONFLICT') {
      notify(<ConflictNotice message={message} />, { type: 'error', autoHideDuration: null });
      return;
    }
    if (fieldErrorsOf(error)) return;
    notify(message, { type: 'error' });
  };
}

function ConflictNotice({ message }: { message: string }) {
  return (
    <Alert
      severity="error"
      variant="filled"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          Reload
        </Button>
      }
    >
      {message}
    </Alert>
  );
}
