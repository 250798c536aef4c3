import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { Role } from '../auth/role';
import { buildGraphQLSchema } from '../schema/build-schema';
import { createTestApp, type TestApp } from '../test/app';
import { createUser } from '../test/identities';
import { clientKey } from './public-rate-limit';

/** An hour's window: a test's few requests never straddle two windows. */
const POLICY = { requests: 5, windowSeconds: 3600 };

describe('the public rate limit on signed-out requests', () => {
  let t: TestApp;
  let second: FastifyInstance;
  let secondUrl: string;

  beforeAll(async () => {
    // Production, so the server trusts X-Forwarded-For from its proxy (here, the test on 127.0.0.1).
    t = await createTestApp({ production: true, config: { publicRateLimit: POLICY } });
    // A second instance of the server over the same database, as behind a load balancer.
    second = await buildApp({ config: { ...t.db.config, env: 'production', isProduction: true, publicRateLimit: POLICY }, logger: pino({ level: 'silent' }), orm: t.db.orm, schema: await buildGraphQLSchema() });
    secondUrl = await second.listen({ host: '127.0.0.1', port: 0 });
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  async function ask(from: string, { url = t.url, cookie = '', query = '{ __typename }' } = {}) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from, cookie },
      body: JSON.stringify({ query }),
    });
    const json = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }> };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), json };
  }

  it(`allows ${POLICY.requests} requests per window from an address, then refuses with TOO_MANY_REQUESTS and Retry-After before parsing`, async () => {
    for (let i = 0; i < POLICY.requests; i++) expect(await ask('203.0.113.1')).toMatchObject({ status: 200, json: { data: { __typename: 'Query' } } });
    // A sign-in attempt over the limit: nothing but the count reaches the database (no audit entry, no lookup).
    const { result: refused, data } = await t.db.sql.during(() =>
      ask('203.0.113.1', { query: 'mutation { login(email: "hq@naccc.test", password: "wrong password") { id } }' }),
    );
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(POLICY.windowSeconds);
    expect(refused.json.data).toBeUndefined();
    expect(refused.json.errors).toEqual([
      { message: `Too many requests from your address; please try again in ${retryAfter} seconds`, extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter } },
    ]);
    expect(data).toEqual([expect.stringMatching(/app\.count_public_request/)]);
  });

  it('counts each address on its own', async () => {
    expect((await ask('203.0.113.1')).status).toBe(429);
    expect((await ask('203.0.113.2')).status).toBe(200);
  });

  it('counts an IPv6 /64 as one client', async () => {
    for (let i = 0; i < POLICY.requests; i++) expect((await ask(`2001:db8:1:2::${i + 1}`)).status).toBe(200);
    expect((await ask('2001:db8:1:2:abcd::99')).status).toBe(429);
    expect((await ask('2001:db8:1:3::1')).status).toBe(200);
  });

  it('counts across server instances as one', async () => {
    for (let i = 0; i < POLICY.requests; i++) expect((await ask('203.0.113.3', { url: i % 2 ? secondUrl : t.url })).status).toBe(200);
    expect((await ask('203.0.113.3', { url: secondUrl })).status).toBe(429);
    expect((await ask('203.0.113.3', { url: t.url })).status).toBe(429);
  });

  it('lets exactly the limit through when requests arrive at once', async () => {
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => ask('203.0.113.4', { url: i % 2 ? secondUrl : t.url }).then((r) => r.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(POLICY.requests);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - POLICY.requests);
  });

  it('does not limit a signed-in user on an exhausted address, but does a forged cookie', async () => {
    const { cookie } = await t.signIn('hq@naccc.test');
    for (let i = 0; i <= POLICY.requests; i++) await ask('203.0.113.5');
    expect((await ask('203.0.113.5')).status).toBe(429);
    for (let i = 0; i < POLICY.requests * 3; i++) {
      expect(await ask('203.0.113.5', { cookie, query: '{ _allCentresMeta { count } }' })).toMatchObject({ status: 200, json: { data: { _allCentresMeta: { count: 0 } } } });
    }
    expect((await ask('203.0.113.5', { cookie: 'naccc_session=forged' })).status).toBe(429);
  });

  it('starts afresh in the next window', async () => {
    await t.db.ownerQuery(`update app.public_request_count set window_start = window_start - interval '2 hours' where client = '203.0.113.1'`);
    expect((await ask('203.0.113.1')).status).toBe(200);
    expect(await t.db.ownerQuery(`select hits from app.public_request_count where client = '203.0.113.1'`)).toEqual([{ hits: 1 }]);
  });

  it('keeps the counts out of reach of the application role', async () => {
    const { Client } = await import('pg');
    const app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      await expect(app.query('select * from app.public_request_count')).rejects.toThrow(/permission denied/);
      await expect(app.query('delete from app.public_request_count')).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});

describe('the public rate limit settings', () => {
  it('default to 120 requests a minute and refuse nonsense', () => {
    expect(loadConfig({}).publicRateLimit).toEqual({ requests: 120, windowSeconds: 60 });
    expect(loadConfig({ PUBLIC_RATE_LIMIT: '30', PUBLIC_RATE_LIMIT_WINDOW_SECONDS: '10' }).publicRateLimit).toEqual({ requests: 30, windowSeconds: 10 });
    expect(() => loadConfig({ PUBLIC_RATE_LIMIT: '0', PUBLIC_RATE_LIMIT_WINDOW_SECONDS: 'soon' })).toThrow(/PUBLIC_RATE_LIMIT.*PUBLIC_RATE_LIMIT_WINDOW_SECONDS/);
  });
});

describe('what the public rate limit counts', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['2001:0DB8:0000:0001::1', '2001:db8:0:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    ['not an address', 'unknown'],
    [undefined, 'unknown'],
  ])('%s counts as %s', (ip, key) => expect(clientKey(ip)).toBe(key));
});
