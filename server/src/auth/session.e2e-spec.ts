import { createHash } from 'node:crypto';
import { createTestApp, dataOf, type TestApp } from '../test/app';
import { graphql } from '../test/gql';
import { createUser, TEST_PASSWORD } from '../test/identities';
import { Role } from './role';

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

const Me = graphql(`
  query Me {
    me {
      id
      email
      displayName
      grants {
        role
        organisationId
        centreIds
      }
    }
  }
`);

const Invite = graphql(`
  mutation InviteUser($email: String!, $displayName: String!, $role: Role!) {
    createUser(email: $email, displayName: $displayName, role: $role) {
      id
      inviteToken
    }
  }
`);

const AcceptInvite = graphql(`
  mutation AcceptInvite($token: String!, $password: String!) {
    acceptInvite(token: $token, password: $password)
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const Deactivate = graphql(`
  mutation DeactivateUser($id: ID!) {
    updateUser(id: $id, active: false) {
      id
      active
    }
  }
`);

async function rawLogin(t: TestApp, email: string, password: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  return { response, body: (await response.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

describe('signing in and sessions', () => {
  let t: TestApp;
  let hqId: string;

  beforeAll(async () => {
    t = await createTestApp({ secureCookie: true });
    hqId = await createUser(t.db, { email: 'hq@naccc.test', displayName: 'Head Office', grants: [{ role: Role.NATIONAL_ADMIN }] });
    await createUser(t.db, { email: 'gone@naccc.test', grants: [{ role: Role.TRAINING_TEAM }], active: false });
  });
  afterAll(() => t.close());

  it('sets an opaque, httpOnly, SameSite=Lax, Secure cookie whose token is stored only as a hash', async () => {
    const { response } = await rawLogin(t, 'HQ@Naccc.test', TEST_PASSWORD);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('naccc_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/Path=\//);
    const token = decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!);
    expect(token.length).toBeGreaterThanOrEqual(40);
    const sha = createHash('sha256').update(token).digest('hex');
    expect(await t.db.ownerQuery('select count(*)::int as n from user_session where token_hash = $1', [sha])).toEqual([{ n: 1 }]);
    expect(await t.db.ownerQuery('select count(*)::int as n from user_session where token_hash = $1', [token])).toEqual([{ n: 0 }]);
  });

  it('answers a wrong password, an unknown email and a deactivated account identically, and audits each', async () => {
    const before = (await t.db.ownerQuery<{ n: number }>(`select count(*)::int as n from audit_event where action = 'LOGIN_FAILED'`))[0]!.n;
    const answers = await Promise.all([
      rawLogin(t, 'hq@naccc.test', 'not the password at all'),
      rawLogin(t, 'nobody@naccc.test', TEST_PASSWORD),
      rawLogin(t, 'gone@naccc.test', TEST_PASSWORD),
    ]);
    const shapes = answers.map(({ response, body }) => ({
      status: response.status,
      cookie: response.headers.getSetCookie().length,
      error: { message: body.errors?.[0]?.message, code: body.errors?.[0]?.extensions.code },
    }));
    expect(shapes[0]).toEqual({ status: 200, cookie: 0, error: { message: 'The email address or password is not right', code: 'UNAUTHENTICATED' } });
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    const after = (await t.db.ownerQuery<{ n: number }>(`select count(*)::int as n from audit_event where action = 'LOGIN_FAILED'`))[0]!.n;
    expect(after - before).toBe(3);
  });

  it('refuses a malformed email or an oversized password as BAD_USER_INPUT', async () => {
    expect((await t.graphql(Login, { email: 'not-an-email', password: 'x' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await t.graphql(Login, { email: 'hq@naccc.test', password: 'x'.repeat(10_000) })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('tells the console who is signed in, and asks anonymous callers to sign in', async () => {
    const hq = await t.signIn('hq@naccc.test');
    expect(dataOf(await hq.graphql(Me)).me).toEqual({
      id: hqId,
      email: 'hq@naccc.test',
      displayName: 'Head Office',
      grants: [{ role: 'NATIONAL_ADMIN', organisationId: null, centreIds: [] }],
    });
    expect((await t.graphql(Me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const events = await t.db.ownerQuery(`select action from audit_event where action = 'LOGIN' and actor_user_id = $1`, [hqId]);
    expect(events.length).toBeGreaterThan(0);
  });

  it('lets several browsers sign in to one account at the same moment, without touching its version', async () => {
    await createUser(t.db, { email: 'busy@naccc.test', grants: [{ role: Role.TRAINING_TEAM }] });
    const [before] = await t.db.ownerQuery<{ version: number }>(`select version from app_user where email = 'busy@naccc.test'`);
    const sessions = await Promise.all(Array.from({ length: 6 }, () => t.signIn('busy@naccc.test')));
    expect(new Set(sessions.map((s) => s.cookie)).size).toBe(6);
    const [after] = await t.db.ownerQuery<{ version: number; last_login_at: Date | null }>(`select version, last_login_at from app_user where email = 'busy@naccc.test'`);
    expect(after).toMatchObject({ version: before!.version });
    expect(after!.last_login_at).not.toBeNull();
  });

  it('revokes the session on logout', async () => {
    const hq = await t.signIn('hq@naccc.test');
    expect(dataOf(await hq.graphql(Logout)).logout).toBe(true);
    expect((await hq.graphql(Me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends sessions idle for too long, and every session at its absolute expiry', async () => {
    const idle = await t.signIn('hq@naccc.test');
    const old = await t.signIn('hq@naccc.test');
    const tokenHash = (cookie: string) => createHash('sha256').update(decodeURIComponent(cookie.split('=')[1]!)).digest('hex');
    await t.db.ownerQuery(`update user_session set last_seen_at = now() - interval '31 minutes' where token_hash = $1`, [tokenHash(idle.cookie)]);
    await t.db.ownerQuery(`update user_session set expires_at = now() - interval '1 second' where token_hash = $1`, [tokenHash(old.cookie)]);
    expect((await idle.graphql(Me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await old.graphql(Me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('invites with a one-time token, enforces the password rules, then lets the invitee sign in', async () => {
    const hq = await t.signIn('hq@naccc.test');
    const invited = dataOf(await hq.graphql(Invite, { email: 'new.trainer@naccc.test', displayName: 'New Trainer', role: 'TRAINING_TEAM' })).createUser!;
    expect(invited.inviteToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const [stored] = await t.db.ownerQuery<{ invite_token_hash: string; password_hash: string | null }>('select invite_token_hash, password_hash from app_user where id = $1', [invited.id]);
    expect(stored).toEqual({ invite_token_hash: createHash('sha256').update(invited.inviteToken!).digest('hex'), password_hash: null });

    for (const [password, message] of [
      ['short', /at least 12/],
      ['new.trainer@naccc.test', /not be your email/],
      ['y'.repeat(257), /shorter than or equal to 256/],
    ] as const) {
      const refused = await t.graphql(AcceptInvite, { token: invited.inviteToken!, password });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(refused.errors?.[0]?.message).toMatch(message);
    }
    const longPassphrase = 'a long passphrase of several words '.repeat(1).padEnd(64, 'x');
    expect(dataOf(await t.graphql(AcceptInvite, { token: invited.inviteToken!, password: longPassphrase })).acceptInvite).toBe(true);
    await t.signIn('new.trainer@naccc.test', longPassphrase);
    const reused = await t.graphql(AcceptInvite, { token: invited.inviteToken!, password: 'another long passphrase' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('ends every session of a user who changes their password', async () => {
    await createUser(t.db, { email: 'changer@naccc.test', grants: [{ role: Role.TRAINING_TEAM }] });
    const laptop = await t.signIn('changer@naccc.test');
    const phone = await t.signIn('changer@naccc.test');
    const wrong = await laptop.graphql(ChangePassword, { currentPassword: 'wrong', newPassword: 'a brand new passphrase' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(dataOf(await laptop.graphql(ChangePassword, { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })).changePassword).toBe(true);
    expect((await phone.graphql(Me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await laptop.graphql(Me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(t.signIn('changer@naccc.test')).rejects.toThrow(/failed/);
    await t.signIn('changer@naccc.test', 'a brand new passphrase');
  });

  it('signs a deactivated user out at once', async () => {
    const id = await createUser(t.db, { email: 'leaver@naccc.test', grants: [{ role: Role.TRAINING_TEAM }] });
    const leaver = await t.signIn('leaver@naccc.test');
    const hq = await t.signIn('hq@naccc.test');
    expect(dataOf(await hq.graphql(Deactivate, { id })).updateUser!.active).toBe(false);
    expect((await leaver.graphql(Me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [audit] = await t.db.ownerQuery<{ changes: unknown; actor_user_id: string }>(
      `select changes, actor_user_id from audit_event where entity_id = $1 and action = 'UPDATE'`,
      [id],
    );
    expect(audit).toEqual({ changes: { active: { before: true, after: false } }, actor_user_id: hqId });
  });
});
