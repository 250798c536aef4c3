/**
 * `pnpm db:backup <file>` and `pnpm db:restore <file>`: the configured database (DATABASE_URL,
 * or the embedded cluster in .data/, started for the occasion unless a server already runs it).
 */
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../config';
import { backupDatabase, restoreDatabase } from './backup';
import { ensureAppRole } from './bootstrap';
import { openDatabaseServer } from './database';

async function main() {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    throw new Error('usage: db:backup <file> | db:restore <file>');
  }
  const config = loadConfig();
  const logger = pino({ level: 'warn' });
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  // A running `pnpm start` already holds the embedded cluster: use it rather than start another.
  const running = config.databaseUrl ? undefined : await embeddedIfRunning(config.embeddedPgPort);
  const server = running ? undefined : await openDatabaseServer(config, logger);
  const ownerUrl = running ?? server!.ownerUrl();
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
