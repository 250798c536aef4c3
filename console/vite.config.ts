import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Libraries that change rarely get their own long-cached chunks; the app's code stays small. */
const CHUNKS: Array<[name: string, test: RegExp]> = [
  ['react', /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(react|react-dom|scheduler|react-router|react-router-dom)\//],
  ['mui', /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?@(mui|emotion)\//],
  ['graphql', /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(graphql|@apollo|ra-data-graphql|ra-data-graphql-simple|graphql-ast-types-browser)\//],
  ['react-admin', /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(react-admin|ra-core|ra-ui-materialui|ra-i18n-polyglot|ra-language-english|react-hook-form|@tanstack|lodash)\//],
];

export default defineConfig({
  plugins: [react()],
  server: {
    // `pnpm --filter console dev` against a server started with `pnpm start`.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks(id) {
          return CHUNKS.find(([, test]) => test.test(id))?.[0];
        },
      },
    },
  },
});
