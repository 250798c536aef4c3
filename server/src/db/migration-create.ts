/**
 * `pnpm migration:create [name]`: diffs the entities against a scratch database that has every
 * committed migration applied, and writes the difference as a new migration under
 * src/db/migrations (found there by name; nothing to list). Needs DATABASE_URL or starts the embedded cluster.
 */
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../config';
import { quoteIdent } from './bootstrap';
import { openDatabaseServer, prepareDatabase } from './database';
import { ormOptions } from './orm-config';

async function main() {
  const config = loadConfig();
  const logger = pino({ level: 'info' });
  const server = await openDatabaseServer(config, logger);
  const scratch = `naccc_migration_scratch_${Date.now()}`;
  try {
    await prepareDatabase(server, config, logger, scratch);
    const base = ormOptions({ clientUrl: server.ownerUrl(scratch), poolMax: 1 });
    const orm = await MikroORM.init({
      ...base,
      migrations: { ...base.migrations, path: path.join(__dirname, 'migrations'), emit: 'ts' },
    });
    const result = await orm.migrator.createMigration(undefined, false, false, process.argv[2]);
    logger.info({ fileName: result.fileName }, result.fileName ? 'migration written' : 'no changes');
    await orm.close();
  } finally {
    const client = new Client({ connectionString: server.ownerUrl('postgres') });
    await client.connect();
    await client.query(`drop database if exists ${quoteIdent(scratch)}`);
    await client.end();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
