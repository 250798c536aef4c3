// `pnpm test:e2e` (after `pnpm build`): starts the built server on its own embedded Postgres in a
// throwaway folder and free ports, seeds the demo network, runs the browser tests against it
// with node's test runner, and stops everything. Never touches a developer's .data/.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, readdir } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'naccc-e2e-'));
// Postgres runs as OS user "postgres" when we are root: it must be able to traverse the folder.
await chmod(dataDir, 0o755);
const [port, pgPort] = [await freePort(), await freePort()];
const baseUrl = `http://127.0.0.1:${port}`;
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'true', SEED_SCALE: '1', NODE_ENV: 'test', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;

const server = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], { env, stdio: ['ignore', 'inherit', 'inherit'] });
const serverExit = new Promise((resolve) => server.once('exit', resolve));

async function waitUntilReady(deadline = Date.now() + 120_000) {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} before it was ready`);
    try {
      if ((await fetch(`${baseUrl}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the server was not ready within two minutes');
}

let code = 1;
try {
  await waitUntilReady();
  const tests = (await readdir(here)).filter((file) => file.endsWith('.test.mjs')).sort().map((file) => path.join(here, file));
  const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
    env: { ...process.env, E2E_BASE_URL: baseUrl },
    stdio: 'inherit',
  });
  code = await new Promise((resolve) => runner.once('exit', (exitCode) => resolve(exitCode ?? 1)));
} catch (error) {
  console.error(error);
} finally {
  server.kill('SIGTERM');
  await Promise.race([serverExit, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(code);
