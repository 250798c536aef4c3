import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, verifyPassword } from './password-hashing';
import { recordEvent } from '../audit/audit.service';
import { TooManyRequests, Unauthenticated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import type { Identity } from './identity';
import { Session } from './session.entity';
import { preparedQuery } from '../db/prepared-query';

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

/** What sign-in needs of an account; the user module finds it (auth knows no module's entities). */
export type Account = { id: string; passwordHash: string | null; active: boolean };

export type AccountLookup = (ctx: RequestContext, email: string) => Promise<Account | null>;

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };

/**
 * Failed sign-ins tolerated within the window, per attempted email and per client address.
 * Attempts refused for being over the limit are recorded as failures too, so an attacker who
 * keeps trying keeps the window closed (back-off); someone who waits the window out gets in.
 */
export const LOGIN_THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

/** lastSeenAt is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

const WRONG_CREDENTIALS = 'The email address or password is not right';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Sign-in, sign-out and resolving a session cookie to an identity. Unknown email and wrong
 * password take the same path and the same time (a dummy hash is verified), and answer the same.
 */
export class SessionService {
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY) {}

  async login(ctx: RequestContext, email: string, password: string, findAccount: AccountLookup): Promise<{ userId: string; token: string; expiresAt: Date }> {
    await this.throttle(ctx, normaliseEmail(email));
    const user = await findAccount(ctx, normaliseEmail(email));
    const hash = user?.passwordHash ?? (await this.dummy());
    const matches = await verifyPassword(hash, password);
    if (!user || !user.passwordHash || !matches || !user.active) {
      // Written at once (login runs outside a request transaction), so it stands although the sign-in fails.
      await recordEvent(ctx, {
        action: 'LOGIN_FAILED',
        entityType: 'User',
        entityId: user?.id ?? null,
        changes: { email: { attempted: normaliseEmail(email).slice(0, 254) } },
      });
      throw new Unauthenticated(WRONG_CREDENTIALS);
    }
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.policy.absoluteHours * 3_600_000);
    await ctx.transaction(async (em) => {
      // The password has proved who this is: the trail records them as the one signing in.
      await ctx.actAs(user.id);
      em.create(Session, { tokenHash: hashToken(token), userId: user.id, expiresAt, ip: ctx.ip ?? null, createdAt: now, lastSeenAt: now });
      await em.flush();
      // Bookkeeping, not an edit: a plain update that leaves the optimistic-lock version alone, so
      // two sign-ins to one account at once both succeed (found by pnpm bench, W6).
      await preparedQuery(em, 'update app_user set last_login_at = $1 where id = $2', [now, user.id]);
      await recordEvent(ctx, { action: 'LOGIN', entityType: 'User', entityId: user.id });
    });
    return { userId: user.id, token, expiresAt };
  }

  /** Same answer whether or not the account exists: the count is of attempts, not of accounts. */
  private async throttle(ctx: RequestContext, email: string): Promise<void> {
    const since = new Date(Date.now() - LOGIN_THROTTLE.windowMinutes * 60_000);
    const [counts] = await preparedQuery<{ by_email: number; by_ip: number }>(
      ctx.em,
      'select by_email, by_ip from app.recent_login_failures($1, $2, $3)',
      [email, ctx.ip ?? '', since],
    );
    if ((counts?.by_email ?? 0) >= LOGIN_THROTTLE.perAccount || (counts?.by_ip ?? 0) >= LOGIN_THROTTLE.perAddress) {
      await recordEvent(ctx, { action: 'LOGIN_FAILED', entityType: 'User', changes: { email: { attempted: email.slice(0, 254) }, throttled: { after: true } } });
      throw new TooManyRequests(`Too many sign-in attempts; please wait ${LOGIN_THROTTLE.windowMinutes} minutes and try again`);
    }
  }

  async logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await ctx.transaction(async (em) => {
      await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
      await recordEvent(ctx, { action: 'LOGOUT', entityType: 'User', entityId: ctx.identity?.userId ?? null });
    });
  }

  /**
   * The identity behind a session token, or null when the token is unknown, revoked, idle too
   * long, past its absolute expiry, issued before a password change, or its user is inactive.
   * Every signed-in request starts here, so it is one prepared statement (see prepared-query.ts)
   * giving plain values, not a find that hydrates a session, a user and their grants.
   */
  async authenticate(em: EntityManager, token: string, now = new Date()): Promise<Identity | null> {
    // Runs before the request has a scope: sessions, users and grants are not tenant-owned.
    const [session] = await preparedQuery<SessionRow>(em, SESSION_SQL, [hashToken(token), now]);
    if (!session) return null;
    const idleSince = now.getTime() - session.last_seen_ms;
    if (idleSince > this.policy.idleMinutes * 60_000) return null;
    if (!session.active) return null;
    if (session.password_changed_ms !== null && session.password_changed_ms > session.created_ms) return null;
    if (idleSince > TOUCH_INTERVAL_MS) {
      await preparedQuery(em, 'update user_session set last_seen_at = $1 where id = $2', [now, session.session_id]);
    }
    return {
      sessionId: session.session_id,
      userId: session.user_id,
      email: session.email,
      displayName: session.display_name,
      grants: session.grants,
    };
  }

  /** A hash to verify against when the email is unknown, so both paths cost one argon2 verify. */
  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }
}

/** Instants as milliseconds since the epoch (the driver gives timestamps as text). */
type SessionRow = {
  session_id: string;
  created_ms: number;
  last_seen_ms: number;
  user_id: string;
  email: string;
  display_name: string;
  active: boolean;
  password_changed_ms: number | null;
  grants: Identity['grants'];
};

const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

const SESSION_SQL = `select s.id as session_id, ${epochMs('s.created_at')} as created_ms, ${epochMs('s.last_seen_at')} as last_seen_ms,
         u.id as user_id, u.email, u.display_name, u.active, ${epochMs('u.password_changed_at')} as password_changed_ms,
         coalesce((select json_agg(json_build_object('role', g.role, 'organisationId', g.organisation_id, 'centreIds', g.centre_ids)
                                   order by g.created_at, g.id)
                   from user_grant g where g.user_id = u.id), '[]') as grants
  from user_session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2`;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function requireIdentity(ctx: RequestContext): Identity {
  if (!ctx.identity) throw new Unauthenticated();
  return ctx.identity;
}
