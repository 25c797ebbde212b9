import { defineProject } from 'vitest/config';

// Project name defaults to the package name (@neuvo/scripts).
export default defineProject({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
