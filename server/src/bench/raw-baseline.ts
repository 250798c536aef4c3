import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { verifyPassword } from '../auth/password-hashing';
import { hashToken, LOGIN_THROTTLE } from '../auth/session.service';
import type { Role } from '../auth/role';
import type { ClearanceStatus } from '../modules/clearance/clearance.enums';
import { clearanceAction } from '../modules/clearance';
import type { DbsLevel } from '../modules/dbs/dbs.enums';
import { uuidArray } from '../db/binds';
import { clearanceClock } from '../common/clock';
import { SCOPE_SETTINGS_SQL, scopeSettings } from '../tenancy/database-scope';
import { scopeOf } from '../tenancy/scope';

/**
 * The raw-SQL baseline: the same answers as the GraphQL workloads, produced with hand-written
 * queries on the same pool, as a hand-tuned service would (issue 6). Same rules too: the session
 * is checked, the request runs in a transaction under the caller's row-level-security scope, and
 * a sign-in is throttled, verified with argon2 and audited. Only the layers differ.
 *
 * Hand-tuned means prepared: every statement is named, so Postgres plans it once per connection
 * (planning is most of what the people list's statement costs), exactly as the GraphQL server's
 * hot paths do (db/prepared-query.ts). Otherwise the comparison would flatter the server.
 */
type Identity = { userId: string; grants: Array<{ role: Role; organisationId: string | null; centreIds: string[] }> };

type Pg = { query<R>(config: { name: string; text: string; values?: unknown[] }): Promise<{ rows: R[] }>; query<R>(text: string): Promise<{ rows: R[] }> };

/** A connection from the server's own pool for the length of `work`. */
async function withConnection<T>(knex: Knex, work: (pg: Pg) => Promise<T>): Promise<T> {
  const client = knex.client as { acquireConnection(): Promise<Pg>; releaseConnection(pg: Pg): Promise<unknown> };
  const pg = await client.acquireConnection();
  try {
    return await work(pg);
  } finally {
    await client.releaseConnection(pg);
  }
}

async function rows<R>(pg: Pg, name: string, text: string, values: unknown[]): Promise<R[]> {
  return (await pg.query<R>({ name: `raw_${name}`, text, values })).rows;
}

async function authenticate(pg: Pg, token: string): Promise<Identity | null> {
  const found = await rows<{ user_id: string; role: Role; organisation_id: string | null; centre_ids: string[] }>(
    pg,
    'authenticate',
    `select s.user_id, g.role, g.organisation_id, g.centre_ids
     from user_session s join app_user u on u.id = s.user_id left join user_grant g on g.user_id = u.id
     where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.active`,
    [hashToken(token)],
  );
  if (!found.length) return null;
  return { userId: found[0]!.user_id, grants: found.filter((r) => r.role).map((r) => ({ role: r.role, organisationId: r.organisation_id, centreIds: r.centre_ids })) };
}

async function scoped<T>(pg: Pg, identity: Identity, work: () => Promise<T>): Promise<T> {
  await pg.query('begin');
  try {
    const scope = scopeOf({ sessionId: '', userId: identity.userId, email: '', displayName: '', grants: identity.grants });
    await rows(pg, 'scope', SCOPE_SETTINGS_SQL, scopeSettings(scope, { userId: identity.userId, requestId: 'bench', ip: '127.0.0.1' }, clearanceClock()));
    const result = await work();
    await pg.query('commit');
    return result;
  } catch (error) {
    await pg.query('rollback');
    throw error;
  }
}

/** ISO 8601 in UTC with milliseconds, as the DateTimeISO scalar writes it. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const MEMBER_LIST_SQL = `select json_build_object('data', json_build_object(
     'items', coalesce((select json_agg(json_build_object(
         'centreHistory', coalesce((select json_agg(json_build_object('centreId', a.centre_id, 'endedOn', a.ended_on,
              'startedOn', a.started_on, '__typename', 'CentreAssignment') order by a.started_on desc, a.id)
            from person_centre_assignment a where a.person_id = p.id), '[]'::json),
         'centreIds', p.centre_ids, 'clearanceAction', null, 'clearanceExpiresOn', c.expires_on, 'clearanceStatus', c.status,
         'createdAt', ${iso('p.created_at')}, 'email', p.email, 'familyName', p.family_name,
         'fullName', p.given_name || ' ' || p.family_name, 'givenName', p.given_name, 'id', p.id, 'latestDbsLevel', c.dbs_level,
         'leaveDate', p.leave_date, 'notes', p.notes, 'organisation', json_build_object('id', p.organisation_id, '__typename', 'Organisation'),
         'organisationId', p.organisation_id, 'personType', p.person_type, 'phone', p.phone, 'requiredDbsLevel', c.required_level,
         'startDate', p.start_date, 'status', p.status, 'trainingDue', c.training_due, 'trainingExpiresOn', c.training_expires_on,
         'trainingStatus', c.training_status, 'updatedAt', ${iso('p.updated_at')}, 'version', p.version,
         '__typename', 'Person') order by p.family_name, p.id)
       from (select * from person where organisation_id = any ($1::uuid[]) order by family_name, id limit $2 offset $3) p
       join person_clearance c on c.person_id = p.id), '[]'::json),
     'total', json_build_object('count', (select count(*) from person where organisation_id = any ($1::uuid[])), '__typename', 'ListMetadata'))) as body`;

/**
 * W1: the console's people list (every field react-admin asks for, centre history included) and
 * the total, as one JSON document built by Postgres; only the action text is added in code, as
 * any service would (it is wording, not data).
 */
