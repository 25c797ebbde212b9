import type { Meilisearch } from 'meilisearch';
import { isMeiliError, settle, upstream } from './meili.js';

/** Small index holding the indexer's own durable state (not covered by the search key's patterns). */
export const STATE_INDEX = 'neuvo-state';
const CURSOR_ID = 'outbox-cursor';

/** The stored cursor: the last applied outbox event id, and which full rebuild it descends from. */
export interface CursorState {
  readonly lastId: number;
  /** Set by every full rebuild; a sync batch only moves a cursor of the rebuild it started from. */
  readonly rebuildId: string;
}

interface CursorDoc extends CursorState {
  id: typeof CURSOR_ID;
  updatedAt: string;
}

/**
 * The outbox cursor, stored in Meilisearch itself: when Meilisearch loses its data the cursor goes with the
 * indexes, and its absence tells the indexer to rebuild.
 */
export interface CursorStore {
  /** The id of the last applied outbox event, or `null` when there is no cursor (fresh or wiped Meilisearch). */
  read(): Promise<number | null>;
  /** The whole stored state, or `null` when there is none. */
  readState(): Promise<CursorState | null>;
  /** Durably stores the cursor (waits for the task). */
  write(state: CursorState): Promise<void>;
}

export function createCursorStore(client: Meilisearch): CursorStore {
  const index = client.index<CursorDoc>(STATE_INDEX);
  const readState = async (): Promise<CursorState | null> => {
    try {
      const doc = await index.getDocument(CURSOR_ID);
      return typeof doc.lastId === 'number'
        ? { lastId: doc.lastId, rebuildId: String(doc.rebuildId ?? '') }
        : null;
    } catch (error) {
      if (isMeiliError(error, 'index_not_found') || isMeiliError(error, 'document_not_found')) return null;
      throw upstream('read outbox cursor', error);
    }
  };
  return {
    readState,
    async read() {
      return (await readState())?.lastId ?? null;
    },
    async write(state) {
      // addDocuments creates the index (primary key `id`) when it is missing.
      await settle(
        index.addDocuments(
          [
            {
              id: CURSOR_ID,
              lastId: state.lastId,
              rebuildId: state.rebuildId,
              updatedAt: new Date().toISOString(),
            },
          ],
          { primaryKey: 'id' },
        ),
        'write outbox cursor',
      );
    },
  };
}
