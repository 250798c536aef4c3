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

type GraphQLErrorLike = { message: string; extensions?: { code?: string; field?: string } };

/**
 * The GraphQL errors behind an error from either path: Apollo's error itself, or the HttpError
 * ra-data-graphql wraps it in (the Apollo error is its `body`), or our own re-thrown HttpError.
 */
export function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  const candidate = error as { graphQLErrors?: GraphQLErrorLike[]; body?: { graphQLErrors?: GraphQLErrorLike[] } } | null;
  return candidate?.graphQLErrors ?? candidate?.body?.graphQLErrors ?? [];
}

/** The `extensions.code` of an error from either path (our fetch, or Apollo inside the data provider). */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof ApiError) return error.code;
  const network = error as { status?: number; networkError?: { statusCode?: number }; body?: { networkError?: { statusCode?: number } } } | null;
  const status = network?.networkError?.statusCode ?? network?.body?.networkError?.statusCode ?? network?.status;
  return graphQLErrorsOf(error)[0]?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : undefined);
}