export async function memberList(knex: Knex, token: string, variables: { page: number; perPage: number }): Promise<unknown> {
  const body = await withConnection(knex, async (pg) => {
    const identity = await authenticate(pg, token);
    if (!identity) return null;
    const orgIds = uuidArray(identity.grants.filter((g) => g.role === 'ORG_ADMIN').map((g) => g.organisationId!));
    return scoped(pg, identity, async () => {
      const [row] = await rows<{ body: { data: { items: Array<Record<string, unknown>> } } }>(pg, 'member_list', MEMBER_LIST_SQL, [orgIds, variables.perPage, variables.page * variables.perPage]);
      return row!.body;
    });
  });
  if (!body) return { errors: [{ message: 'Please sign in' }] };
  for (const item of body.data.items) {
    item.clearanceAction = clearanceAction({
      status: item.clearanceStatus as ClearanceStatus,
      requiredLevel: item.requiredDbsLevel as DbsLevel,
      expiresOn: item.clearanceExpiresOn as string | null,
      trainingDue: (item.trainingDue as string[] | undefined) ?? [],
      trainingExpiresOn: (item.trainingExpiresOn as string | null | undefined) ?? null,
    });
  }
  return body;
}

/**
 * W2: an organisation, its centres, the people working at each now (with their clearance and
 * training status) and each person's training records, as one JSON document built by Postgres.
 * Each person is read once (with the clearance view and their records) however many of the
 * organisation's centres they work at, then placed under each of them.
 */
const ORGANISATION_TRAINING_SQL = `with o as (select id, name from organisation where id = $1 and id = any ($2::uuid[])),
     ce as (select id, name from centre where organisation_id = (select id from o)),
     staff as (
       select p.id, p.given_name, p.family_name, p.centre_ids, c.status, c.training_status,
              coalesce((select json_agg(json_build_object('id', r.id, 'courseTitle', coalesce(k.title, r.external_course), 'completedOn', r.completed_on,
                          'outcome', r.outcome, 'expiresOn', case when r.outcome in ('ATTENDED', 'PASSED', 'CREDITS_AWARDED') then app.training_expiry(r.completed_on, k.validity_months) end) order by r.completed_on desc, r.id)
                        from training_record r left join course k on k.id = r.course_id where r.person_id = p.id), '[]'::json) as records
       from person p join person_clearance c on c.person_id = p.id
       where p.organisation_id = any ($2::uuid[]) and p.status = 'ACTIVE' and p.centre_ids && (select array_agg(id) from ce))
   select json_build_object('data', json_build_object('Organisation', (
     select json_build_object('id', o.id, 'name', o.name, 'centres', coalesce((
       select json_agg(json_build_object('id', ce.id, 'name', ce.name, 'people', coalesce((
         select json_agg(json_build_object('id', s.id, 'fullName', s.given_name || ' ' || s.family_name, 'clearanceStatus', s.status,
                  'trainingStatus', s.training_status, 'trainingRecords', s.records) order by s.family_name, s.given_name, s.id)
         from staff s where ce.id = any (s.centre_ids)), '[]'::json)) order by ce.name, ce.id)
       from ce), '[]'::json))
     from o))) as body`;

export async function organisationTraining(knex: Knex, token: string, variables: { id: string }): Promise<unknown> {
  const body = await withConnection(knex, async (pg) => {
    const identity = await authenticate(pg, token);
    if (!identity) return null;
    const orgIds = uuidArray(identity.grants.filter((g) => g.role === 'ORG_ADMIN').map((g) => g.organisationId!));
    return scoped(pg, identity, async () => (await rows<{ body: unknown }>(pg, 'organisation_training', ORGANISATION_TRAINING_SQL, [variables.id, orgIds]))[0]!.body);
  });
  return body ?? { errors: [{ message: 'Please sign in' }] };
}

