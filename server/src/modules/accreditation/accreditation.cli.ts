/**
 * `pnpm jobs:accreditation`: runs the accreditation job once, now, against the configured database
 * (DATABASE_URL, or the embedded cluster in .data/). The server also runs it every night; running
 * it by hand as well is safe (an advisory lock, and what has moved no longer matches).
 */
import pino from 'pino';
import { loadConfig } from '../../config';
import { openForCommand, prepareDatabase } from '../../db/database';
import { runAccreditationJob } from './accreditation.job';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: 'warn' });
  const database = await openForCommand(config, logger);
  try {
    if (database.opened) await prepareDatabase(database.opened, config, logger);
    const outcome = await runAccreditationJob({ ownerUrl: database.ownerUrl, now: new Date(), logger });
    if (!outcome.ran) {
      console.log('The accreditation job is running elsewhere (another server instance); nothing done here.');
      return;
    }
    console.log(`Accreditation to ${outcome.today}: ${outcome.renewalsDue} now renewal due, ${outcome.lapsed} lapsed; audit request id ${outcome.runId}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
