import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import { Button, Form, RadioButtonGroupInput, required, SaveButton, TextInput, useNotify, useRecordContext, useRedirect } from 'react-admin';
import { useConsoleDataProvider } from '../../dataProvider';
import { fieldErrorsOf, messageOf } from '../../dataProvider/errors';
import type { AccreditationKind, ServiceType } from '../../gql/graphql';
import { UkDateInput } from '../../inputs/UkDateInput';
import { ACCREDITATION_KIND_LABELS, ukToday } from '../../labels';
import type { Centre } from '../centres/types';

const notInFuture = (value: string) => (/^\d{4}-/.test(value ?? '') && value > ukToday() ? 'The application cannot be dated in the future' : undefined);

const SUPERVISED: readonly ServiceType[] = ['SUPERVISED_CONTACT', 'SUPERVISED_ASSESSMENT'];

/** Enhanced Accreditation is for supervised services only (the server refuses it otherwise); Accreditation for any centre. */
function kindsFor(centre: Centre, held: readonly AccreditationKind[]): AccreditationKind[] {
  const kinds: AccreditationKind[] = ['ACCREDITATION'];
  if (centre.serviceTypes.some((type) => SUPERVISED.includes(type))) kinds.push('ENHANCED_ACCREDITATION');
  return kinds.filter((kind) => !held.includes(kind));
}

/**
 * Head office records a centre's application (and signed working agreement): a new accreditation
 * of a kind the centre does not have yet, as a candidate, dated when the application was received.
 * Its page opens once it is made.
 */
export function StartAccreditationButton({ held }: { held: readonly AccreditationKind[] }) {
  const centre = useRecordContext<Centre>();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const titleId = useId();
  if (!centre) return null;
  const kinds = kindsFor(centre, held);
  if (kinds.length === 0) return null;
  const submit = async (values: Record<string, unknown>) => {
    try {
      const { data } = await dataProvider.startAccreditation({
        centreId: centre.id,
        kind: values.kind as AccreditationKind,
        candidateSince: (values.candidateSince as string | null) ?? null,
        reason: String(values.reason ?? ''),
      });
      if (!data?.id) return;
      setOpen(false);
      notify(`${centre.name} is a candidate for ${ACCREDITATION_KIND_LABELS[values.kind as AccreditationKind]}`, { type: 'success' });
      redirect('show', 'Accreditation', data.id);
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors && ['kind', 'candidateSince', 'reason'].some((field) => field in fieldErrors)) return fieldErrors;
      setRefusal(messageOf(error, 'The accreditation was not started'));
    }
  };
  return (
    <>
      <Button
        label="Start accreditation"
        onClick={() => {
          setRefusal(null);
          setOpen(true);
        }}
      >
        <PlaylistAddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <Form onSubmit={submit} disableInvalidFormNotification defaultValues={{ kind: kinds[0], candidateSince: ukToday(), reason: '' }}>
          <DialogTitle id={titleId}>Start accreditation: {centre.name}</DialogTitle>
          <DialogContent>
            <DialogContentText mb={2}>
              The centre becomes a candidate from the date its application and signed working agreement were received, and is to be accredited within 6
              months of it. It is not shown to the public until it is accredited.
            </DialogContentText>
            {refusal && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {refusal}
              </Alert>
            )}
            <RadioButtonGroupInput
              source="kind"
              label="Kind"
              choices={kinds.map((kind) => ({ id: kind, name: ACCREDITATION_KIND_LABELS[kind] }))}
              validate={required()}
              row={false}
            />
            <UkDateInput source="candidateSince" label="Application received on" validate={[required(), notInFuture]} />
            <TextInput
              source="reason"
              label="What was received"
              multiline
              minRows={2}
              fullWidth
              validate={required('Say what was received: the application, the signed working agreement')}
              helperText="For example: application and signed working agreement received by post"
            />
          </DialogContent>
          <DialogActions>
            <Button label="Cancel" onClick={() => setOpen(false)} />
            <SaveButton label="Start accreditation" icon={<PlaylistAddIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
