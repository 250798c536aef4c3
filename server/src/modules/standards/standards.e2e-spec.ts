import { Client } from 'pg';
import pino from 'pino';
import { Role } from '../../auth/role';
import { RequestContext } from '../../common/request-context';
import { SCOPE_SETTINGS_SQL, scopeSettings } from '../../tenancy/database-scope';
import { scopeOf } from '../../tenancy/scope';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertOrganisation } from '../../test/safeguarding';
import { areasOf, publishedSet as currentVersion, StandardSetKind, standardsOf } from './index';

/**
 * National Standards end to end: head office drafts a version (empty or copied), replaces its
 * content in one go, publishes it (the kind's previous version retired in the same transaction)
 * and deletes drafts; everyone signed in reads. A published or retired version never changes:
 * the service refuses naming the field, and the database refuses by itself, to the owner and to
 * the application role alike.
 */

const CreateSet = graphql(`
  mutation NsCreateSet($kind: StandardSetKind!, $versionLabel: String!, $effectiveOn: LocalDate!, $copyFromId: ID) {
    createStandardSet(kind: $kind, versionLabel: $versionLabel, effectiveOn: $effectiveOn, copyFromId: $copyFromId) {
      id
      kind
      versionLabel
      status
      version
      standardCount
    }
  }
`);

const UpdateSet = graphql(`
  mutation NsUpdateSet($id: ID!, $version: Int, $versionLabel: String, $effectiveOn: LocalDate, $areas: [StandardAreaInput!]) {
    updateStandardSet(id: $id, version: $version, versionLabel: $versionLabel, effectiveOn: $effectiveOn, areas: $areas) {
      id
      version
      versionLabel
      effectiveOn
      standardCount
      areas { number title standards { code title guidance } }
    }
  }
`);

const PublishSet = graphql(`
  mutation NsPublishSet($id: ID!) {
    publishStandardSet(id: $id) { id status publishedAt }
  }
`);

const DeleteSet = graphql(`
  mutation NsDeleteSet($id: ID!) {
    deleteStandardSet(id: $id) { id versionLabel }
  }
`);

const ReadSet = graphql(`
  query NsReadSet($id: ID!) {
    StandardSet(id: $id) {
      id
      kind
      versionLabel
      effectiveOn
      status
      publishedAt
      standardCount
      areas { number title standards { code title guidance } }
    }
  }
`);

const ListSets = graphql(`
  query NsListSets($filter: StandardSetFilter, $sortField: String, $sortOrder: String) {
    allStandardSets(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 50) { id kind versionLabel status standardCount areas { number standards { code } } }
    _allStandardSetsMeta(filter: $filter) { count }
  }
`);

const CONTENT = [
  { title: 'Service management', standards: [{ title: 'A statement of purpose', guidance: 'Reviewed every year.' }, { title: 'A named committee' }] },
  { title: 'Staffing', standards: [{ title: 'Enough trained people at every session', guidance: 'The rota shows it.' }] },
];

