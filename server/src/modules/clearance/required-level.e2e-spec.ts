import { Client } from 'pg';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { graphql } from '../../test/gql';
import { createUser } from '../../test/identities';
import { insertCentre, insertDbsCheck, insertOrganisation, insertPerson } from '../../test/safeguarding';
import { SCOPE_SETTINGS_SQL, scopeSettings } from '../../tenancy/database-scope';
import { scopeOf } from '../../tenancy/scope';
import { Role } from '../../auth/role';

/**
 * The DBS level a person needs follows the services of the centres they work at now, which the
 * database keeps on the person row (person.centre_service_types, see the CentreServiceTypesOnPerson
 * migration): when a centre starts or stops offering supervised work, when someone moves, and
 * whatever a write tries to store there instead.
 */

const LevelOfPerson = graphql(`
  query RlPerson($id: ID!) {
    Person(id: $id) {
      id
      clearanceStatus
      requiredDbsLevel
    }
  }
`);

const ChangeServices = graphql(`
  mutation RlCentreServices($id: ID!, $serviceTypes: [ServiceType!]) {
    updateCentre(id: $id, serviceTypes: $serviceTypes) {
      id
      serviceTypes
    }
  }
`);

const MovePerson = graphql(`
  mutation RlMovePerson($id: ID!, $centreIds: [ID!]) {
    updatePerson(id: $id, centreIds: $centreIds) {
      id
      requiredDbsLevel
      clearanceStatus
    }
  }
`);

