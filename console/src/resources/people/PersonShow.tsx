import { Box, Grid, Typography } from '@mui/material';
import {
  DateField,
  EditButton,
  FunctionField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { can } from '../../access';
import { DATE_LOCALE, DATE_OPTIONS, DBS_LEVEL_LABELS, personStatusChoices, personTypeChoices } from '../../labels';
import { Section } from '../../layout/Section';
import { usePermissionsOrEmpty } from '../../scope';
import { CentreHistory } from './CentreHistory';
import { ClearanceStatusField } from './ClearanceChip';
import { DbsHistory } from './DbsHistory';
import { PersonTitle } from './PersonTitle';
import { RecordDbsCheckButton } from './RecordDbsCheckButton';
import type { Person } from './types';

function Actions() {
  const { face } = usePermissionsOrEmpty();
  return <TopToolbar>{can.editPeople(face) && <EditButton />}</TopToolbar>;
}

function Details() {
  const { face } = usePermissionsOrEmpty();
  return (
    <Section title="Details">
      <SimpleShowLayout sx={{ px: 0 }}>
        <TextField source="fullName" label="Name" />
        <SelectField source="personType" label="Role" choices={personTypeChoices} />
        <ReferenceField source="organisationId" reference="Organisation" label="Organisation" link="show">
          <TextField source="name" />
        </ReferenceField>
        <SelectField source="status" label="Status" choices={personStatusChoices} />
        <DateField source="startDate" label="Started" locales={DATE_LOCALE} options={DATE_OPTIONS} />
        <DateField source="leaveDate" label="Left" locales={DATE_LOCALE} options={DATE_OPTIONS} emptyText="Still with the organisation" />
        {can.seeContactDetails(face) && <TextField source="email" label="Email address" emptyText="Not given" />}
        {can.seeContactDetails(face) && <TextField source="phone" label="Phone" emptyText="Not given" />}
        {can.seeContactDetails(face) && <TextField source="notes" label="Notes" emptyText="None" />}
      </SimpleShowLayout>
      {!can.seeContactDetails(face) && (
        <Typography variant="body2" color="text.secondary">
          Contact details, notes and DBS checks are seen only by the person's organisation administrators and the coordinators of their centres.
        </Typography>
      )}
    </Section>
  );
}

/** Compliance status, which every face sees; the level of their latest DBS only for safeguarding leads. */
function Clearance() {
  const { face } = usePermissionsOrEmpty();
  return (
    <Section title="Clearance to work with children">
      <SimpleShowLayout sx={{ px: 0 }}>
        <ClearanceStatusField label="Clearance" />
        <DateField source="clearanceExpiresOn" label="DBS current until" locales={DATE_LOCALE} options={DATE_OPTIONS} emptyText="No DBS check recorded" />
        <TextField source="clearanceAction" label="Action needed" emptyText="None" />
        <FunctionField label="Level their centres need" render={(person: Person) => DBS_LEVEL_LABELS[person.requiredDbsLevel]} />
        {can.seeDbs(face) && (
          <FunctionField label="Level of their latest DBS" render={(person: Person) => (person.latestDbsLevel ? DBS_LEVEL_LABELS[person.latestDbsLevel] : 'No DBS check')} />
        )}
      </SimpleShowLayout>
    </Section>
  );
}

/**
 * A person: who they are, whether they can be rostered and why, where they have worked, and,
 * for their organisation's safeguarding leads only, their DBS checks.
 */
export function PersonShow() {
  const { face } = usePermissionsOrEmpty();
  return (
    <Show actions={<Actions />} title={<PersonTitle />}>
      <Box px={2} pb={2}>
        <Grid container columnSpacing={4}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Details />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Clearance />
          </Grid>
        </Grid>
        <Section title="Centres">
          <CentreHistory />
        </Section>
        {can.seeDbs(face) && (
          <Section title="DBS checks" action={can.recordDbs(face) && <RecordDbsCheckButton />}>
            <DbsHistory />
          </Section>
        )}
      </Box>
    </Show>
  );
}
