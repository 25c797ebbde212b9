import { defineConfig } from 'vitest/config';

// One vitest run over every workspace package. Each package may add its own vitest.config.ts
// (environment, timeouts); integration tests start real services through @neuvo/scripts.
export default defineConfig({
  test: {
    projects: [
      'content-models',
      'analysis',
      'node-kit',
      'cms',
      'search-indexer',
      'local-idp',
      'api',
      'graphql-contract',
      'agent-portal',
      'public-site',
      'scripts',
      'e2e',
    ],
  },
});
