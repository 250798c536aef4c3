import { Box, Grid, Typography } from '@mui/material';
import {
  CanAccess,
  DateField,
  EditButton,
  FunctionField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { DATE_LOCALE, DATE_OPTIONS, DBS_LEVEL_LABELS, personStatusChoices, personTypeChoices, ukDate } from '../../labels';
import { Section } from '../../layout/Section';
import { CentreHistory } from './CentreHistory';
import { ClearanceStatusField } from './ClearanceChip';
import { DbsHistory } from './DbsHistory';
import { PersonTitle } from './PersonTitle';
import { RecordDbsCheckButton } from './RecordDbsCheckButton';
import { TrainingStatusField } from './TrainingStateChip';
import { PersonTraining } from './training/PersonTraining';
import type { Person } from './types';

/** The Edit button shows itself only to those the server lets update people (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

function Details() {
  // The server's field policy: a person's leads only (asked as canAccess, see accessRules.ts).
  const { canAccess: readsContactDetails } = useCanAccess({ resource: 'Person', action: 'contactDetails' });
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
        {readsContactDetails && <TextField source="email" label="Email address" emptyText="Not given" />}
        {readsContactDetails && <TextField source="phone" label="Phone" emptyText="Not given" />}
        {readsContactDetails && <TextField source="notes" label="Notes" emptyText="None" />}
      </SimpleShowLayout>
      {readsContactDetails === false && (
        <Typography variant="body2" color="text.secondary">
          Contact details, notes and DBS checks are seen only by the person's organisation administrators and the coordinators of their centres.
        </Typography>
      )}
    </Section>
  );
}

/** When their mandatory training stops being current: the soonest expiry, once every course is done and in date. */
function trainingCurrentUntil(person: Person): string {
  if (person.trainingStatus === 'MISSING' || person.trainingStatus === 'EXPIRED') return 'Not current now (see the training due)';
  return person.trainingExpiresOn ? ukDate(person.trainingExpiresOn) : 'No mandatory course of theirs expires';
}

/** Compliance status (DBS and mandatory training), which every face sees; the level of their latest DBS only for safeguarding leads. */
function Clearance() {
  const { canAccess: readsDbs } = useCanAccess({ resource: 'DbsCheck', action: 'list' });
  return (
    <Section title="Clearance to work with children">
      <SimpleShowLayout sx={{ px: 0 }}>
        <ClearanceStatusField label="Clearance" />
        <DateField source="clearanceExpiresOn" label="DBS current until" locales={DATE_LOCALE} options={DATE_OPTIONS} emptyText="No DBS check recorded" />
        <TextField source="clearanceAction" label="Action needed" emptyText="None" />
        <TrainingStatusField label="Mandatory training" />
        <FunctionField label="Mandatory training due" render={(person: Person) => (person.trainingDue.length ? person.trainingDue.join('; ') : 'None')} />
        <FunctionField label="Mandatory training current until" render={trainingCurrentUntil} />
        <FunctionField label="Level their centres need" render={(person: Person) => DBS_LEVEL_LABELS[person.requiredDbsLevel]} />
        {readsDbs && (
          <FunctionField label="Level of their latest DBS" render={(person: Person) => (person.latestDbsLevel ? DBS_LEVEL_LABELS[person.latestDbsLevel] : 'No DBS check')} />
        )}
      </SimpleShowLayout>
    </Section>
  );
}

/**
 * A person: who they are, whether they can be rostered and why, where they have worked, their
 * training, and, for their organisation's safeguarding leads only, their DBS checks.
 */
export function PersonShow() {
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
        <PersonTraining />
        <CanAccess resource="DbsCheck" action="list">
          <Section
            title="DBS checks"
            action={
              <CanAccess resource="DbsCheck" action="create">
                <RecordDbsCheckButton />
              </CanAccess>
            }
          >
            <DbsHistory />
          </Section>
        </CanAccess>
      </Box>
    </Show>
  );
}
