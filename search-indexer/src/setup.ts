import { SEARCH_PRIMARY_KEY } from './content.js';
import type { Meilisearch } from 'meilisearch';
import { settle, upstream } from './meili.js';
import { ensureSearchKey } from './search-key.js';
import { SEARCH_INDEXES, applySettings, codeSettings } from './settings.js';

/** What {@link setup} did. */
export interface SetupResult {
  /** Indexes that did not exist and were created. */
  readonly createdIndexes: readonly string[];
  /** Indexes whose settings differed from the code and were updated. */
  readonly updatedSettings: readonly string[];
  /** Value of the search-only key (equals `searchKeyFor(masterKey)`). */
  readonly searchKey: string;
}

/** Names of all indexes in the instance. */
export async function listIndexNames(client: Meilisearch): Promise<string[]> {
  const names: string[] = [];
  try {
    for (let offset = 0; ; offset += 200) {
      const page = await client.getRawIndexes({ offset, limit: 200 });
      names.push(...page.results.map((i) => i.uid));
      if (offset + page.results.length >= page.total || page.results.length === 0) return names;
    }
  } catch (error) {
    throw upstream('list indexes', error);
  }
}

/** Options of {@link setup}. */
export interface SetupOptions {
  /**
   * Bring the settings of indexes that already existed up to date (default true). A full rebuild passes false: it
   * replaces them by twins built with the code's settings, and a settings change re-indexes a full index first.
   */
  readonly updateExistingSettings?: boolean;
}

/**
 * Idempotently prepares Meilisearch: the six search indexes exist with primary key `id` and the settings from code,
 * and the search-only key exists. Safe to run on every start; a second run changes nothing.
 */
export async function setup(client: Meilisearch, options: SetupOptions = {}): Promise<SetupResult> {
  const existing = new Set(await listIndexNames(client));
  const missing = SEARCH_INDEXES.filter((ref) => !existing.has(ref.name));
  await Promise.all(
    missing.map((ref) =>
      settle(client.createIndex(ref.name, { primaryKey: SEARCH_PRIMARY_KEY }), `create index ${ref.name}`),
    ),
  );
  const updateExisting = options.updateExistingSettings ?? true;
  const changed = await Promise.all(
    SEARCH_INDEXES.map((ref) =>
      updateExisting || !existing.has(ref.name)
        ? applySettings(client.index(ref.name), codeSettings(ref))
        : Promise.resolve(false),
    ),
  );
  const searchKey = await ensureSearchKey(client);
  return {
    createdIndexes: missing.map((ref) => ref.name),
    updatedSettings: SEARCH_INDEXES.filter((_, i) => changed[i]).map((ref) => ref.name),
    searchKey,
  };
}
