import { createHmac } from 'node:crypto';
import { SEARCH_KEY_UID } from '@neuvo/content-models';

/**
 * The value Meilisearch gives the search-only key (uid {@link SEARCH_KEY_UID} from content-models) for this master
 * key: Meilisearch derives a key's value as the hex HMAC-SHA256 of the key's uid, keyed with the master key. So every
 * process that knows the master key knows the search key without asking Meilisearch: the orchestration hands it to
 * the api as `MEILI_SEARCH_KEY`, the tests search with it, and the indexer creates the key with that uid.
 */
export function searchKeyFor(masterKey: string): string {
  return createHmac('sha256', masterKey).update(SEARCH_KEY_UID).digest('hex');
}
