import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { londonDate } from '../../common/clock';

/**
 * The retention job (DOMAIN.md "People and safeguarding"; the DBS code of practice):
 *
 * 1. people who left (status LEFT) are erased once their leave date is `retentionYears` old:
 *    their DBS checks, their centre history and the person row go, and only a count survives
 *    (retention_erasure: organisation, person type, year left, how many);
 * 2. DBS certificate numbers are purged once the decision is `certificateRetentionMonths` old:
 *    the number is set to null and `certificate_purged_at` to now; the decision record stays.
 *
 * Both happen on the day the period ends (London's calendar): a decision of 15/01 is purged on
 * 15/07, a leave date of 31/03/2020 is erased on 31/03/2026. People are erased first, so the
 * purge counts only certificates that are kept.
 *
 * Idempotent: what was purged or erased no longer matches, so a second run the same day changes
 * nothing and writes no audit entry. One transaction: a failure leaves everything as it was.
 *
 * Why the owner connection and not the application role: the job acts for no user and across
 * every organisation, while the row-level-security policies describe what a signed-in user's
 * grants reach and deliberately have no "system" branch. Adding one (a setting that opens every
 * tenant) would hand that power to any code running as the application role; instead the job
 * runs as the owner, which RLS does not bind (the owner also runs migrations and the seed), and
 * is a handful of fixed statements. The audit triggers still fire for every row it changes,
 * stamped with this run's request id, and it writes one summary entry per organisation per kind.
 */
export type RetentionPolicy = Readonly<{ certificateRetentionMonths: number; retentionYears: number }>;

export type RetentionOutcome = {
  /** False when another instance held the lock: that run does the work. */
  ran: boolean;
  /** London's date the periods were measured to (YYYY-MM-DD). */
  today: string;
  /** The request id on every audit entry of this run. */
  runId: string;
  certificatesPurged: number;
  peopleErased: number;
  /** Per organisation, only those where something happened. */
  organisations: Array<{ organisationId: string; certificatesPurged: number; peopleErased: number }>;
};

export const RETENTION_LOCK = 'naccc:retention';
export const DBS_CERTIFICATES_PURGED = 'DBS_CERTIFICATES_PURGED';
export const PEOPLE_ERASED = 'PEOPLE_ERASED';

type OrganisationCount = { organisation_id: string; n: number };

