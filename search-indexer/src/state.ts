import type { EnqueuedTask, Meilisearch } from 'meilisearch';
import { isMeiliError, settle, settleEnqueued, upstream } from './meili.js';

/** Small index holding the indexer's own durable state (not covered by the search key's patterns). */
export const STATE_INDEX = 'neuvo-state';
const CURSOR_ID = 'outbox-cursor';

/** The stored cursor: the last applied outbox event id, and which full rebuild it descends from. */
export interface CursorState {
  readonly lastId: number;
  /** Set by every full rebuild; a sync batch only moves a cursor of the rebuild it started from. */
  readonly rebuildId: string;
  /** The text analysis (`Analysis.id`) the indexes were rebuilt with; `undefined` for cursors older than it. */
  readonly analysis?: string | undefined;
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
  /**
   * Stores the cursor. By default waits until Meilisearch applied the write. With `wait: false` it returns once the
   * write is enqueued (Meilisearch persists its task queue and applies tasks in order, so every later task of this
   * indexer comes after it); until the write is applied, {@link CursorStore.readState} of this store returns the
   * pending state, so the next sync batch can start at once instead of waiting for one more task.
   */
  write(state: CursorState, options?: { readonly wait?: boolean }): Promise<void>;
  /** Waits until the last write is applied (e.g. before the process stops). */
  settled(): Promise<void>;
}

export function createCursorStore(client: Meilisearch): CursorStore {
  const index = client.index<CursorDoc>(STATE_INDEX);
  /** A write enqueued without waiting, until it is seen applied. */
  let pending: CursorState | null = null;
  let pendingTask: EnqueuedTask | null = null;
  const readStored = async (): Promise<CursorState | null> => {
    try {
      const doc = await index.getDocument(CURSOR_ID);
      return typeof doc.lastId === 'number'
        ? {
            lastId: doc.lastId,
            rebuildId: String(doc.rebuildId ?? ''),
            analysis: typeof doc.analysis === 'string' ? doc.analysis : undefined,
          }
        : null;
    } catch (error) {
      if (isMeiliError(error, 'index_not_found') || isMeiliError(error, 'document_not_found')) return null;
      throw upstream('read outbox cursor', error);
    }
  };
  const readState = async (): Promise<CursorState | null> => {
    const stored = await readStored();
    const ahead = pending;
    // The pending write counts while it is not applied yet and no rebuild (another rebuildId) has replaced it.
    if (ahead && stored && stored.rebuildId === ahead.rebuildId && stored.lastId < ahead.lastId) return ahead;
    pending = null;
    return stored;
  };
  return {
    readState,
    async read() {
      return (await readState())?.lastId ?? null;
    },
    async write(state, { wait = true } = {}) {
      // addDocuments creates the index (primary key `id`) when it is missing.
      const enqueued = index.addDocuments(
        [
          {
            id: CURSOR_ID,
            lastId: state.lastId,
            rebuildId: state.rebuildId,
            ...(state.analysis !== undefined ? { analysis: state.analysis } : {}),
            updatedAt: new Date().toISOString(),
          },
        ],
        { primaryKey: 'id' },
      );
      if (wait) {
        pending = null;
        await settle(enqueued, 'write outbox cursor');
        return;
      }
      try {
        pendingTask = await enqueued;
      } catch (error) {
        throw upstream('write outbox cursor', error);
      }
      pending = state;
    },
    async settled() {
      const task = pendingTask;
      if (task) await settleEnqueued(client, task, 'write outbox cursor');
      if (pendingTask === task) pendingTask = null;
    },
  };
}
