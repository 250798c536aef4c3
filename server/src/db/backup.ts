import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * pg_dump / pg_restore of PostgreSQL 15 (the embedded cluster's major version). The npm package
 * ships only the server binaries, so these come from Debian's postgresql-client-15 (.ci/run
 * installs it); PG_BIN_DIR points elsewhere if needed.
 */
export function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const candidates = [process.env.PG_BIN_DIR && `${process.env.PG_BIN_DIR}/${name}`, `/usr/lib/postgresql/15/bin/${name}`, `/usr/bin/${name}`];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error(`${name} not found: install Debian's postgresql-client-15 (apt-get install postgresql-client-15) or set PG_BIN_DIR`);
  return found;
}

/** A custom-format dump of the whole database: schema, data, policies, triggers and grants. */
export async function backupDatabase(ownerUrl: string, file: string): Promise<void> {
  await run(postgresTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${ownerUrl}`]);
}

/**
 * Restores a dump into `ownerUrl`'s database, replacing what is there. One transaction: a
 * failed restore leaves the database as it was. The application role must already exist.
 */
export async function restoreDatabase(ownerUrl: string, file: string): Promise<void> {
  await run(postgresTool('pg_restore'), ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${ownerUrl}`, file]);
}
