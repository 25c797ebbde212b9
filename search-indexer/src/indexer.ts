import type { Meilisearch } from 'meilisearch';
import { createCmsClient, type CmsClient } from './cms-client.js';
import type { IndexerConfig } from './config.js';
import { consoleLogger, describeError, type Logger } from './log.js';
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
}

/** Creates an {@link Indexer}; nothing runs until a method is called. */
export function createIndexer(options: IndexerOptions): Indexer {
  const { config } = options;
  const log = options.log ?? consoleLogger;
  const meili = createMeiliClient(config.meiliUrl, config.meiliMasterKey);
  const cms = createCmsClient({ baseUrl: config.cmsUrl, token: config.cmsWriteToken });
  const cursor = createCursorStore(meili);
  const deps = { client: meili, cms, cursor, log };

  // One step at a time: a rebuild and a sync batch must never interleave.
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(step: () => Promise<T>): Promise<T> => {
    const run = chain.then(step, step);
    chain = run.catch(() => undefined);
    return run;
  };

  const doSetup = async (): Promise<SetupResult> => {
    const result = await setup(meili);
    if (result.createdIndexes.length > 0 || result.updatedSettings.length > 0) {
      log.info(
        `setup applied: created=[${result.createdIndexes.join(',')}] settings=[${result.updatedSettings.join(',')}]`,
      );
    }
    return result;
  };

  const syncOnceUnlocked = async (verifyCursor = false): Promise<SyncOutcome> => {
    const result = await syncBatch({ ...deps, verifyCursor });
    if (result.status !== 'needs-rebuild') return result;
    log.info(
      result.reason === 'no-cursor'
        ? 'no outbox cursor in Meilisearch (fresh or wiped data): full rebuild'
        : 'the cms outbox ends before the cursor (cms database replaced?): full rebuild',
    );
    return { status: 'rebuilt', rebuild: await rebuild(deps) };
  };

  let running: Promise<void> | null = null;
  let stopController: AbortController | null = null;

  const loop = async (signal: AbortSignal, onReady: () => void): Promise<void> => {
    let needSetup = true;
    let verifyCursor = true;
    let failures = 0;
    while (!signal.aborted) {
      let delay = config.pollMs;
      try {
        if (needSetup) {
          await exclusive(doSetup);
          needSetup = false;
        }
        const result = await exclusive(() => syncOnceUnlocked(verifyCursor));
        verifyCursor = false;
        if (failures > 0) log.info(`recovered after ${failures} failed attempt(s)`);
        failures = 0;
        // Ready (and the next poll waits) only once caught up; a full batch means more events are waiting.
        if (result.status === 'applied' && result.more) delay = 0;
        else onReady();
      } catch (error) {
        failures++;
        delay = Math.min(config.pollMs * 2 ** Math.min(failures, 10), MAX_BACKOFF_MS);
        log.warn(`step failed (attempt ${failures}), retrying in ${delay} ms: ${describeError(error)}`);
      }
      if (delay > 0) await sleep(delay, signal);
    }
  };

  return {
    meili,
    cms,
    cursor,
    setup: () => exclusive(doSetup),
    rebuild: () => exclusive(() => rebuild(deps)),
    syncOnce: () => exclusive(() => syncOnceUnlocked()),
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
