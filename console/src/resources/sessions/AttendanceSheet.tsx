import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  AlertTitle,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Link,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Fragment, useEffect, useId, useState } from 'react';
import { Button, Title, useCanAccess, useGetList, useGetOne, useNotify, useRefresh } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useConsoleDataProvider } from '../../dataProvider';
import { messageOf, rowErrorsOf, type RowError } from '../../dataProvider/errors';
import type { CohortAttendanceResult } from '../../dataProvider/trainingTeam';
import type { TrainingOutcome } from '../../gql/graphql';
import { TRAINING_OUTCOME_LABELS, trainingOutcomeChoices } from '../../labels';
import type { Course, CourseSession } from '../courses/types';
import { courseName } from '../courses/words';
import { hasStarted, sessionHours, sessionWhen } from './londonTime';

type Row = { personId: string; personName: string; organisationName: string; requested: boolean; outcome: TrainingOutcome | ''; credits: string; hours: string; certificateRef: string };
type TrainingRecordRow = { personId: string; outcome: TrainingOutcome; credits: number; hours: number; certificateRef?: string | null };

const WITH_CREDITS: readonly string[] = ['PASSED', 'CREDITS_AWARDED'];

/** What an outcome implies until someone says otherwise: the course's credits with a pass, the session's length for those who came. */
function defaultsFor(outcome: TrainingOutcome | '', course: Course, length: number): Pick<Row, 'credits' | 'hours'> {
  if (outcome === '') return { credits: '', hours: '' };
  return { credits: String(WITH_CREDITS.includes(outcome) ? course.creditValue : 0), hours: String(outcome === 'DID_NOT_ATTEND' ? 0 : length) };
}

const WHOLE = /^\d+$/;
const HOURS = /^\d+(\.\d+)?$/;

/**
 * What can be said before sending: an outcome on every row, and numbers where numbers go. The
 * rules that depend on the course and the session (at most the course's credits, credits only with
 * a pass, no hours for someone absent, no more hours than the session lasted) are the server's,
 * reported per row when it refuses the cohort, and shown in the same place.
 */
function checkRows(rows: Row[]): RowError[] {
  const errors: RowError[] = [];
  rows.forEach((row, i) => {
    const problem = (field: string, message: string) => errors.push({ row: i + 1, personId: row.personId, field, message });
    if (row.outcome === '') problem('outcome', `${row.personName}: choose an outcome`);
    if (row.credits.trim() !== '' && !WHOLE.test(row.credits.trim())) problem('creditsAwarded', `${row.personName}: credits are a whole number, 0 or more`);
    if (row.hours.trim() !== '' && !HOURS.test(row.hours.trim())) problem('hours', `${row.personName}: hours are a number, 0 or more (for example 2.5)`);
  });
  return errors;
}

/** Server field names to the sheet's columns; a problem with the person is shown on their name. */
const COLUMN_OF: Record<string, keyof Row> = { personId: 'personName', outcome: 'outcome', creditsAwarded: 'credits', hours: 'hours', certificateRef: 'certificateRef' };

function SavedSummary({ result }: { result: CohortAttendanceResult }) {
  const parts = [
    `${result.created} recorded for the first time`,
    `${result.corrected} corrected`,
    `${result.unchanged} unchanged`,
  ];
  return (
    <Alert severity="success" role="status" sx={{ mb: 2 }}>
      <AlertTitle>Attendance saved</AlertTitle>
      {parts.join(', ')}. The session is marked as attendance recorded.
    </Alert>
  );
}

/**
 * A session's attendance on one screen, for the training team: every enrolled person, their
 * outcome, credits, hours and certificate reference, prefilled from what is already recorded,
 * saved with ONE recordCohortAttendance (all rows or none). A refused cohort's problems are shown
 * on the rows they concern, with a summary above the sheet; saving again corrects what changed.
 */
