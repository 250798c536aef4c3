import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../db/orm-config';
import { Centre } from '../modules/centre/centre.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { beginScopedTransaction } from './database-scope';
import { ANONYMOUS, type Scope } from './scope';

/**
 * The database wall on its own: the application's tenant filter is switched off in every query
 * here (`filters: false`), so only the RLS policies stand between one organisation and another.
 */
describe('row-level security without the application filter', () => {
  let db: TestDatabase;
  let orgA: string;
  let orgB: string;
  let centreA: string;
  let centreB: string;
  const actor = { userId: undefined, requestId: 'rls-spec', ip: undefined };
  const adminOf = (organisationId: string): Scope => ({ ...ANONYMOUS, organisationIds: [organisationId] });
  const NO_FILTER = { filters: false } as const;

  beforeAll(async () => {
    db = await createTestDatabase();
    const insertOrg = async (name: string) =>
      (await db.ownerQuery<{ id: string }>(
        `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), $1, 'CHARITY', 'a@b.org', 'LONDON') returning id`,
        [name],
      ))[0]!.id;
    const insertCentre = async (organisationId: string, name: string) =>
      (await db.ownerQuery<{ id: string }>(
        `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
         values (gen_random_uuid(), $1, $2, 'E1 6AN', 51.5, -0.07, 'LONDON', '{SUPPORTED_CONTACT}', '{}', '{}') returning id`,
        [organisationId, name],
      ))[0]!.id;
    orgA = await insertOrg('Organisation A');
    orgB = await insertOrg('Organisation B');
    centreA = await insertCentre(orgA, 'Centre A');
    centreB = await insertCentre(orgB, 'Centre B');
  });
  afterAll(() => db.drop());

  /** Runs `work` as one request of `scope` would, and rolls back: each case starts clean. */
  async function asRequest<T>(scope: Scope, work: (em: MikroORM['em']) => Promise<T>): Promise<T> {
    const em = db.orm.em.fork();
    await beginScopedTransaction(em, scope, actor);
    try {
      return await work(em);
    } finally {
      await em.rollback();
    }
  }

  it('shows an org admin only their own organisation and centres', async () => {
    const seen = await asRequest(adminOf(orgA), async (em) => ({
      organisations: (await em.find(Organisation, {}, NO_FILTER)).map((o) => o.id),
      centres: (await em.find(Centre, {}, NO_FILTER)).map((c) => c.id),
      byId: await em.findOne(Centre, { id: centreB }, NO_FILTER),
    }));
    expect(seen).toEqual({ organisations: [orgA], centres: [centreA], byId: null });
  });

  it("refuses to change or delete another organisation's rows", async () => {
    const changed = await asRequest(adminOf(orgA), async (em) => ({
      updated: await em.nativeUpdate(Centre, { id: centreB }, { name: 'Hijacked' }, NO_FILTER),
      deleted: await em.nativeDelete(Centre, { id: centreB }, NO_FILTER),
      orgUpdated: await em.nativeUpdate(Organisation, { id: orgB }, { name: 'Hijacked' }, NO_FILTER),
    }));
    expect(changed).toEqual({ updated: 0, deleted: 0, orgUpdated: 0 });
    expect(await db.ownerQuery('select name from centre where id = $1', [centreB])).toEqual([{ name: 'Centre B' }]);
    expect(await db.ownerQuery('select name from organisation where id = $1', [orgB])).toEqual([{ name: 'Organisation B' }]);
  });

  it("refuses to insert a centre into another organisation, or move one there", async () => {
    await expect(
      asRequest(adminOf(orgA), (em) =>
        em.insert(Centre, {
          organisation: orgB,
          name: 'Planted',
          postcode: 'E1 6AN',
          latitude: 51.5,
          longitude: -0.07,
          region: 'LONDON' as Centre['region'],
          serviceTypes: [],
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asRequest(adminOf(orgA), (em) => em.nativeUpdate(Centre, { id: centreA }, { organisation: orgB }, NO_FILTER)),
    ).rejects.toThrow(/row-level security/);
    expect(await db.ownerQuery('select count(*)::int as n from centre')).toEqual([{ n: 2 }]);
  });

  it('gives national roles the network and anonymous requests nothing', async () => {
    const national = await asRequest({ ...ANONYMOUS, national: true }, (em) => em.count(Centre, {}, NO_FILTER));
    const anonymous = await asRequest(ANONYMOUS, (em) => em.count(Centre, {}, NO_FILTER));
    expect({ national, anonymous }).toEqual({ national: 2, anonymous: 0 });
  });

  it('lets a reused pooled connection carry nothing into the next request', async () => {
    // One connection, so the second transaction necessarily runs on the first one's connection.
    const orm = await MikroORM.init(ormOptions({ clientUrl: db.appUrl, poolMax: 1 }));
    try {
      const first = orm.em.fork();
      await beginScopedTransaction(first, adminOf(orgA), actor);
      expect(await first.count(Centre, {}, NO_FILTER)).toBe(1);
      await first.commit();

      const next = orm.em.fork();
      await next.begin();
      const [setting] = await next.execute<{ org_ids: string | null }[]>(
        "select current_setting('app.org_ids', true) as org_ids",
      );
      expect(setting?.org_ids ?? '').toBe('');
      expect(await next.count(Centre, {}, NO_FILTER)).toBe(0);
      await next.commit();
    } finally {
      await orm.close(true);
    }
  });

  it('runs requests as a role that is neither superuser nor able to bypass RLS', async () => {
    const [role] = await db.orm.em.fork().execute<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('keeps the audit trail append-only for the application and even for the owner', async () => {
    await asRequest({ ...ANONYMOUS, nationalAdmin: true, national: true }, async (em) => {
      await em.execute(`insert into audit_event (id, occurred_at, action, entity_type) values (gen_random_uuid(), now(), 'TEST', 'Spec')`);
    });
    const [event] = await db.ownerQuery<{ id: string }>(
      `insert into audit_event (id, occurred_at, action, entity_type) values (gen_random_uuid(), now(), 'TEST', 'Spec') returning id`,
    );
    for (const statement of [`update audit_event set action = 'EDITED' where id = '${event!.id}'`, `delete from audit_event where id = '${event!.id}'`, 'truncate audit_event']) {
      await expect(asRequest({ ...ANONYMOUS, nationalAdmin: true, national: true }, (em) => em.execute(statement))).rejects.toThrow(
        /permission denied|append-only/,
      );
      await expect(db.ownerQuery(statement)).rejects.toThrow(/append-only/);
    }
    expect(await db.ownerQuery('select action from audit_event where id = $1', [event!.id])).toEqual([{ action: 'TEST' }]);
  });

  it('audits every row change in the same transaction, with the acting user and request', async () => {
    await asRequest({ ...ANONYMOUS, nationalAdmin: true, national: true }, async (em) => {
      await em.nativeUpdate(Centre, { id: centreA }, { name: 'Centre A renamed' }, NO_FILTER);
      const [event] = await em.execute<{ action: string; entity_id: string; organisation_id: string; changes: unknown; request_id: string }[]>(
        `select action, entity_id, organisation_id, changes, request_id from audit_event where entity_id = ? order by occurred_at desc limit 1`,
        [centreA],
      );
      expect(event).toEqual({
        action: 'UPDATE',
        entity_id: centreA,
        organisation_id: orgA,
        changes: { name: { before: 'Centre A', after: 'Centre A renamed' } },
        request_id: 'rls-spec',
      });
    });
    // Rolled back with the change itself: no trail of a change that never happened.
    expect(await db.ownerQuery(`select count(*)::int as n from audit_event where entity_id = $1 and action = 'UPDATE'`, [centreA])).toEqual([{ n: 0 }]);
  });
});
