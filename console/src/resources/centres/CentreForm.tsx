import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  maxLength,
} from 'react-admin';
import { centreKindChoices, referralRouteChoices, regionChoices, serviceTypeChoices } from '../../labels';

const UK_POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/;
const postcode = (value: string) => (value && !UK_POSTCODE.test(value.trim()) ? 'Enter a full UK postcode, like NG1 5FS' : undefined);

/** One form for creating and editing: the server repeats every check and has the last word. */
export function CentreForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm>
      <Section title="The centre" />
      {creating && (
        <ReferenceInput source="organisationId" reference="Organisation">
          <AutocompleteInput optionText="name" label="Organisation" validate={required()} filterToQuery={(q: string) => ({ q })} fullWidth />
        </ReferenceInput>
      )}
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="kind" choices={centreKindChoices} validate={required()} defaultValue="CENTRE" />
      <SelectArrayInput source="serviceTypes" choices={serviceTypeChoices} validate={required('Choose at least one service type')} fullWidth />
      <SelectArrayInput source="referralRoutes" choices={referralRouteChoices} fullWidth />

      <Section title="Where it is" hint="The postcode places the centre on the public map and sets its region." />
      <TextInput source="addressLine1" helperText="Required for a centre with a venue" fullWidth />
      <TextInput source="addressLine2" fullWidth />
      <Box display="flex" gap={2} width="100%" flexWrap="wrap">
        <TextInput source="town" />
        <TextInput source="postcode" validate={[required(), postcode]} />
        <SelectInput source="region" choices={regionChoices} helperText="Leave empty to use the postcode's region" emptyText="From the postcode" />
      </Box>

      <Section title="For families" />
      <TextInput source="openingPattern" helperText="For example: Alternate Saturdays, 10:00 to 12:30" fullWidth />
      <TextInput source="accessibilityNotes" multiline fullWidth />
      <TextArrayInput source="languages" helperText="Languages spoken besides English; press Enter after each" />
      <TextInput source="feesNote" multiline fullWidth helperText="How costs are quoted; reports are paid for separately" />
      <BooleanInput source="publiclyListed" label="List in the public finder (once accredited)" defaultValue />
    </SimpleForm>
  );
}

function Section({ title, hint }: { title: string; hint?: string }) {
  return (
    <Box mt={2} mb={1}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      )}
    </Box>
  );
}
