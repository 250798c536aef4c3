/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          target: 'es2022',
          keepClassNames: true,
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
        // Dynamic import() stays import(): ESM-only packages load through node's ESM loader.
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
  // One Postgres for the run (embedded unless DATABASE_URL is set); each test file makes its own database.
  globalSetup: '<rootDir>/src/test/global-setup.mjs',
  globalTeardown: '<rootDir>/src/test/global-teardown.mjs',
  testTimeout: 30000,
  // Two cores here: two workers keep both busy without starving Postgres.
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
};
