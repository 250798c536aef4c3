import type { Knex } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { MAX_PREPARED_PER_CONNECTION, preparedQuery } from '../../db/prepared-query';
import { Role } from '../../auth/role';

/**
 * Reading people through hand-written, prepared SQL (people.read.ts): the caller's scope is in
 * every statement, for every kind of caller including one with grants of two kinds, and the text
 * of a statement never carries a value, so one plan serves every caller of that kind.
 */

const People = graphql(`
  query PrPeople($filter: PersonFilter) {
    allPeople(filter: $filter, perPage: 100, sortField: "familyName") {
      id
      familyName
      latestDbsLevel
      organisation {
        id
        name
      }
    }
    _allPeopleMeta(filter: $filter) {
      count
    }
  }
`);

const OnePerson = graphql(`
  query PrPerson($id: ID!) {
    Person(id: $id) {
      id
      familyName
    }
  }
`);

const Csv = graphql(`
  query PrCsv {
    peopleCsv
  }
`);

const Totals = graphql(`
  query PrTotals {
    clearanceSummary {
      totals {
        total
      }
      cannotBeRostered {
        id
      }
    }
  }
`);

describe('reading people', () => {
  let t: TestApp;
  const people = {} as Record<'a1' | 'a2' | 'b1' | 'b2', string>;
  let both: TestSession;
  let adminA: TestSession;
  let adminB: TestSession;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-15T12:00:00Z') });
    const a = await insertOrganisation(t.db, 'Alder Trust');
    const b = await insertOrganisation(t.db, 'Birch Trust');
    const centreA = await insertCentre(t.db, a, 'Alder Centre');
    const centreB1 = await insertCentre(t.db, b, 'Birch North Centre');
    const centreB2 = await insertCentre(t.db, b, 'Birch South Centre');
    people.a1 = await insertPerson(t.db, a, { familyName: 'Ash', centreIds: [centreA] });
    people.a2 = await insertPerson(t.db, a, { familyName: 'Aspen' });
    people.b1 = await insertPerson(t.db, b, { familyName: 'Beech', centreIds: [centreB1] });
    people.b2 = await insertPerson(t.db, b, { familyName: 'Blackthorn', centreIds: [centreB2] });
    for (const id of Object.values(people)) await insertDbsCheck(t.db, id, { level: 'ENHANCED', issueDate: '2025-01-10' });
    await createUser(t.db, {
      email: 'both@people.test',
      grants: [
        { role: Role.ORG_ADMIN, organisationId: a },
        { role: Role.CENTRE_COORDINATOR, organisationId: b, centreIds: [centreB1] },
      ],
    });
    await createUser(t.db, { email: 'admin-a@people.test', grants: [{ role: Role.ORG_ADMIN, organisationId: a }] });
    await createUser(t.db, { email: 'admin-b@people.test', grants: [{ role: Role.ORG_ADMIN, organisationId: b }] });
    both = await t.signIn('both@people.test');
    adminA = await t.signIn('admin-a@people.test');
    adminB = await t.signIn('admin-b@people.test');
  });
  afterAll(() => t.close());

  describe('for someone with an organisation of their own and a centre of another', () => {
    it("lists their organisation's people and those of their centre, and nobody else", async () => {
      const { allPeople, _allPeopleMeta } = dataOf(await both.graphql(People, {}));
      expect(allPeople.map((p) => p.familyName)).toEqual(['Ash', 'Aspen', 'Beech']);
      expect(_allPeopleMeta.count).toBe(3);
      // They manage the safeguarding of all three, and see each one's organisation.
      expect(allPeople.map((p) => [p.latestDbsLevel, p.organisation.name])).toEqual([
        ['ENHANCED', 'Alder Trust'],
        ['ENHANCED', 'Alder Trust'],
        ['ENHANCED', 'Birch Trust'],
      ]);
    });

    it("answers the other organisation's other people NOT_FOUND, by id as in a filter", async () => {
      expect((await both.graphql(OnePerson, { id: people.b2 })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(dataOf(await both.graphql(OnePerson, { id: people.b1 })).Person?.familyName).toBe('Beech');
      const { allPeople, _allPeopleMeta } = dataOf(await both.graphql(People, { filter: { ids: [people.b2, people.a1] } }));
      expect(allPeople.map((p) => p.id)).toEqual([people.a1]);
      expect(_allPeopleMeta.count).toBe(1);
    });

    it('exports and counts the same people', async () => {
      const csv = dataOf(await both.graphql(Csv, {})).peopleCsv;
      expect(csv).toMatch(/Ash/);
      expect(csv).toMatch(/Beech/);
      expect(csv).not.toMatch(/Blackthorn/);
      expect(csv.trim().split(/\r?\n/)).toHaveLength(4);
      expect(dataOf(await both.graphql(Totals, {})).clearanceSummary.totals.total).toBe(3);
    });
  });

  it('sends the same statement text for every organisation admin: values are bound, never written in', async () => {
    const pageStatement = async (session: TestSession) => {
      const { data } = await t.db.sql.during(async () => dataOf(await session.graphql(People, {})));
      return data.filter((sql) => /json_agg/.test(sql));
    };
    const [forA] = await pageStatement(adminA);
    const [forB] = await pageStatement(adminB);
    expect(forA).toBeDefined();
    expect(forB).toBe(forA);
    expect(forA).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it(`prepares at most ${MAX_PREPARED_PER_CONNECTION} statements on one connection, and runs the rest unnamed`, async () => {
    const em = t.db.orm.em.fork();
    await em.begin();
    try {
      const texts = Array.from({ length: MAX_PREPARED_PER_CONNECTION + 5 }, (_, n) => `select $1::int + ${n} as sum`);
      for (const [n, text] of texts.entries()) {
        expect(await preparedQuery<{ sum: number }>(em, text, [1])).toEqual([{ sum: 1 + n }]);
      }
      const client = (await (em.getTransactionContext<Knex.Transaction>()!.client as unknown as { acquireConnection(): Promise<Client> }).acquireConnection()) as Client;
      // Whatever this pooled connection had prepared before, it now holds exactly the cap.
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements');
      expect(rows[0]!.n).toBe(MAX_PREPARED_PER_CONNECTION);
    } finally {
      await em.rollback();
    }
  });
});
