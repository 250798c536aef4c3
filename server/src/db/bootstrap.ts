import { Client } from 'pg';

/**
 * Work that migrations cannot do because it is cluster-wide or precedes the schema: the database
 * itself and the application's login role. Idempotent; serialised with an advisory lock because
 * parallel test files bootstrap the same cluster at once.
 */
export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  await withClient(maintenanceUrl, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', ['naccc:bootstrap']);
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
      if (!rowCount) await client.query(`create database ${quoteIdent(database)}`);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['naccc:bootstrap']);
    }
  });
}

/**
 * The role requests run as: it can log in, but is not a superuser and cannot bypass row-level
 * security, so the RLS policies apply to every request. Table privileges are granted by the
 * migrations' default privileges below.
 */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  // Roles belong to the whole cluster, while the advisory lock below is per database: two
  // databases prepared at once (parallel test files, or a server starting beside them) can both
  // alter the role, and Postgres then fails one with "tuple concurrently updated". Both wanted the
  // same role, so the loser simply tries again, after a random wait so that losers do not meet
  // again (with fixed waits, six at once could collide five times running).
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyAppRole(ownerUrl, role, password);
    } catch (error) {
      if (attempt >= 10 || !/tuple concurrently updated/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

async function applyAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', ['naccc:bootstrap']);
    try {
      const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      const verb = rowCount ? 'alter' : 'create';
      await client.query(
        `${verb} role ${quoteIdent(role)} login nosuperuser nobypassrls nocreatedb nocreaterole password ${quoteLiteral(password)}`,
      );
      const { rows } = await client.query<{ db: string; owner: string }>(
        'select current_database() as db, current_user as owner',
      );
      const { db, owner } = rows[0]!;
      await client.query(`grant connect on database ${quoteIdent(db)} to ${quoteIdent(role)}`);
      await client.query(`grant usage on schema public to ${quoteIdent(role)}`);
      await client.query(
        `alter default privileges for role ${quoteIdent(owner)} in schema public grant select, insert, update, delete on tables to ${quoteIdent(role)}`,
      );
      await client.query(
        `alter default privileges for role ${quoteIdent(owner)} in schema public grant usage, select on sequences to ${quoteIdent(role)}`,
      );
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['naccc:bootstrap']);
    }
  });
}

/** Tables the application may append to and read, but never change: the audit trail. */
const APPEND_ONLY_TABLES = ['audit_event'];

/**
 * Columns the application may write but never read back. The DBS certificate number is read only
 * through app.reveal_certificate_number, which audits every reveal (DBS code of practice).
 */
export const WRITE_ONLY_COLUMNS: Readonly<Record<string, readonly string[]>> = { dbs_check: ['certificate_number'] };

/**
 * Run after the migrations: default privileges cover new tables, append-only tables lose
 * UPDATE, DELETE and TRUNCATE for the application role (their triggers refuse them to everyone),
 * and write-only columns lose SELECT (a table-wide SELECT would cover them, so it is replaced by
 * a grant on every other column).
 */
export async function applyAppRolePrivileges(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${quoteIdent(role)}`);
    for (const table of APPEND_ONLY_TABLES) {
      const { rowCount } = await client.query('select 1 from pg_tables where schemaname = $1 and tablename = $2', ['public', table]);
      if (rowCount) await client.query(`revoke update, delete, truncate on ${quoteIdent(table)} from ${quoteIdent(role)}`);
    }
    for (const [table, secret] of Object.entries(WRITE_ONLY_COLUMNS)) {
      const { rows } = await client.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
        [table],
      );
      if (!rows.length) continue;
      const readable = rows.map((row) => row.column_name).filter((column) => !secret.includes(column));
      await client.query(`revoke select on ${quoteIdent(table)} from ${quoteIdent(role)}`);
      await client.query(`grant select (${readable.map(quoteIdent).join(', ')}) on ${quoteIdent(table)} to ${quoteIdent(role)}`);
    }
  });
}

/** The same server and database as `url`, logged in as another role. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
