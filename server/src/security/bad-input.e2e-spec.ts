import { buildSchema as parseSchema, getNamedType, isEnumType, isListType, isNonNullType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '../modules/user/role';
import { SCHEMA_DIR } from '../schema/schema-files';
import { createTestApp, type TestApp } from '../test/app';
import { createUser } from '../test/identities';

/**
 * Every mutation of the committed schema, every argument, malformed one at a time: the answer
 * is a refusal naming the argument (or NOT_FOUND for an id), never a stack trace or SQL, and the
 * database is unchanged. A new mutation fails the first test until it is given a baseline here.
 */
const schema = parseSchema(readFileSync(path.join(SCHEMA_DIR, 'schema.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

type Ids = { organisation: string; centre: string; user: string; grant: string };

/** Well-formed arguments for each mutation; each case then spoils exactly one of them. */
const BASELINES: Record<string, (ids: Ids) => Record<string, unknown>> = {
  createOrganisation: () => ({ name: 'Baseline Organisation', type: 'CHARITY', contactEmail: 'info@baseline.org.uk', region: 'LONDON', charityNumber: '1078329', membershipStatus: 'MEMBER' }),
  updateOrganisation: (ids) => ({ id: ids.organisation, version: 1, name: 'Renamed', charityNumber: '1078329', type: 'CHARITY', contactEmail: 'a@b.org.uk', membershipStatus: 'MEMBER', region: 'LONDON' }),
  deleteOrganisation: (ids) => ({ id: ids.organisation }),
  createCentre: (ids) => ({
    organisationId: ids.organisation, name: 'Baseline Centre', kind: 'CENTRE', postcode: 'E1 6AN', serviceTypes: ['SUPPORTED_CONTACT'], addressLine1: 'Hall', addressLine2: 'Street',
    town: 'London', region: 'LONDON', referralRoutes: ['SOLICITOR'], openingPattern: 'Saturdays', accessibilityNotes: 'Ramp', languages: ['Welsh'], feesNote: 'Free', publiclyListed: true,
  }),
  updateCentre: (ids) => ({
    id: ids.centre, version: 1, name: 'Renamed', kind: 'CENTRE', postcode: 'E1 6AN', serviceTypes: ['SUPPORTED_CONTACT'], addressLine1: 'Hall', addressLine2: 'Street',
    town: 'London', region: 'LONDON', referralRoutes: ['SOLICITOR'], openingPattern: 'Saturdays', accessibilityNotes: 'Ramp', languages: ['Welsh'], feesNote: 'Free', publiclyListed: true,
  }),
  deleteCentre: (ids) => ({ id: ids.centre }),
  createUser: (ids) => ({ email: 'new@baseline.test', displayName: 'New Person', role: 'CENTRE_COORDINATOR', organisationId: ids.organisation, centreIds: [ids.centre] }),
  updateUser: (ids) => ({ id: ids.user, version: 1, displayName: 'Renamed', active: true }),
  addGrant: (ids) => ({ userId: ids.user, role: 'CENTRE_COORDINATOR', organisationId: ids.organisation, centreIds: [ids.centre] }),
  removeGrant: (ids) => ({ grantId: ids.grant }),
  acceptInvite: () => ({ token: 'x'.repeat(43), password: 'a long enough passphrase' }),
  changePassword: () => ({ currentPassword: 'not it', newPassword: 'a long enough passphrase' }),
  login: () => ({ email: 'someone@baseline.test', password: 'whatever it is' }),
  logout: () => ({}),
};

const HUGE = 'x'.repeat(300_000);

/** Secrets are opaque: any character may be part of a password, so control characters are allowed there. */
const SECRET_ARGUMENTS = new Set(['password', 'currentPassword', 'newPassword']);

/** A malformed value for an argument of this type, and the codes that may answer it. */
function spoil(type: GraphQLInputType, argument: string): Array<{ label: string; value: unknown; codes: string[] }> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const list = isListType(inner);
  const named = getNamedType(type);
  const wrap = (value: unknown) => (list ? [value] : value);
  if (isEnumType(named)) return [{ label: 'an unknown enum value', value: wrap('NOT_A_VALUE'), codes: ['BAD_USER_INPUT'] }];
  if (isScalarType(named) && named.name === 'ID') {
    return [
      { label: 'an id that is not an id', value: wrap('not-an-id'), codes: ['BAD_USER_INPUT', 'NOT_FOUND'] },
      { label: 'an id of the wrong type', value: wrap({ id: 1 }), codes: ['BAD_USER_INPUT'] },
    ];
  }
  if (isScalarType(named) && named.name === 'String') {
    return [
      { label: 'a 300 kB string', value: wrap(HUGE), codes: ['BAD_USER_INPUT'] },
      { label: 'a number for a string', value: wrap(42), codes: ['BAD_USER_INPUT'] },
      ...(SECRET_ARGUMENTS.has(argument) ? [] : [{ label: 'control characters', value: wrap('Hall\u0000\u001b[2J'), codes: ['BAD_USER_INPUT'] }]),
    ];
  }
  if (isScalarType(named) && named.name === 'Int') {
    return [
      { label: 'text for a number', value: 'eleven', codes: ['BAD_USER_INPUT'] },
      { label: 'a number beyond 32 bits', value: 2 ** 40, codes: ['BAD_USER_INPUT'] },
    ];
  }
  if (isScalarType(named) && named.name === 'Boolean') return [{ label: 'text for a yes/no', value: 'yes', codes: ['BAD_USER_INPUT'] }];
  return [];
}

const cases = mutations.flatMap((mutation) =>
  mutation.args.flatMap((arg: GraphQLArgument) => spoil(arg.type, arg.name).map((bad) => ({ mutation: mutation.name, arg: arg.name, ...bad }))),
);

describe('malformed input to every mutation', () => {
  let t: TestApp;
  let cookie: string;
  let ids: Ids;
  const snapshot = () =>
    t.db.ownerQuery(`select
      (select md5(coalesce(string_agg(o::text, '|' order by o.id), '')) from organisation o) as organisations,
      (select md5(coalesce(string_agg(c::text, '|' order by c.id), '')) from centre c) as centres,
      (select md5(coalesce(string_agg(u::text, '|' order by u.id), '')) from app_user u) as users,
      (select md5(coalesce(string_agg(g::text, '|' order by g.id), '')) from user_grant g) as grants`);

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    cookie = (await t.signIn('hq@naccc.test')).cookie;
    const [organisation] = await t.db.ownerQuery<{ id: string }>(
      `insert into organisation (id, name, type, contact_email, region) values (gen_random_uuid(), 'Malformed Input Trust', 'CHARITY', 'a@b.org', 'LONDON') returning id`,
    );
    const [centre] = await t.db.ownerQuery<{ id: string }>(
      `insert into centre (id, organisation_id, name, postcode, latitude, longitude, region, service_types, referral_routes, languages)
       values (gen_random_uuid(), $1, 'Target Centre', 'E1 6AN', 51.5, -0.07, 'LONDON', '{SUPPORTED_CONTACT}', '{}', '{}') returning id`,
      [organisation!.id],
    );
    const user = await createUser(t.db, { email: 'target@naccc.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation!.id }] });
    const [grant] = await t.db.ownerQuery<{ id: string }>('select id from user_grant where user_id = $1', [user]);
    ids = { organisation: organisation!.id, centre: centre!.id, user, grant: grant!.id };
  });
  afterAll(() => t.close());

  it('has a baseline for every mutation in the schema', () => {
    expect(mutations.map((m) => m.name).filter((name) => !BASELINES[name])).toEqual([]);
  });

  it(`covers every argument of every mutation (${cases.length} cases)`, () => {
    const covered = new Set(cases.map((c) => `${c.mutation}.${c.arg}`));
    const all = mutations.flatMap((m) => m.args.map((a) => `${m.name}.${a.name}`));
    expect(all.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(cases)('$mutation($arg: $label) is refused, naming the argument, and changes nothing', async ({ mutation, arg, value, codes }) => {
    const field = schema.getMutationType()!.getFields()[mutation]!;
    const variables = { ...BASELINES[mutation]!(ids), [arg]: value };
    const declared = field.args.filter((a) => a.name in variables);
    const document = `mutation Malformed(${declared.map((a) => `$${a.name}: ${a.type}`).join(', ')}) { ${mutation}(${declared
      .map((a) => `${a.name}: $${a.name}`)
      .join(', ')})${isScalarType(getNamedType(field.type)) ? '' : ' { __typename }'} }`;
    const before = await snapshot();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    const [error] = body.errors ?? [];
    expect(codes).toContain(error?.extensions?.code);
    if (error?.extensions?.code === 'BAD_USER_INPUT') expect(error.extensions.field).toBe(arg);
    expect(JSON.stringify(body.errors)).not.toMatch(/\bat \w+ \(|select |insert |update |stacktrace/i);
    expect((error?.message ?? '').length).toBeLessThan(1000);
    expect(await snapshot()).toEqual(before);
  });
});
