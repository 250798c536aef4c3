import type { IntrospectionQuery } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import { HttpError, type DataProvider } from 'react-admin';
import introspection from '../../schema/introspection.json';
import { GRAPHQL_URL, graphQLErrorsOf } from './api';
import { canonicalBuildQuery } from './persistedDocuments';

/**
 * react-admin's GraphQL provider, fed the committed introspection (schema/introspection.json):
 * the browser never introspects, and production servers refuse introspection anyway. ra-data-graphql
 * only sends the introspection query when `introspection.schema` is absent.
 *
 * `canonicalBuildQuery` sends one document per resource and fetch type, each listed in
 * schema/persisted-documents.json, which is all a production server accepts.
 *
 * `credentials: 'same-origin'`: the console is served by the server it talks to (and `vite dev`
 * proxies /graphql), so the session cookie travels without opening the API to other origins.
 */
const graphQLProvider = buildGraphQLProvider({
  clientOptions: { uri: GRAPHQL_URL, credentials: 'same-origin' },
  introspection: { schema: (introspection as unknown as IntrospectionQuery).__schema },
  buildQuery: canonicalBuildQuery,
});

/**
 * The server names the offending argument of a BAD_USER_INPUT (`extensions.field`). For a form
 * submission that becomes react-admin's server-side validation shape: the message is shown under
 * the input it concerns (marked invalid for screen readers) and, via `root.serverError`, in the
 * notification. Other errors keep their message and the original GraphQL errors in `body`, where
 * the auth provider reads `extensions.code`.
 */
function withFieldErrors(error: unknown): never {
  const [first] = graphQLErrorsOf(error);
  const field = first?.extensions?.field;
  if (first && first.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string') {
    throw new HttpError(first.message, 400, {
      errors: { [field]: first.message, root: { serverError: first.message } },
      graphQLErrors: graphQLErrorsOf(error),
    });
  }
  throw error;
}

/** The server's largest page (MAX_PER_PAGE in server/src/common/pagination.ts). */
const MAX_PER_PAGE = 500;

/**
 * ra-data-graphql-simple asks `allX(filter: { ids })` without a page size, so the server's default
 * page (25) applies: a list page showing more than 25 distinct organisations would leave the rest
 * of its reference columns blank. Ask for exactly as many rows as ids (in pages the server allows).
 */
const getMany: DataProvider['getMany'] = async (resource, params) => {
  const ids = [...new Set(params.ids)];
  const pages = await Promise.all(
    Array.from({ length: Math.ceil(ids.length / MAX_PER_PAGE) }, (_, i) =>
      graphQLProvider.getList(resource, {
        filter: { ids: ids.slice(i * MAX_PER_PAGE, (i + 1) * MAX_PER_PAGE) },
        pagination: { page: 1, perPage: MAX_PER_PAGE },
        sort: { field: 'id', order: 'ASC' },
        meta: params.meta,
        signal: params.signal,
      }),
    ),
  );
  return { data: pages.flatMap((page) => page.data) };
};

export const dataProvider: DataProvider = {
  ...graphQLProvider,
  getMany,
  create: (resource, params) => graphQLProvider.create(resource, params).catch(withFieldErrors),
  update: (resource, params) => graphQLProvider.update(resource, params).catch(withFieldErrors),
};
