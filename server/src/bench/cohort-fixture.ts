/**
 * W5's sessions, prepared before anything is timed: course sessions that have taken place, each
 * with a cohort enrolled, written as the database owner (the set-up is not what is measured).
 *
 * Each request re-records a whole cohort with the opposite outcome to the one last recorded on its
 * session (PASSED, then FAILED, then PASSED...), so every row of every request is a correction:
 * the insert-or-correct statement updates all of them and the audit trigger writes an entry for
 * each (the first request on a fresh session inserts them instead). Why not a fresh session per
 * request: a run makes hundreds to thousands of requests, and as many sessions, 30 times as many
 * enrolments and records, would change the network the other workloads read and grow with every
 * run. Why alternate: a session re-recorded with nothing changed writes nothing and would flatter
 * the figure; `pnpm bench` prints the rows each answer says it wrote, to show it did not happen.
 * A session is used by one request at a time (a lease, given back with the answer), so concurrent
 * requests never queue on the session's row lock: two clerks recording the same session at the
 * same moment is not what W5 measures.
 */
import type { OwnerQuery } from './workloads';

/** The sessions the bench makes, so it can find and remove them (and only them). */
export const BENCH_TRAINER = 'pnpm bench (W5)';

/** The seed's catalogue course every session is of (mandatory for everyone: see the training brief). */
const COURSE_CODE = 'SAF-1';

type Outcome = 'PASSED' | 'FAILED';

type Cohort = { sessionId: string; personIds: string[]; last: Outcome | null; busy: boolean; usedAt: number };

/** The variables of one request and what to do once it is answered (with the answer, parsed or as sent). */
export type Lease = { variables: Record<string, unknown>; done(answer: unknown): void };

export type CohortFixture = {
  sessionIds: string[];
  next(): Lease;
  /** Before each timed run: leases cut off by the end of the last run are given back, and each session's last outcome read again. */
  resync(): Promise<void>;
  /** Rows written (created or corrected) and left unchanged, over the answers seen since the last `resync`. */
  tally(): { answers: number; written: number; unchanged: number };
  cleanUp(): Promise<void>;
};

type Answer = { data?: { recordCohortAttendance?: { created: number; corrected: number; unchanged: number } } | null };

/** `sessions` sessions of `people` enrolled people each (different people on each session while there are enough). */
export async function prepareCohorts(owner: OwnerQuery, options: { sessions: number; people: number }): Promise<CohortFixture> {
  await removeBenchSessions(owner);
  const [course] = await owner<{ id: string }>('select id from course where code = $1', [COURSE_CODE]);
  if (!course) throw new Error(`the database has no course ${COURSE_CODE}: it was seeded before the training catalogue (seed it again)`);
  const people = await owner<{ id: string; organisation_id: string }>(`select id, organisation_id from person where status = 'ACTIVE' order by id limit $1`, [options.sessions * options.people]);
  if (people.length < options.people) throw new Error(`a cohort of ${options.people} needs as many active people; the network has ${people.length}`);
  // Three hours, a week ago: attendance is recorded once a session has taken place.
  const sessions = await owner<{ id: string }>(
    `insert into course_session (id, course_id, starts_at, ends_at, trainer, venue, capacity, status)
     select gen_random_uuid(), $1, date_trunc('day', now()) - interval '7 days' + interval '10 hours',
            date_trunc('day', now()) - interval '7 days' + interval '13 hours', $2, 'Benchmark room', $3, 'SCHEDULED'
     from generate_series(1, $4)
     returning id`,
    [course.id, BENCH_TRAINER, Math.max(options.people, 1), options.sessions],
  );
  const cohorts: Cohort[] = sessions.map((session, s) => ({
    sessionId: session.id,
    personIds: Array.from({ length: options.people }, (_, i) => people[(s * options.people + i) % people.length]!.id),
    last: null,
    busy: false,
    usedAt: 0,
  }));
  await owner(
    `insert into session_enrolment (id, session_id, person_id, organisation_id, status)
     select gen_random_uuid(), x.session_id, p.id, p.organisation_id, 'CONFIRMED'
     from jsonb_to_recordset($1::jsonb) as x(session_id uuid, person_id uuid) join person p on p.id = x.person_id`,
    [JSON.stringify(cohorts.flatMap((cohort) => cohort.personIds.map((personId) => ({ session_id: cohort.sessionId, person_id: personId }))))],
  );

  let answers = 0;
  let written = 0;
  let unchanged = 0;
  let uses = 0;
  return {
    sessionIds: cohorts.map((cohort) => cohort.sessionId),
    next() {
      // A session no request holds; should every one be held (a lease lost to a dropped
      // connection), the one used longest ago.
      const cohort = cohorts.find((c) => !c.busy) ?? cohorts.reduce((a, b) => (a.usedAt <= b.usedAt ? a : b));
      cohort.busy = true;
      cohort.usedAt = ++uses;
      const outcome: Outcome = cohort.last === 'PASSED' ? 'FAILED' : 'PASSED';
      return {
        variables: { sessionId: cohort.sessionId, results: cohort.personIds.map((personId) => ({ personId, outcome })) },
        done(answer) {
          cohort.busy = false;
          // The bench hands over the body as sent (parsed only here, for W5), the tests the parsed answer.
          const result = ((typeof answer === 'string' ? JSON.parse(answer) : answer) as Answer | null)?.data?.recordCohortAttendance;
          if (!result) return;
          cohort.last = outcome;
          answers++;
          written += result.created + result.corrected;
          unchanged += result.unchanged;
        },
      };
    },
    async resync() {
      await untilSettled(owner);
      const rows = await owner<{ session_id: string; outcome: Outcome }>(
        'select session_id, min(outcome) as outcome from training_record where session_id = any ($1::uuid[]) group by session_id',
        [cohorts.map((cohort) => cohort.sessionId)],
      );
      const last = new Map(rows.map((row) => [row.session_id, row.outcome]));
      for (const cohort of cohorts) {
        cohort.busy = false;
        cohort.last = last.get(cohort.sessionId) ?? null;
      }
      answers = written = unchanged = 0;
    },
    tally: () => ({ answers, written, unchanged }),
    // The last run's requests in flight finish first: deleting under them deadlocks.
    cleanUp: async () => {
      await untilSettled(owner);
      await removeBenchSessions(owner);
    },
  };
}

/**
 * Waits for the requests a run left in flight (autocannon stops without waiting for them; the
 * server still records them) to finish, so each session's last outcome is read after its last
 * write: no transaction open on this database for three readings in a row, 100 ms apart (at most 30 s).
 */
async function untilSettled(owner: OwnerQuery): Promise<void> {
  let quiet = 0;
  for (let waited = 0; quiet < 3 && waited < 300; waited++) {
    const [row] = await owner<{ busy: number }>(
      `select count(*)::int as busy from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')`,
    );
    quiet = row!.busy === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The bench's sessions and what was recorded on them. Their records go first: a session's
 * deletion would only detach them (session_id set null), leaving records of training no one had.
 * The audit trail keeps its entries (append-only).
 */
async function removeBenchSessions(owner: OwnerQuery): Promise<void> {
  await owner('delete from training_record where session_id in (select id from course_session where trainer = $1)', [BENCH_TRAINER]);
  await owner('delete from course_session where trainer = $1', [BENCH_TRAINER]);
}
