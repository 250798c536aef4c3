import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { verifyPassword } from '../auth/password-hashing';
import { hashToken, LOGIN_THROTTLE } from '../auth/session.service';
import type { Role } from '../modules/user/role';
import type { ClearanceStatus } from '../modules/clearance/clearance.enums';
import { clearanceAction } from '../modules/clearance/person-clearance';
import type { DbsLevel } from '../modules/dbs/dbs.enums';
import { clearanceClock, SCOPE_SETTINGS_SQL, scopeSettings } from '../tenancy/database-scope';
import { scopeOf } from '../tenancy/scope';

/**
 * The raw-SQL baseline: the same answers as the GraphQL workloads, produced with hand-written
 * queries on the same pool, as a hand-tuned service would (issue 6). Same rules too: the session
 * is checked, the request runs in a transaction under the caller's row-level-security scope, and
 * a sign-in is throttled, verified with argon2 and audited. Only the layers differ.
 */
type Identity = { userId: string; grants: Array<{ role: Role; organisationId: string | null; centreIds: string[] }> };

async function authenticate(knex: Knex, token: string): Promise<Identity | null> {
  const { rows } = await knex.raw<{ rows: Array<{ user_id: string; role: Role; organisation_id: string | null; centre_ids: string[] }> }>(
    `select s.user_id, g.role, g.organisation_id, g.centre_ids
     from user_session s join app_user u on u.id = s.user_id left join user_grant g on g.user_id = u.id
     where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.active`,
    [hashToken(token)],
  );
  if (!rows.length) return null;
  return { userId: rows[0]!.user_id, grants: rows.filter((r) => r.role).map((r) => ({ role: r.role, organisationId: r.organisation_id, centreIds: r.centre_ids })) };
}

async function scoped<T>(knex: Knex, identity: Identity, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return knex.transaction(async (trx) => {
    const scope = scopeOf({ sessionId: '', userId: identity.userId, email: '', displayName: '', grants: identity.grants });
    await trx.raw(SCOPE_SETTINGS_SQL, scopeSettings(scope, { userId: identity.userId, requestId: 'bench', ip: '127.0.0.1' }, clearanceClock()));
    return work(trx);
  });
}

/** ISO 8601 in UTC with milliseconds, as the DateTimeISO scalar writes it. */
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * W1: the console's people list (every field react-admin asks for, centre history included) and
 * the total, as one JSON document built by Postgres; only the action text is added in code, as
 * any service would (it is wording, not data).
 */
export async function memberList(knex: Knex, token: string, variables: { page: number; perPage: number }): Promise<unknown> {
  const identity = await authenticate(knex, token);
  if (!identity) return { errors: [{ message: 'Please sign in' }] };
  const orgIds = `{${identity.grants.filter((g) => g.role === 'ORG_ADMIN').map((g) => g.organisationId).join(',')}}`;
  const body = await scoped(knex, identity, async (trx) => {
    const { rows } = await trx.raw<{ rows: Array<{ body: { data: { items: Array<Record<string, unknown>> } } }> }>(
      `select json_build_object('data', json_build_object(
         'items', coalesce((select json_agg(json_build_object(
             'centreHistory', coalesce((select json_agg(json_build_object('centreId', a.centre_id, 'endedOn', a.ended_on,
                  'startedOn', a.started_on, '__typename', 'CentreAssignment') order by a.started_on desc, a.id)
                from person_centre_assignment a where a.person_id = p.id), '[]'::json),
             'centreIds', p.centre_ids, 'clearanceAction', null, 'clearanceExpiresOn', c.expires_on, 'clearanceStatus', c.status,
             'createdAt', ${iso('p.created_at')}, 'email', p.email, 'familyName', p.family_name,
             'fullName', p.given_name || ' ' || p.family_name, 'givenName', p.given_name, 'id', p.id, 'latestDbsLevel', c.dbs_level,
             'leaveDate', p.leave_date, 'notes', p.notes, 'organisation', json_build_object('id', p.organisation_id, '__typename', 'Organisation'),
             'organisationId', p.organisation_id, 'personType', p.person_type, 'phone', p.phone, 'requiredDbsLevel', c.required_level,
             'startDate', p.start_date, 'status', p.status, 'updatedAt', ${iso('p.updated_at')}, 'version', p.version,
             '__typename', 'Person') order by p.family_name, p.id)
           from (select * from person where organisation_id = any (?::uuid[]) order by family_name, id limit ? offset ?) p
           join person_clearance c on c.person_id = p.id), '[]'::json),
         'total', json_build_object('count', (select count(*) from person where organisation_id = any (?::uuid[])), '__typename', 'ListMetadata'))) as body`,
      [orgIds, variables.perPage, variables.page * variables.perPage, orgIds],
    );
    return rows[0]!.body;
  });
  for (const item of body.data.items) {
    item.clearanceAction = clearanceAction({
      status: item.clearanceStatus as ClearanceStatus,
      requiredLevel: item.requiredDbsLevel as DbsLevel,
      expiresOn: item.clearanceExpiresOn as string | null,
    });
  }
  return body;
}

