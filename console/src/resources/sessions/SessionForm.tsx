import { Box, Typography } from '@mui/material';
import { AutocompleteInput, FormDataConsumer, maxLength, maxValue, minValue, NumberInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, type Validator } from 'react-admin';
import { LondonDateTimeInput } from '../../inputs/LondonDateTimeInput';
import { regionChoices } from '../../labels';
import { courseName } from '../courses/words';

const HTTPS = /^https:\/\/\S+$/;
const httpsLink = (value: string) => (value && !HTTPS.test(value.trim()) ? 'Give the full https:// address of the meeting' : undefined);

const endsAfterStart: Validator = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'string' && typeof values.startsAt === 'string' && /T/.test(value) && /T/.test(values.startsAt) && value <= values.startsAt
    ? 'The session must end after it starts'
    : undefined;

/** A venue, an online link or both (the server says the same, under the venue). */
const venueOrLink: Validator = (value: unknown, values: Record<string, unknown>) =>
  !String(value ?? '').trim() && !String(values.onlineLink ?? '').trim() ? 'Give a venue, an online link, or both' : undefined;

function Part({ title, hint }: { title: string; hint?: string }) {
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

/** One form for scheduling and changing a session; the course is chosen once, when it is scheduled. */
export function SessionForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm>
      <Part title="The course" />
      {creating && (
        <ReferenceInput source="courseId" reference="Course" filter={{ active: true }} sort={{ field: 'code', order: 'ASC' }}>
          <AutocompleteInput optionText={courseName} label="Course" validate={required()} filterToQuery={(q: string) => ({ q })} fullWidth />
        </ReferenceInput>
      )}
      <TextInput source="trainer" label="Trainer" validate={[required(), maxLength(200)]} fullWidth />

      <Part title="When" hint="UK time (GMT or BST, as the day falls)." />
      <LondonDateTimeInput source="startsAt" dateLabel="Start date" timeLabel="Start time" validate={[required()]} />
      <FormDataConsumer>
        {({ formData }) => (
          <LondonDateTimeInput source="endsAt" dateLabel="End date" timeLabel="End time" validate={[required(), endsAfterStart]} sameDayAs={formData.startsAt as string | null} />
        )}
      </FormDataConsumer>

      <Part title="Where" hint="A venue, an online link, or both." />
      <TextInput source="venue" label="Venue" helperText="Name and town, for example Friends Meeting House, Leeds" validate={[maxLength(200), venueOrLink]} fullWidth />
      <TextInput source="onlineLink" label="Online link" helperText="The https:// address of the meeting" validate={httpsLink} fullWidth />
      <SelectInput source="region" label="Region" choices={regionChoices} emptyText="None (online only)" parse={(value: string) => value || null} helperText="Where the venue is; it lets members find sessions near them" />

      <Part title="Places" />
      <NumberInput source="capacity" label="Capacity" validate={[required(), minValue(1, 'At least 1 place'), maxValue(500, 'At most 500 places')]} step={1} />
    </SimpleForm>
  );
}
