/**
 * The server under benchmark, run as a child of `pnpm bench` so its memory is its own: the
 * production app (NODE_ENV=production from the parent) plus bench-only routes that exist in this
 * process alone — the raw-SQL baseline and the driver-level statement counter — and W2's and W5's
 * documents admitted by the safelist.
 */
import 'reflect-metadata';
import { installStatementCounter, startCounting, stopCounting } from './statement-counter';

installStatementCounter();

import { MikroORM } from '@mikro-orm/postgresql';
import { buildApp, SESSION_COOKIE } from '../app';
import { loadConfig } from '../config';
import { openDatabaseServer } from '../db/database';
import { ormOptions } from '../db/orm-config';
import { createLogger } from '../logger';
import { buildGraphQLSchema } from '../schema/build-schema';
import { Safelist, sha256 } from '../security/safelist';
import { login, me, memberList, organisationTraining, recordCohort } from './raw-baseline';
import { ORGANISATION_TRAINING, RECORD_COHORT } from './workloads';

// W2 and W5 are requests the console does not send yet (workloads.ts), so production's safelist
// refuses them. In this process alone the safelist also admits these two documents: it stays on,
// and checks them as it checks the console's (a SHA-256 and a set lookup).
const BENCH_DOCUMENTS = new Set([ORGANISATION_TRAINING, RECORD_COHORT].map(sha256));
const listed = Safelist.prototype.has;
Safelist.prototype.has = function has(this: Safelist, documentHash: string) {
  return BENCH_DOCUMENTS.has(documentHash) || listed.call(this, documentHash);
};

async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabaseServer(config, logger);
  const orm = await MikroORM.init(ormOptions({ clientUrl: database.appUrl(), poolMax: config.dbPoolMax, logger }));
  const app = await buildApp({ config, logger, orm, schema: await buildGraphQLSchema({ sessionPolicy: config.session }) });
  const knex = orm.em.getConnection().getKnex();
  const tokenOf = (cookies: Record<string, string | undefined>) => cookies[SESSION_COOKIE] ?? '';

  app.post('/__bench/count/start', async () => {
    startCounting();
    return { ok: true };
  });
  app.post('/__bench/count/stop', async () => stopCounting());
  app.post('/__bench/raw/W1', async (request) => memberList(knex, tokenOf(request.cookies), (request.body as { variables: { page: number; perPage: number } }).variables));
  app.post('/__bench/raw/W2', async (request) => organisationTraining(knex, tokenOf(request.cookies), (request.body as { variables: { id: string } }).variables));
  app.post('/__bench/raw/W5', async (request) => recordCohort(knex, tokenOf(request.cookies), (request.body as { variables: Parameters<typeof recordCohort>[2] }).variables));
  app.post('/__bench/raw/W6/login', async (request, reply) => {
    const { email, password } = (request.body as { variables: { email: string; password: string } }).variables;
    const result = await login(knex, email, password);
    if (result.token) void reply.setCookie(SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
    return result.body;
  });
  app.post('/__bench/raw/W6', async (request) => me(knex, tokenOf(request.cookies)));

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.stdout.write(`${JSON.stringify({ ready: true, port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  const stop = async () => {
    await app.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
