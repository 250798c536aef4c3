import ChecklistIcon from '@mui/icons-material/Checklist';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Alert, Box, Grid, Link as MuiLink } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  CanAccess,
  Confirm,
  DateField,
  EditButton,
  FunctionField,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useGetOne,
  useNotify,
  useRecordContext,
  useRefresh,
  useUpdate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { messageOf } from '../../dataProvider/errors';
import { DATE_LOCALE, DATE_TIME_OPTIONS, regionChoices } from '../../labels';
import { Section } from '../../layout/Section';
import type { Course, CourseSession } from '../courses/types';
import { attendancePath } from './attendancePath';
import { EnrolPeopleButton } from './EnrolPeopleButton';
import { Enrolments } from './Enrolments';
import { CourseField, PlacesField, SessionStatusField, WhenField } from './fields';
import { hasStarted, sessionWhen } from './londonTime';

/** Attendance, once the session has started (and is not cancelled): the training team's sheet. */
function AttendanceButton() {
  const session = useRecordContext<CourseSession>();
  if (!session || session.status === 'CANCELLED' || !hasStarted(session.startsAt)) return null;
  return (
    <Button component={Link} to={attendancePath(session.id)} label={session.status === 'COMPLETED' ? 'Correct attendance' : 'Record attendance'}>
      <ChecklistIcon />
    </Button>
  );
}

/**
 * Cancelling is an edit of the status (updateCourseSession), and so is reinstating. The dialog
 * keeps the action it was opened for: the saved status arrives while it is still fading out, and
 * it must not relabel itself (nor offer the opposite action) on its way out.
 */
function CancelButton() {
  const session = useRecordContext<CourseSession>();
  const [asking, setAsking] = useState<'cancel' | 'reinstate' | null>(null);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [shown, setShown] = useState<'cancel' | 'reinstate'>('cancel');
  if (!session || session.status === 'COMPLETED') return null;
  const offered = session.status === 'SCHEDULED' ? 'cancel' : 'reinstate';
  const cancelling = (asking ?? shown) === 'cancel';
  const open = () => {
    setShown(offered);
    setAsking(offered);
  };
  const save = () =>
    update(
      'CourseSession',
      { id: session.id, data: { status: cancelling ? 'CANCELLED' : 'SCHEDULED', version: session.version }, previousData: session },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setAsking(null);
          notify(cancelling ? 'Session cancelled' : 'Session reinstated', { type: 'success' });
          refresh();
        },
        onError: (error) => {
          setAsking(null);
          notify(messageOf(error, 'The session was not changed'), { type: 'error' });
        },
      },
    );
  return (
    <>
      <Button label={offered === 'cancel' ? 'Cancel session' : 'Reinstate session'} onClick={open}>
        {offered === 'cancel' ? <EventBusyIcon /> : <EventAvailableIcon />}
      </Button>
      <Confirm
        isOpen={asking !== null}
        loading={isPending}
        title={cancelling ? 'Cancel this session?' : 'Reinstate this session?'}
        content={
          cancelling
            ? `${sessionWhen(session.startsAt, session.endsAt)}. Nobody can be enrolled on a cancelled session; the places already taken stay listed, so you can tell those people. You can reinstate it later.`
            : 'It is scheduled again, and places can be taken.'
        }
        confirm={cancelling ? 'Cancel session' : 'Reinstate session'}
        cancel={cancelling ? 'Keep it' : 'Leave it cancelled'}
        onConfirm={save}
        onClose={() => setAsking(null)}
      />
    </>
  );
}

/** Edit, cancel and attendance for the training team (authProvider.canAccess). */
function Actions() {
  return (
    <TopToolbar>
      <CanAccess action="attendance">
        <AttendanceButton />
      </CanAccess>
      <CanAccess action="edit">
        <CancelButton />
      </CanAccess>
      <EditButton />
    </TopToolbar>
  );
}

/** The training team enrols anyone; an organisation requests places for its people on upcoming sessions. */
function PlacesAction() {
  const session = useRecordContext<CourseSession>();
  const { canAccess: enrols } = useCanAccess({ resource: 'CourseSession', action: 'enrol' });
  const { canAccess: requests } = useCanAccess({ resource: 'CourseSession', action: 'requestPlaces' });
  if (!session || session.status !== 'SCHEDULED') return null;
  if (enrols) return <EnrolPeopleButton mode="enrol" />;
  if (requests && !hasStarted(session.startsAt)) return <EnrolPeopleButton mode="request" />;
  return null;
}

function StatusNotice() {
  const session = useRecordContext<CourseSession>();
  const { canAccess: records } = useCanAccess({ resource: 'CourseSession', action: 'attendance' });
  if (!session) return null;
  if (session.status === 'CANCELLED') return <Alert severity="warning">This session is cancelled.</Alert>;
  if (session.status === 'COMPLETED') return <Alert severity="success">Attendance has been recorded for this session.</Alert>;
  if (records && hasStarted(session.startsAt)) return <Alert severity="info">This session has taken place: its attendance is still to be recorded.</Alert>;
  return null;
}

/** "SAF-1 session, Tue 15/12/2026, 10:00 to 16:00" (the course's code from react-admin's cache, as its reference field reads it). */
function SessionTitle() {
  const session = useRecordContext<CourseSession>();
  const { data: course } = useGetOne<Course>('Course', { id: session?.courseId ?? '' }, { enabled: Boolean(session?.courseId) });
  if (!session) return <span>Session</span>;
  return <span>{`${course ? `${course.code} session` : 'Session'}, ${sessionWhen(session.startsAt, session.endsAt)}`}</span>;
}

/** A session: when and where, its places, and who has one. */
export function SessionShow() {
  const { canAccess: seesEveryone } = useCanAccess({ resource: 'CourseSession', action: 'enrol' });
  return (
    <Show actions={<Actions />} title={<SessionTitle />}>
      <Box px={2} pb={2} pt={1}>
        <StatusNotice />
        <Grid container columnSpacing={4}>
          <Grid size={{ xs: 12, md: 7 }}>
            <SimpleShowLayout sx={{ px: 0 }}>
              <CourseField label="Course" />
              <WhenField label="When (UK time)" />
              <TextField source="trainer" />
              <TextField source="venue" emptyText="Online only" />
              <FunctionField
                label="Online link"
                render={(session: CourseSession) =>
                  session.onlineLink ? (
                    <MuiLink href={session.onlineLink} target="_blank" rel="noreferrer">
                      {session.onlineLink}
                    </MuiLink>
                  ) : (
                    'None: in person only'
                  )
                }
              />
              <SelectField source="region" choices={regionChoices} emptyText="None (online)" />
            </SimpleShowLayout>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <SimpleShowLayout sx={{ px: 0 }}>
              <SessionStatusField label="Status" />
              <NumberField source="capacity" label="Capacity" />
              <PlacesField label="Places" />
              <DateField source="updatedAt" label="Last changed" showTime locales={DATE_LOCALE} options={DATE_TIME_OPTIONS} />
            </SimpleShowLayout>
          </Grid>
        </Grid>
        <Section
          title="Enrolled"
          hint={seesEveryone ? undefined : 'You see your own people only; places taken counts everyone in the network.'}
          action={<PlacesAction />}
        >
          <Enrolments label="Enrolled" />
        </Section>
      </Box>
    </Show>
  );
}
