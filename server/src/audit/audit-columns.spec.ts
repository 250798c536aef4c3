import { createTestDatabase, type TestDatabase } from '../test/database';
import { MODULES } from '../all-modules';
import { BOOKKEEPING_COLUMNS, type AuditedTable } from './audit-columns';

/** Every module's audited tables, from the manifests. */
const AUDITED_TABLES: Record<string, AuditedTable> = Object.assign({}, ...MODULES.map((module) => module.auditedTables ?? {}));

/**
 * The audit trail keeps only the values the modules allow: every column of every audited table
 * is classified in its module's manifest, and the migrated triggers keep exactly the columns it lists.
 */
describe('what the audit trail keeps, column by column', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  /** Tables with a row-change audit trigger, and the trigger's arguments (entity type, then the kept columns). */
  async function auditTriggers(): Promise<Map<string, string[]>> {
    const rows = await db.ownerQuery<{ table_name: string; args: string[] }>(
      `select c.relname as table_name,
              (select coalesce(array_agg(convert_from(a, 'UTF8') order by n), '{}')
                 from unnest(string_to_array(rtrim(encode(t.tgargs, 'escape'), '\\000'), '\\000')::bytea[]) with ordinality as u(a, n)) as args
       from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
       where p.proname = 'audit_row_change' and not t.tgisinternal`,
    );
    return new Map(rows.map((row) => [row.table_name, row.args]));
  }

  it('classifies exactly the tables that have an audit trigger', async () => {
    expect([...(await auditTriggers()).keys()].sort()).toEqual(Object.keys(AUDITED_TABLES).sort());
  });

  it.each(Object.entries(AUDITED_TABLES))('places every column of %s in exactly one list', async (table, classified) => {
    const columns = (
      await db.ownerQuery<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1`,
        [table],
      )
    ).map((row) => row.column_name);
    const lists = [...classified.kept, ...classified.redacted, ...classified.ignored];
    expect(new Set(lists).size).toBe(lists.length);
    expect([...lists].sort()).toEqual([...columns].sort());
    // Ignored columns are the ones the trigger function itself skips.
    expect(classified.ignored.every((column) => (BOOKKEEPING_COLUMNS as readonly string[]).includes(column))).toBe(true);
  });

  it.each(Object.entries(AUDITED_TABLES))("gives the trigger on %s the entity type and the kept columns", async (table, classified) => {
    expect((await auditTriggers()).get(table)).toEqual([classified.entityType, ...classified.kept]);
  });

  it('keeps no value at all of people and DBS checks', () => {
    expect(AUDITED_TABLES.person!.kept).toEqual([]);
    expect(AUDITED_TABLES.dbs_check!.kept).toEqual([]);
  });

  it('records a change to a column that is in no list as changed, without its value (allow-list, not deny-list)', async () => {
    // A column added without a decision: the trigger knows nothing of it, so it keeps no value.
    await db.ownerQuery(`alter table centre add column secret_note text`);
    try {
      const [org] = await db.ownerQuery<{ id: string }>(
        `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Org', 'CHARITY', 'a@b.org', 'LONDON') returning id`,
      );
      const [centre] = await db.ownerQuery<{ id: string }>(
        `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages, secret_note)
         values (gen_random_uuid(), $1, 'Centre', 'E1 6AN', 51.5, -0.07, 'LONDON', '{}', '{}', '{}', 'do not keep') returning id`,
        [org!.id],
      );
      const [entry] = await db.ownerQuery<{ changes: Record<string, unknown> }>(
        `select changes from audit_event where entity_id = $1 and action = 'CREATE'`,
        [centre!.id],
      );
      expect(entry!.changes.secret_note).toEqual({ redacted: true });
      expect(entry!.changes.name).toEqual({ before: null, after: 'Centre' });
    } finally {
      await db.ownerQuery(`alter table centre drop column secret_note`);
    }
  });
});
