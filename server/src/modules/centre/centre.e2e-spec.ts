import { createTestApp, dataOf, type TestApp, type TestSession, returnedNothing } from '../../test/app';
import { createUser } from '../../test/identities';
import { Role } from '../../auth/role';
import { graphql } from '../../test/gql';
import type { CentreFilter } from '../../test/gql/graphql';

const CreateOrganisation = graphql(`
  mutation CreateOrganisationForCentres($name: String!, $region: Region!) {
    createOrganisation(name: $name, type: CHARITY, contactEmail: "info@example.org.uk", region: $region) {
      id
    }
  }
`);

const CreateCentre = graphql(`
  mutation CreateCentre(
    $organisationId: ID!
    $name: String!
    $postcode: String!
    $serviceTypes: [ServiceType!]!
    $kind: CentreKind
    $addressLine1: String
    $town: String
    $region: Region
    $languages: [String!]
  ) {
    createCentre(
      organisationId: $organisationId
      name: $name
      postcode: $postcode
      serviceTypes: $serviceTypes
      kind: $kind
      addressLine1: $addressLine1
      town: $town
      region: $region
      languages: $languages
    ) {
      id
      name
      postcode
      latitude
      longitude
      region
      serviceTypes
      version
      organisationId
    }
  }
`);

const UpdateCentre = graphql(`
  mutation UpdateCentre($id: ID!, $version: Int, $postcode: String, $openingPattern: String, $name: String) {
    updateCentre(id: $id, version: $version, postcode: $postcode, openingPattern: $openingPattern, name: $name) {
      id
      name
      postcode
      region
      openingPattern
      version
    }
  }
`);

const DeleteCentre = graphql(`
  mutation DeleteCentre($id: ID!) {
    deleteCentre(id: $id) {
      id
      name
    }
  }
`);

const GetCentre = graphql(`
  query GetCentre($id: ID!) {
    Centre(id: $id) {
      id
      name
      openingPattern
      organisation {
        id
        centres {
          id
        }
      }
    }
  }
`);

const ListCentres = graphql(`
  query ListCentres($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: CentreFilter) {
    items: allCentres(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
      id
      name
      town
      postcode
      region
      serviceTypes
      organisationId
      organisation {
        id
        name
      }
    }
    total: _allCentresMeta(filter: $filter) {
      count
    }
  }
`);

const CentreNames = graphql(`
  query CentreNames($sortField: String) {
    allCentres(sortField: $sortField) {
      name
    }
  }
`);

