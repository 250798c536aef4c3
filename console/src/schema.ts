import type { IntrospectionField, IntrospectionObjectType, IntrospectionQuery, IntrospectionTypeRef } from 'graphql';
import introspection from '../../schema/introspection.json';

/**
 * The committed schema (schema/introspection.json, written by `pnpm schema`), as the console reads
 * it: the data provider builds its documents from it, and the console asks it what it would
 * otherwise copy from the server (a resource's list query, its page size).
 */
export const schema = (introspection as unknown as IntrospectionQuery).__schema;

const queryType = schema.types.find((type) => type.name === schema.queryType.name) as IntrospectionObjectType;

function namedType(type: IntrospectionTypeRef): { kind: string; name?: string } {
  return type.kind === 'NON_NULL' || type.kind === 'LIST' ? namedType(type.ofType) : type;
}

const isList = (type: IntrospectionTypeRef): boolean => type.kind === 'LIST' || (type.kind === 'NON_NULL' && isList(type.ofType));

/** A resource's list query (react-admin's getList): the `all…` query answering a list of its type (allPeople for Person). */
export function listQueryOf(resource: string): IntrospectionField | undefined {
  return queryType.fields.find((field) => field.name.startsWith('all') && isList(field.type) && namedType(field.type).name === resource);
}

/**
 * The page size a resource's list query uses when asked for none (its `perPage` default): the one
 * size the schema promises the server accepts. Its maximum is a server rule the schema does not
 * state, so the console does not assume one.
 */
export function defaultPageSizeOf(resource: string): number | undefined {
  const perPage = listQueryOf(resource)?.args.find((arg) => arg.name === 'perPage');
  const size = Number(perPage?.defaultValue);
  return Number.isInteger(size) && size > 0 ? size : undefined;
}
