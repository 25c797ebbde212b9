import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'graphql-contract',
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