describe('the DBS level a person needs', () => {
  let t: TestApp;
  let organisation: string;
  let supported: string;
  let supervised: string;
  let admin: TestSession;
  const levelOf = async (id: string) => dataOf(await admin.graphql(LevelOfPerson, { id })).Person;
  // Distinct service types, in no particular order.
  const servicesStored = async (id: string) =>
    (await t.db.ownerQuery<{ centre_service_types: string[] }>('select centre_service_types from person where id = $1', [id]))[0]!.centre_service_types.sort();

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-06-15T12:00:00Z') });
    organisation = await insertOrganisation(t.db, 'Levels Trust');
    supported = await insertCentre(t.db, organisation, 'Meadows Supported Centre', ['SUPPORTED_CONTACT']);
    supervised = await insertCentre(t.db, organisation, 'Riverside Supervised Centre', ['SUPPORTED_CONTACT', 'SUPERVISED_CONTACT']);
    await createUser(t.db, { email: 'admin@levels.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    admin = await t.signIn('admin@levels.test');
  });
  afterAll(() => t.close());

  async function enhancedVolunteerAt(centreId: string, familyName: string): Promise<string> {
    const id = await insertPerson(t.db, organisation, { familyName, centreIds: [centreId] });
    await insertDbsCheck(t.db, id, { level: 'ENHANCED', issueDate: '2025-06-01' });
    return id;
  }

  it('is written on the person row when they are added, from their centres', async () => {
    const id = await enhancedVolunteerAt(supervised, 'Added');
    expect(await servicesStored(id)).toEqual(['SUPERVISED_CONTACT', 'SUPPORTED_CONTACT']);
    expect(await levelOf(id)).toMatchObject({ requiredDbsLevel: 'ENHANCED_BARRED', clearanceStatus: 'WRONG_LEVEL' });
  });

  it("rises at once when their centre starts offering supervised contact, and falls when it stops", async () => {
    const centre = await insertCentre(t.db, organisation, 'Changing Centre', ['SUPPORTED_CONTACT']);
    const id = await enhancedVolunteerAt(centre, 'Changing');
    expect(await levelOf(id)).toMatchObject({ requiredDbsLevel: 'ENHANCED', clearanceStatus: 'CLEARED' });

    dataOf(await admin.graphql(ChangeServices, { id: centre, serviceTypes: ['SUPPORTED_CONTACT', 'SUPERVISED_CONTACT'] }));
    expect(await levelOf(id)).toMatchObject({ requiredDbsLevel: 'ENHANCED_BARRED', clearanceStatus: 'WRONG_LEVEL' });

    dataOf(await admin.graphql(ChangeServices, { id: centre, serviceTypes: ['SUPPORTED_CONTACT', 'HANDOVER'] }));
    expect(await levelOf(id)).toMatchObject({ requiredDbsLevel: 'ENHANCED', clearanceStatus: 'CLEARED' });
    expect(await servicesStored(id)).toEqual(['HANDOVER', 'SUPPORTED_CONTACT']);
  });

  it("records the change on the centre, not once more on each of its people", async () => {
    const centre = await insertCentre(t.db, organisation, 'Audited Centre', ['SUPPORTED_CONTACT']);
    const people = [await enhancedVolunteerAt(centre, 'AuditedOne'), await enhancedVolunteerAt(centre, 'AuditedTwo')];
    const entries = async (entityType: string, ids: string[]) =>
      Number((await t.db.ownerQuery<{ n: string }>(`select count(*) as n from audit_event where entity_type = $1 and entity_id = any ($2::uuid[])`, [entityType, ids]))[0]!.n);
    const before = { people: await entries('Person', people), centre: await entries('Centre', [centre]) };
    dataOf(await admin.graphql(ChangeServices, { id: centre, serviceTypes: ['SUPERVISED_ASSESSMENT'] }));
    expect(await levelOf(people[0]!)).toMatchObject({ requiredDbsLevel: 'ENHANCED_BARRED' });
    expect(await entries('Person', people)).toBe(before.people);
    expect(await entries('Centre', [centre])).toBe(before.centre + 1);
  });

  it('follows a move to a supervised centre, and counts every centre of someone at several', async () => {
    const id = await enhancedVolunteerAt(supported, 'Moving');
    const { updatePerson } = dataOf(await admin.graphql(MovePerson, { id, centreIds: [supervised] }));
    expect(updatePerson).toMatchObject({ requiredDbsLevel: 'ENHANCED_BARRED', clearanceStatus: 'WRONG_LEVEL' });

    const handover = await insertCentre(t.db, organisation, 'Handover Point', ['HANDOVER']);
    const both = dataOf(await admin.graphql(MovePerson, { id, centreIds: [supported, handover] })).updatePerson;
    expect(both).toMatchObject({ requiredDbsLevel: 'ENHANCED', clearanceStatus: 'CLEARED' });
    expect(await servicesStored(id)).toEqual(['HANDOVER', 'SUPPORTED_CONTACT']);
    dataOf(await admin.graphql(MovePerson, { id, centreIds: [handover, supervised] }));
    expect(await servicesStored(id)).toEqual(['HANDOVER', 'SUPERVISED_CONTACT', 'SUPPORTED_CONTACT']);
    dataOf(await admin.graphql(MovePerson, { id, centreIds: [] }));
    expect(await servicesStored(id)).toEqual([]);
  });

  it('forgets a centre that is removed', async () => {
    const centre = await insertCentre(t.db, organisation, 'Closing Supervised Centre', ['SUPERVISED_CONTACT']);
    // Named in centre_ids without a spell (a spell would keep the centre from being deleted).
    const [row] = await t.db.ownerQuery<{ id: string }>(
      `insert into person (id, organisation_id, given_name, family_name, person_type, start_date, centre_ids)
       values (gen_random_uuid(), $1, 'Pat', 'Closing', 'VOLUNTEER', '2020-01-06', $2) returning id`,
      [organisation, [centre]],
    );
    expect(await servicesStored(row!.id)).toEqual(['SUPERVISED_CONTACT']);
    await t.db.ownerQuery('delete from centre where id = $1', [centre]);
    expect(await servicesStored(row!.id)).toEqual([]);
  });

  it('cannot be lowered by a write to the column: the database recomputes it', async () => {
    const id = await enhancedVolunteerAt(supervised, 'Forged');
    const app = new Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      const scope = scopeOf({ sessionId: 's', userId: '00000000-0000-4000-8000-000000000000', email: 'x', displayName: 'x', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation, centreIds: [] }] });
      await app.query('begin');
      await app.query(SCOPE_SETTINGS_SQL, scopeSettings(scope, { userId: undefined, requestId: 'forge', ip: undefined }));
      const updated = await app.query(`update person set centre_service_types = '{}' where id = $1`, [id]);
      expect(updated.rowCount).toBe(1);
      await app.query('commit');
    } finally {
      await app.end();
    }
    expect(await servicesStored(id)).toEqual(['SUPERVISED_CONTACT', 'SUPPORTED_CONTACT']);
    expect(await levelOf(id)).toMatchObject({ requiredDbsLevel: 'ENHANCED_BARRED' });
  });
});
