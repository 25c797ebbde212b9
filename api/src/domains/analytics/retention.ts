import type { Logger } from '@neuvo/node-kit';
import type { AnalyticsStore } from './store.js';

const DAY_MS = 86_400_000;

/** What one purge did. */
export interface PurgeResult {
  /** Searches deleted (their clicks went with them). */
  readonly deleted: number;
  /** DELETE transactions run (each at most `batchSize` searches). */
  readonly batches: number;
  /** Searches created before this instant were deleted. */
  readonly before: string;
}

export interface SearchAnalyticsRetention {
  /**
   * Deletes every search older than the retention period, in batches. A purge already running is joined, not
   * started twice. Never throws: a failing store is logged and the next run tries again.
   */
  purge(): Promise<PurgeResult>;
  /** Stops the daily timer and waits for a running purge, which stops after its current batch. */
  stop(): Promise<void>;
}

export interface SearchAnalyticsRetentionOptions {
  readonly store: AnalyticsStore;
  readonly logger: Logger;
  /** Searches older than this many days are deleted. */
  readonly retentionDays: number;
  /** Between purges (default one day). The first purge starts at once. */
  readonly intervalMs?: number;
  /** Searches per DELETE transaction (default 1000), so no statement holds the store for long. */
  readonly batchSize?: number;
  readonly now?: () => number;
}

/**
 * Keeps search analytics for `retentionDays`: purges at once, then every `intervalMs` on a timer that does not keep
 * the process alive. Batches are bounded and the event loop gets a turn between them (SQLite runs in-process).
 */
export function startSearchAnalyticsRetention(
  options: SearchAnalyticsRetentionOptions,
): SearchAnalyticsRetention {
  const { store, logger, retentionDays } = options;
  const intervalMs = options.intervalMs ?? DAY_MS;
  const batchSize = options.batchSize ?? 1000;
  const now = options.now ?? Date.now;
  let running: Promise<PurgeResult> | undefined;
  let stopped = false;

  async function run(): Promise<PurgeResult> {
    const started = performance.now();
    const before = new Date(now() - retentionDays * DAY_MS).toISOString();
    let deleted = 0;
    let batches = 0;
    try {
      while (!stopped) {
        const n = await store.deleteSearchesBefore(before, batchSize);
        batches++;
        deleted += n;
        if (n < batchSize) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (deleted > 0)
        logger.info('search_analytics_purged', {
          deleted,
          batches,
          retentionDays,
          ms: Math.round(performance.now() - started),
        });
    } catch (error) {
      const e = error as { name?: unknown; code?: unknown } | null;
      // Driver messages may quote values; only the class and the SQL state code are logged.
      logger.error('search_analytics_purge_failed', {
        deleted,
        errorName: typeof e?.name === 'string' ? e.name : typeof error,
        ...(typeof e?.code === 'string' ? { dbCode: e.code } : {}),
      });
    }
    return { deleted, batches, before };
  }

  function purge(): Promise<PurgeResult> {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  }

  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  void purge();

  return {
    purge,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
