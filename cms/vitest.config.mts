import { defineConfig } from 'vitest/config';

// Integration tests start a real Strapi (startCms from @neuvo/scripts), so they get generous timeouts.
export default defineConfig({
  test: {
    name: 'cms',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
