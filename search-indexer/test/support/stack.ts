/**
 * Real services for the integration tests: the test kit's stack (Strapi on a temp SQLite database and a restartable
 * Meilisearch), and the indexer configuration that points at both.
 */
import { startStack as startKitStack, type Stack } from '@neuvo/scripts';
import { loadConfig, type IndexerConfig } from '../../src/index.js';

export type { Stack };

export function startStack(): Promise<Stack> {
  return startKitStack({ cms: { database: 'sqlite' } });
}

/** Indexer config pointing at the stack's Strapi and its current Meilisearch. */
export function indexerConfig(stack: Stack, overrides: Partial<Record<string, string>> = {}): IndexerConfig {
  return loadConfig({
    CMS_URL: stack.cms.url,
    CMS_WRITE_TOKEN: stack.cms.writeToken,
    MEILI_URL: stack.meili.url,
    MEILI_MASTER_KEY: stack.meili.masterKey,
    ...overrides,
  });
}
