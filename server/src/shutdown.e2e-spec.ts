import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { buildApp } from './app';
import { repoRoot } from './config';
import { ormOptions } from './db/orm-config';
import { Role } from './auth/role';
import { buildGraphQLSchema } from './schema/build-schema';
import { PERSISTED_DOCUMENTS_FILE, type PersistedDocuments } from './security/safelist';
import { gracefulShutdown, stopOnSignals } from './shutdown';
import { createTestDatabase, type TestDatabase } from './test/database';
import { createUser, TEST_PASSWORD } from './test/identities';

/**
 * A request is in flight from the moment its headers arrive until its response is sent: this one
 * sends its headers and half its body, and the rest only when told, so a test can stop the server
 * in between.
 */
async function requestInFlight(port: number, cookie: string, body: string) {
  const socket = net.connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let raw = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk));
  const response = once(socket, 'end').then(() => {
    const [head = '', payload = ''] = raw.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), json: JSON.parse(payload) as { data?: unknown; errors?: unknown } };
  });
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nCookie: ${cookie}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  // Long enough for the server to have read the headers and started the request.
  await new Promise((resolve) => setTimeout(resolve, 200));
  // The rest of the body, without half-closing the socket: a client waits for its answer.
  return { finish: () => socket.write(body.slice(half)), response };
}

/** Resolves when nothing listens on the port any more (a connection is refused). */
async function refusesConnections(port: number, deadline = Date.now() + 5000): Promise<boolean> {
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

async function signIn(url: string, query: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { email: 'hq@naccc.test', password: TEST_PASSWORD } }),
  });
  const cookie = response.headers.getSetCookie()[0];
  if (!cookie) throw new Error(`sign-in failed: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

const SIGN_IN = 'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { id } }';

describe('graceful shutdown', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await createUser(db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
  });
  afterAll(() => db.drop());

  it('on SIGTERM refuses new connections, finishes the request in flight, then closes the pool, then stops Postgres, then exits', async () => {
    // The server as main.ts assembles it, with its own pool; Postgres' stop and the exit recorded.
    const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
    const orm = await MikroORM.init(ormOptions({ clientUrl: db.appUrl, poolMax: 2 }));
    const app = await buildApp({ config: db.config, logger, orm, schema: await buildGraphQLSchema() });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as net.AddressInfo;
    const steps: string[] = [];
    let exitCode: number | undefined;
    const signals = new EventEmitter();
    const shutdown = gracefulShutdown({
      logger,
      cleanups: [
        async () => steps.push('postgres stopped'),
        async () => (await orm.close(), steps.push('pool closed')),
        async () => (await app.close(), steps.push('http closed')),
      ],
      exit: (code) => (exitCode = code),
    });
    const stopped = new Promise<void>((resolve) => signals.once('SIGTERM', () => setImmediate(resolve)));
    stopOnSignals((signal) => shutdown(signal).then(() => void steps.push('exited')), signals);

    const cookie = await signIn(`http://127.0.0.1:${port}`, SIGN_IN);
    const request = await requestInFlight(port, cookie, JSON.stringify({ query: '{ _allCentresMeta { count } }' }));
    signals.emit('SIGTERM');
    await stopped;

    expect(await refusesConnections(port)).toBe(true);
    expect(steps).toEqual([]);
    expect(await orm.isConnected()).toBe(true);

    request.finish();
    const response = await request.response;
    // Answered from the database, so the pool was still open when the request ran.
    expect(response).toEqual({ status: 200, json: { data: { _allCentresMeta: { count: 0 } } } });
    while (!steps.includes('exited')) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(steps).toEqual(['http closed', 'pool closed', 'postgres stopped', 'exited']);
    expect(exitCode).toBe(0);
    expect(await orm.isConnected()).toBe(false);
  });

  it('keeps stopping when a step fails, and stops once however many signals arrive', async () => {
    const steps: string[] = [];
    const exits: number[] = [];
    const shutdown = gracefulShutdown({
      logger: pino({ level: 'silent' }),
      cleanups: [async () => steps.push('postgres'), async () => Promise.reject(new Error('pool would not close')), async () => steps.push('http')],
      exit: (code) => exits.push(code),
    });
    await Promise.all([shutdown('SIGTERM'), shutdown('SIGINT'), shutdown('SIGTERM')]);
    expect(steps).toEqual(['http', 'postgres']);
    expect(exits).toEqual([0]);
    const failedStart = gracefulShutdown({ logger: pino({ level: 'silent' }), cleanups: [], exit: (code) => exits.push(code) });
    await failedStart('startup failure', 1);
    expect(exits).toEqual([0, 1]);
  });

  describe('of the real server process (production settings, safelist on)', () => {
    let child: ChildProcess;
    let logs: Array<{ msg: string; port?: number; level: number }>;

    afterEach(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });

    it('finishes a request that was in flight when SIGTERM came and exits cleanly', async () => {
      logs = [];
      child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
        cwd: path.join(repoRoot, 'server'),
        env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: db.ownerUrl, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', CONSOLE_DIST: '/nonexistent' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      let buffered = '';
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line));
      });
      const deadline = Date.now() + 45_000;
      while (!logs.some((line) => line.msg.startsWith('NACCC platform ready')) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const port = logs.find((line) => line.msg.startsWith('NACCC platform ready'))?.port;
      // On failure, say what the server said (and whether it exited) rather than only "undefined".
      expect({ port, exitCode: child.exitCode, logs: port ? [] : logs }).toMatchObject({ port: expect.any(Number), exitCode: null });

      // Only the console's own documents are accepted: sign in and ask who we are as it does.
      const manifest = JSON.parse(readFileSync(PERSISTED_DOCUMENTS_FILE, 'utf8')) as PersistedDocuments;
      const listed = (name: string) => manifest.operations.find((operation) => operation.name === name)!.body;
      const cookie = await signIn(`http://127.0.0.1:${port}`, listed('ConsoleLogin'));
      const request = await requestInFlight(port!, cookie, JSON.stringify({ query: listed('ConsoleMe') }));
      child.kill('SIGTERM');

      expect(await refusesConnections(port!)).toBe(true);
      request.finish();
      expect(await request.response).toMatchObject({ status: 200, json: { data: { me: { email: 'hq@naccc.test' } } } });
      expect(await exited).toEqual([0, null]);
      // The answer above, read from the database, proves the request was served before the pool
      // closed. The two log lines after the signal may come in either order: Fastify writes
      // "request completed" from its onResponse hook, which can run just after close() resolves.
      const messages = logs.map((line) => line.msg);
      const afterSignal = messages.slice(messages.indexOf('shutting down: finishing in-flight requests') + 1);
      expect(messages).toContain('shutting down: finishing in-flight requests');
      expect([...afterSignal].sort()).toEqual(['request completed', 'stopped']);
      expect(logs.filter((line) => line.level >= 50)).toEqual([]);
    }, 60_000);
  });
});