export async function runRetention(options: { ownerUrl: string; policy: RetentionPolicy; now: Date; logger?: Logger }): Promise<RetentionOutcome> {
  const { policy, now } = options;
  const today = londonDate(now);
  const runId = `retention-${randomUUID()}`;
  const client = new Client({ connectionString: options.ownerUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query('begin');
    try {
      // Every instance schedules the job; the first to take the lock runs it, the others skip.
      // The lock ends with the transaction, so a crashed run never leaves it held.
      const { rows: locked } = await client.query<{ locked: boolean }>('select pg_try_advisory_xact_lock(hashtext($1)) as locked', [RETENTION_LOCK]);
      if (!locked[0]?.locked) {
        await client.query('rollback');
        options.logger?.info({ runId }, 'retention job already running elsewhere: skipped');
        return { ran: false, today, runId, certificatesPurged: 0, peopleErased: 0, organisations: [] };
      }
      // Read by the audit triggers: every row change of this run carries the run's id, no user.
      await client.query(`select set_config('app.request_id', $1, true), set_config('app.user_id', '', true), set_config('app.ip', '', true)`, [runId]);

      const erased = await erasePeople(client, policy.retentionYears, today, now);
      const purged = await purgeCertificateNumbers(client, policy.certificateRetentionMonths, today, now);
      await auditSummary(client, DBS_CERTIFICATES_PURGED, 'DbsCheck', 'certificatesPurged', purged, runId);
      await auditSummary(client, PEOPLE_ERASED, 'Person', 'peopleErased', erased, runId);
      await client.query('commit');

      const outcome = summarise(today, runId, purged, erased);
      options.logger?.info(
        { runId, today, certificatesPurged: outcome.certificatesPurged, peopleErased: outcome.peopleErased, organisations: outcome.organisations.length },
        'retention job done',
      );
      return outcome;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * People who left more than the retention period ago: their DBS checks and centre history are
 * deleted, then the person rows, whose count by organisation, type and year left is kept. The
 * person audit trigger redacts names and contact details, so the trail keeps none either.
 */
async function erasePeople(client: Client, years: number, today: string, now: Date): Promise<OrganisationCount[]> {
  // Locked, so an edit in flight (someone rejoining) either finishes first or waits for the job.
  const { rows } = await client.query<{ id: string }>(
    `select id from person
     where status = 'LEFT' and leave_date is not null and (leave_date + make_interval(years => $1))::date <= $2::date
     for update`,
    [years, today],
  );
  if (!rows.length) return [];
  const ids = `{${rows.map((row) => row.id).join(',')}}`;
  await client.query('delete from dbs_check where person_id = any ($1::uuid[])', [ids]);
  await client.query('delete from person_centre_assignment where person_id = any ($1::uuid[])', [ids]);
  const { rows: counted } = await client.query<{ organisation_id: string; erased_count: number }>(
    `with erased as (delete from person where id = any ($1::uuid[]) returning organisation_id, person_type, leave_date)
     insert into retention_erasure (id, organisation_id, person_type, year_left, erased_count, erased_at)
     select gen_random_uuid(), organisation_id, person_type, extract(year from leave_date)::int, count(*)::int, $2
     from erased group by organisation_id, person_type, extract(year from leave_date)
     returning organisation_id, erased_count`,
    [ids, now],
  );
  const byOrganisation = new Map<string, number>();
  for (const row of counted) byOrganisation.set(row.organisation_id, (byOrganisation.get(row.organisation_id) ?? 0) + row.erased_count);
  return [...byOrganisation].map(([organisation_id, n]) => ({ organisation_id, n }));
}

/**
 * Certificate numbers whose decision (its London calendar date) is the retention period old.
 * `certificate_purged_at` marks what is done, so a purged check is never touched again; the
 * version is left alone, since nobody's edit of the decision conflicts with the purge.
 */
async function purgeCertificateNumbers(client: Client, months: number, today: string, now: Date): Promise<OrganisationCount[]> {
  const { rows } = await client.query<OrganisationCount>(
    `with purged as (
       update dbs_check set certificate_number = null, certificate_purged_at = $3, updated_at = $3
       where certificate_purged_at is null
         and ((decided_at at time zone 'Europe/London')::date + make_interval(months => $1))::date <= $2::date
       returning organisation_id)
     select organisation_id, count(*)::int as n from purged group by organisation_id`,
    [months, today, now],
  );
  return rows;
}

/** One entry per organisation: counts only, never who. */
async function auditSummary(client: Client, action: string, entityType: string, key: string, counts: OrganisationCount[], runId: string): Promise<void> {
  if (!counts.length) return;
  await client.query(
    `insert into audit_event (id, occurred_at, actor_user_id, organisation_id, action, entity_type, entity_id, changes, request_id, ip)
     select gen_random_uuid(), now(), null, c.organisation_id, $1, $2, null, jsonb_build_object($3::text, c.n), $4, null
     from unnest($5::uuid[], $6::int[]) as c(organisation_id, n)`,
    [action, entityType, key, runId, `{${counts.map((c) => c.organisation_id).join(',')}}`, `{${counts.map((c) => c.n).join(',')}}`],
  );
}

function summarise(today: string, runId: string, purged: OrganisationCount[], erased: OrganisationCount[]): RetentionOutcome {
  const organisations = new Map<string, { organisationId: string; certificatesPurged: number; peopleErased: number }>();
  const entry = (id: string) => {
    let found = organisations.get(id);
    if (!found) organisations.set(id, (found = { organisationId: id, certificatesPurged: 0, peopleErased: 0 }));
    return found;
  };
  for (const row of purged) entry(row.organisation_id).certificatesPurged += row.n;
  for (const row of erased) entry(row.organisation_id).peopleErased += row.n;
  const list = [...organisations.values()].sort((a, b) => a.organisationId.localeCompare(b.organisationId));
  return {
    ran: true,
    today,
    runId,
    certificatesPurged: list.reduce((sum, o) => sum + o.certificatesPurged, 0),
    peopleErased: list.reduce((sum, o) => sum + o.peopleErased, 0),
    organisations: list,
  };
}