describe('centres through the GraphQL API', () => {
  let t: TestApp;
  let hq: TestSession;
  let organisationA: string;
  let organisationB: string;

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    hq = await t.signIn('hq@naccc.test');
    organisationA = dataOf(await hq.graphql(CreateOrganisation, { name: 'Nottingham Family Contact', region: 'EAST_MIDLANDS' })).createOrganisation!.id;
    organisationB = dataOf(await hq.graphql(CreateOrganisation, { name: 'Cardiff Contact Services', region: 'WALES' })).createOrganisation!.id;
    const centres = [
      { organisationId: organisationA, name: 'Meadows Child Contact Centre', postcode: 'ng2 1aa', serviceTypes: ['SUPPORTED_CONTACT' as const], town: 'Nottingham' },
      { organisationId: organisationA, name: 'Beeston Supervised Contact', postcode: 'NG9 2AB', serviceTypes: ['SUPERVISED_CONTACT' as const, 'SUPERVISED_ASSESSMENT' as const], town: 'Beeston' },
      { organisationId: organisationB, name: 'Roath Contact Centre', postcode: 'CF24 3AA', serviceTypes: ['SUPPORTED_CONTACT' as const], town: 'Cardiff', languages: ['Welsh'] },
    ];
    for (const centre of centres) {
      dataOf(await hq.graphql(CreateCentre, { ...centre, addressLine1: 'Church Hall, High Street' }));
    }
  });

  afterAll(() => t.close());

  const centreCount = async () => Number((await t.db.ownerQuery<{ n: string }>('select count(*) as n from centre'))[0]!.n);

  it('creates a centre placed at its postcode district, with the region derived', async () => {
    const created = dataOf(
      await hq.graphql(CreateCentre, {
        organisationId: organisationA,
        name: '  Clifton Contact Centre ',
        postcode: 'ng11 8aa',
        serviceTypes: ['SUPPORTED_CONTACT'],
        addressLine1: 'Clifton Methodist Church',
        town: 'Nottingham',
      }),
    ).createCentre!;
    expect(created).toMatchObject({
      name: 'Clifton Contact Centre',
      postcode: 'NG11 8AA',
      region: 'EAST_MIDLANDS',
      organisationId: organisationA,
      version: 1,
    });
    expect(created.latitude).toBeCloseTo(52.9, 1);
    expect(created.longitude).toBeCloseTo(-1.18, 1);
    dataOf(await hq.graphql(DeleteCentre, { id: created.id }));
  });

  it.each([
    [{ postcode: 'NOT A PC' }, 'postcode', /not a valid UK postcode/],
    [{ postcode: 'NG1 5FS'.repeat(3) }, 'postcode', /shorter than or equal to 10/],
    [{ postcode: 'ZZ1 1ZZ' }, 'postcode', /not a valid UK postcode|not known/],
    [{ postcode: 'EH1 1YZ' }, 'postcode', /England, Wales, Northern Ireland/],
    [{ name: '   ' }, 'name', /must not be blank/],
    [{ serviceTypes: [] }, 'serviceTypes', /at least one service type/],
    [{ organisationId: 'not-an-id' }, 'organisationId', /member organisation/],
    [{ organisationId: '00000000-0000-4000-8000-000000000000' }, 'organisationId', /No member organisation/],
    [{ addressLine1: null }, 'addressLine1', /first line of its address/],
    [{ name: 'x'.repeat(201) }, 'name', /shorter than or equal to 200/],
  ])('refuses %p as BAD_USER_INPUT naming %s, writing nothing', async (override, field, message) => {
    const before = await centreCount();
    const response = await hq.graphql(CreateCentre, {
      organisationId: organisationA,
      name: 'Invalid Centre',
      postcode: 'NG1 5FS',
      serviceTypes: ['SUPPORTED_CONTACT'],
      addressLine1: 'Somewhere',
      town: 'Nottingham',
      ...override,
    });
    expect(returnedNothing(response)).toBe(true);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|select |insert /i);
    expect(await centreCount()).toBe(before);
  });

  it('refuses an unknown enum value as BAD_USER_INPUT naming the argument', async () => {
    const before = await centreCount();
    const response = await hq.graphql(CreateCentre, {
      organisationId: organisationA,
      name: 'Enum Centre',
      postcode: 'NG1 5FS',
      serviceTypes: ['SWIMMING_LESSONS' as 'SUPPORTED_CONTACT'],
      addressLine1: 'Somewhere',
      town: 'Nottingham',
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceTypes' });
    expect(await centreCount()).toBe(before);
  });

  it('lists with pagination, sorting and a total', async () => {
    const page = dataOf(await hq.graphql(ListCentres, { page: 0, perPage: 2, sortField: 'name', sortOrder: 'ASC' }));
    expect(page.total.count).toBe(3);
    expect(page.items.map((c) => c.name)).toEqual(['Beeston Supervised Contact', 'Meadows Child Contact Centre']);
    const next = dataOf(await hq.graphql(ListCentres, { page: 1, perPage: 2, sortField: 'name', sortOrder: 'ASC' }));
    expect(next.items.map((c) => c.name)).toEqual(['Roath Contact Centre']);
    const descending = dataOf(await hq.graphql(ListCentres, { perPage: 1, sortField: 'name', sortOrder: 'DESC' }));
    expect(descending.items[0]?.name).toBe('Roath Contact Centre');
  });

  it.each<[CentreFilter, string[]]>([
    [{ q: 'meadows' }, ['Meadows Child Contact Centre']],
    [{ q: 'CF24' }, ['Roath Contact Centre']],
    [{ q: '%' }, []],
    [{ region: 'WALES' }, ['Roath Contact Centre']],
    [{ serviceType: 'SUPERVISED_ASSESSMENT' }, ['Beeston Supervised Contact']],
    [{ organisationId: 'ORG_B' }, ['Roath Contact Centre']],
    [{ organisationId: 'not-a-uuid' }, []],
    [{ region: 'EAST_MIDLANDS', serviceType: 'SUPPORTED_CONTACT' }, ['Meadows Child Contact Centre']],
  ])('filters by %p', async (filter, expected) => {
    const resolved = { ...filter, organisationId: filter.organisationId === 'ORG_B' ? organisationB : filter.organisationId };
    const result = dataOf(await hq.graphql(ListCentres, { filter: resolved, perPage: 50 }));
    expect(result.items.map((c) => c.name).sort()).toEqual(expected);
    expect(result.total.count).toBe(expected.length);
  });

  it('returns every centre asked for by id, beyond the default page size', async () => {
    const all = dataOf(await hq.graphql(ListCentres, { perPage: 50 })).items.map((c) => c.id);
    const byIds = dataOf(await hq.graphql(ListCentres, { filter: { ids: all } })).items;
    expect(byIds).toHaveLength(all.length);
  });

  it('refuses an unknown sort field', async () => {
    const response = await hq.graphql(CentreNames, { sortField: 'password' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });

  it('loads a page of centres with their organisations in a bounded number of statements', async () => {
    const { data, control, result } = await t.db.sql.during(() => hq.graphql(ListCentres, { perPage: 25 }));
    expect(dataOf(result).items).toHaveLength(3);
    // The session lookup, the page, the total, one batched load of every organisation on the
    // page; plus begin, the scope settings and commit, counted apart as the request's fixed cost.
    expect(data).toHaveLength(4);
    expect(control).toHaveLength(3);
  });

  it('updates with optimistic locking: a stale version is a CONFLICT and changes nothing', async () => {
    const [centre] = dataOf(await hq.graphql(ListCentres, { filter: { q: 'Roath' } })).items;
    const first = dataOf(await hq.graphql(UpdateCentre, { id: centre!.id, version: 1, openingPattern: 'Alternate Saturdays, 10:00 to 12:30' }));
    expect(first.updateCentre).toMatchObject({ openingPattern: 'Alternate Saturdays, 10:00 to 12:30', version: 2 });
    const stale = await hq.graphql(UpdateCentre, { id: centre!.id, version: 1, openingPattern: 'Sundays' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = dataOf(await hq.graphql(GetCentre, { id: centre!.id })).Centre!;
    expect(after.openingPattern).toBe('Alternate Saturdays, 10:00 to 12:30');
  });

  it('re-derives the region when the postcode moves, and refuses a bad one without writing', async () => {
    const [centre] = dataOf(await hq.graphql(ListCentres, { filter: { q: 'Beeston' } })).items;
    const moved = dataOf(await hq.graphql(UpdateCentre, { id: centre!.id, postcode: 'B1 1AA' })).updateCentre!;
    expect(moved).toMatchObject({ postcode: 'B1 1AA', region: 'WEST_MIDLANDS' });
    const bad = await hq.graphql(UpdateCentre, { id: centre!.id, postcode: 'nonsense', name: 'Renamed' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postcode' });
    const [row] = await t.db.ownerQuery<{ name: string; postcode: string }>('select name, postcode from centre where id = $1', [centre!.id]);
    expect(row).toEqual({ name: 'Beeston Supervised Contact', postcode: 'B1 1AA' });
  });

  it('reaches organisation and its other centres from a centre', async () => {
    const [centre] = dataOf(await hq.graphql(ListCentres, { filter: { q: 'Meadows' } })).items;
    const found = dataOf(await hq.graphql(GetCentre, { id: centre!.id })).Centre!;
    expect(found.organisation.id).toBe(organisationA);
    expect(found.organisation.centres.length).toBe(2);
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const response = await hq.graphql(GetCentre, { id });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});
