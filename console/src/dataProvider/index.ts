import buildGraphQLProvider from 'ra-data-graphql-simple';
import { useDataProvider, type DataProvider } from 'react-admin';
import { canonicalBuildQuery } from '../persistedDocuments';
import { defaultPageSizeOf, schema } from '../schema';
import { rethrowAsHttpError } from './errors';
import { operations } from './operations';
import { trainingTeamOperations } from './trainingTeam';
import { memberTrainingOperations } from './memberTraining';
import { standardsOperations } from './standards';
import { accreditationOperations } from './accreditation';
import { assessmentOperations } from './assessment';
import { GRAPHQL_URL } from './request';

/**
 * Every request the console makes goes through this data provider (the auth provider's sign-in,
 * sign-out and "who am I" apart), and components call it through react-admin's hooks
 * (`useDataProvider`, `useGetList`, …): a failure reaches `authProvider.checkError` in one place,
 * so an ended session sends the user to sign in whichever page they are on.
 *
 * Resources: react-admin's GraphQL provider, fed the committed introspection
 * (schema/introspection.json): the browser never introspects, and production servers refuse
 * introspection anyway. ra-data-graphql only sends the introspection query when
 * `introspection.schema` is absent. `canonicalBuildQuery` sends one document per resource and
 * fetch type, each listed in schema/persisted-documents.json, which is all a production server
 * accepts.
 *
 * `credentials: 'same-origin'`: the console is served by the server it talks to (and `vite dev`
 * proxies /graphql), so the session cookie travels without opening the API to other origins.
 */
const graphQLProvider = buildGraphQLProvider({
  clientOptions: { uri: GRAPHQL_URL, credentials: 'same-origin' },
  introspection: { schema },
  buildQuery: canonicalBuildQuery,
});

/**
 * ra-data-graphql-simple asks `allX(filter: { ids })` without a page size, so the server's default
 * page applies: a list page showing more distinct organisations than that would leave the rest of
 * its reference columns blank. Ask for every id, a default-sized page at a time (the size the
 * schema gives; the server's maximum is not in the schema).
 */
const getMany: DataProvider['getMany'] = async (resource, params) => {
  const ids = [...new Set(params.ids)];
  const size = defaultPageSizeOf(resource) ?? Math.max(ids.length, 1);
  const pages = await Promise.all(
    Array.from({ length: Math.ceil(ids.length / size) }, (_, i) =>
      graphQLProvider.getList(resource, {
        filter: { ids: ids.slice(i * size, (i + 1) * size) },
        pagination: { page: 1, perPage: size },
        sort: { field: 'id', order: 'ASC' },
        meta: params.meta,
        signal: params.signal,
      }),
    ),
  );
  return { data: pages.flatMap((page) => page.data) };
};

/** The resource methods, failing as the custom methods do (see errors.ts). */
const resources: DataProvider = {
  getList: (resource, params) => graphQLProvider.getList(resource, params).catch(rethrowAsHttpError),
  getOne: (resource, params) => graphQLProvider.getOne(resource, params).catch(rethrowAsHttpError),
  getMany: (resource, params) => getMany(resource, params).catch(rethrowAsHttpError),
  getManyReference: (resource, params) => graphQLProvider.getManyReference(resource, params).catch(rethrowAsHttpError),
  create: (resource, params) => graphQLProvider.create(resource, params).catch(rethrowAsHttpError),
  update: (resource, params) => graphQLProvider.update(resource, params).catch(rethrowAsHttpError),
  updateMany: (resource, params) => graphQLProvider.updateMany(resource, params).catch(rethrowAsHttpError),
  delete: (resource, params) => graphQLProvider.delete(resource, params).catch(rethrowAsHttpError),
  deleteMany: (resource, params) => graphQLProvider.deleteMany(resource, params).catch(rethrowAsHttpError),
};

export const dataProvider = { ...resources, ...operations, ...trainingTeamOperations, ...memberTrainingOperations, ...standardsOperations, ...accreditationOperations, ...assessmentOperations };

export type ConsoleDataProvider = typeof dataProvider;

/** react-admin's `useDataProvider`, typed with the console's own methods. */
export const useConsoleDataProvider = () => useDataProvider<ConsoleDataProvider>();

export type { AttentionPerson, ClearanceCounts, ClearanceSummary, ImportRowError, PeopleImportResult } from './operations';
