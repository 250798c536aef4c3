import { email, maxLength, required, SelectInput, SimpleForm, TextInput, useCanAccess } from 'react-admin';
import { membershipStatusChoices, organisationTypeChoices, regionChoices } from '../../labels';

export function OrganisationForm() {
  // Membership is head office's decision (the server refuses anyone else a change).
  const { canAccess: setsMembership } = useCanAccess({ resource: 'Organisation', action: 'membership' });
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
        disabled={!setsMembership}
        helperText={setsMembership ? undefined : 'Set by NACCC head office'}
      />
    </SimpleForm>
  );
}
