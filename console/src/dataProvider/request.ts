import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { toHttpError, type GraphQLErrorLike } from './errors';

export const GRAPHQL_URL = '/graphql';

/**
 * The console's one fetch of a typed document: the data provider's custom methods and the auth
 * provider's sign-in, sign-out and "who am I" (resources go through ra-data-graphql-simple, to the
 * same URL with the same credentials). Same origin, so the session cookie travels; JSON body, as
 * CSRF prevention wants. The text sent is the document printed as `pnpm codegen` prints it into
 * schema/persisted-documents.json, so a production server's safelist accepts it.
 *
 * Components do not call this: they call the data provider through react-admin's
 * `useDataProvider`, which hands a failure to `authProvider.checkError` (an ended session sends
 * the user to sign in).
 */
export async function request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: TData; errors?: GraphQLErrorLike[] };
  if (body.errors?.length) throw toHttpError(body.errors, response.status);
  if (!response.ok || !body.data) {
    throw toHttpError([{ message: `The server answered ${response.status}`, extensions: { code: 'SERVICE_UNAVAILABLE' } }], response.status);
  }
  return body.data;
}
