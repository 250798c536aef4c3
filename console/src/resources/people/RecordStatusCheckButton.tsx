import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import { Button, Form, RadioButtonGroupInput, required, SaveButton, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { fieldErrorsOf, messageOf } from '../../dataProvider/errors';
import type { StatusCheckResult } from '../../gql/graphql';
import { UkDateInput } from '../../inputs/UkDateInput';
import { statusCheckResultChoices, ukDate, ukToday } from '../../labels';
import type { DbsCheck } from './types';

const notInFuture = (value: string) => (/^\d{4}-/.test(value ?? '') && value > ukToday() ? 'The check cannot be in the future' : undefined);

/** For a check on the DBS Update Service: record an online status check and its result. */
export function RecordStatusCheckButton() {
  const check = useRecordContext<DbsCheck>();
  const [open, setOpen] = useState(false);
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  if (!check?.onUpdateService) return null;
  const submit = async (values: Record<string, unknown>) => {
    try {
      const { data } = await dataProvider.recordStatusCheck({ id: check.id, checkedOn: values.checkedOn as string, result: values.result as StatusCheckResult });
      // No check when the call ended the session: react-admin answers `{}` on the way to sign-in.
      if (!data?.id) return;
      setOpen(false);
      notify('Status check recorded', { type: 'success' });
      refresh();
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors) return fieldErrors;
      notify(messageOf(error, 'The status check was not recorded'), { type: 'error' });
    }
  };
  return (
    <>
      <Button label="Record status check" onClick={() => setOpen(true)}>
        <FactCheckIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form onSubmit={submit} disableInvalidFormNotification defaultValues={{ checkedOn: ukToday(), result: 'NO_NEW_INFORMATION' }}>
          <DialogTitle id={titleId}>Record an Update Service status check</DialogTitle>
          <DialogContent>
            <DialogContentText mb={2}>
              For the certificate issued on {ukDate(check.issueDate)}. With no new information, their DBS stays current until at least twelve months
              after this status check; new information means a fresh DBS check is needed before they are rostered again.
            </DialogContentText>
            <UkDateInput source="checkedOn" label="Date of the status check" validate={[required(), notInFuture]} />
            <RadioButtonGroupInput source="result" label="Result" choices={statusCheckResultChoices} validate={required()} row={false} />
          </DialogContent>
          <DialogActions>
            <Button label="Cancel" onClick={() => setOpen(false)} />
            <SaveButton label="Record status check" alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
