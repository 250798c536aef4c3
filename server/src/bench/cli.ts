/**
 * `pnpm bench [--scale 1|10|100] [--quick] [--only W1,W6]`: seeds (or reuses) a database at the
 * given scale, starts the production server as a child process, and drives each workload over
 * loopback with autocannon at concurrency 16, then the raw-SQL baseline for the same answer.
 * Prints a table and writes bench/results/<date>-<scale>.json (see README, "Measured performance").
 */
import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig, repoRoot } from '../config';
import { openDatabaseServer, prepareDatabase } from '../db/database';
import { seedNetwork } from '../seed/seed';
import { consoleDocument, fixtureOf, WORKLOADS, type Fixture, type OwnerQuery, type ReadyWorkload } from './workloads';
import { TARGETS, checkTargets, type WorkloadResult } from './targets';

const CONNECTIONS = 16;

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, quick: { type: 'boolean', default: false }, only: { type: 'string' } },
  });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new Error(`--scale must be a positive number (got "${values.scale}")`);
  const seconds = values.quick ? { warm: 1, run: 3 } : { warm: 3, run: 10 };
  const only = values.only ? new Set(values.only.split(',')) : null;
  const logger = pino({ level: 'warn' });

  // Its own database (and, when embedded, its own cluster) so a bench never touches working data.
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATA_DIR: path.join(repoRoot, '.data', 'bench'), EMBEDDED_PG_PORT: String(Number(process.env.EMBEDDED_PG_PORT ?? 54329) + 10) });
  const server = await openDatabaseServer(config, logger);
  const database = `naccc_bench_s${String(scale).replace('.', '_')}`;
  let child: ChildProcess | undefined;
  try {
    await prepareDatabase(server, config, logger, database);
    const ownerUrl = server.ownerUrl(database);
    await ensureSeeded(ownerUrl, scale, logger);
    // The server under test is the compiled build, as in production: run through swc's loader it
    // carried the compiler too (about 60 MB more resident, which the RSS target would measure).
    process.stderr.write('compiling the server…\n');
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(repoRoot, 'server', 'tsconfig.build.json')], { stdio: 'inherit' });
    const started = new Date();
    // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it exits (open it in Chrome's DevTools).
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
    child = spawn(process.execPath, [...profile, path.join(repoRoot, 'server', 'dist', 'bench', 'bench-server.js')], {
      cwd: path.join(repoRoot, 'server'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: ownerUrl,
        PORT: '0',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        // The load comes from one address by design: the public rate limit would measure itself.
        PUBLIC_RATE_LIMIT: '1000000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const port = await readyPort(child);
    const base = `http://127.0.0.1:${port}`;

    const results: WorkloadResult[] = [];
    const ownerClient = new Client({ connectionString: ownerUrl });
    await ownerClient.connect();
    const owner: OwnerQuery = async (text, values) => (await ownerClient.query(text, values)).rows;
    try {
      for (const workload of WORKLOADS) {
        if (only && !only.has(workload.id)) continue;
        if (workload.status === 'pending') {
          results.push({ id: workload.id, name: workload.name, status: 'pending', waitingFor: workload.waitingFor });
          continue;
        }
        process.stderr.write(`${workload.id} ${workload.name}…\n`);
        const fixture = await fixtureOf(workload, owner, { concurrency: CONNECTIONS });
        try {
          results.push(await measure(base, workload, fixture, seconds));
        } finally {
          await fixture.cleanUp?.();
        }
      }
    } finally {
      await ownerClient.end();
    }
    const rssMb = child.pid ? await settledResidentMegabytes(child.pid) : null;
    const peakRssMb = child.pid ? residentMegabytes(child.pid, 'VmHWM') : null;
    await cleanUpSessions(ownerUrl, started);

    const report = { date: started.toISOString(), scale, connections: CONNECTIONS, seconds: seconds.run, serverRssMb: rssMb, serverPeakRssMb: peakRssMb, node: process.version, workloads: results };
    printReport(report.workloads, rssMb, peakRssMb, scale);
    const failures = checkTargets(report.workloads, rssMb, scale, readBaseline(1));
    for (const failure of failures) console.log(`MISSED TARGET: ${failure}`);
    const file = path.join(repoRoot, 'bench', 'results', `${started.toISOString().slice(0, 10)}-${scale}.json`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify({ ...report, targets: TARGETS, missedTargets: failures }, null, 2)}\n`);
    console.log(`written ${path.relative(repoRoot, file)}`);
  } finally {
    // The server answers what is in flight before it exits; only then does its database stop.
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await server.close();
  }
}

/** Seeds at this scale unless the database already holds exactly that network. */
async function ensureSeeded(ownerUrl: string, scale: number, logger: pino.Logger): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // The seed grows with each capability: a database seeded before people, or before the
    // training catalogue (W2 reads records, W5 records a course), existed is seeded again.
    const { rows } = await client.query<{ n: number; people: number; courses: number }>(
      'select (select count(*)::int from organisation) as n, (select count(*)::int from person) as people, (select count(*)::int from course) as courses',
    );
    const expected = Math.max(1, Math.round(120 * scale));
    if (rows[0]!.n !== expected || rows[0]!.people === 0 || rows[0]!.courses === 0) {
      process.stderr.write(`seeding scale ${scale}…\n`);
      const summary = await seedNetwork({ clientUrl: ownerUrl, scale, logger, reset: rows[0]!.n > 0 });
      process.stderr.write(`seeded in ${(summary.ms / 1000).toFixed(1)} s\n`);
    }
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

function readyPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.includes('"ready"'));
      if (line) {
        resolve((JSON.parse(line) as { port: number }).port);
        // From here on the server's own log (warnings and errors only) goes to our stderr.
        child.stdout!.removeAllListeners('data');
        child.stdout!.pipe(process.stderr);
      }
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited early (code ${code})`)));
  });
}

