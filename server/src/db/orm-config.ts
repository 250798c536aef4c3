import { DefaultLogger, type LogContext } from '@mikro-orm/core';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { entities } from './entities';
import { migrationsList } from './migrations';

/**
 * MikroORM options shared by the server, the seed, the tests and the migration generator. Schema
 * sync is never used: the schema changes only through the committed migrations.
 */
export type OrmOptionsInput = {
  clientUrl: string;
  poolMax?: number;
  logger?: Logger;
  debug?: boolean;
  /** Sees every SQL statement sent to the driver (transaction control included): tests count them. */
  onQuery?: (sql: string, params: readonly unknown[]) => void;
};

export function ormOptions(options: OrmOptionsInput): Options {
  const { onQuery } = options;
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    extensions: [Migrator],
    // The entity classes carry explicit column types, so no TypeScript reflection is needed.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
      silent: true,
    },
    // Fail fast when the database is away: a request waits at most a few seconds for a
    // connection instead of hanging, and new connections are retried on the next request.
    pool: { min: 0, max: options.poolMax ?? 10, acquireTimeoutMillis: 5000, createTimeoutMillis: 3000 },
    driverOptions: {
      connection: { connectionTimeoutMillis: 3000 },
      // knex would print connection errors to the console; they belong in the structured log.
      log: {
        warn: (message: unknown) => options.logger?.warn({ component: 'knex' }, String(message)),
        error: (message: unknown) => options.logger?.error({ component: 'knex' }, String(message)),
        deprecate: (message: unknown) => options.logger?.debug({ component: 'knex' }, String(message)),
        debug: () => undefined,
      },
    },
    // A stray em.find outside a request context is a bug: fail loudly rather than share state.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: options.debug ?? false,
    logger: options.logger ? (message) => options.logger!.debug({ component: 'orm' }, message) : undefined,
    loggerFactory: onQuery
      ? (loggerOptions) =>
          new (class extends DefaultLogger {
            override logQuery(context: LogContext & { query: string }): void {
              onQuery(context.query, context.params ?? []);
              super.logQuery(context);
            }
          })(loggerOptions)
      : undefined,
    ignoreUndefinedInQuery: true,
  });
}
