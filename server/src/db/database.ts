import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { applyAppRolePrivileges, databaseName, ensureAppRole, ensureDatabase, withCredentials, withDatabase } from './bootstrap';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ormOptions } from './orm-config';

/** Where the platform's Postgres is: the server at DATABASE_URL, or an embedded cluster. */
export type DatabaseServer = {
  /** The database the platform uses on this server. */
  readonly database: string;
  ownerUrl(database?: string): string;
  appUrl(database?: string): string;
  close(): Promise<void>;
};

export async function openDatabaseServer(config: Config, logger: Logger): Promise<DatabaseServer> {
  let baseUrl: string;
  let database: string;
  let close = async () => {};
  if (config.databaseUrl) {
    baseUrl = config.databaseUrl;
    database = databaseName(config.databaseUrl);
  } else {
    const cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger });
    baseUrl = cluster.ownerUrl('postgres');
    database = 'naccc';
    close = () => cluster.stop();
  }
  return {
    database,
    ownerUrl: (db = database) => withDatabase(baseUrl, db),
    appUrl: (db = database) => withCredentials(withDatabase(baseUrl, db), config.appDbRole, config.appDbPassword),
    close,
  };
}

/**
 * Makes `database` ready for the application: created if missing, the application role present,
 * and every committed migration applied (as the owner; the application role cannot alter the schema).
 */
export async function prepareDatabase(
  server: DatabaseServer,
  config: Pick<Config, 'appDbRole' | 'appDbPassword'>,
  logger: Logger,
  database = server.database,
): Promise<void> {
  await ensureDatabase(server.ownerUrl('postgres'), database);
  await ensureAppRole(server.ownerUrl(database), config.appDbRole, config.appDbPassword);
  await runMigrations(server.ownerUrl(database), logger);
  await applyAppRolePrivileges(server.ownerUrl(database), config.appDbRole);
}

export async function runMigrations(ownerUrl: string, logger: Logger): Promise<void> {
  const orm = await MikroORM.init(ormOptions({ clientUrl: ownerUrl, poolMax: 1 }));
  try {
    const applied = await orm.migrator.up();
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  } finally {
    await orm.close(true);
  }
}

/**
 * For one-off commands (backup, restore, jobs): a running `pnpm start` already holds the embedded
 * cluster (migrated), so use it rather than start another; otherwise open the configured server
 * (`opened` is then set: the caller may need to prepare it, and `close` stops what was started).
 */
export async function openForCommand(config: Config, logger: Logger): Promise<{ ownerUrl: string; opened?: DatabaseServer; close(): Promise<void> }> {
  const running = config.databaseUrl ? undefined : await embeddedIfRunning(config.embeddedPgPort);
  if (running) return { ownerUrl: running, close: async () => {} };
  const opened = await openDatabaseServer(config, logger);
  return { ownerUrl: opened.ownerUrl(), opened, close: () => opened.close() };
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
