import { Role } from '../auth/role';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../test/app';
import { graphql } from '../test/gql';
import { createUser } from '../test/identities';

const AddCentre = graphql(`
  mutation LoadAddCentre($organisationId: ID!, $name: String!) {
    createCentre(organisationId: $organisationId, name: $name, postcode: "M1 1AE", serviceTypes: [SUPPORTED_CONTACT], addressLine1: "Hall", town: "Manchester") {
      id
    }
  }
`);

const RenameCentre = graphql(`
  mutation LoadRenameCentre($id: ID!, $openingPattern: String!) {
    updateCentre(id: $id, openingPattern: $openingPattern) {
      id
      openingPattern
    }
  }
`);

const ListOwn = graphql(`
  query LoadListOwn {
    allCentres(perPage: 500) {
      id
      organisationId
    }
  }
`);

/**
 * Many writes for one organisation at once while another organisation reads: every write the
 * server acknowledged is stored exactly once, and the reader never sees a row that is not theirs
 * (the per-request scope is never crossed between pooled connections under load).
 */
describe('concurrent writes of one tenant while another reads', () => {
  let t: TestApp;
  let writer: TestSession;
  let reader: TestSession;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    t = await createTestApp();
    const insertOrg = async (name: string) =>
      (await t.db.ownerQuery<{ id: string }>(
        `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), $1, 'CHARITY', 'a@b.org', 'NORTH_WEST') returning id`,
        [name],
      ))[0]!.id;
    orgA = await insertOrg('Busy Organisation');
    orgB = await insertOrg('Reading Organisation');
    await t.db.ownerQuery(
      `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
       values (gen_random_uuid(), $1, 'B Centre', 'M1 1AE', 53.48, -2.24, 'NORTH_WEST', '{SUPPORTED_CONTACT}', '{}', '{}')`,
      [orgB],
    );
    await createUser(t.db, { email: 'busy@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgA }] });
    await createUser(t.db, { email: 'reader@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: orgB }] });
    writer = await t.signIn('busy@naccc.test');
    reader = await t.signIn('reader@naccc.test');
  });
  afterAll(() => t.close());

  it('stores 200 concurrent creates and updates exactly once, and the other tenant sees only its own rows throughout', async () => {
    const creates = Array.from({ length: 100 }, (_, i) => writer.graphql(AddCentre, { organisationId: orgA, name: `Load Centre ${i}` }));
    const reads = Array.from({ length: 40 }, () => reader.graphql(ListOwn));
    const [created, seen] = await Promise.all([Promise.all(creates), Promise.all(reads)]);
    const acknowledged = created.map((response) => dataOf(response).createCentre!.id);

    const updates = acknowledged.map((id, i) => writer.graphql(RenameCentre, { id, openingPattern: `Saturdays, run ${i}` }));
    const moreReads = Array.from({ length: 40 }, () => reader.graphql(ListOwn));
    const [updated, seenLater] = await Promise.all([Promise.all(updates), Promise.all(moreReads)]);
    updated.forEach((response, i) => expect(dataOf(response).updateCentre!.openingPattern).toBe(`Saturdays, run ${i}`));

    for (const response of [...seen, ...seenLater]) {
      const rows = dataOf(response).allCentres;
      expect(rows.length).toBe(1);
      expect(rows.every((row) => row.organisationId === orgB)).toBe(true);
    }
    const stored = await t.db.ownerQuery<{ id: string; name: string; opening_pattern: string }>(
      'select id, name, opening_pattern from centre where organisation_id = $1',
      [orgA],
    );
    expect(stored).toHaveLength(100);
    expect(new Set(stored.map((row) => row.name)).size).toBe(100);
    expect(stored.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
    const byId = new Map(stored.map((row) => [row.id, row.opening_pattern]));
    acknowledged.forEach((id, i) => expect(byId.get(id)).toBe(`Saturdays, run ${i}`));
  }, 60_000);
});
