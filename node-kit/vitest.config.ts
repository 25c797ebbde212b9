import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'node-kit',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
