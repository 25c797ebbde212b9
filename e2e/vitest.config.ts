import { defineConfig } from 'vitest/config';

// End-to-end tests start the whole stack (Strapi, Meilisearch, indexer, api, portal, Chromium):
// slow hooks, one file at a time, and after every other project (groupOrder 1) so the timing
// checks (publish → searchable within 2 s) do not compete with other suites for the two cores.
export default defineConfig({
  test: {
    name: '@neuvo/e2e',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    sequence: { groupOrder: 1 },
  },
});
