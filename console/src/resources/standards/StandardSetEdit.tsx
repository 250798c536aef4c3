import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutline';
import { Alert, Box, Typography } from '@mui/material';
import {
  ArrayInput,
  Button,
  DeleteButton,
  Edit,
  maxLength,
  required,
  SaveButton,
  ShowButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  TopToolbar,
  useRecordContext,
  useSimpleFormIterator,
  useSimpleFormIteratorItem,
  useSourceContext,
} from 'react-admin';
import { UkDateInput } from '../../inputs/UkDateInput';
import { useSaveErrors } from '../../saveErrors';
import type { StandardSet } from './types';
import { standardSetName } from './words';

type StandardValues = { title?: string; guidance?: string | null };
type AreaValues = { title?: string; standards?: StandardValues[] };

/**
 * What the server takes: the draft's whole content as areas of standards, in order (it numbers
 * them), without the ids, numbers and codes the record carries; the version the edit is based on.
 */
function updateArguments(data: Record<string, unknown>): Record<string, unknown> {
  const areas = (data.areas as AreaValues[] | undefined) ?? [];
  return {
    id: data.id,
    version: data.version,
    versionLabel: typeof data.versionLabel === 'string' ? data.versionLabel.trim() : data.versionLabel,
    effectiveOn: data.effectiveOn,
    areas: areas.map((area) => ({
      title: area?.title ?? '',
      standards: (area?.standards ?? []).map((standard) => ({ title: standard?.title ?? '', guidance: standard?.guidance ?? '' })),
    })),
  };
}

/** "Area 2" / "Standard 2.3": the number the item will have, from its place in the form. */
function ItemNumber() {
  const path = useSourceContext().getSource('');
  const match = /areas\.(\d+)(?:\.standards\.(\d+))?/.exec(path);
  if (!match) return null;
  const area = Number(match[1]) + 1;
  const text = match[2] === undefined ? `Area ${area}` : `Standard ${area}.${Number(match[2]) + 1}`;
  return (
    <Typography variant="subtitle2" component="p" sx={{ minWidth: 110, mt: 2 }}>
      {text}
    </Typography>
  );
}

/** In words, not an icon alone (react-admin's own appears on hover only, out of a keyboard's reach). */
function AddItemButton({ label }: { label: string }) {
  const { add } = useSimpleFormIterator();
  return (
    <Button label={label} onClick={() => add()}>
      <AddIcon />
    </Button>
  );
}

function RemoveItemButton({ what }: { what: string }) {
  const { remove, index } = useSimpleFormIteratorItem();
  return (
    <Button label="Remove" aria-label={`Remove ${what} ${index + 1}`} color="error" onClick={() => remove()}>
      <RemoveIcon />
    </Button>
  );
}

const VISIBLE_ACTIONS = { '& .RaSimpleFormIterator-action': { visibility: 'visible' } };

function FormToolbar() {
  const set = useRecordContext<StandardSet>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton label="Save draft" />
      <DeleteButton
        mutationMode="pessimistic"
        label="Delete draft"
        confirmTitle={`Delete the draft ${set?.versionLabel ?? ''}?`}
        confirmContent="Its areas and standards are deleted with it. Published and retired versions are kept for ever."
      />
    </Toolbar>
  );
}

/** Only a draft has a form: a published or retired version says why it cannot change. */
function DraftForm() {
  const set = useRecordContext<StandardSet>();
  if (!set) return null;
  if (set.status !== 'DRAFT') {
    return (
      <Box p={2}>
        <Alert severity="info">
          {standardSetName(set)} has been published and can no longer change. To revise it, open it and choose &ldquo;Draft a new version&rdquo;.
        </Alert>
      </Box>
    );
  }
  return (
    <SimpleForm toolbar={<FormToolbar />}>
      <Box display="flex" columnGap={2} flexWrap="wrap" width="100%">
        <TextInput source="versionLabel" label="Version" validate={[required(), maxLength(50)]} fullWidth={false} sx={{ width: 240 }} />
        <UkDateInput source="effectiveOn" label="Effective from" validate={required()} fullWidth={false} sx={{ width: 240 }} />
      </Box>
      <Typography variant="h6" component="h2" mt={2}>
        Areas and standards
      </Typography>
      <Typography variant="body2" color="text.secondary" mb={1}>
        Areas and standards are numbered in the order they appear here (standard 2.3 is the third of area 2). Saving replaces the draft&apos;s content with what
        is on this page.
      </Typography>
      <ArrayInput source="areas" label={false}>
        <SimpleFormIterator disableReordering disableClear addButton={<AddItemButton label="Add an area" />} removeButton={<RemoveItemButton what="area" />} fullWidth sx={VISIBLE_ACTIONS}>
          <ItemNumber />
          <TextInput source="title" label="Area title" validate={[required(), maxLength(200)]} fullWidth />
          <ArrayInput source="standards" label="Standards">
            <SimpleFormIterator
              disableReordering
              disableClear
              addButton={<AddItemButton label="Add a standard" />}
              removeButton={<RemoveItemButton what="standard" />}
              fullWidth
              sx={VISIBLE_ACTIONS}
            >
              <ItemNumber />
              <TextInput source="title" label="Standard" validate={[required(), maxLength(300)]} fullWidth />
              <TextInput source="guidance" label="Guidance" multiline minRows={1} validate={maxLength(4000)} fullWidth />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}

function Actions() {
  return (
    <TopToolbar>
      <ShowButton />
    </TopToolbar>
  );
}

function EditTitle() {
  const set = useRecordContext<StandardSet>();
  return <span>{set ? `Edit ${standardSetName(set)}` : 'Edit draft'}</span>;
}

/** Pessimistic: the server's answer (a label already used, a stale draft) is shown before leaving the page. */
export function StandardSetEdit() {
  const saveErrors = useSaveErrors();
  return (
    <Edit mutationMode="pessimistic" transform={updateArguments} mutationOptions={{ onError: saveErrors }} redirect="show" actions={<Actions />} title={<EditTitle />}>
      <DraftForm />
    </Edit>
  );
}
