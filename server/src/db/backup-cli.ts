/**
 * `pnpm db:backup <file>` and `pnpm db:restore <file>`: the configured database (DATABASE_URL,
 * or the embedded cluster in .data/, started for the occasion unless a server already runs it).
 */
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config';
import { backupDatabase, restoreDatabase } from './backup';
import { ensureAppRole } from './bootstrap';
import { openForCommand } from './database';

async function main() {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    throw new Error('usage: db:backup <file> | db:restore <file>');
  }
  const config = loadConfig();
  const logger = pino({ level: 'warn' });
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const database = await openForCommand(config, logger);
  const { ownerUrl } = database;
  try {
    if (command === 'backup') {
      await backupDatabase(ownerUrl, target);
      console.log(`Backed up to ${target}`);
    } else {
      await ensureAppRole(ownerUrl, config.appDbRole, config.appDbPassword);
      await restoreDatabase(ownerUrl, target);
      console.log(`Restored from ${target}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
