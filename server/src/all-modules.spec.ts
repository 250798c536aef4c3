import { buildGraphQLSchema } from './schema/build-schema';
import { createTestDatabase, type TestDatabase } from './test/database';
import { MODULES } from './all-modules';
import type { TenantTable } from './server-module';

/**
 * The module list is the platform: a tenant-owned table that no module declares, or declares
 * without saying how it is walked by the cross-tenant suite, exported with its organisation and
 * treated by retention, fails here before it can land.
 */
describe('the modules', () => {
  let db: TestDatabase;
  const declared = new Map<string, { module: string; table: TenantTable }>();
  for (const module of MODULES) {
    for (const [name, table] of Object.entries(module.tenantTables ?? {})) declared.set(name, { module: module.name, table });
  }

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('have distinct names', () => {
    const names = MODULES.map((module) => module.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('declare every tenant-owned table of the migrated database, each once', async () => {
    const tables = await db.ownerQuery<{ table_name: string }>(
      `select distinct c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
       where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and (c.column_name = 'organisation_id' or c.table_name = 'organisation')`,
    );
    const owners = MODULES.flatMap((module) => Object.keys(module.tenantTables ?? {}));
    expect(new Set(owners).size).toBe(owners.length);
    expect([...owners].sort()).toEqual(tables.map((row) => row.table_name).sort());
  });

  it('say how each tenant-owned table is walked across tenants, exported and retained', async () => {
    const schema = await buildGraphQLSchema();
    const exportKeys = new Set(MODULES.flatMap((module) => (module.organisationExport ?? []).map((part) => part.key)));
    for (const [name, { table }] of declared) {
      const decisions = [table.crossTenant, table.organisationExport, table.retention].map((decision) => Object.values(decision)[0] as string);
      expect([name, decisions.every((decision) => decision.trim() !== '')]).toEqual([name, true]);
      if ('resource' in table.crossTenant) expect([name, schema.getType(table.crossTenant.resource)?.name]).toEqual([name, table.crossTenant.resource]);
      if ('key' in table.organisationExport) expect([name, exportKeys.has(table.organisationExport.key)]).toEqual([name, true]);
    }
  });

  it('export each part under its own key', () => {
    const keys = MODULES.flatMap((module) => (module.organisationExport ?? []).map((part) => part.key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('register every entity and resolver once', () => {
    const entities = MODULES.flatMap((module) => module.entities ?? []);
    const resolvers = MODULES.flatMap((module) => module.resolvers ?? []);
    expect(new Set(entities).size).toBe(entities.length);
    expect(new Set(resolvers).size).toBe(resolvers.length);
  });
});
