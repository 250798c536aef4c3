import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, print, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type IntrospectionQuery, type OperationDefinitionNode } from 'graphql';
import introspection from './schema/introspection.json';
import { dataProviderDocuments } from './console/src/persistedDocuments';

/**
 * Typed documents from the committed schema: the console's own operations and the server's
 * end-to-end tests. The output is committed; `pnpm test` runs `codegen --check`, so a document
 * or schema change without `pnpm codegen` fails the build.
 */
const PERSISTED_DOCUMENTS = 'naccc-persisted-documents';

/**
 * Every document the console can send, exactly as it sends it, listed by the SHA-256 of its text
 * (Apollo's persisted query manifest format): the data provider's one document per resource and
 * fetch type (console/src/persistedDocuments.ts) and the console's own typed documents, printed
 * as the client preset builds them (the operation, then the fragments it uses). A production
 * server refuses any other document (server/src/security/safelist.ts).
 */
const persistedDocuments = {
  async plugin(_schema: unknown, documents: Array<{ document?: DocumentNode }>) {
    const definitions = documents.flatMap((file) => file.document?.definitions ?? []);
    const fragments = new Map(definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment]));
    const typed = definitions.filter(isOperation).map((operation): DocumentNode => {
      const direct = spreadsIn(operation);
      const nested = direct.flatMap((name) => dependenciesOf(name, fragments));
      const used = [...new Set([...nested, ...direct])].map((name) => fragments.get(name)!);
      return { kind: Kind.DOCUMENT, definitions: [operation, ...used] };
    });
    const all = [...(await dataProviderDocuments((introspection as unknown as IntrospectionQuery).__schema)), ...typed];
    const operations = new Map(
      all.map((document) => {
        const body = print(document);
        const operation = document.definitions.find(isOperation)!;
        const id = createHash('sha256').update(body).digest('hex');
        return [id, { id, name: operation.name?.value ?? '', type: operation.operation, body }];
      }),
    );
    const sorted = [...operations.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: sorted }, null, 2)}\n`;
  },
};

const isOperation = (definition: DefinitionNode): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION;
const isFragment = (definition: DefinitionNode): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION;

function spreadsIn(node: DefinitionNode): string[] {
  const names = new Set<string>();
  JSON.stringify(node, (key, value) => {
    if (value?.kind === Kind.FRAGMENT_SPREAD) names.add(value.name.value);
    return value;
  });
  return [...names];
}

function dependenciesOf(name: string, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const fragment = fragments.get(name);
  if (!fragment) return [];
  return spreadsIn(fragment).flatMap((child) => (seen.has(child) ? [] : (seen.add(child), [...dependenciesOf(child, fragments, seen), child])));
}

const config: CodegenConfig = {
  pluginLoader: async (name) => (name.endsWith(PERSISTED_DOCUMENTS) ? persistedDocuments : import(name)),
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'console/src/gql/': {
      preset: 'client',
      documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', LocalDate: 'string' } },
    },
    // The safelist of a production server: see persistedDocuments below.
    'schema/persisted-documents.json': {
      documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
      plugins: [PERSISTED_DOCUMENTS],
    },
    'server/src/test/gql/': {
      preset: 'client',
      documents: ['server/src/**/*.e2e-spec.ts'],
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', LocalDate: 'string' } },
    },
  },
};

export default config;
