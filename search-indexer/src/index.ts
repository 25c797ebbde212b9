/**
 * `@neuvo/search-indexer`: keeps Meilisearch equal to the published cms content (index settings as code, full rebuild
 * by index swap, incremental sync from the cms outbox).
 */
export { loadConfig, ConfigError, type IndexerConfig } from './config.js';
export { createIndexer, type Indexer, type IndexerOptions, type SyncOutcome } from './indexer.js';
export { setup, type SetupResult } from './setup.js';
export { ensureSearchKey, SEARCH_KEY_UID, SEARCH_KEY_INDEXES } from './search-key.js';
export { SEARCH_INDEXES, codeSettings, type SearchIndexRef } from './settings.js';
export { STATE_INDEX, type CursorStore } from './state.js';
export type { RebuildResult } from './rebuild.js';
export type { SyncResult } from './sync.js';
export type { CmsClient, OutboxEvent, OutboxPage } from './cms-client.js';
