import { Chip } from '@mui/material';
import { FunctionField, ReferenceField, useRecordContext, type FunctionFieldProps } from 'react-admin';
import type { SessionStatus } from '../../gql/graphql';
import { SESSION_STATUS_LABELS } from '../../labels';
import type { Course, CourseSession } from '../courses/types';
import { courseName } from '../courses/words';
import { hasStarted, sessionWhen } from './londonTime';

type FieldProps = Omit<FunctionFieldProps, 'render'>;

/** When it runs, in London time: "Tue 15/12/2026, 10:00 to 16:00". */
export function WhenField(props: FieldProps) {
  return <FunctionField sortBy="startsAt" {...props} render={(session: CourseSession) => sessionWhen(session.startsAt, session.endsAt)} />;
}

/** "12 of 16", and whether any are left: the count first, the words after it. */
export function placesInWords(session: Pick<CourseSession, 'placesTaken' | 'capacity' | 'placesLeft'>): string {
  const left = session.placesLeft === 0 ? 'full' : `${session.placesLeft} left`;
  return `${session.placesTaken} of ${session.capacity} taken (${left})`;
}

export function PlacesField(props: FieldProps) {
  return <FunctionField sortable={false} {...props} render={(session: CourseSession) => placesInWords(session)} />;
}

/** Where: the venue, online, or both. */
export function whereInWords(session: Pick<CourseSession, 'venue' | 'onlineLink'>): string {
  if (session.venue && session.onlineLink) return `${session.venue} (and online)`;
  return session.venue ?? (session.onlineLink ? 'Online' : '');
}

export function WhereField(props: FieldProps) {
  return <FunctionField sortable={false} {...props} render={(session: CourseSession) => whereInWords(session)} />;
}

/** Dark amber: MUI's warning orange is below 4.5:1 as text on white. */
const AMBER = '#8a4b00';

const STATUS_COLOURS: Record<SessionStatus, 'default' | 'success' | 'error'> = { SCHEDULED: 'default', COMPLETED: 'success', CANCELLED: 'error' };

/**
 * The status in words; the colour only repeats them. A scheduled session that has started is
 * waiting for its attendance, and says so.
 */
export function SessionStatusChip({ status, startsAt }: { status: SessionStatus; startsAt?: string }) {
  if (status === 'SCHEDULED' && startsAt && hasStarted(startsAt)) return <Chip size="small" variant="outlined" label="Attendance to record" sx={{ color: AMBER, borderColor: AMBER }} />;
  return <Chip size="small" variant="outlined" color={STATUS_COLOURS[status]} label={SESSION_STATUS_LABELS[status]} />;
}

export function SessionStatusField(props: FieldProps) {
  return <FunctionField sortBy="status" {...props} render={(session: CourseSession) => <SessionStatusChip status={session.status} startsAt={session.startsAt} />} />;
}

function CourseNameText() {
  const course = useRecordContext<Course>();
  return <span>{course ? courseName(course) : ''}</span>;
}

/** The session's course by name and code, linking to it. */
export function CourseField({ link = 'show', ...props }: { label?: string; link?: 'show' | false; sortable?: boolean }) {
  return (
    <ReferenceField source="courseId" reference="Course" link={link} {...props}>
      <CourseNameText />
    </ReferenceField>
  );
}
