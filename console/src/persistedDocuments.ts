import {
  Kind,
  OperationTypeNode,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type InlineFragmentNode,
  type IntrospectionField,
  type IntrospectionInputValue,
  type IntrospectionObjectType,
  type IntrospectionSchema,
  type IntrospectionTypeRef,
  type SelectionNode,
  type TypeNode,
  type VariableDefinitionNode,
} from 'graphql';
import buildGraphQLProvider, { buildQuery, buildQueryFactory, buildVariables, getResponseParser } from 'ra-data-graphql-simple';

/**
 * One document per resource and fetch type, so that a production server can accept only the
 * console's own documents (schema/persisted-documents.json, written by `pnpm codegen`).
 *
 * ra-data-graphql-simple declares only the arguments a call happens to send: an edit form that
 * changes two fields and one that changes five send different documents, which no list could
 * enumerate. Here every argument of the query or mutation is always declared and passed. The
 * variables are still ra-data-graphql-simple's, so an argument a call does not send is a variable
 * left out, which GraphQL treats exactly like an argument left out (its default applies).
 *
 * The selection is ra-data-graphql-simple's (every field of the resource; `{ id }` of a linked
 * resource; other object types in full), built here rather than by its buildGqlQuery so that the
 * same code runs in the browser and in `pnpm codegen` under Node (whose ESM loader cannot read the
 * CommonJS AST helpers that buildGqlQuery uses). Which resources and fetch types exist comes from
 * the introspection, so a new resource is covered with no list to maintain.
 */

type IntrospectionResults = Parameters<typeof buildQuery>[0];
type Resource = IntrospectionResults['resources'][number];

const LIST_FETCH_TYPES = new Set(['GET_LIST', 'GET_MANY', 'GET_MANY_REFERENCE']);
const QUERY_FETCH_TYPES = new Set([...LIST_FETCH_TYPES, 'GET_ONE']);
/** List counts take the list's arguments except its ordering (as ra-data-graphql-simple sends them). */
const NOT_FOR_COUNT = new Set(['sortField', 'sortOrder']);

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

function field(fieldName: string, selections?: readonly SelectionNode[], alias?: string, args?: readonly ArgumentNode[]): FieldNode {
  return {
    kind: Kind.FIELD,
    name: name(fieldName),
    ...(alias ? { alias: name(alias) } : {}),
    ...(args?.length ? { arguments: args } : {}),
    // Apollo Client adds `__typename` to every selection set below the root before sending (and
    // react-admin's response parser relies on it): adding it here makes Apollo's pass a no-op, so
    // the text sent is exactly the text listed.
    ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections: [...selections, TYPENAME] } } : {}),
  };
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: name('__typename') };

function typeNode(type: IntrospectionTypeRef): TypeNode {
  if (type.kind === 'NON_NULL') return { kind: Kind.NON_NULL_TYPE, type: typeNode(type.ofType) as Exclude<TypeNode, { kind: Kind.NON_NULL_TYPE }> };
  if (type.kind === 'LIST') return { kind: Kind.LIST_TYPE, type: typeNode(type.ofType) };
  return { kind: Kind.NAMED_TYPE, name: name(type.name) };
}

function namedType(type: IntrospectionTypeRef): { kind: string; name: string } {
  return type.kind === 'NON_NULL' || type.kind === 'LIST' ? namedType(type.ofType) : type;
}

const variable = (arg: IntrospectionInputValue): VariableDefinitionNode => ({
  kind: Kind.VARIABLE_DEFINITION,
  variable: { kind: Kind.VARIABLE, name: name(arg.name) },
  type: typeNode(arg.type),
});

const argument = (arg: IntrospectionInputValue): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: name(arg.name),
  value: { kind: Kind.VARIABLE, name: name(arg.name) },
});

/**
 * Fields a resource's own pages never read through the data provider: nested reads batched for
 * the documents that ask for them (an organisation > its centres > their people > their training
 * records; a person's training on their page, through its own typed document). Selected by every
 * list, each would cost a statement per page and the rows behind it.
 */
const NESTED_READS: Readonly<Record<string, readonly string[]>> = {
  // A centre's accreditations are a list of their own on its page (filtered by centreId); an
  // accreditation's history is read on its page alone (dataProvider/accreditation.ts), and its
  // centre by the centreId it carries.
  Accreditation: ['history', 'centre'],
  Centre: ['people', 'accreditations'],
  Person: ['training', 'trainingRecords'],
};

