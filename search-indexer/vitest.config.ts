import { defineProject } from 'vitest/config';

// Integration tests start real Meilisearch and Strapi processes: generous hook timeouts.
export default defineProject({
  test: {
    name: 'search-indexer',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
