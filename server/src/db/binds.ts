/**
 * The values of one hand-written statement, collected in order and written into its text as $1,
 * $2, ... (`bind` returns the placeholder). The text then depends only on the statement's shape,
 * never on the values, so a prepared statement's plan serves every request of that shape.
 */
export class Binds {
  readonly values: unknown[] = [];

  bind = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** A Postgres array literal of ids, for `= any ($n::uuid[])` (the ids are validated where they come from). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
