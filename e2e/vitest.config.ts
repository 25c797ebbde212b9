import { defineConfig } from 'vitest/config';

// End-to-end tests start the whole stack (Strapi, Meilisearch, indexer, api, portal, Chromium):
// slow hooks, and one file at a time so two stacks never compete for the machine's two cores.
export default defineConfig({
  test: {
    name: '@neuvo/e2e',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
