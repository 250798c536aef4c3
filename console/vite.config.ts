import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Libraries that change rarely get their own long-cached chunks; the app's code stays small.
 * pnpm keeps packages under node_modules/.pnpm/<name>@<version>/node_modules/<name>/, so each
 * pattern matches the package folder wherever it sits.
 */
const pkg = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);
const CHUNKS = [
  { name: 'react', test: pkg('react|react-dom|scheduler|react-router|react-router-dom'), priority: 40 },
  { name: 'mui', test: pkg('@mui[\\\\/][^\\\\/]+|@emotion[\\\\/][^\\\\/]+'), priority: 30 },
  { name: 'graphql', test: pkg('graphql|@apollo[\\\\/][^\\\\/]+|@wry[\\\\/][^\\\\/]+|ra-data-graphql|ra-data-graphql-simple|graphql-ast-types-browser|optimism|zen-observable'), priority: 20 },
  { name: 'react-admin', test: pkg('react-admin|ra-core|ra-ui-materialui|ra-i18n-polyglot|ra-language-english|react-hook-form|@tanstack[\\\\/][^\\\\/]+|lodash|date-fns|node-polyglot'), priority: 10 },
];

export default defineConfig({
  plugins: [react()],
  server: {
    // `pnpm --filter console dev` against a server started with `pnpm start` (port 4000).
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Vite 8 bundles with Rolldown: `rolldownOptions` replaces `rollupOptions`, and
    // `output.codeSplitting.groups` replaces the deprecated `manualChunks`.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: CHUNKS },
      },
    },
  },
});
