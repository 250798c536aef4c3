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
         'startDate', p.start_date, 'status', p.status, 'updatedAt', ${iso('p.updated_at')}, 'version', p.version,
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
