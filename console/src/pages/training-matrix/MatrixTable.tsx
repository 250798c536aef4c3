import { Box, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { TrainingMatrixCourse, TrainingMatrixRow } from '../../dataProvider/memberTraining';
import type { TrainingState } from '../../gql/graphql';
import { PERSON_TYPE_LABELS, TRAINING_STATE_LABELS, ukDate } from '../../labels';
import { TONES } from '../../resources/people/ClearanceChip';
import { trainingToneOf, TrainingStateChip } from '../../resources/people/TrainingStateChip';

type Cell = TrainingMatrixRow['cells'][number];

const hours = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** The date that goes with a state: when it runs out (or ran out), or when it was done if it never does. */
function dateOf(cell: Cell): string | null {
  if (cell.state === 'MISSING') return null;
  if (!cell.expiresOn) return cell.completedOn ? `done ${ukDate(cell.completedOn)}` : null;
  return `${cell.state === 'EXPIRED' ? 'expired' : cell.state === 'EXPIRING' ? 'expires' : 'until'} ${ukDate(cell.expiresOn)}`;
}

/** One person's standing on one course, compact: the state in words (with its icon and colour) and its date. */
function StateCell({ cell }: { cell: Cell }) {
  const tone = TONES[trainingToneOf(cell.state)];
  const date = dateOf(cell);
  return (
    <>
      <Box
        component="span"
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 0.5,
          px: 0.75,
          borderRadius: 1,
          whiteSpace: 'nowrap',
          color: tone.color,
          bgcolor: tone.background,
          border: `1px solid ${tone.color}`,
          fontSize: '0.8125rem',
          lineHeight: 1.6,
          '& svg': { fontSize: '1rem' },
        }}
      >
        {tone.icon}
        {TRAINING_STATE_LABELS[cell.state]}
      </Box>
      {date && (
        <Typography variant="caption" display="block" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {date}
        </Typography>
      )}
    </>
  );
}

/** The person column stays in view while the courses scroll sideways (and the header while the people scroll). */
const STICKY_LEFT = { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1, borderRight: '1px solid', borderRightColor: 'divider' } as const;

/**
 * People as rows: their overall state, their hours and credits over the last 12 months, then a
 * column per mandatory course, each cell the state in words and colour with its date, or "Not
 * required" where the course is not mandatory for that person. The summary comes first so that it
 * stays in view beside the name; sticky header and first column, so 60 people × 7 courses stays
 * readable, and it scrolls sideways inside the page on a narrow screen.
 */
export function MatrixTable({ courses, rows, labelledBy }: { courses: TrainingMatrixCourse[]; rows: TrainingMatrixRow[]; labelledBy: string }) {
  return (
    // width 0 and min-width 100%: as wide as the page, never wider (the table scrolls inside, not the page).
    <TableContainer sx={{ width: 0, minWidth: '100%', maxHeight: '70vh', border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
      <Table
        stickyHeader
        size="small"
        aria-labelledby={labelledBy}
        sx={{ '& td, & th': { px: 1, py: 0.75, verticalAlign: 'top' }, '& thead th': { verticalAlign: 'bottom', lineHeight: 1.3 } }}
      >
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col" sx={{ ...STICKY_LEFT, zIndex: 3, minWidth: 180 }}>
              Person
            </TableCell>
            <TableCell component="th" scope="col">
              Mandatory training
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Hours
              <Typography variant="caption" display="block" sx={{ whiteSpace: 'nowrap' }}>
                last 12 months
              </Typography>
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Credits
              <Typography variant="caption" display="block" sx={{ whiteSpace: 'nowrap' }}>
                last 12 months
              </Typography>
            </TableCell>
            {courses.map((course) => (
              <TableCell key={course.id} component="th" scope="col">
                <abbr title={course.title} style={{ textDecoration: 'underline dotted', cursor: 'help' }}>
                  {course.code}
                </abbr>
                <Box component="span" sx={visuallyHidden}>
                  {` ${course.title}`}
                </Box>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const cells = new Map(row.cells.map((cell) => [cell.courseId, cell]));
            return (
              <TableRow key={row.personId} hover>
                <TableCell component="th" scope="row" sx={STICKY_LEFT}>
                  <Link component={RouterLink} to={`/Person/${encodeURIComponent(row.personId)}/show`}>
                    {row.personName}
                  </Link>
                  <Typography variant="caption" display="block" color="text.secondary">
                    {PERSON_TYPE_LABELS[row.personType]}
                  </Typography>
                </TableCell>
                <TableCell>
                  <TrainingStateChip state={row.trainingStatus} />
                </TableCell>
                <TableCell align="right">{hours(row.hoursLast12Months)}</TableCell>
                <TableCell align="right">{row.creditsLast12Months.toLocaleString('en-GB')}</TableCell>
                {courses.map((course) => {
                  const cell = cells.get(course.id);
                  return (
                    <TableCell key={course.id}>
                      {cell ? (
                        <StateCell cell={cell} />
                      ) : (
                        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                          Not required
                        </Typography>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Read by screen readers, not shown: the course's title after its code in a column header. */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** What each state means, in the order of urgency. */
export const STATE_MEANINGS: Array<[TrainingState, string]> = [
  ['MISSING', 'never completed: they cannot be rostered until they complete it'],
  ['EXPIRED', 'completed, but out of date: they cannot be rostered until they retake it'],
  ['EXPIRING', 'runs out within 90 days: book a refresher'],
  ['CURRENT', 'completed and in date (or the course does not expire)'],
];
