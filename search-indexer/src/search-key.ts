import type { Meilisearch } from 'meilisearch';
import { SEARCH_KEY_ACTIONS, SEARCH_KEY_INDEX_PATTERNS, SEARCH_KEY_UID } from './content.js';
import { isMeiliError, upstream } from './meili.js';

/**
 * Fixed uid of the search-only API key (from content-models). Meilisearch derives a key's value from its uid and the
 * master key, so a fixed uid gives the same key value on every instance that shares the master key (and after a
 * data wipe).
 */
export { SEARCH_KEY_UID };

/** Index patterns the search-only key may search. */
export const SEARCH_KEY_INDEXES: readonly string[] = SEARCH_KEY_INDEX_PATTERNS;
const SEARCH_KEY_ACTION_LIST: readonly string[] = SEARCH_KEY_ACTIONS;

// Its value for a master key is `searchKeyFor(masterKey)` of @neuvo/node-kit (no need to ask Meilisearch).

/**
 * Makes sure the search-only key exists with exactly the actions `['search', 'tasks.get']` on
 * {@link SEARCH_KEY_INDEXES} and no expiry (`tasks.get` lets the api see which batch finished last in those indexes,
 * to invalidate its search-result cache; Meilisearch shows a key only the tasks and batches of its own indexes). A key
 * with the right uid but other rights (such as the `['search']` of earlier versions) is deleted and recreated
 * (Meilisearch cannot change the actions or indexes of a key); its value stays the same, but searches with it fail
 * for the few milliseconds between the two calls.
 *
 * @returns the key value as Meilisearch reports it
 */
export async function ensureSearchKey(client: Meilisearch): Promise<string> {
  try {
    let existing: Awaited<ReturnType<Meilisearch['getKey']>> | null = null;
    try {
      existing = await client.getKey(SEARCH_KEY_UID);
    } catch (error) {
      if (!isMeiliError(error, 'api_key_not_found')) throw error;
    }
    if (existing) {
      const same =
        (existing.expiresAt as Date | null) === null &&
        sameSet(existing.actions, SEARCH_KEY_ACTION_LIST) &&
        sameSet(existing.indexes, SEARCH_KEY_INDEXES);
      if (same) return existing.key;
      await client.deleteKey(SEARCH_KEY_UID);
    }
    const created = await client.createKey({
      uid: SEARCH_KEY_UID,
      name: 'neuvo-search',
      description: 'Neuvo search-only key (public-* and agent-*), managed by the search-indexer',
      actions: [...SEARCH_KEY_ACTION_LIST],
      indexes: [...SEARCH_KEY_INDEXES],
      expiresAt: null,
    });
    return created.key;
  } catch (error) {
    throw upstream('ensure search key', error);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}
