import { createTestApp, type TestApp } from './test/app';
import { graphql } from './test/gql';
import { createUser } from './test/identities';
import { Role } from './auth/role';

const Broken = graphql(`
  query BrokenSort {
    allOrganisations(sortField: "nope") {
      id
    }
  }
`);

describe('HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and database readiness', async () => {
    expect(await (await fetch(`${t.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(200);
  });

  it('tags every response with a request id, keeping a well-formed one from the caller', async () => {
    const mine = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'req-12345678' } });
    expect(mine.headers.get('x-request-id')).toBe('req-12345678');
    const hostile = await fetch(`${t.url}/health`, { headers: { 'x-request-id': 'a b\u00e9<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a GET mutation-like request without the CSRF-safe headers', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ allCentres { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('returns domain errors with their code and no stack trace', async () => {
    await createUser(t.db, { email: 'hq@naccc.test', grants: [{ role: Role.NATIONAL_ADMIN }] });
    const hq = await t.signIn('hq@naccc.test');
    const response = await hq.graphql(Broken);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });

  it('asks anonymous callers to sign in', async () => {
    const response = await t.graphql(Broken);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('answers an unknown API path with 404 JSON, not the console page', async () => {
    const response = await fetch(`${t.url}/graphql/nothing`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
  });

  it('sends security headers, including a content security policy the console can live with', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
