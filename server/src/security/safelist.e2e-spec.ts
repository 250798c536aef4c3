import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { parse, print, specifiedRules, validate, type DocumentNode, type IntrospectionQuery } from 'graphql';
import { loadConfig, repoRoot } from '../config';
import { Role } from '../auth/role';
import { buildGraphQLSchema } from '../schema/build-schema';
import { createTestApp, type TestApp } from '../test/app';
import { createUser, TEST_PASSWORD } from '../test/identities';
import { insertOrganisation } from '../test/safeguarding';
import { graphqlLimits } from './graphql-limits';
import { loadSafelist, NOT_IN_SAFELIST, PERSISTED_DOCUMENTS_FILE, sha256, type PersistedDocuments } from './safelist';

/**
 * The console's own code, loaded through jest's transform as the browser loads it through Vite:
 * it lies outside the server's TypeScript project, hence `require` and the narrow types below.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- outside this TypeScript project, see above
const fromConsole = <T>(file: string): T => require(path.join(repoRoot, 'console', file)) as T;

type Params = Record<string, unknown>;
type Record_ = { id: string; name: string; postcode: string; version: number; [field: string]: unknown };
type DataProvider = {
  getList(resource: string, params: Params): Promise<{ data: Record_[]; total: number }>;
  getOne(resource: string, params: Params): Promise<{ data: Record_ }>;
  getMany(resource: string, params: Params): Promise<{ data: Record_[] }>;
  getManyReference(resource: string, params: Params): Promise<{ data: Record_[]; total: number }>;
  create(resource: string, params: Params): Promise<{ data: Record_ }>;
  update(resource: string, params: Params): Promise<{ data: Record_ }>;
  delete(resource: string, params: Params): Promise<{ data: Record_ }>;
};
type ConsolePersistedDocuments = {
  canonicalBuildQuery: unknown;
  dataProviderDocuments(schema: IntrospectionQuery['__schema']): Promise<DocumentNode[]>;
};

const introspection = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'introspection.json'), 'utf8')) as IntrospectionQuery;
const manifest = JSON.parse(readFileSync(PERSISTED_DOCUMENTS_FILE, 'utf8')) as PersistedDocuments;
const listed = (name: string) => manifest.operations.find((operation) => operation.name === name)!.body;

/** react-admin's HttpError says little in a test failure; the GraphQL errors say what went wrong. */
function withReadableErrors(provider: DataProvider): DataProvider {
  return Object.fromEntries(
    Object.entries(provider).map(([method, call]) => [
      method,
      (...args: unknown[]) =>
        (call as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: { body?: { graphQLErrors?: unknown } }) => {
          throw new Error(`${method}: ${JSON.stringify(error.body?.graphQLErrors ?? error)}`);
        }),
    ]),
  ) as DataProvider;
}

