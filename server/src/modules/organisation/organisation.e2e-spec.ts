import { createTestApp, dataOf, type TestApp, type TestSession } from '../../test/app';
import { createUser } from '../../test/identities';
import { Role } from '../../auth/role';
import { graphql } from '../../test/gql';

const CreateOrganisation = graphql(`
  mutation CreateOrganisation(
    $name: String!
    $type: OrganisationType!
    $contactEmail: String!
    $region: Region!
    $charityNumber: String
    $membershipStatus: MembershipStatus
  ) {
    createOrganisation(
      name: $name
      type: $type
      contactEmail: $contactEmail
      region: $region
      charityNumber: $charityNumber
      membershipStatus: $membershipStatus
    ) {
      id
      name
      contactEmail
      charityNumber
      membershipStatus
      version
    }
  }
`);

const UpdateOrganisation = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int, $name: String, $charityNumber: String) {
    updateOrganisation(id: $id, version: $version, name: $name, charityNumber: $charityNumber) {
      id
      name
      charityNumber
      version
    }
  }
`);

const ExportOrganisation = graphql(`
  query ExportOrganisation($id: ID!) {
    exportOrganisation(id: $id)
  }
`);

const UpdateMembership = graphql(`
  mutation UpdateMembership($id: ID!, $membershipStatus: MembershipStatus) {
    updateOrganisation(id: $id, membershipStatus: $membershipStatus) {
      id
      membershipStatus
    }
  }
`);

const DeleteOrganisation = graphql(`
  mutation DeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id) {
      id
    }
  }
`);

const ListOrganisations = graphql(`
  query ListOrganisations($filter: OrganisationFilter, $sortField: String, $sortOrder: String, $perPage: Int) {
    allOrganisations(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: $perPage) {
      id
      name
      region
      centres {
        id
        name
      }
    }
    _allOrganisationsMeta(filter: $filter) {
      count
    }
  }
`);

const AddCentre = graphql(`
  mutation AddCentreToOrganisation($organisationId: ID!, $name: String!) {
    createCentre(organisationId: $organisationId, name: $name, postcode: "LS1 4AP", serviceTypes: [SUPPORTED_CONTACT], addressLine1: "Town Hall", town: "Leeds") {
      id
    }
  }
