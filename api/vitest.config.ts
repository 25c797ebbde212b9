import { defineConfig } from 'vitest/config';

// Integration tests start real Meilisearch (and Strapi) processes, so they get generous timeouts.
export default defineConfig({
  test: {
    name: 'api',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
