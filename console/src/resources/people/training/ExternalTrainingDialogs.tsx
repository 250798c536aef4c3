import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Dialog, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import {
  Button,
  CreateBase,
  DeleteWithConfirmButton,
  EditBase,
  maxLength,
  minValue,
  maxValue,
  number,
  NumberInput,
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
import { UkDateInput } from '../../../inputs/UkDateInput';
import { trainingOutcomeChoices, ukDate, ukToday } from '../../../labels';
import { useSaveErrors } from '../../../saveErrors';
import type { Person, TrainingRecord } from '../types';

const notInFuture = (value: string) => (/^\d{4}-/.test(value ?? '') && value > ukToday() ? 'The completion date cannot be in the future' : undefined);
const wholeNumber = (value: unknown) => (value != null && value !== '' && !Number.isInteger(Number(value)) ? 'Enter a whole number of credits' : undefined);

/** What an organisation records of training elsewhere: the course as its provider names it, and what came of it. */
function ExternalTrainingInputs() {
  return (
    <>
      <TextInput
        source="externalCourse"
        label="Course"
        helperText="As the provider names it, e.g. Safeguarding level 2"
        validate={[required('Name the course'), maxLength(200)]}
        fullWidth
      />
      <TextInput source="externalProvider" label="Provider" helperText="Who ran it, e.g. the local safeguarding partnership" validate={[required('Name who ran the course'), maxLength(200)]} fullWidth />
      <UkDateInput source="completedOn" label="Completed on" validate={[required(), notInFuture]} helperText="dd/mm/yyyy" />
      <SelectInput source="outcome" label="Outcome" choices={trainingOutcomeChoices} validate={required('Choose the outcome')} />
      <NumberInput source="hours" label="Hours" helperText="Hours of learning, e.g. 3.5" validate={[number(), minValue(0, 'Hours cannot be negative'), maxValue(1000)]} min={0} step={0.5} />
      <NumberInput source="credits" label="Credits" helperText="OCN credits awarded, if any" validate={[number(), wholeNumber, minValue(0, 'Credits cannot be negative'), maxValue(120)]} min={0} step={1} />
      <TextInput source="certificateRef" label="Certificate reference" helperText="Optional: the number on their certificate" validate={maxLength(100)} fullWidth />
    </>
  );
}

function DialogToolbar({ save, onCancel }: { save: string; onCancel: () => void }) {
  return (
    <Toolbar sx={{ gap: 1 }}>
      <SaveButton label={save} alwaysEnable />
      <Button label="Cancel" onClick={onCancel} />
    </Toolbar>
  );
}

const COUNTS_FOR =
  'Kept on their record and counted in their hours and credits. It does not complete a NACCC mandatory course: those are recorded by NACCC’s training team.';

/**
 * Records training the person did elsewhere (createTrainingRecord, source EXTERNAL), for the
 * person's organisation administrators and their centres' coordinators. Through the data provider,
 * so the server's refusals appear beside the inputs; the page refreshes to show it.
 */
export function AddExternalTrainingButton() {
  const person = useRecordContext<Person>();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useSaveErrors();
  const titleId = useId();
  if (!person) return null;
  const close = () => setOpen(false);
  return (
    <>
      <Button label="Add external training" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>Add external training for {person.fullName}</DialogTitle>
        <DialogContent sx={{ px: 0, pb: 0 }}>
          <DialogContentText sx={{ px: 3 }}>{COUNTS_FOR}</DialogContentText>
          <CreateBase
            resource="TrainingRecord"
            redirect={false}
            record={{ personId: person.id, source: 'EXTERNAL', outcome: 'ATTENDED' }}
            mutationOptions={{
              onSuccess: () => {
                close();
                notify('External training recorded', { type: 'success' });
                refresh();
              },
              onError,
            }}
          >
            <SimpleForm toolbar={<DialogToolbar save="Add training" onCancel={close} />}>
              <ExternalTrainingInputs />
            </SimpleForm>
          </CreateBase>
        </DialogContent>
      </Dialog>
    </>
  );
}

/** Corrects an external record (updateTrainingRecord: audited as a change, and refused if someone changed it meanwhile). */
export function EditExternalTrainingButton() {
  const record = useRecordContext<TrainingRecord>();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useSaveErrors();
  const titleId = useId();
  if (!record) return null;
  const close = () => setOpen(false);
  return (
    <>
      <Button label="Edit" onClick={() => setOpen(true)} aria-label={`Edit ${record.courseTitle}, completed ${ukDate(record.completedOn)}`}>
        <EditIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>Correct external training: {record.courseTitle}</DialogTitle>
        <DialogContent sx={{ px: 0, pb: 0 }}>
          <EditBase
            resource="TrainingRecord"
            id={record.id}
            redirect={false}
            mutationMode="pessimistic"
            mutationOptions={{
              onSuccess: () => {
                close();
                notify('Training record corrected', { type: 'success' });
                refresh();
              },
              onError,
            }}
          >
            <SimpleForm toolbar={<DialogToolbar save="Save correction" onCancel={close} />}>
              <ExternalTrainingInputs />
            </SimpleForm>
          </EditBase>
        </DialogContent>
      </Dialog>
    </>
  );
}

/** Deletes an external record made in error, after asking (a correction is an edit). */
export function DeleteExternalTrainingButton() {
  const record = useRecordContext<TrainingRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  return (
    <DeleteWithConfirmButton
      resource="TrainingRecord"
      record={record}
      redirect={false}
      mutationMode="pessimistic"
      aria-label={`Delete ${record.courseTitle}, completed ${ukDate(record.completedOn)}`}
      confirmTitle={`Delete “${record.courseTitle}”?`}
      confirmContent="Only for a record made in error: it is removed from their training history. To fix a detail, edit the record instead."
      mutationOptions={{
        onSuccess: () => {
          notify('Training record deleted', { type: 'success' });
          refresh();
        },
      }}
    />
  );
}