export function AttendanceSheet() {
  const { id = '' } = useParams();
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: 'CourseSession', action: 'attendance' });
  const session = useGetOne<CourseSession & { id: string }>('CourseSession', { id }, { enabled: canAccess === true });
  const course = useGetOne<Course & { id: string }>('Course', { id: session.data?.courseId ?? '' }, { enabled: Boolean(session.data?.courseId) });
  const perPage = Math.max(25, session.data?.enrolments.length ?? 0);
  const records = useGetList<TrainingRecordRow & { id: string }>(
    'TrainingRecord',
    { filter: { sessionId: id }, pagination: { page: 1, perPage }, sort: { field: 'completedOn', order: 'ASC' } },
    { enabled: Boolean(session.data) },
  );
  const [rows, setRows] = useState<Row[] | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState<CohortAttendanceResult | null>(null);
  const [saving, setSaving] = useState(false);
  const [fill, setFill] = useState<TrainingOutcome>('PASSED');
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const ids = { title: useId(), summary: useId(), base: useId() };

  const length = session.data ? sessionHours(session.data.startsAt, session.data.endsAt) : 0;

  // The sheet, once: every enrolled person, with what is already recorded for them.
  useEffect(() => {
    if (rows || !session.data || !course.data || !records.data) return;
    const recorded = new Map(records.data.map((record) => [record.personId, record]));
    setRows(
      session.data.enrolments.map((enrolment) => {
        const record = recorded.get(enrolment.personId);
        return {
          personId: enrolment.personId,
          personName: enrolment.personName,
          organisationName: enrolment.organisationName,
          requested: enrolment.status === 'REQUESTED',
          outcome: record?.outcome ?? '',
          credits: record ? String(record.credits) : '',
          hours: record ? String(record.hours) : '',
          certificateRef: record?.certificateRef ?? '',
        };
      }),
    );
  }, [rows, session.data, course.data, records.data]);

  if (accessPending) return <Title title="Attendance" />;
  if (!canAccess) {
    return (
      <Box mt={2}>
        <Title title="Attendance" />
        <Alert severity="warning">Attendance is recorded by the NACCC training team. The role you are acting as does not give access to this page.</Alert>
      </Box>
    );
  }
  if (session.error) {
    return (
      <Box mt={2}>
        <Title title="Attendance" />
        <Alert severity="error">The session could not be loaded: {session.error.message}</Alert>
      </Box>
    );
  }
  if (!session.data || !course.data || !rows) {
    return (
      <Box mt={2}>
        <Title title="Attendance" />
        <Typography>Loading the attendance sheet…</Typography>
      </Box>
    );
  }
  const theSession = session.data;
  const theCourse = course.data;
  const backLink = `/CourseSession/${encodeURIComponent(theSession.id)}/show`;
  const open = theSession.status !== 'CANCELLED' && hasStarted(theSession.startsAt);

  const change = (index: number, patch: Partial<Row>) => {
    setRows((current) => current!.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setSaved(null);
  };
  const changeOutcome = (index: number, outcome: TrainingOutcome | '') => change(index, { outcome, ...defaultsFor(outcome, theCourse, length) });
  const fillEmpty = () => {
    setRows((current) => current!.map((row) => (row.outcome === '' ? { ...row, outcome: fill, ...defaultsFor(fill, theCourse, length) } : row)));
    setSaved(null);
  };

  const save = async () => {
    setSaved(null);
    setRefusal(null);
    const problems = checkRows(rows);
    setErrors(problems);
    if (problems.length > 0) {
      setRefusal(`${problems.length} ${problems.length === 1 ? 'row needs' : 'rows need'} correcting before anything can be saved`);
      return;
    }
    setSaving(true);
    try {
      const results = rows.map((row) => ({
        personId: row.personId,
        outcome: row.outcome as TrainingOutcome,
        creditsAwarded: row.credits.trim() === '' ? null : Number(row.credits),
        hours: row.hours.trim() === '' ? null : Number(row.hours),
        certificateRef: row.certificateRef.trim() || null,
      }));
      const { data } = await dataProvider.recordCohortAttendance({ sessionId: theSession.id, results });
      // No answer when the call ended the session: react-admin is on its way to the sign-in page.
      if (!data) return;
      setSaved(data);
      notify('Attendance saved', { type: 'success' });
      refresh();
    } catch (error) {
      const rowErrors = rowErrorsOf(error);
      setErrors(rowErrors);
      setRefusal(messageOf(error, 'Nothing was recorded'));
    } finally {
      setSaving(false);
    }
  };

  const errorsOf = (index: number) => errors.filter((error) => error.row === index + 1);
  const errorId = (index: number) => `${ids.base}-row-${index + 1}-error`;
  const inputId = (index: number, column: keyof Row) => `${ids.base}-row-${index + 1}-${column}`;
  const invalid = (index: number, column: keyof Row) => errorsOf(index).some((error) => COLUMN_OF[error.field] === column);
  const inputProps = (index: number, column: keyof Row, label: string) => ({
    id: inputId(index, column),
    'aria-label': `${label} for ${rows[index]!.personName}`,
    'aria-describedby': errorsOf(index).length > 0 ? errorId(index) : undefined,
  });
  /** Takes the keyboard to the row's first field in trouble. */
  const focusRow = (error: RowError) => {
    const column = COLUMN_OF[error.field] ?? 'outcome';
    document.getElementById(inputId(error.row - 1, column === 'personName' ? 'outcome' : column))?.focus();
  };

  return (
    <Box mt={2} mb={4}>
      <Title title={`Attendance: ${theCourse.code}`} />
      <Typography variant="h5" component="h1" id={ids.title}>
        Attendance: {courseName(theCourse)}
      </Typography>
      <Typography color="text.secondary" mb={2}>
        {sessionWhen(theSession.startsAt, theSession.endsAt)} (UK time) with {theSession.trainer}. The course carries {theCourse.creditValue} OCN{' '}
        {theCourse.creditValue === 1 ? 'credit' : 'credits'}; the session lasted {length} {length === 1 ? 'hour' : 'hours'}.{' '}
        <Link component={RouterLink} to={backLink}>
          Back to the session
        </Link>
      </Typography>

      {!open && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {theSession.status === 'CANCELLED'
            ? 'This session was cancelled: there is no attendance to record.'
            : 'This session has not started yet: record its attendance once it has taken place.'}
        </Alert>
      )}
      {open && theSession.status === 'COMPLETED' && !saved && !refusal && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Attendance was recorded for this session. Change what needs correcting and save again: only the rows you change are corrected, and each correction is kept in the audit trail.
        </Alert>
      )}
      {saved && <SavedSummary result={saved} />}
      {refusal && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} aria-labelledby={ids.summary}>
          <AlertTitle id={ids.summary}>{refusal}</AlertTitle>
          {errors.length > 0 && (
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {errors.map((error, i) => (
                <li key={i}>
                  <Link component="button" type="button" onClick={() => focusRow(error)} sx={{ textAlign: 'left', verticalAlign: 'baseline' }}>
                    Row {error.row}
                  </Link>
                  : {error.message}
                </li>
              ))}
            </Box>
          )}
        </Alert>
      )}

      {rows.length === 0 ? (
        <Alert severity="info">
          Nobody is enrolled on this session, so there is no attendance to record. If it did not run, cancel it from{' '}
          <Link component={RouterLink} to={backLink}>
            its page
          </Link>
          .
        </Alert>
      ) : (
        <Card>
          <CardContent>
            {open && (
              <Box display="flex" alignItems="center" gap={2} flexWrap="wrap" mb={2}>
                <TextField select size="small" label="Rows without an outcome" value={fill} onChange={(event) => setFill(event.target.value as TrainingOutcome)} fullWidth={false} sx={{ width: 260 }}>
                  {trainingOutcomeChoices.map((choice) => (
                    <MenuItem key={choice.id} value={choice.id}>
                      {choice.name}
                    </MenuItem>
                  ))}
                </TextField>
                <MuiButton variant="outlined" onClick={fillEmpty} disabled={rows.every((row) => row.outcome !== '')}>
                  Fill them in
                </MuiButton>
                <Typography variant="body2" color="text.secondary">
                  Choosing an outcome fills in the credits and hours it usually means; change them where they differ.
                </Typography>
              </Box>
            )}
            <TableContainer>
              <Table size="small" aria-labelledby={ids.title}>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">
                      Row
                    </TableCell>
                    <TableCell component="th" scope="col">
                      Name
                    </TableCell>
                    <TableCell component="th" scope="col">
                      Outcome
                    </TableCell>
                    <TableCell component="th" scope="col">
                      OCN credits
                    </TableCell>
                    <TableCell component="th" scope="col">
                      Hours
                    </TableCell>
                    <TableCell component="th" scope="col">
                      Certificate reference
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row, index) => {
                    const rowErrors = errorsOf(index);
                    const troubled = rowErrors.length > 0;
                    return (
                      <Fragment key={row.personId}>
                        <TableRow sx={troubled ? { '& > td, & > th': { borderBottom: 'none' }, bgcolor: 'rgba(179, 38, 30, 0.06)' } : undefined}>
                          <TableCell>{index + 1}</TableCell>
                          <TableCell component="th" scope="row">
                            <Typography fontWeight={invalid(index, 'personName') ? 700 : undefined}>{row.personName}</Typography>
                            <Typography variant="body2" color="text.secondary">
                              {row.organisationName}
                              {row.requested ? ' (place requested, not confirmed)' : ''}
                            </Typography>
                          </TableCell>
                          <TableCell sx={{ minWidth: 210 }}>
                            <TextField
                              select
                              size="small"
                              fullWidth
                              value={row.outcome}
                              disabled={!open}
                              error={invalid(index, 'outcome')}
                              onChange={(event) => changeOutcome(index, event.target.value as TrainingOutcome | '')}
                              slotProps={{ select: { native: true }, htmlInput: inputProps(index, 'outcome', 'Outcome') }}
                            >
                              <option value="">Choose…</option>
                              {trainingOutcomeChoices.map((choice) => (
                                <option key={choice.id} value={choice.id}>
                                  {TRAINING_OUTCOME_LABELS[choice.id]}
                                </option>
                              ))}
                            </TextField>
                          </TableCell>
                          <TableCell sx={{ width: 120 }}>
                            <TextField
                              size="small"
                              value={row.credits}
                              disabled={!open}
                              error={invalid(index, 'credits')}
                              onChange={(event) => change(index, { credits: event.target.value })}
                              slotProps={{ htmlInput: { ...inputProps(index, 'credits', 'OCN credits'), inputMode: 'numeric', autoComplete: 'off' } }}
                            />
                          </TableCell>
                          <TableCell sx={{ width: 120 }}>
                            <TextField
                              size="small"
                              value={row.hours}
                              disabled={!open}
                              error={invalid(index, 'hours')}
                              onChange={(event) => change(index, { hours: event.target.value })}
                              slotProps={{ htmlInput: { ...inputProps(index, 'hours', 'Hours'), inputMode: 'decimal', autoComplete: 'off' } }}
                            />
                          </TableCell>
                          <TableCell sx={{ minWidth: 200 }}>
                            <TextField
                              size="small"
                              fullWidth
                              value={row.certificateRef}
                              disabled={!open}
                              error={invalid(index, 'certificateRef')}
                              onChange={(event) => change(index, { certificateRef: event.target.value })}
                              slotProps={{ htmlInput: { ...inputProps(index, 'certificateRef', 'Certificate reference'), autoComplete: 'off' } }}
                            />
                          </TableCell>
                        </TableRow>
                        {troubled && (
                          <TableRow sx={{ bgcolor: 'rgba(179, 38, 30, 0.06)' }}>
                            <TableCell />
                            <TableCell colSpan={5} sx={{ pt: 0 }}>
                              <Box id={errorId(index)} sx={{ color: 'error.main', fontWeight: 500 }}>
                                {rowErrors.map((error, i) => (
                                  <div key={i}>Problem: {error.message}</div>
                                ))}
                              </Box>
                            </TableCell>
                          </TableRow>
                        )}
                      </Fragment>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
            {open && (
              <Box display="flex" gap={2} mt={2} alignItems="center">
                <Button label="Save attendance" variant="contained" size="medium" onClick={save} disabled={saving}>
                  <SaveIcon />
                </Button>
                <Typography variant="body2" color="text.secondary">
                  All rows are saved together, or none: {rows.length === 1 ? '1 person' : `${rows.length} people`}.
                </Typography>
              </Box>
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
