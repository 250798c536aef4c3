import { Alert, Box, Card, CardContent, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useGetList, useGetMany } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Course, CourseSession } from '../../resources/courses/types';
import { courseName } from '../../resources/courses/words';
import { attendancePath } from '../../resources/sessions/attendancePath';
import { placesInWords, whereInWords } from '../../resources/sessions/fields';
import { sessionWhen } from '../../resources/sessions/londonTime';
import { TRAINING_COMPLIANCE_PATH } from '../training-compliance/TrainingCompliance';
import { TrainingTotals, useTrainingOverview } from '../training-compliance/trainingCounts';

const SHOWN = 8;

function Part({ title, id, more, children }: { title: string; id: string; more?: ReactNode; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id} sx={{ mt: 2 }}>
      <CardContent>
        <Box display="flex" justifyContent="space-between" alignItems="baseline" gap={2} flexWrap="wrap" mb={1}>
          <Typography variant="h6" component="h2" id={id}>
            {title}
          </Typography>
          {more}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}

const sessionsLink = (filter: Record<string, unknown>, order: 'ASC' | 'DESC') =>
  `/CourseSession?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=startsAt&order=${order}`;

/** Sessions with their courses' names: one list query, one batched read of the courses. */
function useSessions(filter: Record<string, unknown>, order: 'ASC' | 'DESC') {
  const sessions = useGetList<CourseSession>('CourseSession', { filter, sort: { field: 'startsAt', order }, pagination: { page: 1, perPage: SHOWN } });
  const courseIds = [...new Set((sessions.data ?? []).map((session) => session.courseId))];
  const courses = useGetMany<Course>('Course', { ids: courseIds }, { enabled: courseIds.length > 0 });
  const names = new Map((courses.data ?? []).map((course) => [course.id, courseName(course)]));
  return { ...sessions, courseName: (id: string) => names.get(id) ?? '…' };
}

function SessionTable({ label, rows, places }: { label: string; rows: ReturnType<typeof useSessions>; places: boolean }) {
  const sessions = rows.data ?? [];
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              When (UK time)
            </TableCell>
            <TableCell component="th" scope="col">
              Course
            </TableCell>
            <TableCell component="th" scope="col">
              Where
            </TableCell>
            <TableCell component="th" scope="col">
              {places ? 'Places' : 'Enrolled'}
            </TableCell>
            {!places && (
              <TableCell component="th" scope="col">
                Attendance
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {sessions.map((session) => (
            <TableRow key={session.id}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                <Link component={RouterLink} to={`/CourseSession/${encodeURIComponent(session.id)}/show`}>
                  {sessionWhen(session.startsAt, session.endsAt)}
                </Link>
              </TableCell>
              <TableCell>{rows.courseName(session.courseId)}</TableCell>
              <TableCell>{whereInWords(session)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: places && session.placesLeft === 0 ? 700 : undefined }}>
                {places ? placesInWords(session) : session.enrolments.length}
              </TableCell>
              {!places && (
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={attendancePath(session.id)} aria-label={`Record attendance for ${sessionWhen(session.startsAt, session.endsAt)}`}>
                    Record attendance
                  </Link>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function More({ to, total, what }: { to: string; total: number | undefined; what: string }) {
  if (!total || total <= SHOWN) return null;
  return (
    <Link component={RouterLink} to={to}>
      See all {total.toLocaleString('en-GB')} {what}
    </Link>
  );
}

/**
 * The training team's home: what is coming up and how full it is, what has taken place without its
 * attendance recorded, and the network's mandatory training at a glance.
 */
export function TrainingTeamHome() {
  const ids = { upcoming: useId(), awaiting: useId(), compliance: useId() };
  const upcomingFilter = { upcoming: true, status: 'SCHEDULED' };
  const awaitingFilter = { upcoming: false, status: 'SCHEDULED' };
  const upcoming = useSessions(upcomingFilter, 'ASC');
  const awaiting = useSessions(awaitingFilter, 'ASC');
  const overview = useTrainingOverview(null);
  return (
    <Box mt={2}>
      <Part
        title="Sessions awaiting attendance"
        id={ids.awaiting}
        more={<More to={sessionsLink(awaitingFilter, 'ASC')} total={awaiting.total} what="sessions awaiting attendance" />}
      >
        {awaiting.error ? (
          <Alert severity="error">Sessions could not be loaded: {awaiting.error.message}</Alert>
        ) : awaiting.isPending ? (
          <Typography>Loading sessions…</Typography>
        ) : (awaiting.total ?? 0) === 0 ? (
          <Typography>Every session that has taken place has its attendance recorded.</Typography>
        ) : (
          <SessionTable label="Sessions awaiting attendance" rows={awaiting} places={false} />
        )}
      </Part>
      <Part title="Upcoming sessions" id={ids.upcoming} more={<More to={sessionsLink(upcomingFilter, 'ASC')} total={upcoming.total} what="upcoming sessions" />}>
        {upcoming.error ? (
          <Alert severity="error">Sessions could not be loaded: {upcoming.error.message}</Alert>
        ) : upcoming.isPending ? (
          <Typography>Loading sessions…</Typography>
        ) : (upcoming.total ?? 0) === 0 ? (
          <Typography>No sessions are scheduled.</Typography>
        ) : (
          <SessionTable label="Upcoming sessions" rows={upcoming} places />
        )}
      </Part>
      <Part
        title="Mandatory training across the network"
        id={ids.compliance}
        more={
          <Link component={RouterLink} to={TRAINING_COMPLIANCE_PATH}>
            By region, organisation and course
          </Link>
        }
      >
        {overview.error ? (
          <Alert severity="error">Training compliance could not be loaded: {overview.error.message}</Alert>
        ) : overview.isPending || !overview.data?.totals ? (
          <Typography>Loading training compliance…</Typography>
        ) : (
          <TrainingTotals totals={overview.data.totals} />
        )}
      </Part>
    </Box>
  );
}
