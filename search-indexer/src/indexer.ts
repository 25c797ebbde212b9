import type { Meilisearch } from 'meilisearch';
import { createIndexerAnalysis, type Analysis } from './analysis.js';
import { createCmsClient, type CmsClient } from './cms-client.js';
import { createLogger, nodeFetch, type Logger } from '@neuvo/node-kit';
import type { IndexerConfig } from './config.js';
import { describeError } from './describe-error.js';
import { createMeiliClient } from './meili.js';
import { rebuild, type RebuildResult } from './rebuild.js';
import { setup, type SetupResult } from './setup.js';
import { createCursorStore, type CursorStore } from './state.js';
import { syncBatch, type SyncResult } from './sync.js';

/** Longest pause between retries while Meilisearch or the cms is down. */
const MAX_BACKOFF_MS = 10_000;

export interface IndexerOptions {
  readonly config: IndexerConfig;
  /** Defaults to one-line console logging. */
  readonly log?: Logger;
  /** Text analysis; default: created from the config (`FINNISH_ANALYSIS`, `VOIKKO_LIBRARY`). */
  readonly analysis?: Analysis;
}

/** What {@link Indexer.syncOnce} did: applied a batch, or rebuilt because the cursor was missing. */
export type SyncOutcome =
  Exclude<SyncResult, { status: 'needs-rebuild' }> | { status: 'rebuilt'; rebuild: RebuildResult };

/** A search indexer bound to one cms and one Meilisearch. */
export interface Indexer {
  /** Creates the indexes, applies settings from code and ensures the search-only key (idempotent). */
  setup(): Promise<SetupResult>;
  /** Full rebuild by index swap; sets the cursor to the outbox head read before the rebuild. */
  rebuild(): Promise<RebuildResult>;
  /**
   * Applies the next outbox batch; when Meilisearch has no cursor (fresh or wiped) it runs setup and a full rebuild
   * instead. Calls are serialized with the loop and with {@link Indexer.rebuild}.
   */
  syncOnce(): Promise<SyncOutcome>;
  /**
   * Starts the poll loop (setup, rebuild if needed, then a sync every `pollMs`; failures back off and retry).
   * Resolves once the first cycle succeeded, or when {@link Indexer.stop} is called before that.
   */
  start(): Promise<void>;
  /** Stops the loop after the step in progress and waits for it. */
  stop(): Promise<void>;
  /** The admin Meilisearch client (master key). */
  readonly meili: Meilisearch;
  readonly cms: CmsClient;
  readonly cursor: CursorStore;
  /** The text analysis applied to every document. */
  readonly analysis: Analysis;
}

/** Creates an {@link Indexer}; nothing runs until a method is called. */
export function createIndexer(options: IndexerOptions): Indexer {
  const { config } = options;
  const log = options.log ?? createLogger({ service: 'search-indexer', format: config.logFormat });
  const meili = createMeiliClient(config.meiliUrl, config.meiliMasterKey);
  const cms = createCmsClient({ baseUrl: config.cmsUrl, token: config.cmsWriteToken, fetch: nodeFetch });
  const cursor = createCursorStore(meili);
  const analysis = options.analysis ?? createIndexerAnalysis(config, log);
  const deps = { client: meili, cms, cursor, log, analysis };

  // One step at a time: a rebuild and a sync batch must never interleave.
  let chain: Promise<unknown> = Promise.resolve();
  /** Ends the loop's current long poll, so that a step asked for from outside (or stop) runs at once. */
  let waiting: AbortController | null = null;
  const exclusive = <T>(step: () => Promise<T>): Promise<T> => {
    const run = chain.then(step, step);
    chain = run.catch(() => undefined);
    return run;
  };

  const doSetup = async (): Promise<SetupResult> => {
    const result = await setup(meili);
    if (result.createdIndexes.length > 0 || result.updatedSettings.length > 0) {
      log.info('setup_applied', {
        createdIndexes: result.createdIndexes,
        updatedSettings: result.updatedSettings,
      });
    }
    return result;
  };

  const syncOnceUnlocked = async (
    verifyCursor = false,
    wait: { waitMs?: number; signal?: AbortSignal } = {},
  ): Promise<SyncOutcome> => {
    const result = await syncBatch({ ...deps, verifyCursor, ...wait });
    if (result.status !== 'needs-rebuild') return result;
    // Reasons: `no-cursor` (fresh or wiped Meilisearch data), `outbox-behind-cursor` (the cms database was
    // replaced), `analysis-changed` (the indexes were built with another text analysis).
    log.info('full_rebuild_needed', { reason: result.reason, analysis: analysis.id });
    return { status: 'rebuilt', rebuild: await rebuild(deps) };
  };

  let running: Promise<void> | null = null;
  let stopController: AbortController | null = null;

  const loop = async (signal: AbortSignal, onReady: () => void): Promise<void> => {
    let needSetup = true;
    let verifyCursor = true;
    let caughtUp = false;
    let failures = 0;
    while (!signal.aborted) {
      let delay = config.pollMs;
      try {
        if (needSetup) {
          await exclusive(doSetup);
          needSetup = false;
        }
        // Once caught up, wait for the next event in the cms (long poll) instead of sleeping between polls.
        const waitMs = caughtUp ? config.outboxWaitMs : 0;
        const controller = new AbortController();
        const stopWaiting = () => controller.abort();
        signal.addEventListener('abort', stopWaiting, { once: true });
        const stepStarted = Date.now();
        const result = await exclusive(() => {
          waiting = controller;
          return syncOnceUnlocked(verifyCursor, { waitMs, signal: controller.signal }).finally(() => {
            waiting = null;
            signal.removeEventListener('abort', stopWaiting);
          });
        });
        verifyCursor = false;
        if (failures > 0) log.info('recovered', { failedAttempts: failures });
        failures = 0;
        // Ready (and the next poll waits) only once caught up; a full batch means more events are waiting.
        if (result.status === 'applied' && result.more) delay = 0;
        else {
          caughtUp = true;
          onReady();
          // The cms held the read (or it was cut short): ask again at once. An answer that came back empty at once
          // (a cms without long polling) is followed by the usual pause.
          const held = Date.now() - stepStarted >= waitMs / 2 || controller.signal.aborted;
          if (waitMs > 0 && (result.status !== 'applied' || result.events > 0 || held)) delay = 0;
        }
      } catch (error) {
        failures++;
        delay = Math.min(config.pollMs * 2 ** Math.min(failures, 10), MAX_BACKOFF_MS);
        log.warn('step_failed_retrying', { attempt: failures, delayMs: delay, error: describeError(error) });
      }
      if (delay > 0) await sleep(delay, signal);
    }
  };

  return {
    meili,
    cms,
    cursor,
    analysis,
    setup: () => {
      waiting?.abort();
      return exclusive(doSetup);
    },
    rebuild: () => {
      waiting?.abort();
      return exclusive(() => rebuild(deps));
    },
    syncOnce: () => {
      waiting?.abort();
      return exclusive(() => syncOnceUnlocked());
    },
    start() {
      if (running) throw new Error('search-indexer: already started');
      const controller = new AbortController();
      stopController = controller;
      return new Promise<void>((resolve) => {
        controller.signal.addEventListener('abort', () => resolve(), { once: true });
        running = loop(controller.signal, resolve);
      });
    },
    async stop() {
      stopController?.abort();
      const current = running;
      running = null;
      stopController = null;
      await current;
      // The last cursor write is only enqueued by a sync batch: let it land before the caller moves on.
      await cursor.settled().catch(() => undefined);
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