type Call = { path: string; body: string; cookie?: string };

async function post(base: string, call: Call): Promise<{ json: unknown; cookie?: string }> {
  const response = await fetch(`${base}${call.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(call.cookie ? { cookie: call.cookie } : {}) },
    body: call.body,
  });
  const setCookie = response.headers.getSetCookie()[0]?.split(';')[0];
  return { json: await response.json(), cookie: setCookie };
}

const body = (document: string, variables: Record<string, unknown>) => JSON.stringify({ query: document, variables });

async function signIn(base: string, email: string): Promise<string> {
  const { cookie } = await post(base, { path: '/graphql', body: body(consoleDocument('ConsoleLogin'), { email, password: 'naccc-demo' }) });
  if (!cookie) throw new Error(`could not sign in as ${email} (is the demo seed there?)`);
  return cookie;
}

/** Where a workload's requests go: the API, or the raw-SQL baseline's routes; W6 signs in first. */
type Target = { path: string; login?: Call };

/** What autocannon keeps per connection between a request's set-up and its answer. */
type Context = { cookie?: string; lease?: ReturnType<Fixture['next']> };

async function measure(base: string, workload: ReadyWorkload, fixture: Fixture, seconds: { warm: number; run: number }): Promise<WorkloadResult> {
  const cookie = workload.as === 'anonymous' ? undefined : await signIn(base, workload.as);
  const target = (path: string): Target => ({
    path,
    login: workload.signsIn ? { path: `${path}${path === '/graphql' ? '' : '/login'}`, body: body(workload.signsIn.document, workload.signsIn.variables) } : undefined,
  });
  const graphql = target('/graphql');
  const raw = target(`/__bench/raw/${workload.id}`);

  const once = async (to: Target) => {
    const signedIn = to.login ? (await post(base, to.login)).cookie : cookie;
    const lease = fixture.next();
    const { json } = await post(base, { path: to.path, body: body(workload.document, lease.variables), cookie: signedIn });
    lease.done(json);
    return json;
  };
  // The same answer from both: otherwise the comparison would be meaningless. Each is compared
  // after the same history: W5 re-records a session with the opposite outcome each time, so both
  // answers are taken from a correction back to the same outcome (G, G, [G], G, [raw]).
  await once(graphql);
  await once(graphql);
  const graphqlAnswer = await once(graphql);
  await once(graphql);
  const rawAnswer = await once(raw);
  const sameJson = isDeepStrictEqual(normalise(graphqlAnswer), normalise(rawAnswer));
  if (!sameJson) process.stderr.write(`  ${workload.id}: the raw baseline's answer differs from GraphQL's\n`);

  await post(base, { path: '/__bench/count/start', body: '{}' });
  await once(graphql);
  const counted = (await post(base, { path: '/__bench/count/stop', body: '{}' })).json as { data: number; control: number };

  const run = async (to: Target, duration: number) => {
    await fixture.resync?.();
    let errors = 0;
    const requests: autocannon.Request[] = [];
    if (to.login) {
      requests.push({
        method: 'POST', path: to.login.path, headers: { 'content-type': 'application/json' }, body: to.login.body,
        onResponse: (_status, responseBody, context, headers) => {
          if (responseBody.includes('"errors"') && errors++ === 0) process.stderr.write(`  first sign-in error: ${responseBody.slice(0, 300)}\n`);
          const setCookie = (headers as Record<string, string | string[]>)['set-cookie'];
          (context as Context).cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0];
        },
      });
    }
    const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
    // A fixed body is built once; otherwise each request takes its variables from the fixture
    // when autocannon builds it, and gives them back with the answer.
    const dynamic = !fixture.fixed;
    requests.push({
      method: 'POST', path: to.path, headers,
      ...(fixture.fixed ? { body: body(workload.document, fixture.fixed) } : {}),
      ...(to.login || dynamic
        ? {
            setupRequest: (request: autocannon.Request, context: object) => {
              const own = context as Context;
              if (dynamic) own.lease = fixture.next();
              return {
                ...request,
                ...(own.lease ? { body: body(workload.document, own.lease.variables) } : {}),
                headers: { ...request.headers, ...(to.login ? { cookie: own.cookie ?? '' } : {}) },
              };
            },
          }
        : {}),
      onResponse: (_status: number, responseBody: string, context: object) => {
        const own = context as Context;
        own.lease?.done(responseBody);
        own.lease = undefined;
        if (!responseBody.includes('"errors"')) return;
        if (errors++ === 0) process.stderr.write(`  first error: ${responseBody.slice(0, 300)}\n`);
      },
    });
    const result = await autocannon({ url: base, connections: CONNECTIONS, duration, requests });
    return { result, errors, tally: fixture.tally?.() };
  };
  await run(graphql, seconds.warm);
  const measured = await run(graphql, seconds.run);
  await run(raw, seconds.warm);
  const baseline = await run(raw, seconds.run);
  const p50 = measured.result.latency.p50;
  const rawP50 = baseline.result.latency.p50;
  const p99 = measured.result.latency.p99;
  const rawP99 = baseline.result.latency.p99;
  return {
    id: workload.id,
    name: workload.name,
    status: 'measured',
    rps: Math.round(measured.result.requests.average),
    p50Ms: p50,
    p99Ms: p99,
    statementsPerRequest: counted.data,
    controlStatementsPerRequest: counted.control,
    statementTarget: 1 + workload.listLevels,
    rawSqlRps: Math.round(baseline.result.requests.average),
    rawSqlP50Ms: rawP50,
    rawSqlP99Ms: rawP99,
    ratio: rawP50 > 0 ? Number((p50 / rawP50).toFixed(2)) : null,
    p99Ratio: rawP99 > 0 ? Number((p99 / rawP99).toFixed(2)) : null,
    errors: measured.errors + measured.result.non2xx,
    sameJson,
    ...(measured.tally && baseline.tally ? { rowsWritten: { graphql: measured.tally, rawSql: baseline.tally } } : {}),
  };
}

/** Keys in a stable order, so answers compare by content. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

/** VmRSS (resident now) or VmHWM (the most it has been resident) of a process, in MB. */
function residentMegabytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

/**
 * The server's RSS once the load is over: the requests still in flight when autocannon stops
 * (sign-ins queued behind argon2, 64 MiB each while they hash) are answered first, so what is
 * measured is what the server keeps, not a hash caught half way. Read once a second until two
 * readings agree within 2 MB (at most 15 s).
 */
async function settledResidentMegabytes(pid: number): Promise<number | null> {
  let last = residentMegabytes(pid);
  for (let waited = 0; waited < 15; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = residentMegabytes(pid);
    if (now === null || last === null || Math.abs(now - last) <= 2) return now;
    last = now;
  }
  return last;
}

/** Sessions made by the bench's sign-ins are removed; the audit trail keeps its entries (append-only). */
async function cleanUpSessions(ownerUrl: string, since: Date): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  await client.query('delete from user_session where created_at >= $1', [since]).finally(() => client.end());
}

function readBaseline(scale: number): WorkloadResult[] | null {
  try {
    return (JSON.parse(readFileSync(path.join(repoRoot, 'bench', 'results', `baseline-${scale}.json`), 'utf8')) as { workloads: WorkloadResult[] }).workloads;
  } catch {
    return null;
  }
}

function printReport(results: WorkloadResult[], rssMb: number | null, peakRssMb: number | null, scale: number): void {
  console.log(`\npnpm bench at scale ${scale}, ${CONNECTIONS} connections over loopback`);
  console.table(
    results.map((r) =>
      r.status === 'pending'
        ? { workload: r.id, name: r.name, status: `pending: ${r.waitingFor}` }
        : {
            workload: r.id,
            name: r.name,
            'req/s': r.rps,
            'p50 ms': r.p50Ms,
            'p99 ms': r.p99Ms,
            'SQL (data)': r.statementsPerRequest,
            'SQL (tx+scope)': r.controlStatementsPerRequest,
            'raw p50 ms': r.rawSqlP50Ms,
            'raw p99 ms': r.rawSqlP99Ms,
            ratio: r.ratio,
            'p99 ratio': r.p99Ratio,
            errors: r.errors,
            'same JSON': r.sameJson,
          },
    ),
  );
  for (const r of results) {
    if (r.status !== 'measured' || !r.rowsWritten) continue;
    const per = (t: { answers: number; written: number; unchanged: number }) => `${t.answers ? (t.written / t.answers).toFixed(1) : '?'} rows written and ${t.answers ? (t.unchanged / t.answers).toFixed(1) : '?'} unchanged per answer (${t.answers} answers)`;
    console.log(`${r.id}: API ${per(r.rowsWritten.graphql)}; raw SQL ${per(r.rowsWritten.rawSql)}`);
  }
  console.log(`server RSS after the run: ${rssMb ?? '?'} MB (at the most during it: ${peakRssMb ?? '?'} MB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
