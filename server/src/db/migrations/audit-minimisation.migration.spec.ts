import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { withDatabase } from '../bootstrap';
import { ormOptions } from '../orm-config';

/**
 * The migration that minimised the audit trail also rewrote what was already written: entries
 * about people and DBS checks made before it held values (names, levels, decisions, deciders),
 * and a database that has them must not keep them once migrated.
 */
describe('Migration20261204090000_AuditIntegrityAndMinimisation on a trail written before it', () => {
  const database = `naccc_audit_migration_${process.pid}`;
  let admin: Client;
  let owner: Client;
  let orm: MikroORM;

  beforeAll(async () => {
    admin = new Client({ connectionString: withDatabase(process.env.TEST_PG_URL!, 'postgres') });
    await admin.connect();
    await admin.query(`create database ${database}`);
    orm = await MikroORM.init(ormOptions({ clientUrl: withDatabase(process.env.TEST_PG_URL!, database), poolMax: 1 }));
    await orm.migrator.up({ to: 'Migration20261201090000_CentreServiceTypesOnPerson' });
    owner = new Client({ connectionString: withDatabase(process.env.TEST_PG_URL!, database) });
    await owner.connect();
  });

  afterAll(async () => {
    await owner.end();
    await orm.close(true);
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  it('rewrites earlier entries about people and DBS checks to field names only, and keeps the rest', async () => {
    const one = async (text: string, values: unknown[] = []) => (await owner.query<{ id: string }>(text, values)).rows[0]!.id;
    const org = await one(`insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Hope Trust', 'CHARITY', 'a@b.org', 'LONDON') returning id`);
    const person = await one(
      `insert into person (id, organisation_id, given_name, family_name, person_type, start_date) values (gen_random_uuid(), $1, 'Dana', 'Okafor', 'VOLUNTEER', '2020-01-06') returning id`,
      [org],
    );
    await owner.query(`update person set status = 'LEFT', leave_date = '2025-01-01' where id = $1`, [person]);
    const check = await one(
      `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, issue_date, decision, decided_by, decided_at)
       values (gen_random_uuid(), $1, $2, 'DBS', 'ENHANCED', 'CHILD', '2024-01-01', 'CLEARED', 'Priya Lead', now()) returning id`,
      [person, org],
    );
    await owner.query(
      `insert into audit_event (id, occurred_at, organisation_id, action, entity_type, entity_id, changes)
       values (gen_random_uuid(), now(), $1, 'DBS_CERTIFICATE_REVEALED', 'DbsCheck', $2, jsonb_build_object('reason', 'Annual audit', 'personId', $3::text))`,
      [org, check, person],
    );
    const before = await owner.query(`select changes::text from audit_event where entity_type in ('Person', 'DbsCheck')`);
    expect(before.rows.map((row) => row.changes).join()).toMatch(/Okafor|Priya Lead|ENHANCED|LEFT/);

    await orm.migrator.up();

    const entries = (
      await owner.query<{ action: string; entity_type: string; changes: Record<string, unknown> }>(
        `select action, entity_type, changes from audit_event where entity_type in ('Person', 'DbsCheck') order by occurred_at, action`,
      )
    ).rows;
    const rowChanges = entries.filter((entry) => ['CREATE', 'UPDATE', 'DELETE'].includes(entry.action));
    expect(rowChanges.length).toBe(3);
    for (const entry of rowChanges) for (const change of Object.values(entry.changes)) expect(change).toEqual({ redacted: true });
    expect(rowChanges.find((entry) => entry.action === 'UPDATE')!.changes).toEqual({ status: { redacted: true }, leave_date: { redacted: true } });
    expect(entries.find((entry) => entry.action === 'DBS_CERTIFICATE_REVEALED')!.changes).toEqual({ reason: 'Annual audit' });
    // The organisation's own entry keeps its values, and the trail is append-only again.
    const [organisationEntry] = (await owner.query<{ changes: Record<string, unknown> }>(`select changes from audit_event where entity_type = 'Organisation'`)).rows;
    expect(organisationEntry!.changes.name).toEqual({ before: null, after: 'Hope Trust' });
    await expect(owner.query(`update audit_event set changes = '{}'`)).rejects.toThrow(/append-only/);
  });
});