async function post(t: TestApp, body: unknown, cookie = '') {
  const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

describe('the persisted-document safelist of a production server', () => {
  let t: TestApp;
  let cookie: string;
  let organisationId: string;
  const safelist = loadSafelist();
  const typedDocuments = Object.entries(fromConsole<Record<string, unknown>>('src/gql/graphql.ts'))
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, document]) => [name, print(document as DocumentNode)] as const);

  beforeAll(async () => {
    t = await createTestApp({ production: true, config: { graphqlSafelist: true } });
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    organisationId = await insertOrganisation(t.db, 'Safelisted Contact Centres');
    // The sign-in page's own document, as the console sends it.
    const login = typedDocuments.find(([name]) => name === 'ConsoleLoginDocument')![1];
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: login, variables: { email: 'hq@naccc.test', password: TEST_PASSWORD } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  });
  afterAll(() => t.close());

  it('accepts every kind of call the console data provider makes, each sent as a listed document', async () => {
    const { canonicalBuildQuery } = fromConsole<ConsolePersistedDocuments>('src/persistedDocuments.ts');
    const buildGraphQLProvider = fromConsole<{ default: (options: object) => DataProvider }>('node_modules/ra-data-graphql-simple').default;
    const provider = withReadableErrors(buildGraphQLProvider({
      // As dataProvider.ts builds it, with the browser's cookie as a header.
      clientOptions: { uri: `${t.url}/graphql`, headers: { cookie } },
      introspection: { schema: introspection.__schema },
      buildQuery: canonicalBuildQuery,
    }));
    // Every body Apollo Client's HTTP link sends, after its own document transforms.
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((url, init) => {
      sent.push((JSON.parse(String(init?.body)) as { query: string }).query);
      return realFetch(url, init);
    });
    try {
      const { data: created } = await provider.create('Centre', {
        data: { organisationId, name: 'Safelist Contact Centre', kind: 'CENTRE', serviceTypes: ['SUPPORTED_CONTACT'], addressLine1: 'Church Hall', town: 'Nottingham', postcode: 'NG1 5FS', publiclyListed: true },
      });
      const list = await provider.getList('Centre', { pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' }, filter: { q: 'Safelist' } });
      expect(list).toMatchObject({ total: 1, data: [{ id: created.id }] });
      const { data: one } = await provider.getOne('Centre', { id: created.id });
      expect((await provider.getMany('Organisation', { ids: [organisationId] })).data.map((o) => o.id)).toEqual([organisationId]);
      const byOrganisation = await provider.getManyReference('Centre', {
        target: 'organisationId',
        id: organisationId,
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      });
      expect(byOrganisation.total).toBe(1);
      // Only some fields, then the whole record as an edit form sends it: the same document.
      const { data: renamed } = await provider.update('Centre', { id: one.id, data: { name: 'Renamed Contact Centre', version: one.version }, previousData: one });
      expect(renamed).toMatchObject({ name: 'Renamed Contact Centre', postcode: one.postcode, version: one.version + 1 });
      const { data: edited } = await provider.update('Centre', { id: one.id, data: { ...renamed, town: 'West Bridgford' }, previousData: renamed });
      expect(edited).toMatchObject({ name: 'Renamed Contact Centre', town: 'West Bridgford' });
      await provider.delete('Centre', { id: one.id, previousData: edited });
      await expect(provider.getOne('Centre', { id: one.id })).rejects.toThrow();
    } finally {
      spy.mockRestore();
    }

    expect(sent.length).toBeGreaterThanOrEqual(9);
    expect(sent.filter((query) => !safelist.has(sha256(query)))).toEqual([]);
    // Centres: one document for the list and for the list by organisation, one each for one,
    // create, update (both kinds) and delete; organisations by ids: their list document.
    expect(new Set(sent).size).toBe(6);
  });

  it("accepts the console's own typed documents (sign-in page included), each listed exactly as sent", async () => {
    expect(typedDocuments.length).toBeGreaterThanOrEqual(5);
    expect(typedDocuments.filter(([, body]) => !safelist.has(sha256(body))).map(([name]) => name)).toEqual([]);
    const me = await post(t, { query: typedDocuments.find(([name]) => name === 'ConsoleMeDocument')![1] }, cookie);
    expect(me.json).toMatchObject({ data: { me: { email: 'hq@naccc.test' } } });
    // Signed out, the sign-in page's check of who is signed in is listed too (and says who is not).
    const anonymous = await post(t, { query: typedDocuments.find(([name]) => name === 'ConsoleMeDocument')![1] });
    expect(anonymous.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an arbitrary query', '{ _allCentresMeta { count } }'],
    ['a listed document with a field added', listed('ConsoleMe').replace('displayName', 'displayName\n    lastLoginAt')],
    ['a listed document with a field taken away', listed('allCentres').replace('    postcode\n', '')],
    ['a listed document reformatted', listed('ConsoleMe').replace(/\s+/g, ' ')],
    ['a listed document with another operation appended', `${listed('deleteCentre')}\nquery Extra { _allUsersMeta { count } }`],
  ])('refuses %s before parsing it, signed in or not', async (_case, query) => {
    for (const who of [cookie, '']) {
      const { result, data } = await t.db.sql.during(() => post(t, { query }, who));
      expect(result.status).toBe(400);
      expect(result.json.data).toBeUndefined();
      expect(result.json.errors).toEqual([{ message: 'This server accepts only the operations of its own console', extensions: { code: NOT_IN_SAFELIST } }]);
      // Nothing beyond resolving the caller (the session, or counting an anonymous request).
      expect(data.filter((sql) => !/user_session|count_public_request/.test(sql))).toEqual([]);
    }
  });

  it('applies to queries sent with GET and to persisted queries sent by hash alone', async () => {
    const get = async (params: Record<string, string>) => {
      const response = await fetch(`${t.url}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true', cookie } });
      return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } };
    };
    expect((await get({ query: '{ _allCentresMeta { count } }' })).json.errors?.[0]?.extensions?.code).toBe(NOT_IN_SAFELIST);
    expect((await get({ query: listed('ConsoleMe') })).json).toMatchObject({ data: { me: { email: 'hq@naccc.test' } } });
    const byHash = (hash: string) => post(t, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, cookie);
    expect((await byHash(sha256('{ _allCentresMeta { count } }'))).json.errors?.[0]?.extensions?.code).toBe(NOT_IN_SAFELIST);
    // A listed hash passes the safelist; Apollo then asks for the text it has not seen yet.
    expect((await byHash(sha256(listed('ConsoleMe')))).json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lists a document for every resource and fetch type the console knows, new resources included', async () => {
    const { dataProviderDocuments } = fromConsole<ConsolePersistedDocuments>('src/persistedDocuments.ts');
    const documents = await dataProviderDocuments(introspection.__schema);
    expect(documents.filter((document) => !safelist.has(sha256(print(document)))).map(print)).toEqual([]);
    const names = manifest.operations.map((operation) => operation.name);
    for (const resource of ['Centre', 'Organisation', 'User', 'AuditEvent', 'Person', 'DbsCheck']) expect(names).toContain(resource);
    expect(names).toEqual(expect.arrayContaining(['allPeople', 'createPerson', 'updatePerson', 'deletePerson', 'allDbsChecks', 'createDbsCheck', 'updateDbsCheck']));
  });

  it('keeps every listed document within the GraphQL limits of a production server', async () => {
    const schema = await buildGraphQLSchema();
    const limits = graphqlLimits({ isProduction: true });
    for (const operation of manifest.operations) {
      const document = parse(operation.body, limits.parseOptions);
      expect({ name: operation.name, errors: validate(schema, document, [...specifiedRules, ...limits.validationRules]).map((e) => e.message) }).toEqual({
        name: operation.name,
        errors: [],
      });
    }
  });

  it('also refuses, as a second wall, an unlisted operation that reached Apollo by another way', async () => {
    const apollo = new ApolloServer<{ logger: { warn(): void } }>({ schema: await buildGraphQLSchema(), plugins: [safelist.plugin()] });
    await apollo.start();
    try {
      const contextValue = { logger: { warn: () => undefined } };
      const refused = await apollo.executeOperation({ query: '{ _allCentresMeta { count } }' }, { contextValue });
      expect(refused.body.kind === 'single' && refused.body.singleResult.errors?.[0]?.extensions?.code).toBe(NOT_IN_SAFELIST);
      const listedLogout = await apollo.executeOperation({ query: listed('ConsoleLogout') }, { contextValue });
      expect(listedLogout.body.kind === 'single' && listedLogout.body.singleResult.errors?.[0]?.extensions?.code).not.toBe(NOT_IN_SAFELIST);
    } finally {
      await apollo.stop();
    }
  });

  it('refuses to start from a manifest whose ids do not match their bodies', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'naccc-safelist-'));
    try {
      const forged = { ...manifest, operations: [{ ...manifest.operations[0]!, body: '{ allUsers { email inviteToken } }' }] };
      await writeFile(path.join(dir, 'forged.json'), JSON.stringify(forged));
      expect(() => loadSafelist(path.join(dir, 'forged.json'))).toThrow(/not the SHA-256 of its body/);
      expect(() => loadSafelist(path.join(dir, 'missing.json'))).toThrow(/pnpm codegen/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the safelist setting', () => {
  it('is on in production unless turned off, and off in development unless turned on', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphqlSafelist).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_SAFELIST: 'false' }).graphqlSafelist).toBe(false);
    expect(loadConfig({}).graphqlSafelist).toBe(false);
    expect(loadConfig({ GRAPHQL_SAFELIST: 'true' }).graphqlSafelist).toBe(true);
    expect(() => loadConfig({ GRAPHQL_SAFELIST: 'maybe' })).toThrow(/GRAPHQL_SAFELIST/);
  });

  it('lets a development server answer any document', async () => {
    const dev = await createTestApp();
    try {
      await createUser(dev.db, { email: 'dev@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
      const { cookie } = await dev.signIn('dev@naccc.test');
      expect((await post(dev, { query: '{ _allCentresMeta { count } }' }, cookie)).json).toEqual({ data: { _allCentresMeta: { count: 0 } } });
    } finally {
      await dev.close();
    }
  });
});
