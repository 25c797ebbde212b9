/**
 * Follows what Meilisearch finished in the search indexes, so that the search-result cache knows when its entries
 * went stale.
 *
 * Every `intervalMs` it asks `GET /batches?statuses=succeeded,failed,canceled&limit=1` with the api's search key: the
 * newest finished batch the key may see. Meilisearch processes one batch at a time, in uid order, and filters batches
 * by the key's index patterns (`public-*`, `agent-*`), so that uid changes exactly when a write to a search index
 * (documents, settings, synonyms, an index swap or deletion) finished; writes to other indexes (the indexer's cursor
 * in `neuvo-state`) do not count. Batches rather than the newest finished *task*: Meilisearch batches a later task of
 * one index ahead of an earlier task of another, so the newest finished task uid can stay the same while another
 * task finishes.
 *
 * The key needs the `tasks.get` action (the indexer gives it that). Without it, or while Meilisearch does not answer,
 * the generation is unknown and the cache is bypassed: it never serves a result it cannot vouch for.
 */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { describeError, meiliHttpClient, unwrapMeiliError, type Logger } from '@neuvo/node-kit';
import { AnswerCache, type GenerationSource } from '../../cache.js';

/** Options of {@link watchSearchIndexes}. */
export interface IndexWatchOptions {
  /** A client with the api's search key (needs `tasks.get` besides `search`). */
  readonly client: Meilisearch;
  readonly logger: Logger;
  /** Pause between polls (default 100 ms). */
  readonly intervalMs?: number;
  /**
   * The generation is vouched for only while the last successful poll was sent at most this long ago (default 30 ×
   * `intervalMs`, 3 s): a slow or hanging Meilisearch turns the cache off instead of letting it serve old answers.
   * Not tighter, because on a busy machine a poll can take a second without anything being wrong.
   */
  readonly staleAfterMs?: number;
  /** Pause between polls while the key may not read tasks (default 30 s). */
  readonly forbiddenRetryMs?: number;
  /** Called when the generation changed or became unknown: drop every cached answer. */
  readonly onChange: () => void;
}

/** A running watch; also the cache's {@link GenerationSource}. */
export interface IndexWatch extends GenerationSource {
  /** Resolves after the first poll answered (successfully or not). */
  readonly ready: Promise<void>;
  /** Stops polling and waits for a poll in flight. */
  stop(): Promise<void>;
}

/** `none`: no finished batch in the search indexes yet (a fresh Meilisearch). */
const NONE = -1;
const FINISHED = ['succeeded', 'failed', 'canceled'] as const;

type State = 'starting' | 'ok' | 'forbidden' | 'failing';

/** Starts polling Meilisearch's finished batches; see the module comment. */
export function watchSearchIndexes(options: IndexWatchOptions): IndexWatch {
  const { client, logger, onChange } = options;
  const intervalMs = options.intervalMs ?? 100;
  const staleAfterMs = options.staleAfterMs ?? intervalMs * 30;
  const forbiddenRetryMs = options.forbiddenRetryMs ?? 30_000;

  let state: State = 'starting';
  let generation: number | null = null;
  /** When the last successful poll was SENT: everything finished before then is reflected in `generation`. */
  let confirmedAt = Number.NEGATIVE_INFINITY;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const unknown = (): void => {
    if (generation !== null) onChange();
    generation = null;
  };

  const poll = async (): Promise<number> => {
    const sentAt = performance.now();
    try {
      const page = await client.batches.getBatches({ statuses: [...FINISHED], limit: 1 });
      const newest = page.results[0]?.uid ?? NONE;
      if (state === 'forbidden')
        logger.info('search_cache_enabled', { reason: 'the search key may read tasks' });
      else if (state === 'failing') logger.info('search_cache_resumed');
      // After a gap nothing is known about what happened meanwhile (a restored snapshot may reuse batch uids).
      if (state !== 'ok' || newest !== generation) {
        if (generation !== null || state !== 'starting') onChange();
        generation = newest;
      }
      state = 'ok';
      confirmedAt = sentAt;
      return intervalMs;
    } catch (raw) {
      const error = unwrapMeiliError(raw);
      const status = error instanceof MeilisearchApiError ? error.response.status : undefined;
      unknown();
      if (status === 401 || status === 403) {
        if (state !== 'forbidden')
          logger.warn('search_cache_disabled', {
            reason:
              'the search key may not read tasks (it needs the tasks.get action, which the search-indexer grants); ' +
              'searches are not cached',
            status,
            meiliCode: error instanceof MeilisearchApiError ? error.cause?.code : undefined,
          });
        state = 'forbidden';
        return forbiddenRetryMs;
      }
      if (state !== 'failing')
        logger.warn('search_cache_paused', {
          reason: 'cannot read Meilisearch tasks; searches are not cached until it answers again',
          ...describeError(error),
          stack: undefined,
        });
      state = 'failing';
      return intervalMs;
    } finally {
      markReady();
    }
  };

  const loop = (): void => {
    if (stopped) return;
    inFlight = poll().then((delay) => {
      if (!stopped) {
        timer = setTimeout(loop, delay);
        timer.unref();
      }
    });
  };
  loop();

  return {
    ready,
    current() {
      if (state !== 'ok' || generation === null) return null;
      return performance.now() - confirmedAt <= staleAfterMs ? generation : null;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/** Options of {@link createSearchCache}. */
export interface SearchCacheOptions {
  readonly meiliUrl: string;
  /** The api's search key (`search` and `tasks.get`). */
  readonly meiliSearchKey: string;
  /** `SEARCH_CACHE_ENTRIES`; 0 = no cache and no polling. */
  readonly entries: number;
  /** `SEARCH_CACHE_POLL_MS`. */
  readonly pollMs: number;
  readonly logger: Logger;
}

/** The api's search-result cache and the watch that invalidates it. */
export interface SearchCache {
  readonly cache: AnswerCache;
  readonly watch: IndexWatch;
  stop(): Promise<void>;
}

/**
 * Creates the search-result cache with its index watch, or `undefined` when `entries` is 0 (then nothing polls
 * Meilisearch's tasks either).
 */
export function createSearchCache(options: SearchCacheOptions): SearchCache | undefined {
  const { logger } = options;
  if (options.entries === 0) {
    logger.info('search_cache_off', { reason: 'SEARCH_CACHE_ENTRIES=0' });
    return undefined;
  }
  const client = new Meilisearch({
    host: options.meiliUrl,
    apiKey: options.meiliSearchKey,
    timeout: 2000,
    httpClient: meiliHttpClient,
  });
  // The watch calls back into the cache, and the cache asks the watch for the generation.
  const holder: { cache?: AnswerCache } = {};
  const watch = watchSearchIndexes({
    client,
    logger,
    intervalMs: options.pollMs,
    onChange: () => holder.cache?.invalidate(),
  });
  const cache = new AnswerCache(options.entries, { generation: watch });
  holder.cache = cache;
  logger.info('search_cache', { entries: options.entries, pollMs: options.pollMs });
  return { cache, watch, stop: () => watch.stop() };
}
