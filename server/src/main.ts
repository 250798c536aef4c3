import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabaseServer, prepareDatabase } from './db/database';
import { ormOptions } from './db/orm-config';
import { createLogger } from './logger';
import { MODULES } from './all-modules';
import { buildGraphQLSchema } from './schema/build-schema';
import { DEMO_ACCOUNTS_NOTE, seedDemoNetworkIfEmpty } from './seed/seed';
import { gracefulShutdown, stopOnSignals, type Cleanup } from './shutdown';

async function main(config: Config) {
  const logger = createLogger(config);
  const database = await openDatabaseServer(config, logger);
  const cleanups: Cleanup[] = [() => database.close()];
  // Reverse order of start-up: HTTP (drains requests), then the pool, then Postgres itself.
  const shutdown = gracefulShutdown({ logger, cleanups, exit: (code) => process.exit(code) });
  stopOnSignals(shutdown);

  try {
    await prepareDatabase(database, config, logger);
    if (config.seedDemo) {
      await seedDemoNetworkIfEmpty({ clientUrl: database.ownerUrl(), scale: config.seedScale, logger });
    }
    const orm = await MikroORM.init(
      ormOptions({ clientUrl: database.appUrl(), poolMax: config.dbPoolMax, logger }),
    );
    cleanups.push(() => orm.close());
    const app = await buildApp({ config, logger, orm, schema: await buildGraphQLSchema({ sessionPolicy: config.session }) });
    cleanups.push(() => app.close());
    await app.listen({ host: config.host, port: config.port });
    // The modules' scheduled jobs (e.g. retention, as the owner: see retention.job.ts); stopped first on shutdown.
    for (const job of MODULES.flatMap((module) => module.jobs ?? [])) {
      const running = job.start({ ownerUrl: database.ownerUrl(), config, logger });
      cleanups.push(() => running.stop());
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      { port, graphql: `http://localhost:${port}/graphql` },
      `NACCC platform ready: open the console at http://localhost:${port}/ (GraphQL at /graphql). ${config.seedDemo ? DEMO_ACCOUNTS_NOTE : ''}`.trim(),
    );
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    await shutdown('startup failure', 1);
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
void main(config);