/** ra-data-graphql-simple's selection of a type's fields (its buildFields without sparse fields). */
function selectionOf(results: IntrospectionResults, fields: readonly IntrospectionField[], path: readonly string[] = [], typeName?: string): SelectionNode[] {
  const skipped = typeName ? (NESTED_READS[typeName] ?? []) : [];
  return fields.flatMap((f): SelectionNode[] => {
    if (skipped.includes(f.name)) return [];
    const type = namedType(f.type);
    if (type.name.startsWith('_')) return [];
    if (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') return [field(f.name)];
    const linkedResource = results.resources.find((r) => r.type.name === type.name);
    if (linkedResource) return [field(f.name, selectionOf(results, linkedResource.type.fields.filter((l) => l.name === 'id')))];
    const linkedType = results.types.find((t) => t.name === type.name) as IntrospectionObjectType | undefined;
    if (!linkedType || path.includes(linkedType.name)) return [];
    const possibleTypes = (linkedType as { possibleTypes?: readonly { name: string }[] }).possibleTypes ?? [];
    const fragments = possibleTypes.map((possible): InlineFragmentNode => {
      const implementation = results.types.find((t) => t.name === possible.name) as IntrospectionObjectType;
      return {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: { kind: Kind.NAMED_TYPE, name: name(possible.name) },
        selectionSet: { kind: Kind.SELECTION_SET, selections: [...selectionOf(results, implementation.fields), TYPENAME] },
      };
    });
    return [field(f.name, [...fragments, ...selectionOf(results, linkedType.fields, [...path, linkedType.name])])];
  });
}

/** The one document for `raFetchType` on `resource`, whatever the call's parameters. */
function buildCanonicalDocument(results: IntrospectionResults, resource: Resource, raFetchType: string, queryType: IntrospectionField): DocumentNode {
  const fields = selectionOf(results, resource.type.fields, [], resource.type.name);
  const args = queryType.args.map(argument);
  const selections = LIST_FETCH_TYPES.has(raFetchType)
    ? [
        field(queryType.name, fields, 'items', args),
        field(`_${queryType.name}Meta`, [field('count')], 'total', queryType.args.filter((a) => !NOT_FOR_COUNT.has(a.name)).map(argument)),
      ]
    : [field(queryType.name, fields, 'data', args)];
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: QUERY_FETCH_TYPES.has(raFetchType) ? OperationTypeNode.QUERY : OperationTypeNode.MUTATION,
        name: name(queryType.name),
        variableDefinitions: queryType.args.map(variable),
        selectionSet: { kind: Kind.SELECTION_SET, selections },
      },
    ],
  };
}

const cache = new WeakMap<IntrospectionResults, Map<string, DocumentNode>>();

/** Built once per resource and fetch type: the same object each time, so Apollo prints it once. */
function canonicalDocument(results: IntrospectionResults, resource: Resource, raFetchType: string, queryType: IntrospectionField): DocumentNode {
  let documents = cache.get(results);
  if (!documents) cache.set(results, (documents = new Map()));
  const key = `${resource.type.name}:${raFetchType}`;
  let document = documents.get(key);
  if (!document) documents.set(key, (document = buildCanonicalDocument(results, resource, raFetchType, queryType)));
  return document;
}

/** ra-data-graphql-simple's buildQuery (its variables and response parser) with canonical documents. */
export const canonicalBuildQuery = buildQueryFactory(
  buildVariables,
  (results) => (resource, raFetchType, queryType) => canonicalDocument(results, resource, raFetchType, queryType),
  getResponseParser,
);

/** Every document the data provider can send: one per resource and fetch type it supports. */
export function canonicalDocuments(results: IntrospectionResults): DocumentNode[] {
  return results.resources.flatMap((resource) =>
    Object.keys(resource)
      .filter((raFetchType) => raFetchType !== 'type')
      .map((raFetchType) => canonicalDocument(results, resource, raFetchType, (resource as unknown as Record<string, IntrospectionField>)[raFetchType]!)),
  );
}

/**
 * The data provider's documents for a schema, resources found as the console finds them
 * (react-admin's naming over the committed introspection): `pnpm codegen` lists them in
 * schema/persisted-documents.json.
 */
export async function dataProviderDocuments(schema: IntrospectionSchema): Promise<DocumentNode[]> {
  const provider = buildGraphQLProvider({ clientOptions: { uri: '/graphql' }, introspection: { schema }, buildQuery: canonicalBuildQuery });
  return canonicalDocuments((await provider.getIntrospection()) as IntrospectionResults);
}
