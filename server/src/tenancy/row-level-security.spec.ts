import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../db/orm-config';
import { Centre } from '../modules/centre/centre.entity';
import { DbsCheck } from '../modules/dbs/dbs-check.entity';
import { Organisation } from '../modules/organisation/organisation.entity';
import { CentreAssignment } from '../modules/person/centre-assignment.entity';
import { Person } from '../modules/person/person.entity';
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

/**
 * The same wall for people and their safeguarding records: person, dbs_check,
 * person_centre_assignment and the person_clearance view, with the application filter off, for
 * each kind of scope. Fixtures are inserted as the owner; every case runs as the application role.
 */
describe('row-level security for people and DBS checks, without the application filter', () => {
  let db: TestDatabase;
  const org = {} as Record<'A' | 'B', string>;
  const centre = {} as Record<'A1' | 'A2' | 'B1', string>;
  const person = {} as Record<'A1' | 'A2' | 'A12' | 'B1', string>;
  const check = {} as Record<'A1' | 'A2' | 'A12' | 'B1', string>;
  const actor = { userId: undefined, requestId: 'rls-people-spec', ip: undefined };
  const NO_FILTER = { filters: false } as const;

  const SCOPES = {
    national: (): Scope => ({ ...ANONYMOUS, national: true, nationalAdmin: true }),
    adminA: (): Scope => ({ ...ANONYMOUS, organisationIds: [org.A] }),
    adminB: (): Scope => ({ ...ANONYMOUS, organisationIds: [org.B] }),
    coordinatorA1: (): Scope => ({ ...ANONYMOUS, centreIds: [centre.A1], memberOfOrganisationIds: [org.A] }),
    assessorB1: (): Scope => ({ ...ANONYMOUS, assessedCentreIds: [centre.B1] }),
    anonymous: (): Scope => ANONYMOUS,
  };
  type ScopeKind = keyof typeof SCOPES;
  type PersonKey = keyof typeof person;
  const VISIBLE: Record<ScopeKind, PersonKey[]> = {
    national: ['A1', 'A2', 'A12', 'B1'],
    adminA: ['A1', 'A2', 'A12'],
    adminB: ['B1'],
    coordinatorA1: ['A1', 'A12'],
    assessorB1: ['B1'],
    anonymous: [],
  };

  async function asRequest<T>(scope: Scope, work: (em: MikroORM['em']) => Promise<T>): Promise<T> {
    const em = db.orm.em.fork();
    await beginScopedTransaction(em, scope, actor);
    try {
      return await work(em);
    } finally {
      await em.rollback();
    }
  }
  const ids = (keys: PersonKey[], of: Record<PersonKey, string> = person) => keys.map((key) => of[key]).sort();
  const tables = () =>
    db.ownerQuery(`select
      (select md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from person p) as people,
      (select md5(coalesce(string_agg(d::text, '|' order by d.id), '')) from dbs_check d) as checks,
      (select md5(coalesce(string_agg(a::text, '|' order by a.id), '')) from person_centre_assignment a) as spells`);

  beforeAll(async () => {
    db = await createTestDatabase();
    const insertOrg = async (name: string) =>
      (await db.ownerQuery<{ id: string }>(
        `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), $1, 'CHARITY', 'a@b.org', 'LONDON') returning id`,
        [name],
      ))[0]!.id;
    const insertCentre = async (organisationId: string, name: string, serviceTypes: string[]) =>
      (await db.ownerQuery<{ id: string }>(
        `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
         values (gen_random_uuid(), $1, $2, 'E1 6AN', 51.5, -0.07, 'LONDON', $3, '{}', '{}') returning id`,
        [organisationId, name, serviceTypes],
      ))[0]!.id;
    org.A = await insertOrg('Organisation A');
    org.B = await insertOrg('Organisation B');
    centre.A1 = await insertCentre(org.A, 'Centre A1', ['SUPPORTED_CONTACT']);
    centre.A2 = await insertCentre(org.A, 'Centre A2', ['SUPERVISED_CONTACT']);
    centre.B1 = await insertCentre(org.B, 'Centre B1', ['SUPPORTED_CONTACT']);
    const at: Record<PersonKey, Array<keyof typeof centre>> = { A1: ['A1'], A2: ['A2'], A12: ['A1', 'A2'], B1: ['B1'] };
    for (const key of Object.keys(at) as PersonKey[]) {
      const organisationId = key.startsWith('A') ? org.A : org.B;
      const centres = at[key].map((c) => centre[c]);
      person[key] = (await db.ownerQuery<{ id: string }>(
        `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, centre_ids)
         values (gen_random_uuid(), $1, 'Kit', $2, 'VOLUNTEER', '2022-09-05', $3) returning id`,
        [organisationId, `Person ${key}`, centres],
      ))[0]!.id;
      for (const centreId of centres) {
        await db.ownerQuery(
          `insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on) values (gen_random_uuid(), $1, $2, $3, '2022-09-05')`,
          [person[key], organisationId, centreId],
        );
      }
      check[key] = (await db.ownerQuery<{ id: string }>(
        `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at)
         values (gen_random_uuid(), $1, $2, 'DBS', 'ENHANCED', 'CHILD', '123412341234', current_date - 30, 'CLEARED', 'Lead', now()) returning id`,
        [person[key], organisationId],
      ))[0]!.id;
    }
  });
  afterAll(() => db.drop());

  it.each(Object.keys(SCOPES) as ScopeKind[])('as %s, sees exactly the people (and their checks, spells and clearance) in scope', async (kind) => {
    const seen = await asRequest(SCOPES[kind](), async (em) => ({
      people: (await em.find(Person, {}, NO_FILTER)).map((p) => p.id).sort(),
      checks: (await em.find(DbsCheck, {}, NO_FILTER)).map((c) => c.id).sort(),
      spellsOf: [...new Set((await em.find(CentreAssignment, {}, NO_FILTER)).map((a) => a.person.id))].sort(),
      clearance: (await em.execute<Array<{ person_id: string }>>('select person_id from person_clearance')).map((r) => r.person_id).sort(),
      counted: await em.count(Person, {}, NO_FILTER),
    }));
    expect(seen).toEqual({
      people: ids(VISIBLE[kind]),
      checks: ids(VISIBLE[kind], check),
      spellsOf: ids(VISIBLE[kind]),
      clearance: ids(VISIBLE[kind]),
      counted: VISIBLE[kind].length,
    });
  });

  it.each<[ScopeKind, PersonKey]>([
    ['adminA', 'B1'],
    ['adminB', 'A1'],
    ['coordinatorA1', 'A2'],
    ['assessorB1', 'A1'],
    ['anonymous', 'A1'],
  ])('as %s, person %s by id is not there, nor its check, spells or clearance', async (kind, key) => {
    const seen = await asRequest(SCOPES[kind](), async (em) => ({
      person: await em.findOne(Person, { id: person[key] }, NO_FILTER),
      check: await em.findOne(DbsCheck, { id: check[key] }, NO_FILTER),
      spells: await em.count(CentreAssignment, { person: person[key] }, NO_FILTER),
      clearance: await em.execute('select status from person_clearance where person_id = ?', [person[key]]),
    }));
    expect(seen).toEqual({ person: null, check: null, spells: 0, clearance: [] });
  });

  it("a coordinator's clearance view computes the level from every centre of the person, seen or not", async () => {
    const rows = await asRequest(SCOPES.coordinatorA1(), (em) =>
      em.execute<Array<{ person_id: string; required_level: string }>>('select person_id, required_level from person_clearance order by required_level'),
    );
    expect(rows).toEqual([
      { person_id: person.A1, required_level: 'ENHANCED' },
      { person_id: person.A12, required_level: 'ENHANCED_BARRED' },
    ]);
  });

  it.each<[ScopeKind, PersonKey]>([
    ['adminA', 'B1'],
    ['adminB', 'A12'],
    ['coordinatorA1', 'A2'],
    ['assessorB1', 'B1'],
    ['national', 'A1'],
    ['anonymous', 'A1'],
  ])('as %s, updates and deletes of person %s, its check and its spells change nothing', async (kind, key) => {
    const before = await tables();
    const changed = await asRequest(SCOPES[kind](), async (em) => ({
      person: await em.nativeUpdate(Person, { id: person[key] }, { familyName: 'Hijacked' }, NO_FILTER),
      check: await em.nativeUpdate(DbsCheck, { id: check[key] }, { decision: 'NOT_CLEARED' as DbsCheck['decision'] }, NO_FILTER),
      spells: await em.nativeUpdate(CentreAssignment, { person: person[key] }, { endedOn: '2023-01-02' }, NO_FILTER),
      checkDeleted: await em.nativeDelete(DbsCheck, { id: check[key] }, NO_FILTER),
      spellsDeleted: await em.nativeDelete(CentreAssignment, { person: person[key] }, NO_FILTER),
      personDeleted: await em.nativeDelete(Person, { id: person[key] }, NO_FILTER),
    }));
    expect(changed).toEqual({ person: 0, check: 0, spells: 0, checkDeleted: 0, spellsDeleted: 0, personDeleted: 0 });
    expect(await tables()).toEqual(before);
  });

  const refusedByRls = async (scope: Scope, sql: string, params: unknown[]) => {
    const before = await tables();
    await expect(asRequest(scope, (em) => em.execute(sql, params))).rejects.toThrow(/row-level security|violates/);
    expect(await tables()).toEqual(before);
  };
  const INSERT_PERSON = `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, centre_ids)
    values (gen_random_uuid(), ?, 'Planted', 'Person', 'VOLUNTEER', '2024-01-01', ?::uuid[])`;
  const INSERT_CHECK = `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at)
    values (gen_random_uuid(), ?, ?, 'DBS', 'ENHANCED_BARRED', 'CHILD', '999999999999', '2024-01-01', 'CLEARED', 'Planted', now())`;
  const INSERT_SPELL = `insert into person_centre_assignment (id, person_id, organisation_id, centre_id, started_on) values (gen_random_uuid(), ?, ?, ?, '2024-01-01')`;

  it.each<[string, ScopeKind, () => [string, unknown[]]]>([
    ['adminA inserting a person into B', 'adminA', () => [INSERT_PERSON, [org.B, `{${centre.B1}}`]]],
    ['adminA moving its person to B', 'adminA', () => ['update person set organisation_id = ? where id = ?', [org.B, person.A1]]],
    ['the coordinator inserting a person at a sibling centre only', 'coordinatorA1', () => [INSERT_PERSON, [org.A, `{${centre.A2}}`]]],
    ['the coordinator moving its person away from its centre', 'coordinatorA1', () => ['update person set centre_ids = ?::uuid[] where id = ?', [`{${centre.A2}}`, person.A1]]],
    ['the coordinator inserting a person into B', 'coordinatorA1', () => [INSERT_PERSON, [org.B, `{${centre.A1}}`]]],
    ['the assessor inserting a person at its centre', 'assessorB1', () => [INSERT_PERSON, [org.B, `{${centre.B1}}`]]],
    ['head office inserting a person', 'national', () => [INSERT_PERSON, [org.A, `{${centre.A1}}`]]],
    ["adminA inserting a check for B's person under B", 'adminA', () => [INSERT_CHECK, [person.B1, org.B]]],
    ["the coordinator inserting a check for a sibling centre's person", 'coordinatorA1', () => [INSERT_CHECK, [person.A2, org.A]]],
    ["the assessor inserting a check for its centre's person", 'assessorB1', () => [INSERT_CHECK, [person.B1, org.B]]],
    ["adminA inserting a spell for B's person under B", 'adminA', () => [INSERT_SPELL, [person.B1, org.B, centre.B1]]],
    ['anonymous inserting a person', 'anonymous', () => [INSERT_PERSON, [org.A, `{${centre.A1}}`]]],
    // The new row of an UPDATE must also be visible (select policy): B's person is not.
    ["adminA re-pointing its own check at B's person", 'adminA', () => ['update dbs_check set person_id = ? where id = ?', [person.B1, check.A1]]],
  ])('refuses %s', async (_label, kind, statement) => {
    const [sql, params] = statement();
    await refusedByRls(SCOPES[kind](), sql, params);
  });

  it('lets an org admin and a coordinator write within their scope (control)', async () => {
    await asRequest(SCOPES.adminA(), async (em) => {
      await em.execute(INSERT_PERSON, [org.A, `{${centre.A2}}`]);
      expect(await em.nativeUpdate(Person, { id: person.A2 }, { familyName: 'Renamed' }, NO_FILTER)).toBe(1);
    });
    await asRequest(SCOPES.coordinatorA1(), async (em) => {
      await em.execute(INSERT_PERSON, [org.A, `{${centre.A1},${centre.A2}}`]);
      await em.execute(INSERT_CHECK, [person.A12, org.A]);
      expect(await em.nativeUpdate(Person, { id: person.A12 }, { familyName: 'Renamed' }, NO_FILTER)).toBe(1);
    });
  });

  // The write policies also check that a row's person, organisation and centres belong together
  // (PeopleIntegrity migration), so the database alone refuses records attached to another
  // tenant's person, and a person put at another tenant's centre.
  it.each<[string, ScopeKind, () => [string, unknown[]]]>([
    ["adminA attaching a check (under A) to B's person", 'adminA', () => [INSERT_CHECK, [person.B1, org.A]]],
    ["adminA attaching a centre spell (A's centre, under A) to B's person", 'adminA', () => [INSERT_SPELL, [person.B1, org.A, centre.A1]]],
    ["adminA putting its own person at B's centre (then visible to B1's coordinators and assessors)", 'adminA', () => ['update person set centre_ids = ?::uuid[] where id = ?', [`{${centre.B1}}`, person.A1]]],
    ["adminA inserting a person of A at B's centre", 'adminA', () => [INSERT_PERSON, [org.A, `{${centre.B1}}`]]],
    ["the coordinator filing a check of its centre's person under organisation B", 'coordinatorA1', () => [INSERT_CHECK, [person.A1, org.B]]],
    ["the coordinator adding B's centre to its centre's person", 'coordinatorA1', () => ['update person set centre_ids = ?::uuid[] where id = ?', [`{${centre.A1},${centre.B1}}`, person.A1]]],
  ])('refuses %s', async (_label, kind, statement) => {
    const [sql, params] = statement();
    await refusedByRls(SCOPES[kind](), sql, params);
  });
});
