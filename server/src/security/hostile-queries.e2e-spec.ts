import { Role } from '../auth/role';
import { createTestApp, type TestApp } from '../test/app';
import { createUser } from '../test/identities';

/** Raw documents on purpose: these are what an attacker sends, not what codegen would allow. */
async function post(t: TestApp, cookie: string, body: unknown, headers: Record<string, string> = {}) {
  const started = Date.now();
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // a non-JSON refusal (e.g. 413 from the HTTP layer)
  }
  return { status: response.status, json, ms: Date.now() - started };
}

const deep = (levels: number) => {
  let selection = 'id';
  for (let i = 0; i < levels; i++) selection = i % 2 === 0 ? `organisation { ${selection} }` : `centres { ${selection} }`;
  return `{ allCentres(perPage: 1) { ${selection} } }`;
};

describe.each([
  ['development', false],
  ['production', true],
] as const)('hostile GraphQL in %s', (_mode, production) => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp({ production });
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    cookie = (await t.signIn('hq@naccc.test')).cookie;
  });
  afterAll(() => t.close());

  /** Refused during validation: nothing but the session lookup reaches the database. */
  async function expectRefused(body: unknown, limitWords: RegExp) {
    const { result, data } = await t.db.sql.during(() => post(t, cookie, body));
    expect(result.status).toBe(400);
    expect(result.json.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
    const message = result.json.errors?.[0]?.message ?? '';
    expect(message).toMatch(production ? /./ : limitWords);
    if (production) expect(message).not.toMatch(/\d/);
    expect(data.filter((sql) => !/user_session/.test(sql))).toEqual([]);
  }

  it('answers the console-shaped list query normally', async () => {
    const { status, json } = await post(t, cookie, {
      query: 'query allCentres($page: Int, $perPage: Int) { items: allCentres(page: $page, perPage: $perPage) { id name organisation { id } } total: _allCentresMeta(page: $page, perPage: $perPage) { count } }',
      variables: { page: 0, perPage: 25 },
    });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
  });

  it('refuses a deeply nested query', () => expectRefused({ query: deep(12) }, /depth/i));

  it('refuses a query with hundreds of aliases', () =>
    expectRefused({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: _allCentresMeta { count }`).join(' ')} }` }, /alias/i));

  it('refuses a query with a flood of directives', () =>
    expectRefused({ query: `{ _allCentresMeta { count ${'@include(if: true) '.repeat(60)} } }` }, /directive/i));

  it('refuses a query of too many tokens', () =>
    expectRefused({ query: `{ allCentres { ${'id name '.repeat(2000)} } }` }, /tokens/i));

  it('refuses a batch of operations in one request', async () => {
    const { status } = await post(t, cookie, [{ query: '{ _allCentresMeta { count } }' }, { query: '{ _allCentresMeta { count } }' }]);
    expect(status).toBe(400);
  });

  it('refuses a body over 1 MB at the HTTP layer', async () => {
    const { status } = await post(t, cookie, { query: `{ _allCentresMeta { count } } # ${'x'.repeat(1_100_000)}` });
    expect(status).toBe(413);
  });

  it(production ? 'answers introspection with an error' : 'allows introspection for developers', async () => {
    const { json } = await post(t, cookie, { query: '{ __schema { queryType { name } } }' });
    if (production) expect(json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    else expect(json.errors).toBeUndefined();
  });

  it(production ? 'suggests no field names for a typo' : 'suggests field names for a typo', async () => {
    const { json } = await post(t, cookie, { query: '{ allCentre { id } }' });
    expect(json.errors?.[0]?.message).toMatch(/allCentre/);
    if (production) expect(json.errors?.[0]?.message).not.toMatch(/Did you mean/);
    else expect(json.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});