describe('National Standards', () => {
  let t: TestApp;
  let hq: TestSession;
  let orgAdmin: TestSession;
  let hqUserId: string;
  let organisation: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-15T12:00:00Z') });
    hqUserId = await createUser(t.db, { email: 'hq@standards.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    organisation = await insertOrganisation(t.db, 'Standards Trust');
    await createUser(t.db, { email: 'admin@standards.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    hq = await t.signIn('hq@standards.test');
    orgAdmin = await t.signIn('admin@standards.test');
  });
  afterAll(() => t.close());

  /** A published set of this kind with CONTENT, through the API. */
  async function publishedSet(kind: 'SUPPORTED_CENTRES' | 'SUPERVISED_CENTRES' | 'SUPERVISED_SERVICES', versionLabel: string): Promise<string> {
    const draft = dataOf(await hq.graphql(CreateSet, { kind, versionLabel, effectiveOn: '2026-04-01' })).createStandardSet!;
    dataOf(await hq.graphql(UpdateSet, { id: draft.id, areas: CONTENT }));
    dataOf(await hq.graphql(PublishSet, { id: draft.id }));
    return draft.id;
  }

  it('drafts a version, numbers its content by position, and publishes it', async () => {
    const draft = dataOf(await hq.graphql(CreateSet, { kind: 'SUPPORTED_CENTRES', versionLabel: '2026', effectiveOn: '2026-04-01' })).createStandardSet!;
    expect(draft).toMatchObject({ kind: 'SUPPORTED_CENTRES', versionLabel: '2026', status: 'DRAFT', standardCount: 0 });
    const updated = dataOf(await hq.graphql(UpdateSet, { id: draft.id, version: draft.version, versionLabel: ' 2026a ', areas: CONTENT })).updateStandardSet!;
    expect(updated).toMatchObject({ versionLabel: '2026a', standardCount: 3, version: draft.version + 1 });
    expect(updated.areas).toEqual([
      { number: '1', title: 'Service management', standards: [{ code: '1.1', title: 'A statement of purpose', guidance: 'Reviewed every year.' }, { code: '1.2', title: 'A named committee', guidance: '' }] },
      { number: '2', title: 'Staffing', standards: [{ code: '2.1', title: 'Enough trained people at every session', guidance: 'The rota shows it.' }] },
    ]);
    // Replaced whole: an area dropped and the order changed renumber everything.
    const replaced = dataOf(await hq.graphql(UpdateSet, { id: draft.id, areas: [CONTENT[1]!, { title: 'Training', standards: [{ title: 'Induction' }, { title: 'Safeguarding' }] }] })).updateStandardSet!;
    expect(replaced.areas.map((a) => [a.number, a.title, a.standards.map((s) => s.code)])).toEqual([
      ['1', 'Staffing', ['1.1']],
      ['2', 'Training', ['2.1', '2.2']],
    ]);
    const stale = await hq.graphql(UpdateSet, { id: draft.id, version: draft.version, versionLabel: '2026b' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const published = dataOf(await hq.graphql(PublishSet, { id: draft.id })).publishStandardSet!;
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).toBe('2026-06-15T12:00:00.000Z');
    const read = dataOf(await orgAdmin.graphql(ReadSet, { id: draft.id })).StandardSet!;
    expect(read).toMatchObject({ status: 'PUBLISHED', standardCount: 3, effectiveOn: '2026-04-01' });
  });

  it('refuses any change to a published set, naming the field, and keeps it', async () => {
    const id = await publishedSet('SUPERVISED_SERVICES', '2026');
    const before = dataOf(await hq.graphql(ReadSet, { id })).StandardSet;
    for (const variables of [{ id, versionLabel: '2027' }, { id, effectiveOn: '2026-05-01' }, { id, areas: CONTENT }]) {
      const refused = await hq.graphql(UpdateSet, variables);
      expect(refused.errors?.[0]).toMatchObject({ message: 'A published set cannot change: draft a new version', extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    }
    expect((await hq.graphql(PublishSet, { id })).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    expect((await hq.graphql(DeleteSet, { id })).errors?.[0]?.message).toMatch(/Only a draft can be deleted/);
    expect(dataOf(await hq.graphql(ReadSet, { id })).StandardSet).toEqual(before);
  });

  it('drafts a revision copied from the current version; publishing it retires the previous one', async () => {
    const current = await publishedSet('SUPERVISED_CENTRES', '2026');
    const revision = dataOf(await hq.graphql(CreateSet, { kind: 'SUPERVISED_CENTRES', versionLabel: '2027', effectiveOn: '2027-04-01', copyFromId: current })).createStandardSet!;
    expect(revision).toMatchObject({ status: 'DRAFT', standardCount: 3 });
    const copied = dataOf(await hq.graphql(ReadSet, { id: revision.id })).StandardSet!;
    const original = dataOf(await hq.graphql(ReadSet, { id: current })).StandardSet!;
    expect(copied.areas).toEqual(original.areas);
    // The copy is its own: changing it leaves the published version as it was.
    dataOf(await hq.graphql(UpdateSet, { id: revision.id, areas: [...CONTENT, { title: 'Finances', standards: [{ title: 'A budget' }] }] }));
    expect(dataOf(await hq.graphql(ReadSet, { id: current })).StandardSet!.standardCount).toBe(3);

    dataOf(await hq.graphql(PublishSet, { id: revision.id }));
    const sets = dataOf(await orgAdmin.graphql(ListSets, { filter: { kind: 'SUPERVISED_CENTRES' }, sortField: 'versionLabel' }));
    expect(sets.allStandardSets.map((s) => [s.versionLabel, s.status, s.standardCount])).toEqual([
      ['2026', 'RETIRED', 3],
      ['2027', 'PUBLISHED', 4],
    ]);
    expect(sets._allStandardSetsMeta.count).toBe(2);
    const published = dataOf(await orgAdmin.graphql(ListSets, { filter: { status: 'PUBLISHED', kind: 'SUPERVISED_CENTRES' } }));
    expect(published.allStandardSets.map((s) => s.id)).toEqual([revision.id]);
    // A retired version cannot change either.
    expect((await hq.graphql(UpdateSet, { id: current, versionLabel: '2026 old' })).errors?.[0]?.message).toBe('A retired set cannot change: draft a new version');
    // The publication and the retirement are audited in head office's name.
    const audited = await t.db.ownerQuery<{ entity_id: string; changes: Record<string, { before: unknown; after: unknown }>; actor_user_id: string }>(
      `select entity_id, changes, actor_user_id from audit_event where entity_type = 'StandardSet' and action = 'UPDATE' and changes ? 'status' and entity_id = any($1::uuid[]) order by occurred_at, id`,
      [[current, revision.id]],
    );
    expect(audited.map((e) => [e.entity_id, e.changes.status, e.actor_user_id])).toEqual(
      expect.arrayContaining([
        [current, { before: 'PUBLISHED', after: 'RETIRED' }, hqUserId],
        [revision.id, { before: 'DRAFT', after: 'PUBLISHED' }, hqUserId],
      ]),
    );
  });

  it('refuses a copy from another kind, a label already used, an empty draft to publish and malformed content, naming the field', async () => {
    const supported = await publishedSet('SUPPORTED_CENTRES', '2025');
    const otherKind = await hq.graphql(CreateSet, { kind: 'SUPERVISED_SERVICES', versionLabel: '2031', effectiveOn: '2026-04-01', copyFromId: supported });
    expect(otherKind.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'copyFromId' } });
    const taken = await hq.graphql(CreateSet, { kind: 'SUPPORTED_CENTRES', versionLabel: '2025', effectiveOn: '2026-04-01' });
    expect(taken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'versionLabel' } });
    const farAhead = await hq.graphql(CreateSet, { kind: 'SUPPORTED_CENTRES', versionLabel: '2040', effectiveOn: '2040-04-01' });
    expect(farAhead.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'effectiveOn' } });

    const draft = dataOf(await hq.graphql(CreateSet, { kind: 'SUPPORTED_CENTRES', versionLabel: '2032', effectiveOn: '2026-09-01' })).createStandardSet!;
    expect((await hq.graphql(PublishSet, { id: draft.id })).errors?.[0]?.message).toMatch(/has none yet/);
    for (const areas of [
      [{ title: '  ', standards: [{ title: 'A standard' }] }],
      [{ title: 'Staffing', standards: [] }],
      [{ title: 'Staffing', standards: [{ title: 'Fine' }, { title: 'Bad\u0007' }] }],
      [{ title: 'Staffing', standards: [{ title: 'Fine', guidance: 'g'.repeat(4001) }] }],
    ]) {
      const refused = await hq.graphql(UpdateSet, { id: draft.id, areas });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areas' });
    }
    expect((await hq.graphql(UpdateSet, { id: draft.id, areas: [{ title: 'Staffing', standards: [{ title: 'Fine' }, { title: 'Bad\u0007' }] }] })).errors?.[0]?.message).toBe(
      "Standard 1.2's title must not contain control characters",
    );
    expect(dataOf(await hq.graphql(ReadSet, { id: draft.id })).StandardSet!.standardCount).toBe(0);
    // A draft is deleted, with its content.
    dataOf(await hq.graphql(UpdateSet, { id: draft.id, areas: CONTENT }));
    expect(dataOf(await hq.graphql(DeleteSet, { id: draft.id })).deleteStandardSet).toMatchObject({ id: draft.id, versionLabel: '2032' });
    expect(await t.db.ownerQuery('select id from standard where set_id = $1 union all select id from standard_area where set_id = $1', [draft.id])).toEqual([]);
  });

  it('publishes two drafts of a kind at the same moment one after the other: one current version, the other retired', async () => {
    const drafts: string[] = [];
    for (const versionLabel of ['2040-a', '2040-b']) {
      const draft = dataOf(await hq.graphql(CreateSet, { kind: 'SUPERVISED_SERVICES', versionLabel, effectiveOn: '2026-09-01' })).createStandardSet!;
      dataOf(await hq.graphql(UpdateSet, { id: draft.id, areas: CONTENT }));
      drafts.push(draft.id);
    }
    const answers = await Promise.all(drafts.map((id) => hq.graphql(PublishSet, { id })));
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
    const statuses = await t.db.ownerQuery<{ id: string; status: string }>(`select id, status from standard_set where id = any($1::uuid[])`, [drafts]);
    expect(statuses.map((row) => row.status).sort()).toEqual(['PUBLISHED', 'RETIRED']);
    expect(await t.db.ownerQuery(`select count(*)::int as n from standard_set where kind = 'SUPERVISED_SERVICES' and status = 'PUBLISHED'`)).toEqual([{ n: 1 }]);
  });

  it('lets everyone signed in read, and only head office write', async () => {
    const list = dataOf(await orgAdmin.graphql(ListSets, {}));
    expect(list._allStandardSetsMeta.count).toBeGreaterThan(0);
    const refused = await orgAdmin.graphql(CreateSet, { kind: 'SUPPORTED_CENTRES', versionLabel: '2099', effectiveOn: '2026-04-01' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a list of sets with their areas and standards in a bounded number of statements', async () => {
    const counts: number[] = [];
    for (const kind of ['SUPPORTED_CENTRES', undefined] as const) {
      const { data } = await t.db.sql.during(() => orgAdmin.graphql(ListSets, { filter: kind ? { kind } : {} }));
      counts.push(data.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("gives other modules a kind's current version and its standards in order, to any caller in a request", async () => {
    const id = await publishedSet('SUPERVISED_SERVICES', '2028-read');
    const identity = { sessionId: 'spec', userId: hqUserId, email: 'x@standards.test', displayName: 'x', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation, centreIds: [] }] };
    const ctx = new RequestContext(t.db.orm.em.fork(), 'standards-spec', pino({ level: 'silent' }), '127.0.0.1', identity);
    await ctx.beginRequestTransaction();
    try {
      const set = await currentVersion(ctx, StandardSetKind.SUPERVISED_SERVICES);
      expect(set).toMatchObject({ id, versionLabel: '2028-read', status: 'PUBLISHED' });
      const standards = await standardsOf(ctx, id);
      expect(standards.map((standard) => [standard.code, standard.area.number, standard.area.title])).toEqual([
        ['1.1', '1', 'Service management'],
        ['1.2', '1', 'Service management'],
        ['2.1', '2', 'Staffing'],
      ]);
      expect((await areasOf(ctx, id)).map((area) => area.title)).toEqual(['Service management', 'Staffing']);
      expect(await standardsOf(ctx, '00000000-0000-4000-8000-000000000000')).toEqual([]);
    } finally {
      await ctx.em.rollback();
    }
  });

  describe('the database refuses changes to a published set by itself', () => {
    let published: string;
    let draft: string;

    beforeAll(async () => {
      published = await publishedSet('SUPPORTED_CENTRES', '2033-db');
      // publishedSet retired the earlier supported version; a draft beside it.
      draft = dataOf(await hq.graphql(CreateSet, { kind: 'SUPPORTED_CENTRES', versionLabel: '2034-db', effectiveOn: '2026-04-01', copyFromId: published })).createStandardSet!.id;
    });

    /** Statements against a published set's fields, areas and standards (each alone). */
    const refusedStatements = (set: string) => [
      [`update standard set title = 'Changed' where set_id = $1`, [set]],
      [`update standard set guidance = 'Changed' where set_id = $1`, [set]],
      [`delete from standard where set_id = $1`, [set]],
      [`insert into standard (id, set_id, area_id, position, code, title) select gen_random_uuid(), set_id, id, 9, number || '.9', 'Added' from standard_area where set_id = $1 and position = 1`, [set]],
      [`update standard_area set title = 'Changed' where set_id = $1`, [set]],
      [`delete from standard_area where set_id = $1`, [set]],
      [`insert into standard_area (id, set_id, position, number, title) values (gen_random_uuid(), $1, 9, '9', 'Added')`, [set]],
      [`update standard_set set version_label = 'Changed' where id = $1`, [set]],
      [`update standard_set set effective_on = '2020-01-01' where id = $1`, [set]],
      [`update standard_set set status = 'DRAFT', published_at = null where id = $1`, [set]],
      [`update standard_set set status = 'RETIRED', version_label = 'Changed' where id = $1`, [set]],
      [`delete from standard_set where id = $1`, [set]],
    ] as const;

    const snapshot = (set: string) =>
      t.db.ownerQuery(
        `select (select md5(string_agg(s::text, '|' order by s.id)) from standard_set s where s.id = $1) as sets,
                (select md5(string_agg(a::text, '|' order by a.id)) from standard_area a where a.set_id = $1) as areas,
                (select md5(string_agg(x::text, '|' order by x.id)) from standard x where x.set_id = $1) as standards`,
        [set],
      );

    it('to the owner', async () => {
      const before = await snapshot(published);
      for (const [text, values] of refusedStatements(published)) {
        await expect(t.db.ownerQuery(text, [...values])).rejects.toThrow(/A published standard set cannot change: draft a new version|Only a draft standard set can be deleted/);
      }
      expect(await snapshot(published)).toEqual(before);
      // A set is born a draft; a second published set of a kind is refused by the index.
      await expect(t.db.ownerQuery(`insert into standard_set (id, kind, version_label, effective_on, status, published_at) values (gen_random_uuid(), 'SUPPORTED_CENTRES', 'x', '2026-01-01', 'PUBLISHED', now())`)).rejects.toThrow(/created as a draft/);
      await expect(t.db.ownerQuery(`update standard_set set status = 'PUBLISHED', published_at = now() where id = $1`, [draft])).rejects.toThrow(/standard_set_one_published_per_kind/);
      await expect(t.db.ownerQuery(`update standard_set set status = 'RETIRED', published_at = now() where id = $1`, [draft])).rejects.toThrow(/published before it is retired/);
    });

    it('to the application role as head office, whose row-level security allows the writes', async () => {
      const app = new Client({ connectionString: t.db.appUrl });
      await app.connect();
      const scope = scopeOf({ sessionId: 's', userId: hqUserId, email: 'hq@standards.test', displayName: 'HQ', grants: [{ role: Role.NATIONAL_ADMIN, organisationId: null, centreIds: [] }] });
      const before = await snapshot(published);
      try {
        for (const [text, values] of refusedStatements(published)) {
          await app.query('begin');
          await app.query(SCOPE_SETTINGS_SQL, scopeSettings(scope, { userId: hqUserId, requestId: 'raw', ip: undefined }));
          await expect(app.query(text, [...values])).rejects.toThrow(/A published standard set cannot change: draft a new version|Only a draft standard set can be deleted/);
          await app.query('rollback');
        }
        // A draft changes freely, and a published set retires, in the same role.
        await app.query('begin');
        await app.query(SCOPE_SETTINGS_SQL, scopeSettings(scope, { userId: hqUserId, requestId: 'raw', ip: undefined }));
        expect((await app.query(`update standard set guidance = 'Changed in the draft' where set_id = $1`, [draft])).rowCount).toBeGreaterThan(0);
        expect((await app.query(`delete from standard where set_id = $1 and code = '1.1'`, [draft])).rowCount).toBe(1);
        expect((await app.query(`update standard_set set version_label = '2034-db-b' where id = $1`, [draft])).rowCount).toBe(1);
        expect((await app.query(`update standard_set set status = 'RETIRED' where id = $1`, [published])).rowCount).toBe(1);
        await app.query('rollback');
      } finally {
        await app.end();
      }
      expect(await snapshot(published)).toEqual(before);
    });

    it('to the application role as anyone else (row-level security refuses first)', async () => {
      const app = new Client({ connectionString: t.db.appUrl });
      await app.connect();
      const scope = scopeOf({ sessionId: 's', userId: hqUserId, email: 'x', displayName: 'x', grants: [{ role: Role.TRAINING_TEAM, organisationId: null, centreIds: [] }] });
      try {
        await app.query('begin');
        await app.query(SCOPE_SETTINGS_SQL, scopeSettings(scope, { userId: hqUserId, requestId: 'raw', ip: undefined }));
        expect((await app.query(`update standard set guidance = 'Changed' where set_id = $1`, [draft])).rowCount).toBe(0);
        expect((await app.query(`select count(*)::int as n from standard where set_id = $1`, [published])).rows[0].n).toBeGreaterThan(0);
        await app.query('rollback');
      } finally {
        await app.end();
      }
    });
  });
});
