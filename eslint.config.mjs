// Lint for the whole workspace: ESLint's and typescript-eslint's recommended rules, and the module boundary.
// `pnpm lint` runs it; `pnpm test` runs `pnpm lint` before the tests.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/gql/**', 'console/e2e/screenshots/**', '.data/**', 'schema/**', 'bench/results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript here is Node scripts: the browser tests, their runner, jest's set-up.
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser tests also pass functions to the page (page.evaluate), which run in the browser.
    files: ['console/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // Unused arguments kept for a signature (react-admin's, type-graphql's) are named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A server module is used by others only through its public surface: its index.ts, its entities
    // and its enums. Everything else in its folder is its own (see the README's "Adding a module").
    files: ['server/src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'module', pattern: 'server/src/modules/*', mode: 'folder', capture: ['moduleName'] },
        // The platform every module stands on; it knows no module (the composition roots, schema/,
        // seed/, main.ts and all-modules.ts, put modules together).
        { type: 'platform', pattern: 'server/src/{auth,audit,common,db,security,tenancy}', mode: 'folder' },
      ],
      'boundaries/include': ['server/src/**/*.ts'],
      'import/resolver': { typescript: { project: 'server/tsconfig.json' } },
    },
    rules: {
      'boundaries/entry-point': [
        'error',
        {
          default: 'disallow',
          rules: [
            { target: ['module'], allow: ['index.ts', '*.entity.ts', '*.enums.ts', '*.module.ts'] },
            { target: ['platform'], allow: '**' },
          ],
        },
      ],
    },
  },
  {
    // Tests of the platform may set up modules' records; its code may not depend on them.
    files: ['server/src/{auth,audit,common,db,security,tenancy}/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: { 'boundaries/element-types': ['error', { default: 'allow', rules: [{ from: ['platform'], disallow: ['module'] }] }] },
  },
);
