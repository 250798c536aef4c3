// `pnpm test:e2e` (the root script builds the console first): builds the server when its dist is
// missing or older than its sources, starts it on its own embedded Postgres in a throwaway folder
// and free ports, seeds the demo network, runs the browser tests against it with node's test
// runner, and stops everything. Never touches a developer's .data/ or DATABASE_URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
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

/** The newest modification time under a folder (sources only: node_modules and dist are skipped). */
async function newestMtime(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const serverMain = path.join(root, 'server', 'dist', 'main.js');
if (!existsSync(path.join(root, 'console', 'dist', 'index.html'))) {
  console.error('console/dist is missing: run `pnpm test:e2e` from the repository root (it builds the console) or `pnpm --filter console build` first');
  process.exit(1);
}
const serverSources = Math.max(await newestMtime(path.join(root, 'server', 'src')), statSync(path.join(root, 'server', 'tsconfig.build.json')).mtimeMs);
if (!existsSync(serverMain) || statSync(serverMain).mtimeMs < serverSources) {
  console.log('e2e: building the server (server/dist is missing or older than server/src)');
  const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
  const build = spawnSync(pnpm, ['--filter', 'server', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('e2e: the server does not build; fix that first');
    process.exit(build.status ?? 1);
  }
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'naccc-e2e-'));
// Postgres runs as OS user "postgres" when we are root: it must be able to traverse the folder.
await chmod(dataDir, 0o755);
const [port, pgPort] = [await freePort(), await freePort()];
const baseUrl = `http://127.0.0.1:${port}`;
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'true', SEED_SCALE: '1', NODE_ENV: 'test', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;

const server = spawn(process.execPath, [serverMain], { env, stdio: ['ignore', 'inherit', 'inherit'] });
const serverExit = new Promise((resolve) => server.once('exit', resolve));
// A second server over the same database with the persisted-document safelist on, as in
// production, for safelist.test.mjs (the other tests send documents of their own to set up).
const safelistPort = await freePort();
const safelistUrl = `http://127.0.0.1:${safelistPort}`;
let safelistServer;

async function waitUntilReady(url = baseUrl, child = server, deadline = Date.now() + 90_000) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server stopped (${child.exitCode ?? child.signalCode}) before it was ready`);
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the server was not ready within 90 seconds');
}

// Ctrl-C or a CI cancellation: stop the tests, then clean up below as after a normal run.
let runner;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    runner?.kill('SIGTERM');
  });
}

let code = 1;
try {
  await waitUntilReady();
  safelistServer = spawn(process.execPath, [serverMain], {
    env: { ...env, PORT: String(safelistPort), DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/naccc`, SEED_DEMO: 'false', GRAPHQL_SAFELIST: 'true' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilReady(safelistUrl, safelistServer);
  if (interrupted) throw new Error('interrupted');
  // `pnpm test:e2e training` runs only the files whose names contain one of the words given.
  const only = process.argv.slice(2);
  const tests = (await readdir(here))
    .filter((file) => file.endsWith('.test.mjs') && (only.length === 0 || only.some((word) => file.includes(word))))
    .sort()
    .map((file) => path.join(here, file));
  runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_SAFELIST_URL: safelistUrl },
    stdio: 'inherit',
  });
  code = await new Promise((resolve) => runner.once('exit', (exitCode) => resolve(exitCode ?? 1)));
} catch (error) {
  console.error(error);
} finally {
  if (safelistServer && safelistServer.exitCode === null) {
    safelistServer.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => safelistServer.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 20_000))]);
  }
  server.kill('SIGTERM');
  await Promise.race([serverExit, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(code);
