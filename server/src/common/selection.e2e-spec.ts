import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, execute, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { createTestApp, dataOf, type TestApp, type TestSession } from '../test/app';
import { createUser } from '../test/identities';
import { insertCentre, insertOrganisation, insertPerson } from '../test/safeguarding';
import { Role } from '../auth/role';
import { selectionOf, type Selection } from './selection';

/** A selection as nested plain objects, for comparing. */
const plain = (selection: Selection): Record<string, unknown> => Object.fromEntries([...selection].map(([field, under]) => [field, plain(under)]));

/**
 * Selections are read by graphql-parse-resolve-info, under graphql-js and under graphql-jit (which
 * the server executes with) alike: fragments are looked into rather than taken to ask for
 * everything, aliases are merged, @skip/@include are applied.
 */
describe('reading a selection', () => {
  const schema = buildSchema(`
    type Organisation { id: ID! name: String! }
    type Spell { centreId: ID! }
    type Person { id: ID! familyName: String! organisation: Organisation! centreHistory: [Spell!]! }
    type Query { people: [Person!]! }
  `);
  let seen: Selection | undefined;
  schema.getQueryType()!.getFields().people!.resolve = (_root, _args, _ctx, info: GraphQLResolveInfo) => {
    seen = selectionOf(info);
    return [];
  };
  // Each document is parsed and compiled once, as the server does: a request repeats one of them.
  const documents = new Map<string, DocumentNode>();
  const compiled = new Map<string, CompiledQuery>();
  const read = async (executor: 'graphql-js' | 'graphql-jit', text: string, variables: Record<string, unknown> = {}) => {
    seen = undefined;
    if (!documents.has(text)) documents.set(text, parse(text));
    const document = documents.get(text)!;
    if (executor === 'graphql-js') {
      const result = await execute({ schema, document, variableValues: variables });
      expect(result.errors).toBeUndefined();
    } else {
      if (!compiled.has(text)) {
        const query = compileQuery(schema, document);
        if (!isCompiledQuery(query)) throw new Error(JSON.stringify(query));
        compiled.set(text, query);
      }
      const result = await compiled.get(text)!.query(undefined, {}, variables);
      expect(result.errors).toBeUndefined();
    }
    return plain(seen!);
  };

  describe.each(['graphql-js', 'graphql-jit'] as const)('under %s', (executor) => {
    it('looks into named and inline fragments instead of taking them to ask for everything', async () => {
      const selection = await read(
        executor,
        `query { people { ...Row ... on Person { organisation { ...Ref } } } }
         fragment Row on Person { id familyName }
         fragment Ref on Organisation { id __typename }`,
      );
      expect(selection).toEqual({ id: {}, familyName: {}, organisation: { id: {} } });
    });

    it('merges aliases and repeats of a field, and leaves out __typename', async () => {
      const selection = await read(executor, `query { people { __typename a: organisation { id } b: organisation { name } organisation { id } } }`);
      expect(selection).toEqual({ organisation: { id: {}, name: {} } });
    });

    it('applies @skip and @include, with literals and variables', async () => {
      const document = `query ($history: Boolean!) { people { id centreHistory @include(if: $history) { centreId } organisation @skip(if: true) { name } } }`;
      // The same document again with other variables: what was read for one request is not reused.
      expect(await read(executor, document, { history: false })).toEqual({ id: {} });
      expect(await read(executor, document, { history: true })).toEqual({ id: {}, centreHistory: { centreId: {} } });
      expect(await read(executor, document, { history: false })).toEqual({ id: {} });
      // Twice the same document without variables in its directives: read once, then the same answer.
      const fixed = `query { people { id ...Row } } fragment Row on Person { organisation @include(if: true) { id } }`;
      expect(await read(executor, fixed)).toEqual({ id: {}, organisation: { id: {} } });
      expect(await read(executor, fixed)).toEqual({ id: {}, organisation: { id: {} } });
    });
  });
});

const UNTYPED = (text: string) => parse(text) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

/** Through the whole app: a fragment reads what it asks for, no more. */
describe('a selection with fragments, through the app', () => {
  let t: TestApp;
  let admin: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    const organisation = await insertOrganisation(t.db, 'Fragment Trust');
    const centre = await insertCentre(t.db, organisation, 'Fragment Centre');
    await insertPerson(t.db, organisation, { familyName: 'Fragmented', centreIds: [centre] });
    await createUser(t.db, { email: 'admin@fragments.test', grants: [{ role: Role.ORG_ADMIN, organisationId: organisation }] });
    admin = await t.signIn('admin@fragments.test');
  });
  afterAll(() => t.close());

  const statements = async (document: string) => {
    const { result, data } = await t.db.sql.during(() => admin.graphql(UNTYPED(document), {}));
    return { data: dataOf(result), sql: data };
  };

  it('reads neither the centre history nor the organisation when a fragment asks for neither', async () => {
    const { data, sql } = await statements(`query { allPeople { ...Row } } fragment Row on Person { id familyName organisation { ...Ref } }
                                            fragment Ref on Organisation { id }`);
    expect(data.allPeople).toEqual([{ id: expect.any(String), familyName: 'Fragmented', organisation: { id: expect.any(String) } }]);
    expect(sql.filter((text) => /person_centre_assignment a/.test(text))).toEqual([]);
    expect(sql.filter((text) => /from ("organisation"|organisation o\b)/.test(text))).toEqual([]);
  });

  it('reads the centre history and loads the organisation when a fragment asks for them', async () => {
    const { data, sql } = await statements(`query { allPeople { ...Row } } fragment Row on Person { id centreHistory { centreId } organisation { ... on Organisation { name } } }`);
    expect(data.allPeople).toEqual([{ id: expect.any(String), centreHistory: [{ centreId: expect.any(String) }], organisation: { name: 'Fragment Trust' } }]);
    expect(sql.filter((text) => /person_centre_assignment a/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => /from ("organisation"|organisation o\b)/.test(text))).toHaveLength(1);
  });

  it("answers a centre's organisation { id } by fragment without a query", async () => {
    const { sql } = await statements(`query { allCentres { id organisation { ...Ref } } } fragment Ref on Organisation { id __typename }`);
    expect(sql.filter((text) => /from ("organisation"|organisation o\b)/.test(text))).toEqual([]);
    const named = await statements(`query { allCentres { id organisation { ...Named } } } fragment Named on Organisation { id name }`);
    expect(named.sql.filter((text) => /from ("organisation"|organisation o\b)/.test(text))).toHaveLength(1);
  });

  it('skips the attention lists of a clearance summary a fragment does not ask for', async () => {
    const { sql } = await statements(`query { clearanceSummary { ...Totals } } fragment Totals on ClearanceSummary { totals { total } }`);
    expect(sql.filter((text) => /person_clearance c/.test(text))).toEqual([]);
    const lists = await statements(`query { clearanceSummary { ...Lists } } fragment Lists on ClearanceSummary { totals { total } cannotBeRostered { id } }`);
    expect(lists.sql.filter((text) => /person_clearance c/.test(text))).toHaveLength(1);
  });
});
