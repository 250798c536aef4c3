/**
 * `pnpm jobs:retention`: runs the retention job once, now, against the configured database
 * (DATABASE_URL, or the embedded cluster in .data/: a running `pnpm start`'s if there is one).
 * The server also runs it every night (retention.schedule.ts); running it by hand as well is safe.
 */
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../../config';
import { openDatabaseServer, prepareDatabase } from '../../db/database';
import { runRetention } from './retention.job';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: 'warn' });
  // A running `pnpm start` holds the embedded cluster (already migrated): use it rather than start another.
  const running = config.databaseUrl ? undefined : await embeddedIfRunning(config.embeddedPgPort);
  const server = running ? undefined : await openDatabaseServer(config, logger);
  try {
    if (server) await prepareDatabase(server, config, logger);
    const outcome = await runRetention({ ownerUrl: running ?? server!.ownerUrl(), policy: config.safeguarding, now: new Date(), logger });
    if (!outcome.ran) {
      console.log('The retention job is running elsewhere (another server instance); nothing done here.');
      return;
    }
    console.log(
      `Retention to ${outcome.today}: ${outcome.peopleErased} people erased (left ${config.safeguarding.retentionYears} years ago or more), ` +
        `${outcome.certificatesPurged} DBS certificate numbers purged (decisions ${config.safeguarding.certificateRetentionMonths} months old or more), ` +
        `in ${outcome.organisations.length} organisations; audit request id ${outcome.runId}.`,
    );
  } finally {
    await server?.close();
  }
}

async function embeddedIfRunning(port: number): Promise<string | undefined> {
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/naccc`;
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return url;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
