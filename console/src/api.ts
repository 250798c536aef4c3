import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export const GRAPHQL_URL = '/graphql';

/** A GraphQL error as the server reports it: `code` drives the console's reaction. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
  ) {
    super(message);
  }
}

/**
 * For the console's own operations (sign-in, who am I); resources go through the react-admin
 * data provider. Same origin, so the session cookie travels; JSON body, as CSRF prevention wants.
 */
export async function request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: TData;
    errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
  };
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.field);
  if (!response.ok || !body.data) throw new ApiError(`The server answered ${response.status}`, 'SERVICE_UNAVAILABLE', undefined);
  return body.data;
}

/** The `extensions.code` of an error from either path (our fetch, or Apollo inside the data provider). */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof ApiError) return error.code;
  const apollo = error as { graphQLErrors?: Array<{ extensions?: { code?: string } }>; networkError?: { statusCode?: number } } | null;
  return apollo?.graphQLErrors?.[0]?.extensions?.code ?? (apollo?.networkError?.statusCode === 401 ? 'UNAUTHENTICATED' : undefined);
}