type CohortResult = { personId: string; outcome: string; creditsAwarded?: number | null; hours?: number | null; certificateRef?: string | null };

const WITH_CREDITS = ['PASSED', 'CREDITS_AWARDED'];

/**
 * W5: a session's cohort recorded, as a hand-written service would: the session locked, its
 * enrolments read, every row checked (the same rules and defaults), one insert-or-correct of the
 * whole cohort, the session marked completed, then the session and its records read back in one
 * statement. Same transaction, scope and audit trigger as the API's.
 */
export async function recordCohort(knex: Knex, token: string, variables: { sessionId: string; results: CohortResult[] }): Promise<unknown> {
  const body = await withConnection(knex, async (pg) => {
    const identity = await authenticate(pg, token);
    if (!identity) return null;
    if (!identity.grants.some((g) => g.role === 'TRAINING_TEAM')) return { errors: [{ message: 'Not allowed' }] };
    return scoped(pg, identity, async () => {
      const [session] = await rows<{ status: string; starts_at: string; ends_at: string; course_id: string; credit_value: number }>(
        pg,
        'cohort_session',
        `select s.status, s.starts_at, s.ends_at, c.id as course_id, c.credit_value
         from course_session s join course c on c.id = s.course_id where s.id = $1 for update of s`,
        [variables.sessionId],
      );
      // The ORM's driver settings give timestamps as text.
      const startsAt = new Date(session?.starts_at ?? 0).getTime();
      const endsAt = new Date(session?.ends_at ?? 0).getTime();
      if (!session || session.status === 'CANCELLED' || startsAt > Date.now()) return { errors: [{ message: 'No session to record' }] };
      const enrolled = new Set((await rows<{ person_id: string }>(pg, 'cohort_enrolled', 'select person_id from session_enrolment where session_id = $1', [variables.sessionId])).map((e) => e.person_id));
      const length = Math.round(((endsAt - startsAt) / 3600_000) * 2) / 2;
      const seen = new Set<string>();
      const cohort = [];
      for (const result of variables.results) {
        const absent = result.outcome === 'DID_NOT_ATTEND';
        const credits = result.creditsAwarded ?? (WITH_CREDITS.includes(result.outcome) ? session.credit_value : 0);
        const hours = result.hours ?? (absent ? 0 : length);
        if (!enrolled.has(result.personId) || seen.has(result.personId) || credits > session.credit_value || (credits > 0 && !WITH_CREDITS.includes(result.outcome)) || (absent && hours > 0) || hours > length) {
          return { errors: [{ message: 'A row needs correcting; nothing was recorded' }] };
        }
        seen.add(result.personId);
        cohort.push({ person_id: result.personId, outcome: result.outcome, credits, hours, certificate_ref: result.certificateRef?.trim() || null });
      }
      const written = await rows<{ inserted: boolean }>(
        pg,
        'cohort_write',
        `insert into training_record (id, person_id, organisation_id, source, course_id, session_id, completed_on, outcome, credits, hours, certificate_ref, recorded_by_user_id)
         select gen_random_uuid(), x.person_id, p.organisation_id, 'NACCC', $2, $1, ($3::timestamptz at time zone 'Europe/London')::date, x.outcome, x.credits, x.hours, x.certificate_ref, $5
         from jsonb_to_recordset($4::jsonb) as x(person_id uuid, outcome text, credits integer, hours numeric, certificate_ref text)
         join person p on p.id = x.person_id
         on conflict (session_id, person_id) where session_id is not null do update
           set outcome = excluded.outcome, credits = excluded.credits, hours = excluded.hours, certificate_ref = excluded.certificate_ref,
               completed_on = excluded.completed_on, recorded_by_user_id = excluded.recorded_by_user_id,
               version = training_record.version + 1, updated_at = now()
           where (training_record.outcome, training_record.credits, training_record.hours, training_record.certificate_ref, training_record.completed_on)
                 is distinct from (excluded.outcome, excluded.credits, excluded.hours, excluded.certificate_ref, excluded.completed_on)
         returning (xmax = 0) as inserted`,
        [variables.sessionId, session.course_id, session.ends_at, JSON.stringify(cohort), identity.userId],
      );
      await rows(pg, 'cohort_completed', `update course_session set status = 'COMPLETED', version = version + 1, updated_at = now() where id = $1 and status <> 'COMPLETED'`, [variables.sessionId]);
      const [readBack] = await rows<{ session: unknown; records: unknown }>(
        pg,
        'cohort_read_back',
        `select json_build_object('id', s.id, 'status', s.status) as session,
                coalesce((select json_agg(json_build_object('id', r.id, 'personId', r.person_id, 'personName', p.given_name || ' ' || p.family_name,
                            'courseTitle', k.title, 'completedOn', r.completed_on, 'outcome', r.outcome, 'credits', r.credits, 'hours', r.hours::float8,
                            'expiresOn', case when r.outcome in ('ATTENDED', 'PASSED', 'CREDITS_AWARDED') then app.training_expiry(r.completed_on, k.validity_months) end) order by r.completed_on, r.id)
                          from training_record r join person p on p.id = r.person_id join course k on k.id = r.course_id
                          where r.session_id = s.id), '[]'::json) as records
         from course_session s where s.id = $1`,
        [variables.sessionId],
      );
      const created = written.filter((row) => row.inserted).length;
      return { data: { recordCohortAttendance: { ...readBack!, created, corrected: written.length - created, unchanged: cohort.length - written.length } } };
    });
  });
  return body ?? { errors: [{ message: 'Please sign in' }] };
}