/** W6, first request: throttle check, argon2 verify, a new session, last sign-in and the audit entry. */
export async function login(knex: Knex, email: string, password: string): Promise<{ body: unknown; token?: string }> {
  const since = new Date(Date.now() - LOGIN_THROTTLE.windowMinutes * 60_000);
  const { rows: throttle } = await knex.raw<{ rows: Array<{ by_email: number; by_ip: number }> }>(
    'select by_email, by_ip from app.recent_login_failures(?, ?, ?)',
    [email, '127.0.0.1', since],
  );
  if ((throttle[0]?.by_email ?? 0) >= LOGIN_THROTTLE.perAccount) return { body: { errors: [{ message: 'Too many sign-in attempts' }] } };
  const { rows } = await knex.raw<{ rows: Array<{ id: string; password_hash: string }> }>('select id, password_hash from app_user where email = ? and active', [email]);
  const user = rows[0];
  if (!user || !(await verifyPassword(user.password_hash, password))) return { body: { errors: [{ message: 'The email address or password is not right' }] } };
  const token = randomBytes(32).toString('base64url');
  await knex.transaction(async (trx) => {
    await trx.raw(`select set_config('app.user_id', ?, true), set_config('app.request_id', 'bench', true)`, [user.id]);
    await trx.raw(
      `with s as (insert into user_session (id, token_hash, user_id, expires_at, ip, created_at, last_seen_at)
                  values (gen_random_uuid(), ?, ?, now() + interval '12 hours', '127.0.0.1', now(), now())),
            u as (update app_user set last_login_at = now() where id = ?)
       insert into audit_event (id, occurred_at, actor_user_id, action, entity_type, entity_id, request_id, ip)
       values (gen_random_uuid(), now(), ?, 'LOGIN', 'User', ?, 'bench', '127.0.0.1')`,
      [hashToken(token), user.id, user.id, user.id, user.id],
    );
  });
  return { body: { data: { login: { id: user.id } } }, token };
}

/** W6, second request: who am I, with every grant and its organisation's name. */
export async function me(knex: Knex, token: string): Promise<unknown> {
  const identity = await authenticate(knex, token);
  if (!identity) return { errors: [{ message: 'Please sign in' }] };
  return scoped(knex, identity, async (trx) => {
    const { rows } = await trx.raw<{ rows: Array<{ body: unknown }> }>(
      `select json_build_object('data', json_build_object('me', json_build_object(
         'id', u.id, 'email', u.email, 'displayName', u.display_name,
         'grants', coalesce((select json_agg(json_build_object('id', g.id, 'role', g.role, 'organisationId', g.organisation_id,
             'centreIds', g.centre_ids, 'organisation', case when o.id is null then null else json_build_object('id', o.id, 'name', o.name) end)
             order by g.created_at, g.id)
           from user_grant g left join organisation o on o.id = g.organisation_id where g.user_id = u.id), '[]'::json)))) as body
       from app_user u where u.id = ?`,
      [identity.userId],
    );
    return rows[0]!.body;
  });
}
