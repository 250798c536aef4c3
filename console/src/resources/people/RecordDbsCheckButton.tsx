import AddIcon from '@mui/icons-material/Add';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import {
  BooleanInput,
  Button,
  CreateBase,
  FormDataConsumer,
  maxLength,
  RadioButtonGroupInput,
  regex,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { UkDateInput } from '../../inputs/UkDateInput';
import { dbsDecisionChoices, dbsJurisdictionChoices, dbsLevelChoices, dbsWorkforceChoices, ukToday } from '../../labels';
import type { Person } from './types';

const notInFuture = (value: string) => (/^\d{4}-/.test(value ?? '') && value > ukToday() ? 'The issue date cannot be in the future' : undefined);
const certificateNumber = regex(/^[0-9 ]{6,20}$/, 'Enter the digits of the certificate number (6 to 20 digits; spaces are allowed)');
const subscriptionId = regex(/^[A-Za-z0-9 -]{4,30}$/, 'Enter the subscription id as on the Update Service (letters and digits)');

function DialogToolbar({ onCancel }: { onCancel: () => void }) {
  return (
    <Toolbar sx={{ gap: 1 }}>
      <SaveButton label="Record check" alwaysEnable />
      <Button label="Cancel" onClick={onCancel} />
    </Toolbar>
  );
}

/**
 * Records a new DBS (or AccessNI) check for the person on the page: what the certificate says and
 * the organisation's decision, never its content. Through the data provider (createDbsCheck), so
 * the server's refusals appear beside the inputs; the page refreshes to show the new clearance.
 */
export function RecordDbsCheckButton() {
  const person = useRecordContext<Person>();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  if (!person) return null;
  const close = () => setOpen(false);
  return (
    <>
      <Button label="Record new check" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>Record a new DBS check for {person.fullName}</DialogTitle>
        <DialogContent sx={{ px: 0, pb: 0 }}>
          <CreateBase
            resource="DbsCheck"
            redirect={false}
            record={{ personId: person.id, level: person.requiredDbsLevel, jurisdiction: 'DBS', workforce: 'CHILD', onUpdateService: false }}
            mutationOptions={{
              onSuccess: () => {
                close();
                notify('DBS check recorded', { type: 'success' });
                refresh();
              },
            }}
          >
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />}>
              <SelectInput
                source="level"
                label="Level"
                choices={dbsLevelChoices}
                validate={required()}
                helperText={`Their centres need: ${dbsLevelChoices.find((c) => c.id === person.requiredDbsLevel)?.name ?? person.requiredDbsLevel}`}
                fullWidth
              />
              <RadioButtonGroupInput source="jurisdiction" label="Issued by" choices={dbsJurisdictionChoices} helperText="AccessNI in Northern Ireland" />
              <SelectInput source="workforce" label="Workforce" choices={dbsWorkforceChoices} validate={required()} />
              <TextInput
                source="certificateNumber"
                label="Certificate number"
                validate={[required(), certificateNumber]}
                helperText="Kept for six months after the decision, then deleted; always shown masked"
                autoComplete="off"
                fullWidth
              />
              <UkDateInput source="issueDate" label="Issue date" validate={[required(), notInFuture]} helperText="dd/mm/yyyy, as printed on the certificate" />
              <RadioButtonGroupInput source="decision" label="Decision" choices={dbsDecisionChoices} validate={required('Choose the decision')} row={false} />
              <TextInput source="decidedBy" label="Decided by" helperText="Leave empty to record your own name" validate={maxLength(200)} fullWidth />
              <BooleanInput source="onUpdateService" label="They subscribe to the DBS Update Service" />
              <FormDataConsumer<{ onUpdateService?: boolean }>>
                {({ formData }) =>
                  formData.onUpdateService && (
                    <TextInput source="updateServiceSubscriptionId" label="Update Service subscription id" validate={subscriptionId} fullWidth />
                  )
                }
              </FormDataConsumer>
            </SimpleForm>
          </CreateBase>
        </DialogContent>
      </Dialog>
    </>
  );
}