/**
 * W6, first request: throttle check, argon2 verify, a new session, last sign-in and the audit
 * entry. No connection is held while argon2 runs.
 */
export async function login(knex: Knex, email: string, password: string): Promise<{ body: unknown; token?: string }> {
  const since = new Date(Date.now() - LOGIN_THROTTLE.windowMinutes * 60_000);
  const user = await withConnection(knex, async (pg) => {
    const [throttle] = await rows<{ by_email: number; by_ip: number }>(pg, 'throttle', 'select by_email, by_ip from app.recent_login_failures($1, $2, $3)', [email, '127.0.0.1', since]);
    if ((throttle?.by_email ?? 0) >= LOGIN_THROTTLE.perAccount) return 'throttled' as const;
    return (await rows<{ id: string; password_hash: string }>(pg, 'user', 'select id, password_hash from app_user where email = $1 and active', [email]))[0];
  });
  if (user === 'throttled') return { body: { errors: [{ message: 'Too many sign-in attempts' }] } };
  if (!user || !(await verifyPassword(user.password_hash, password))) return { body: { errors: [{ message: 'The email address or password is not right' }] } };
  const token = randomBytes(32).toString('base64url');
  await withConnection(knex, async (pg) => {
    await pg.query('begin');
    try {
      await rows(pg, 'actor', `select set_config('app.user_id', $1, true), set_config('app.request_id', 'bench', true)`, [user.id]);
      await rows(
        pg,
        'sign_in',
        `with s as (insert into user_session (id, token_hash, user_id, expires_at, ip, created_at, last_seen_at)
                    values (gen_random_uuid(), $1, $2, now() + interval '12 hours', '127.0.0.1', now(), now())),
              u as (update app_user set last_login_at = now() where id = $2)
         insert into audit_event (id, occurred_at, actor_user_id, action, entity_type, entity_id, request_id, ip)
         values (gen_random_uuid(), now(), $2, 'LOGIN', 'User', $2, 'bench', '127.0.0.1')`,
        [hashToken(token), user.id],
      );
      await pg.query('commit');
    } catch (error) {
      await pg.query('rollback');
      throw error;
    }
  });
  return { body: { data: { login: { id: user.id } } }, token };
}

/** W6, second request: who am I, with every grant and its organisation's name. */
export async function me(knex: Knex, token: string): Promise<unknown> {
  const body = await withConnection(knex, async (pg) => {
    const identity = await authenticate(pg, token);
    if (!identity) return null;
    return scoped(pg, identity, async () => {
      const [row] = await rows<{ body: unknown }>(
        pg,
        'me',
        `select json_build_object('data', json_build_object('me', json_build_object(
           'id', u.id, 'email', u.email, 'displayName', u.display_name,
           'grants', coalesce((select json_agg(json_build_object('id', g.id, 'role', g.role, 'organisationId', g.organisation_id,
               'centreIds', g.centre_ids, 'organisation', case when o.id is null then null else json_build_object('id', o.id, 'name', o.name) end)
               order by g.created_at, g.id)
             from user_grant g left join organisation o on o.id = g.organisation_id where g.user_id = u.id), '[]'::json)))) as body
         from app_user u where u.id = $1`,
        [identity.userId],
      );
      return row!.body;
    });
  });
  return body ?? { errors: [{ message: 'Please sign in' }] };
}
