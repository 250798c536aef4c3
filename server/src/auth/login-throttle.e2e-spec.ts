import { Role } from './role';
import { createTestApp, type TestApp } from '../test/app';
import { graphql } from '../test/gql';
import { createUser, TEST_PASSWORD } from '../test/identities';
import { LOGIN_THROTTLE } from './session.service';

const SignIn = graphql(`
  mutation ThrottledSignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

describe('sign-in throttling', () => {
  let t: TestApp;
  const attempt = async (email: string, password: string) => (await t.graphql(SignIn, { email, password })).errors?.[0];

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of ['victim@naccc.test', 'bystander@naccc.test', 'patient@naccc.test', 'late@naccc.test']) {
      await createUser(t.db, { email, grants: [{ role: Role.TRAINING_TEAM }] });
    }
  });
  afterAll(() => t.close());

  it('locks an account after repeated failures, even with the right password, and not its neighbours', async () => {
    for (let i = 0; i < LOGIN_THROTTLE.perAccount; i++) {
      expect((await attempt('victim@naccc.test', `guess ${i}`))?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await attempt('victim@naccc.test', TEST_PASSWORD);
    expect(locked?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked?.message).toMatch(/wait 15 minutes/);
    expect(await attempt('bystander@naccc.test', TEST_PASSWORD)).toBeUndefined();
  });

  it('answers an unknown email exactly as it answers a real one', async () => {
    for (let i = 0; i < LOGIN_THROTTLE.perAccount; i++) await attempt('nobody@naccc.test', `guess ${i}`);
    const unknown = await attempt('nobody@naccc.test', TEST_PASSWORD);
    const known = await attempt('victim@naccc.test', TEST_PASSWORD);
    expect({ message: unknown?.message, code: unknown?.extensions?.code }).toEqual({ message: known?.message, code: known?.extensions?.code });
  });

  it('forgets failures older than the window', async () => {
    for (let i = 0; i < 10; i++) {
      await t.db.ownerQuery(
        `insert into audit_event (id, occurred_at, action, entity_type, changes, ip)
         values (gen_random_uuid(), now() - interval '${LOGIN_THROTTLE.windowMinutes + 1} minutes', 'LOGIN_FAILED', 'User', '{"email": {"attempted": "patient@naccc.test"}}', '127.0.0.1')`,
      );
    }
    expect(await attempt('patient@naccc.test', TEST_PASSWORD)).toBeUndefined();
  });

  it('limits one address trying many accounts', async () => {
    const [{ n }] = (await t.db.ownerQuery<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'LOGIN_FAILED' and occurred_at > now() - interval '${LOGIN_THROTTLE.windowMinutes} minutes'`,
    )) as [{ n: number }];
    for (let i = n; i < LOGIN_THROTTLE.perAddress; i++) await attempt(`spray${i}@naccc.test`, 'password123');
    expect((await attempt('late@naccc.test', TEST_PASSWORD))?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
