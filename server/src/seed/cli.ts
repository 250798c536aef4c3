/**
 * `pnpm seed [--scale N] [--reset]`: the deterministic synthetic network, into the configured
 * database (DATABASE_URL, or the embedded cluster in .data/).
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../config';
import { openDatabaseServer, prepareDatabase } from '../db/database';
import { seedNetwork } from './seed';

async function main() {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, reset: { type: 'boolean', default: false } } });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) {
    throw new Error(`--scale must be a positive number up to 1000 (got "${values.scale}")`);
  }
  const config = loadConfig();
  if (config.isProduction) throw new Error('The synthetic network and its demo accounts are never seeded when NODE_ENV=production');
  const logger = pino({ level: 'info' });
  const server = await openDatabaseServer(config, logger);
  try {
    await prepareDatabase(server, config, logger);
    const summary = await seedNetwork({ clientUrl: server.ownerUrl(), scale, logger, reset: values.reset });
    console.log(
      `Seeded ${summary.organisations} organisations, ${summary.centres} centres, ${summary.people} people, ${summary.dbsChecks} DBS checks, ` +
        `${summary.standardSets} standard sets (${summary.standards} standards), ${summary.courses} courses, ${summary.courseSessions} course sessions, ${summary.enrolments} enrolments and ${summary.trainingRecords} training records ` +
        `at scale ${scale} in ${(summary.ms / 1000).toFixed(1)} s`,
    );
    console.table(summary.byRegion);
    console.table(summary.accounts);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
