import type { IntrospectionQuery } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import introspection from '../../schema/introspection.json';
import { GRAPHQL_URL } from './api';

/**
 * react-admin's GraphQL provider, fed the committed introspection (schema/introspection.json):
 * the browser never introspects, and production servers refuse introspection anyway.
 */
export const dataProvider = buildGraphQLProvider({
  clientOptions: { uri: GRAPHQL_URL, credentials: 'same-origin' },
  introspection: { schema: (introspection as unknown as IntrospectionQuery).__schema },
});
