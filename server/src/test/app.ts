import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FastifyInstance } from 'fastify';
import { print, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { buildApp } from '../app';
import { buildGraphQLSchema } from '../schema/build-schema';
import { createTestDatabase, type TestDatabase } from './database';

export type GraphQLResponse<TData> = { data?: TData | null; errors?: GraphQLFormattedError[] };

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
  close(): Promise<void>;
};

/** The real app (HTTP, Apollo, resolvers, services) over a fresh test database. */
export async function createTestApp(): Promise<TestApp> {
  const db = await createTestDatabase();
  const app = await buildApp({
    config: db.config,
    logger: pino({ level: 'silent' }),
    orm: db.orm,
    schema: await buildGraphQLSchema(),
  });
  // A real socket rather than fastify.inject: the request crosses the same HTTP stack as in production.
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
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
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<TData>(response: GraphQLResponse<TData>): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}
