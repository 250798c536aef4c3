import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed schema: the console's own operations and the server's
 * end-to-end tests. The output is committed; `pnpm test` runs `codegen --check`, so a document
 * or schema change without `pnpm codegen` fails the build.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'console/src/gql/': {
      preset: 'client',
      documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
    },
    'server/src/test/gql/': {
      preset: 'client',
      documents: ['server/src/**/*.e2e-spec.ts'],
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
