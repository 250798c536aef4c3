import { Client } from 'pg';
import { ensureAppRole, withDatabase } from './bootstrap';

/**
 * Roles are cluster-wide, so preparing several databases at once (parallel test files, a server
 * starting beside them) alters the same role concurrently; Postgres refuses all but one with
 * "tuple concurrently updated". Done naively, most of these attempts failed; every one must succeed.
 */
describe('preparing the application role', () => {
  const databases = Array.from({ length: 6 }, (_, i) => `naccc_role_race_${process.pid}_${i}`);
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: withDatabase(process.env.TEST_PG_URL!, 'postgres') });
    await admin.connect();
    for (const database of databases) await admin.query(`create database ${database}`);
  });

  afterAll(async () => {
    for (const database of databases) await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  it('succeeds from several databases at once, round after round', async () => {
    for (let round = 0; round < 10; round++) {
      await Promise.all(databases.map((database) => ensureAppRole(withDatabase(process.env.TEST_PG_URL!, database), 'naccc_app', 'naccc-app-local')));
    }
    const [role] = (await admin.query<{ rolsuper: boolean; rolbypassrls: boolean }>(`select rolsuper, rolbypassrls from pg_roles where rolname = 'naccc_app'`)).rows;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
