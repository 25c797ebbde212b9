/**
 * Real services for the integration tests: the test kit's stack (Strapi on a temp SQLite database and a restartable
 * Meilisearch), plus the indexer configuration that points at both.
 */
import { startStack as startKitStack, type Stack as KitStack } from '@neuvo/scripts';
import { loadConfig, type IndexerConfig } from '../../src/index.js';

export interface Stack extends KitStack {
  /** Indexer config pointing at Strapi and the current Meilisearch. */
  config(overrides?: Partial<Record<string, string>>): IndexerConfig;
}

export async function startStack(): Promise<Stack> {
  const kit = await startKitStack({ cms: { database: 'sqlite' } });
  return {
    cms: kit.cms,
    get meili() {
      return kit.meili;
    },
    stopMeili: () => kit.stopMeili(),
    startMeiliAgain: () => kit.startMeiliAgain(),
    stop: () => kit.stop(),
    config: (overrides = {}) =>
      loadConfig({
        CMS_URL: kit.cms.url,
        CMS_WRITE_TOKEN: kit.cms.writeToken,
        MEILI_URL: kit.meili.url,
        MEILI_MASTER_KEY: kit.meili.masterKey,
        ...overrides,
      }),
  };
}
