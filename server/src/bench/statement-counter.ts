import pg from 'pg';

/**
 * Counts SQL statements at the driver (every query the pg client sends, whoever sends it), so the
 * benchmark reports what Postgres actually received rather than an estimate from ORM logs.
 */
export type StatementCounts = { data: number; control: number; statements: string[] };

const CONTROL = /^\s*(begin|commit|rollback|savepoint|release savepoint|start transaction)\b|^\s*select\s+set_config\(/i;

let recording: string[] | null = null;

export function installStatementCounter(): void {
  const client = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; __counted?: boolean };
  if (client.__counted) return;
  const original = client.query;
  client.query = function countedQuery(this: unknown, ...args: unknown[]) {
    const [config] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text;
    if (recording && text) recording.push(text);
    return original.apply(this, args);
  };
  client.__counted = true;
}

export function startCounting(): void {
  recording = [];
}

/** Stops counting: data statements, and transaction control plus the tenant-setting statement. */
export function stopCounting(): StatementCounts {
  const statements = recording ?? [];
  recording = null;
  const control = statements.filter((sql) => CONTROL.test(sql)).length;
  return { data: statements.length - control, control, statements };
}
