import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FastifyInstance } from 'fastify';
import { print, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { SESSION_COOKIE, buildApp } from '../app';
import type { Config } from '../config';
import { TEST_PASSWORD } from './identities';
import { buildGraphQLSchema } from '../schema/build-schema';
import { createTestDatabase, type TestDatabase } from './database';

export type GraphQLResponse<TData> = { data?: TData | null; errors?: GraphQLFormattedError[] };

/** A signed-in browser: its cookie goes with every request. */
export type TestSession = {
  cookie: string;
  graphql<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<GraphQLResponse<TData>>;
};

export type TestApp = {
  app: FastifyInstance;
  db: TestDatabase;
  /** Base URL of the listening server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Sends a typed document through the whole HTTP stack, as the console would. */
  graphql<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Signs in through the real `login` mutation and returns a client carrying the cookie. */
  signIn(email: string, password?: string): Promise<TestSession>;
  close(): Promise<void>;
};

/**
 * The real app (HTTP, Apollo, resolvers, services) over a fresh test database. `production` gives
 * production's behaviour except the safelist (tests send their own documents); `config` overrides
 * any other setting, e.g. `{ graphqlSafelist: true }`.
 */
export async function createTestApp(
  options: { secureCookie?: boolean; production?: boolean; now?: Date; expiringDays?: number; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const production = options.production ? { env: 'production' as const, isProduction: true } : {};
  const app = await buildApp({
    config: {
      ...db.config,
      ...production,
      session: { ...db.config.session, secureCookie: options.secureCookie ?? options.production ?? false },
      // CLEARANCE_EXPIRING_DAYS, as a deployment would set it.
      safeguarding: { ...db.config.safeguarding, ...(options.expiringDays ? { expiringDays: options.expiringDays } : {}) },
      ...options.config,
    },
    // TEST_LOG_LEVEL=error shows unexpected server errors while debugging a test.
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    orm: db.orm,
    schema: await buildGraphQLSchema(),
    ...(options.now ? { now: () => options.now! } : {}),
  });
  // A real socket rather than fastify.inject: the request crosses the same HTTP stack as in production.
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const testApp: TestApp = {
    app,
    db,
    url,
    async graphql(document, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async signIn(email, password = TEST_PASSWORD) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { id } }', variables: { email, password } }),
      });
      const body = (await response.json()) as GraphQLResponse<unknown>;
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      if (body.errors || !cookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body.errors)}`);
      const pair = cookie.split(';')[0]!;
      return { cookie: pair, graphql: (document, variables) => testApp.graphql(document, variables, { cookie: pair }) };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
  return testApp;
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}

/** True when a response carries no record: no data at all, or every requested field null. */
export function returnedNothing(response: GraphQLResponse<unknown>): boolean {
  const data = response.data as Record<string, unknown> | null | undefined;
  return !data || Object.values(data).every((value) => value === null);
}
