import { email, maxLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { can } from '../../access';
import { membershipStatusChoices, organisationTypeChoices, regionChoices } from '../../labels';
import { usePermissionsOrEmpty } from '../../scope';

export function OrganisationForm() {
  const { face } = usePermissionsOrEmpty();
  return (
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="type" choices={organisationTypeChoices} validate={required()} />
      <TextInput source="charityNumber" label="Charity number" helperText="For example 1078329, or NIC100123 in Northern Ireland" />
      <TextInput source="contactEmail" label="Contact email" validate={[required(), email('Enter an email address')]} fullWidth />
      <SelectInput source="region" choices={regionChoices} validate={required()} />
      <SelectInput
        source="membershipStatus"
        label="Membership"
        choices={membershipStatusChoices}
        defaultValue="MEMBER"
        disabled={!can.createOrganisations(face)}
        helperText={can.createOrganisations(face) ? undefined : 'Set by NACCC head office'}
      />
    </SimpleForm>
  );
}
