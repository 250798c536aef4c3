import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { MigrationObject } from '@mikro-orm/core';

/** A migration's file name: `Migration<yyyymmddhhmmss>_<Name>.ts` (or `.js` once compiled), exporting a class of the same name. */
const MIGRATION_FILE = /^(Migration\d{14}_\w+)\.(ts|js)$/;

/**
 * The committed migrations, in the order of their timestamps, read from this folder (no list to
 * keep by hand): the same files run from src/ under swc and from the compiled dist/.
 * `pnpm migration:create <name>` writes a new one.
 */
export const migrationsList: MigrationObject[] = readdirSync(__dirname)
  .map((file) => MIGRATION_FILE.exec(file))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => match[1]!)
  .sort()
  .map((name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a folder read at start-up, not a static import
    const exported = require(path.join(__dirname, name)) as Record<string, MigrationObject['class']>;
    const migration = exported[name];
    if (!migration) throw new Error(`${name} must export a class named ${name}`);
    return { name, class: migration };
  });