`);

describe('member organisations through the GraphQL API', () => {
  let t: TestApp;
  let hq: TestSession;
  const base = { type: 'CHARITY' as const, contactEmail: 'Info@Example.org.uk', region: 'YORKSHIRE_AND_THE_HUMBER' as const };
  const organisationCount = async () => Number((await t.db.ownerQuery<{ n: string }>('select count(*) as n from organisation'))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    hq = await t.signIn('hq@naccc.test');
  });
  afterAll(() => t.close());

  it('creates a member with tidy values', async () => {
    const created = dataOf(await hq.graphql(CreateOrganisation, { ...base, name: ' Leeds Family Contact ', charityNumber: '1078329' })).createOrganisation!;
    expect(created).toMatchObject({ name: 'Leeds Family Contact', contactEmail: 'info@example.org.uk', charityNumber: '1078329', membershipStatus: 'MEMBER', version: 1 });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ contactEmail: 'not an email' }, 'contactEmail'],
    [{ charityNumber: 'charity!' }, 'charityNumber'],
    [{ name: 'LEEDS FAMILY CONTACT' }, 'name'],
  ])('refuses %p as BAD_USER_INPUT naming %s, writing nothing', async (override, field) => {
    const before = await organisationCount();
    const response = await hq.graphql(CreateOrganisation, { ...base, name: 'Another Organisation', ...override });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await organisationCount()).toBe(before);
  });

  it('lists with centres batched, filters and counts', async () => {
    const york = dataOf(await hq.graphql(CreateOrganisation, { ...base, name: 'York Contact Centre Trust' })).createOrganisation!;
    dataOf(await hq.graphql(AddCentre, { organisationId: york.id, name: 'York Centre One' }));
    dataOf(await hq.graphql(AddCentre, { organisationId: york.id, name: 'York Centre Two' }));
    const { result, data } = await t.db.sql.during(() => hq.graphql(ListOrganisations, { sortField: 'name', sortOrder: 'DESC' }));
    const list = dataOf(result);
    expect(list.allOrganisations.map((o) => o.name)).toEqual(['York Contact Centre Trust', 'Leeds Family Contact']);
    expect(list.allOrganisations[0]?.centres.map((c) => c.name)).toEqual(['York Centre One', 'York Centre Two']);
    expect(list._allOrganisationsMeta.count).toBe(2);
    // session lookup + page + count + one batched load of every listed organisation's centres
    expect(data).toHaveLength(4);
    const filtered = dataOf(await hq.graphql(ListOrganisations, { filter: { q: 'york' } }));
    expect(filtered.allOrganisations.map((o) => o.name)).toEqual(['York Contact Centre Trust']);
  });

  it('will not delete an organisation that still runs centres', async () => {
    const [york] = dataOf(await hq.graphql(ListOrganisations, { filter: { q: 'york' } })).allOrganisations;
    const response = await hq.graphql(DeleteOrganisation, { id: york!.id });
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await organisationCount()).toBe(2);
  });

  it('updates with a version check and deletes an organisation without centres', async () => {
    const [leeds] = dataOf(await hq.graphql(ListOrganisations, { filter: { q: 'leeds' } })).allOrganisations;
    const updated = dataOf(await hq.graphql(UpdateOrganisation, { id: leeds!.id, version: 1, charityNumber: null })).updateOrganisation!;
    expect(updated).toMatchObject({ charityNumber: null, version: 2 });
    const stale = await hq.graphql(UpdateOrganisation, { id: leeds!.id, version: 1, name: 'Stale' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    dataOf(await hq.graphql(DeleteOrganisation, { id: leeds!.id }));
    expect(await organisationCount()).toBe(1);
  });

  it("lets an organisation's own admin edit its details but not its membership status", async () => {
    const [york] = dataOf(await hq.graphql(ListOrganisations, { filter: { q: 'york' } })).allOrganisations;
    await createUser(t.db, { email: 'admin@york.test', grants: [{ role: Role.ORG_ADMIN, organisationId: york!.id }] });
    const admin = await t.signIn('admin@york.test');
    const renamed = dataOf(await admin.graphql(UpdateOrganisation, { id: york!.id, name: 'York Contact Centres Trust' })).updateOrganisation!;
    expect(renamed.name).toBe('York Contact Centres Trust');
    const status = await admin.graphql(UpdateMembership, { id: york!.id, membershipStatus: 'SUSPENDED' });
    expect(status.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.db.ownerQuery('select membership_status from organisation where id = $1', [york!.id])).toEqual([{ membership_status: 'MEMBER' }]);
    const unchanged = await admin.graphql(UpdateMembership, { id: york!.id, membershipStatus: 'MEMBER' });
    expect(unchanged.errors).toBeUndefined();
  });

  it('exports everything an organisation owns for its own admin, audited, without secrets', async () => {
    const [york] = dataOf(await hq.graphql(ListOrganisations, { filter: { q: 'york' } })).allOrganisations;
    const admin = await t.signIn('admin@york.test');
    const [person] = await t.db.ownerQuery<{ id: string }>(
      `insert into person (id, organisation_id, given_name, family_name, person_type, start_date) values (gen_random_uuid(), $1, 'Yvonne', 'Archer', 'VOLUNTEER', '2021-04-01') returning id`,
      [york!.id],
    );
    await t.db.ownerQuery(
      `insert into dbs_check (id, person_id, organisation_id, jurisdiction, level, workforce, certificate_number, issue_date, decision, decided_by, decided_at)
       values (gen_random_uuid(), $1, $2, 'DBS', 'ENHANCED_BARRED', 'CHILD', '001122334455', '2025-01-10', 'CLEARED', 'Safeguarding lead', '2025-01-20')`,
      [person!.id, york!.id],
    );
    const archive = dataOf(await admin.graphql(ExportOrganisation, { id: york!.id })).exportOrganisation as {
      format: string;
      organisation: { id: string; name: string };
      centres: Array<{ name: string; organisation: string }>;
      users: Array<{ email: string; grants: Array<{ role: string }> }>;
      auditEvents: Array<{ action: string }>;
      people: Array<{ givenName: string; familyName: string }>;
      dbsChecks: Array<{ level: string; decision: string }>;
    };
    expect(archive.format).toBe('naccc-organisation-export/1');
    expect(archive.organisation).toMatchObject({ id: york!.id, name: 'York Contact Centres Trust' });
    expect(archive.centres.map((c) => c.name)).toEqual(['York Centre One', 'York Centre Two']);
    expect(archive.centres.every((c) => c.organisation === york!.id)).toBe(true);
    expect(archive.users.map((u) => u.email)).toEqual(['admin@york.test']);
    expect(archive.auditEvents.length).toBeGreaterThan(0);
    expect(archive.people).toMatchObject([{ givenName: 'Yvonne', familyName: 'Archer' }]);
    expect(archive.dbsChecks).toMatchObject([{ level: 'ENHANCED_BARRED', decision: 'CLEARED' }]);
    expect(JSON.stringify(archive)).not.toMatch(/password|token_?hash|argon2|001122334455|certificateNumber/i);
    const [audit] = await t.db.ownerQuery<{ actor_user_id: string }>(`select actor_user_id from audit_event where action = 'EXPORT' and entity_id = $1`, [york!.id]);
    expect(audit).toBeDefined();
  });
});
