import { Typography } from '@mui/material';
import { Create, FormDataConsumer, maxLength, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { UkDateInput } from '../../inputs/UkDateInput';
import { useSaveErrors } from '../../saveErrors';
import type { StandardSet } from './types';
import { standardSetKindChoices } from './words';

/** What the server takes: a copy is named by id, or none (an empty draft). */
function createArguments(data: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: data.kind,
    versionLabel: typeof data.versionLabel === 'string' ? data.versionLabel.trim() : data.versionLabel,
    effectiveOn: data.effectiveOn,
    copyFromId: data.copyFromId || null,
  };
}

const STATUS_IN_CHOICE: Readonly<Record<StandardSet['status'], string>> = { PUBLISHED: 'the current one', RETIRED: 'retired', DRAFT: 'a draft' };
const versionChoice = (set: StandardSet) => `Version ${set.versionLabel}, ${STATUS_IN_CHOICE[set.status]}`;

/**
 * Drafting a new version: usually copied from the current one ("Draft a new version" on its page
 * fills the form in), then edited and published. Head office only.
 */
export function StandardSetCreate() {
  const saveErrors = useSaveErrors();
  return (
    <Create redirect="show" transform={createArguments} mutationOptions={{ onError: saveErrors }} title="Draft a new version of the National Standards">
      <SimpleForm>
        <Typography variant="body2" color="text.secondary">
          A new version starts as a draft: you can change it until you publish it. Publishing makes it the current version and retires the previous one.
        </Typography>
        <SelectInput source="kind" label="Set" choices={standardSetKindChoices} validate={required()} fullWidth={false} sx={{ width: 320 }} />
        <TextInput source="versionLabel" label="Version" helperText="How people will name it, for example 2027" validate={[required(), maxLength(50)]} fullWidth={false} sx={{ width: 320 }} />
        <UkDateInput source="effectiveOn" label="Effective from" validate={required()} fullWidth={false} sx={{ width: 320 }} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.kind ? (
              <ReferenceInput source="copyFromId" reference="StandardSet" filter={{ kind: formData.kind }} sort={{ field: 'versionLabel', order: 'DESC' }}>
                <SelectInput
                  label="Copy the standards of"
                  optionText={versionChoice}
                  emptyText="Nothing: start empty"
                  helperText="The draft starts with that version's areas and standards"
                  fullWidth={false}
                  sx={{ width: 420 }}
                />
              </ReferenceInput>
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
