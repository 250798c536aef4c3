import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { londonDate } from '../../common/clock';
import { RENEWAL_WINDOW_MONTHS } from './accreditation.dates';

/**
 * The accreditation job: the steps of the state machine that dates take (accreditation.transitions.ts).
 *
 * 1. ACCREDITED -> RENEWAL_DUE once today reaches 6 months before expiry;
 * 2. RENEWAL_DUE -> LAPSED once the expiry date has passed (the day after it).
 *
 * In that order, so an award that expired while nobody ran the job goes through both, and both
 * are in its history. Each step is dated by the boundary it crossed, not by the night the job
 * noticed it, so a missed night changes nothing but when it is seen. Candidates past their 6
 * months are not moved: they are flagged (candidateOverdue) for head office to decide.
 *
 * Idempotent: what has moved no longer matches, so a second run the same day changes nothing.
 * One transaction under an advisory lock: several server instances, or `pnpm jobs:accreditation`
 * beside the server, never take a step twice. Runs as the owner for the reason the retention job
 * does (it acts for no user, across every organisation); the audit triggers record every row it
 * changes, stamped with the run's id and no user, and the history rows name no actor.
 */
export type AccreditationJobOutcome = {
  /** False when another instance held the lock: that run does the work. */
  ran: boolean;
  today: string;
  runId: string;
  renewalsDue: number;
  lapsed: number;
};

export const ACCREDITATION_LOCK = 'naccc:accreditation';

export async function runAccreditationJob(options: { ownerUrl: string; now: Date; logger?: Logger }): Promise<AccreditationJobOutcome> {
  const { now } = options;
  const today = londonDate(now);
  const runId = `accreditation-${randomUUID()}`;
  const client = new Client({ connectionString: options.ownerUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query('begin');
    try {
      const { rows: locked } = await client.query<{ locked: boolean }>('select pg_try_advisory_xact_lock(hashtext($1)) as locked', [ACCREDITATION_LOCK]);
      if (!locked[0]?.locked) {
        await client.query('rollback');
        options.logger?.info({ runId }, 'accreditation job already running elsewhere: skipped');
        return { ran: false, today, runId, renewalsDue: 0, lapsed: 0 };
      }
      await client.query(`select set_config('app.request_id', $1, true), set_config('app.user_id', '', true), set_config('app.ip', '', true)`, [runId]);
      const renewalsDue = await step(client, {
        action: 'MARK_RENEWAL_DUE',
        from: 'ACCREDITED',
        to: 'RENEWAL_DUE',
        boundary: `(a.expires_on - make_interval(months => ${RENEWAL_WINDOW_MONTHS}))::date`,
        crossed: (boundary) => `${boundary} <= $1::date`,
        reason: `'Renewal due: the accreditation expires on ' || to_char(a.expires_on, 'DD/MM/YYYY')`,
        today,
        now,
      });
      const lapsed = await step(client, {
        action: 'LAPSE',
        from: 'RENEWAL_DUE',
        to: 'LAPSED',
        boundary: `(a.expires_on + 1)`,
        crossed: (boundary) => `${boundary} <= $1::date`,
        reason: `'Lapsed: expired on ' || to_char(a.expires_on, 'DD/MM/YYYY') || ' without renewal'`,
        today,
        now,
      });
      await client.query('commit');
      options.logger?.info({ runId, today, renewalsDue, lapsed }, 'accreditation job done');
      return { ran: true, today, runId, renewalsDue, lapsed };
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One date-driven step for every accreditation whose boundary has been crossed, with its history rows: one statement. */
async function step(
  client: Client,
  options: { action: string; from: string; to: string; boundary: string; crossed: (boundary: string) => string; reason: string; today: string; now: Date },
): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `with moved as (
       update accreditation a set state = '${options.to}', state_changed_on = ${options.boundary}, version = a.version + 1, updated_at = $2
       where a.state = '${options.from}' and a.expires_on is not null and ${options.crossed(options.boundary)}
       returning a.id, a.centre_id, a.organisation_id, a.state_changed_on, ${options.reason} as reason),
     recorded as (
       insert into accreditation_transition (id, accreditation_id, centre_id, organisation_id, action, from_state, to_state, reason, actor_user_id, occurred_at, on_date)
       select gen_random_uuid(), m.id, m.centre_id, m.organisation_id, '${options.action}', '${options.from}', '${options.to}', m.reason, null, $2, m.state_changed_on from moved m
       returning 1)
     select count(*)::int as n from recorded`,
    [options.today, options.now],
  );
  return rows[0]?.n ?? 0;
}
