import { Alert, Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import { Datagrid, FunctionField, NumberField, ReferenceManyField, TextField, useCanAccess, useRecordContext } from 'react-admin';
import { TRAINING_OUTCOME_LABELS, TRAINING_SOURCE_LABELS, ukDate } from '../../../labels';
import { Section } from '../../../layout/Section';
import { TrainingStateChip } from '../TrainingStateChip';
import type { Person, TrainingRecord } from '../types';
import { AddExternalTrainingButton, DeleteExternalTrainingButton, EditExternalTrainingButton } from './ExternalTrainingDialogs';
import { ExportTrainingRecordsButton } from './ExportTrainingButtons';
import type { MandatoryCourse } from '../../../dataProvider/memberTraining';
import { usePersonTraining } from './usePersonTraining';

const hours = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography component="dd" m={0} mt={0.5}>
        {children}
      </Typography>
    </Box>
  );
}

function Heading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <Typography variant="subtitle1" component="h3" id={id} fontWeight={600} mt={2} mb={0.5}>
      {children}
    </Typography>
  );
}

function expiryOf(course: MandatoryCourse): string {
  if (course.state === 'MISSING') return 'Not applicable';
  return course.expiresOn ? ukDate(course.expiresOn) : 'Does not expire';
}

/** Each course their role and centres make mandatory: where they stand, when they did it, when it runs out. */
function MandatoryCourses({ courses, labelledBy }: { courses: MandatoryCourse[]; labelledBy: string }) {
  if (courses.length === 0) return <Typography>No course is mandatory for their role and centres.</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Course
            </TableCell>
            <TableCell component="th" scope="col">
              State
            </TableCell>
            <TableCell component="th" scope="col">
              Completed
            </TableCell>
            <TableCell component="th" scope="col">
              Expires
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {courses.map((course) => (
            <TableRow key={course.courseId}>
              <TableCell component="th" scope="row">
                {course.courseTitle} ({course.courseCode})
              </TableCell>
              <TableCell>
                <TrainingStateChip state={course.state} />
              </TableCell>
              <TableCell>{course.completedOn ? ukDate(course.completedOn) : 'Never'}</TableCell>
              <TableCell>{expiryOf(course)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Edit and Delete, for the person's leads, on external training only: NACCC's records are the training team's. */
function RecordActions(_props: { label?: string }) {
  const record = useRecordContext<TrainingRecord>();
  if (record?.source !== 'EXTERNAL') return <Typography variant="body2" color="text.secondary">Recorded by NACCC</Typography>;
  return (
    <Box display="flex" gap={0.5} flexWrap="wrap" sx={{ '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
      <EditExternalTrainingButton />
      <DeleteExternalTrainingButton />
    </Box>
  );
}

/** Their training records, newest first: NACCC courses and training elsewhere. */
function TrainingRecords({ editable, labelledBy }: { editable: boolean; labelledBy: string }) {
  return (
    <ReferenceManyField
      reference="TrainingRecord"
      target="personId"
      sort={{ field: 'completedOn', order: 'DESC' }}
      perPage={100}
      empty={<Typography>No training recorded yet.</Typography>}
    >
      <Datagrid bulkActionButtons={false} rowClick={false} aria-labelledby={labelledBy} sx={{ '& td': { verticalAlign: 'top' } }}>
        <FunctionField
          label="Course"
          render={(record: TrainingRecord) => (
            <>
              {record.courseTitle}
              <Typography variant="body2" color="text.secondary">
                {record.source === 'EXTERNAL' ? record.externalProvider : record.courseCode}
              </Typography>
            </>
          )}
        />
        <FunctionField label="Source" render={(record: TrainingRecord) => TRAINING_SOURCE_LABELS[record.source]} />
        <FunctionField label="Completed" render={(record: TrainingRecord) => ukDate(record.completedOn)} sx={{ whiteSpace: 'nowrap' }} />
        <FunctionField label="Outcome" render={(record: TrainingRecord) => TRAINING_OUTCOME_LABELS[record.outcome]} />
        <NumberField source="credits" label="Credits" sortable={false} />
        <FunctionField label="Hours" textAlign="right" render={(record: TrainingRecord) => hours(record.hours)} />
        <TextField source="certificateRef" label="Certificate ref." emptyText="None" sortable={false} />
        <FunctionField
          label="Expires"
          sx={{ whiteSpace: 'nowrap' }}
          render={(record: TrainingRecord) => (record.expiresOn ? ukDate(record.expiresOn) : record.source === 'EXTERNAL' ? 'Not tracked' : 'Does not expire')}
        />
        <TextField source="recordedByName" label="Recorded by" emptyText="Not known" sortable={false} />
        {editable && <RecordActions label="Actions" />}
      </Datagrid>
    </ReferenceManyField>
  );
}

/**
 * A person's training: the courses mandatory for them and where they stand on each, their hours
 * and credits over the last 12 months, and every record. Their organisation's administrators and
 * their centres' coordinators add, correct and delete external training; NACCC's records are the
 * training team's, and everyone else reads this section only.
 */
export function PersonTraining() {
  const person = useRecordContext<Person>();
  const { data, isPending, error } = usePersonTraining(person?.id);
  // The person's leads (asked as canAccess: see accessRules.ts); the server checks it is their person.
  const { canAccess: recordsExternal } = useCanAccess({ resource: 'TrainingRecord', action: 'recordExternal' });
  const { canAccess: exports } = useCanAccess({ resource: 'TrainingRecord', action: 'export' });
  const ids = { mandatory: useId(), records: useId() };
  if (!person) return null;
  return (
    <Section
      title="Training"
      hint={
        recordsExternal
          ? 'NACCC courses are recorded by NACCC’s training team and cannot be changed here. Add training they did elsewhere, and correct or delete it if it was recorded in error.'
          : 'Read only: NACCC courses are recorded by NACCC’s training team, and training elsewhere by the person’s organisation.'
      }
      action={
        <Box display="flex" gap={1} flexWrap="wrap">
          {recordsExternal && <AddExternalTrainingButton />}
          {exports && <ExportTrainingRecordsButton filter={{ personId: person.id }} name={person.fullName} />}
        </Box>
      }
    >
      {error ? (
        <Alert severity="error">Training could not be loaded: {error.message}</Alert>
      ) : isPending || !data ? (
        <Typography>Loading training…</Typography>
      ) : (
        <>
          <Box component="dl" display="flex" flexWrap="wrap" columnGap={6} rowGap={2} my={2}>
            <Figure label="Mandatory training">
              <TrainingStateChip state={data.trainingStatus} />
            </Figure>
            <Figure label="Hours in the last 12 months">{hours(data.training.hoursLast12Months)}</Figure>
            <Figure label="OCN credits in the last 12 months">{data.training.creditsLast12Months.toLocaleString('en-GB')}</Figure>
          </Box>
          <Heading id={ids.mandatory}>Mandatory courses</Heading>
          <MandatoryCourses courses={data.training.mandatory} labelledBy={ids.mandatory} />
        </>
      )}
      <Heading id={ids.records}>Training records</Heading>
      <TrainingRecords editable={Boolean(recordsExternal)} labelledBy={ids.records} />
    </Section>
  );
}
