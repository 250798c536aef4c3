/**
 * `pnpm jobs:retention`: runs the retention job once, now, against the configured database
 * (DATABASE_URL, or the embedded cluster in .data/: a running `pnpm start`'s if there is one).
 * The server also runs it every night (retention.schedule.ts); running it by hand as well is safe.
 */
import pino from 'pino';
import { loadConfig } from '../../config';
import { openForCommand, prepareDatabase } from '../../db/database';
import { runRetention } from './retention.job';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: 'warn' });
  const database = await openForCommand(config, logger);
  try {
    if (database.opened) await prepareDatabase(database.opened, config, logger);
    const outcome = await runRetention({ ownerUrl: database.ownerUrl, policy: config.safeguarding, now: new Date(), logger });
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
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
