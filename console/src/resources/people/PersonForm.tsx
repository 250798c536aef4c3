import type { ReactElement } from 'react';
import {
  AutocompleteArrayInput,
  email,
  FormDataConsumer,
  maxLength,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { UkDateInput } from '../../inputs/UkDateInput';
import { personStatusChoices, personTypeChoices } from '../../labels';
import { Section } from '../../layout/Section';
import type { Person } from './types';

const phone = regex(/^\+?[0-9 ()-]{6,20}$/, 'Enter a phone number (digits, spaces, brackets, + and -)');

/** One form for adding and editing someone; the server repeats every check and has the last word. */
export function PersonForm({ creating = false, toolbar }: { creating?: boolean; toolbar?: ReactElement }) {
  const record = useRecordContext<Partial<Person>>();
  return (
    <SimpleForm toolbar={toolbar} sx={{ maxWidth: 760 }}>
      <Section title="Who they are" />
      <TextInput source="givenName" label="Given name" validate={[required(), maxLength(100)]} />
      <TextInput source="familyName" label="Family name" validate={[required(), maxLength(100)]} />
      <SelectInput source="personType" label="Role" choices={personTypeChoices} validate={required()} />
      <TextInput source="email" label="Email address" type="email" validate={[email('Enter an email address'), maxLength(254)]} />
      <TextInput source="phone" label="Phone" validate={phone} />
      <TextInput source="notes" label="Notes" multiline minRows={2} fullWidth validate={maxLength(4000)} helperText="Nothing from a DBS certificate: only what the organisation needs to run its rota" />

      <Section title="Where they work" hint={creating ? undefined : "A move keeps the history: the old centre's spell ends today and a new one starts."} />
      <UkDateInput source="startDate" label="Start date" validate={required()} />
      <ReferenceArrayInput source="centreIds" reference="Centre" filter={record?.organisationId ? { organisationId: record.organisationId } : {}} perPage={100}>
        <AutocompleteArrayInput optionText="name" label="Centres" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceArrayInput>

      {!creating && (
        <>
          <Section title="Leaving" hint="Someone who has left stays on record (with their DBS decisions) for the retention period; they are no longer counted or rostered." />
          <RadioButtonGroupInput source="status" label="Status" choices={personStatusChoices} />
          <FormDataConsumer<{ status?: string }>>
            {({ formData }) =>
              formData.status === 'LEFT' && (
                <UkDateInput source="leaveDate" label="Leave date" helperText="dd/mm/yyyy. A leave date marks them as having left; leave it empty to use today" />
              )
            }
          </FormDataConsumer>
        </>
      )}
    </SimpleForm>
  );
}
