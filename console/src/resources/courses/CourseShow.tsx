import AddIcon from '@mui/icons-material/Add';
import { Box, List as MuiList, ListItem, Typography } from '@mui/material';
import {
  Button,
  CanAccess,
  Datagrid,
  DateField,
  EditButton,
  FunctionField,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { courseDeliveryChoices, DATE_LOCALE, DATE_TIME_OPTIONS, ocnLevelChoices, regionChoices } from '../../labels';
import { Section } from '../../layout/Section';
import { PlacesField, SessionStatusField, WhenField } from '../sessions/fields';
import type { Course } from './types';
import { courseName, requirementInWords, validityInWords } from './words';

/** Edit for head office and the training team; scheduling a session for the training team (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <CanAccess resource="CourseSession" action="create">
        <ScheduleButton />
      </CanAccess>
      <EditButton />
    </TopToolbar>
  );
}

function ScheduleButton() {
  const course = useRecordContext<Course>();
  if (!course?.active) return null;
  return (
    <Button component={Link} to={{ pathname: '/CourseSession/create', search: `?source=${encodeURIComponent(JSON.stringify({ courseId: course.id }))}` }} label="Schedule a session">
      <AddIcon />
    </Button>
  );
}

function CourseTitle() {
  const course = useRecordContext<Course>();
  return <span>{course ? courseName(course) : 'Course'}</span>;
}

/** The requirement rows in words; none: the course is optional. */
function WhoMustHoldIt() {
  const course = useRecordContext<Course>();
  if (!course) return null;
  if (course.requirements.length === 0) return <Typography>Nobody: the course is optional.</Typography>;
  return (
    <>
      {!course.active && (
        <Typography color="text.secondary">The course is retired, so for now nobody has to hold it; these rules apply again if it is offered again.</Typography>
      )}
      <MuiList dense disablePadding sx={{ listStyle: 'disc', pl: 3 }}>
        {course.requirements.map((requirement) => (
          <ListItem key={requirement.id} sx={{ display: 'list-item', pl: 0 }}>
            {requirementInWords(requirement)}
          </ListItem>
        ))}
      </MuiList>
    </>
  );
}

/** A course: what it is, who must hold it, and its sessions to come. */
export function CourseShow() {
  return (
    <Show actions={<Actions />} title={<CourseTitle />}>
      <Box px={2} pb={2}>
        <SimpleShowLayout sx={{ px: 0 }}>
          <TextField source="code" />
          <TextField source="title" />
          <TextField source="description" emptyText="No description" />
          <SelectField source="ocnLevel" label="OCN level" choices={ocnLevelChoices} />
          <NumberField source="creditValue" label="OCN credits" />
          <NumberField source="guidedLearningHours" label="Guided learning hours" />
          <SelectField source="delivery" choices={courseDeliveryChoices} />
          <FunctionField label="A completion stays current for" render={(course: Course) => validityInWords(course.validityMonths)} />
          <FunctionField label="Offered" render={(course: Course) => (course.active ? 'Yes' : 'No: retired (its records are kept)')} />
          <DateField source="updatedAt" label="Last changed" showTime locales={DATE_LOCALE} options={DATE_TIME_OPTIONS} />
        </SimpleShowLayout>
        <Section title="Who must hold it" hint="Someone who matches any of these must hold the course and keep it current; their clearance says so when they do not.">
          <WhoMustHoldIt />
        </Section>
        <Section title="Upcoming sessions">
          <ReferenceManyField reference="CourseSession" target="courseId" filter={{ upcoming: true }} sort={{ field: 'startsAt', order: 'ASC' }} perPage={10}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<Typography>No sessions are scheduled.</Typography>}>
              <WhenField label="When" />
              <TextField source="trainer" sortable={false} />
              <FunctionField label="Where" render={(session: { venue?: string; onlineLink?: string }) => session.venue ?? (session.onlineLink ? 'Online' : '')} />
              <SelectField source="region" choices={regionChoices} emptyText="Online" sortable={false} />
              <PlacesField label="Places" />
              <SessionStatusField label="Status" />
            </Datagrid>
          </ReferenceManyField>
        </Section>
      </Box>
    </Show>
  );
}
