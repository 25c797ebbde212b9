import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'public-site',
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
