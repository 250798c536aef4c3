import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig, type Config } from '../config';
import { quoteIdent, withCredentials, withDatabase } from '../db/bootstrap';
import { prepareDatabase, type DatabaseServer } from '../db/database';
import { ormOptions } from '../db/orm-config';
import { TENANT_FILTER } from '../tenancy/tenant-filter';

/** Counts the SQL statements the ORM sends, between `reset()` and reading `statements`. */
export class SqlRecorder {
  readonly statements: string[] = [];
  /** The same statements with their parameters, for EXPLAIN. */
  readonly calls: Array<{ sql: string; params: readonly unknown[] }> = [];
  private recording = false;

  record = (sql: string, params: readonly unknown[] = []): void => {
    if (!this.recording) return;
    this.statements.push(sql);
    this.calls.push({ sql, params });
  };

  /** Runs `work` and returns what it sent, separating data statements from transaction control. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; data: string[]; control: string[] }> {
    this.statements.length = 0;
    this.calls.length = 0;
    this.recording = true;
    try {
      const result = await work();
      const control = this.statements.filter(isTransactionControl);
      const data = this.statements.filter((sql) => !isTransactionControl(sql));
      return { result, data, control };
    } finally {
      this.recording = false;
    }
  }
}

/**
 * Switches the application's wall (the MikroORM tenant filter) off for every query of this ORM,
 * so a test proves what the database's own wall (row-level security, the audit insert policy)
 * holds by itself. Hand-written reads still add the caller's scope in SQL.
 */
export function switchOffTenantFilter(orm: MikroORM): void {
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    const filter = meta.filters?.[TENANT_FILTER];
    if (filter) filter.default = false;
  }
}

/** Transaction control and the scope-setting statement: the fixed cost of every request. */
export function isTransactionControl(sql: string): boolean {
  return /^\s*(begin|commit|rollback|savepoint|release savepoint|start transaction)\b/i.test(sql) || /^\s*select\s+set_config\(/i.test(sql);
}

export type TestDatabase = {
  name: string;
  config: Config;
  /** Connected as the application role (no superuser, no BYPASSRLS), like the server. */
  orm: MikroORM;
  sql: SqlRecorder;
  ownerUrl: string;
  appUrl: string;
  /** A superuser query, for assertions that must see every row whatever the policies say. */
  ownerQuery<Row extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
};

/**
 * A fresh database for one test file on the run's Postgres (see global-setup.mjs), migrated
 * exactly as production is. Dropped by `drop()`; never the developer's database.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_PG_URL;
  if (!serverUrl) throw new Error('TEST_PG_URL is not set: run tests through jest (its globalSetup starts Postgres)');
  const name = `naccc_test_${randomBytes(6).toString('hex')}`;
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: withDatabase(serverUrl, name), LOG_LEVEL: 'silent' });
  const logger = pino({ level: 'silent' });
  const server: DatabaseServer = {
    database: name,
    ownerUrl: (db = name) => withDatabase(serverUrl, db),
    appUrl: (db = name) => withCredentials(withDatabase(serverUrl, db), config.appDbRole, config.appDbPassword),
    close: async () => {},
  };
  await prepareDatabase(server, config, logger);
  const sql = new SqlRecorder();
  const orm = await MikroORM.init(ormOptions({ clientUrl: server.appUrl(), poolMax: 4, onQuery: sql.record }));
  const owner = new Client({ connectionString: server.ownerUrl() });
  await owner.connect();
  return {
    name,
    config,
    orm,
    sql,
    ownerUrl: server.ownerUrl(),
    appUrl: server.appUrl(),
    ownerQuery: async (text, values) => (await owner.query(text, values)).rows,
    drop: async () => {
      await orm.close(true);
      await owner.end();
      const admin = new Client({ connectionString: server.ownerUrl('postgres') });
      await admin.connect();
      await admin.query(`drop database if exists ${quoteIdent(name)} with (force)`);
      await admin.end();
    },
  };
}
