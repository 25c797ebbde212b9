import { randomUUID } from 'node:crypto';
import type { SearchClickTable, SearchEventTable } from '../../db/schema.js';
import type { Logger } from '@neuvo/node-kit';
import { DomainError, type Locale, type SearchAudience } from '../../models.js';
import { normaliseQuery } from './normalise.js';
import { helsinkiPeriod } from './period.js';
import type { AnalyticsStore, QueryCount } from './store.js';

/** What the search path hands to analytics after a search (the raw query never leaves this module). */
export interface SearchEvent {
  readonly query: string;
  readonly locale: Locale;
  readonly audience: SearchAudience;
  readonly resultCount: number;
  readonly latencyMs: number;
  /** The documentIds of the hits answered (the page shown): the only documents a click on this search may name. */
  readonly hitIds: readonly string[];
}

/**
 * Where searches were made. Each search is stored with the audience it searched as: citizen content (`public`:
 * anyone not signed in as staff, which is how the public site searches) or staff content (`agent`: the agent
 * portal). The channel is that audience under the name editors know.
 */
export type SearchChannel = 'site' | 'portal';

/** The stored audience of a channel's searches. */
export const CHANNEL_AUDIENCE: Readonly<Record<SearchChannel, SearchAudience>> = {
  site: 'public',
  portal: 'agent',
};

export interface QueryStat {
  readonly query: string;
  readonly count: number;
  readonly clicks: number;
  readonly clickThroughRate: number;
  readonly averageResults: number;
}

/** The editors' report of one period. */
export interface SearchReport {
  readonly from: string;
  readonly to: string;
  readonly locale: Locale | null;
  readonly channel: SearchChannel | null;
  readonly searches: number;
  readonly zeroResultSearches: number;
  readonly clickedSearches: number;
  readonly clickThroughRate: number;
  readonly redactedSearches: number;
  readonly averageLatencyMs: number;
  readonly topQueries: readonly QueryStat[];
  readonly zeroResultQueries: readonly QueryStat[];
}

export interface SearchAnalytics {
  /**
   * Records a search without waiting for the database and returns its `searchId`. The row is written by the
   * next batch (at most `flushIntervalMs` later).
   */
  recordSearch(event: SearchEvent): string;
  /**
   * Records a chosen result; `false` when the search is unknown (never recorded, or too old). A document that was not
   * among that search's hits is refused with VALIDATION_FAILED.
   */
  recordClick(searchId: string, documentId: string): Promise<boolean>;
  /** Period report; pending rows are written first so the report includes every search made so far. */
  report(input: {
    from: string;
    to: string;
    locale: Locale | null;
    channel?: SearchChannel | null;
    limit: number;
  }): Promise<SearchReport>;
  /** Writes everything buffered now. Never throws (failures are logged). */
  flush(): Promise<void>;
  /** Final flush; later records are dropped. */
  stop(): Promise<void>;
}

export interface SearchAnalyticsOptions {
  readonly store: AnalyticsStore;
  readonly logger: Logger;
  /** How often buffered rows are written (default 1000 ms). */
  readonly flushIntervalMs?: number;
  /**
   * A query that a longer query of the same audience and locale extends within this time counts as a typing
   * step of instant search, not as a search of its own; so does one that a shorter query cuts back within this
   * time (the agent erased a typo). Default 2000 ms: the portal sends every keystroke, and a pause of two seconds
   * is where an agent reads results rather than types.
   */
  readonly refineWindowMs?: number;
  /** Rows kept while the database is slow or down; beyond this the oldest are dropped (default 20,000). */
  readonly maxBuffered?: number;
  readonly now?: () => number;
}

interface PendingEvent {
  row: SearchEventTable;
  at: number;
}

/** How many of the latest searches a shorter query checks for being erased back to it. */
const RECENT_FOR_ERASING = 64;

const SEARCH_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

function toStat(q: QueryCount): QueryStat {
  return {
    query: q.query,
    count: q.searches,
    clicks: q.clickedSearches,
    clickThroughRate: rate(q.clickedSearches, q.searches),
    averageResults: Math.round(q.averageResults * 10) / 10,
  };
}

/**
 * Search analytics without personal data. Writes are batched off the request path: `recordSearch` only appends
 * to a buffer; a timer writes the buffer in one INSERT per table. A failing database is logged (error class and
 * code only, never a query) and never fails or slows a search.
 */
export function createSearchAnalytics(options: SearchAnalyticsOptions): SearchAnalytics {
  const { store, logger } = options;
  const flushIntervalMs = options.flushIntervalMs ?? 1000;
  const refineWindowMs = options.refineWindowMs ?? 2000;
  const maxBuffered = options.maxBuffered ?? 20_000;
  const now = options.now ?? Date.now;

  let events: PendingEvent[] = [];
  /**
   * The pending events that a longer query may still mark as typing steps, by locale, audience and query: each search
   * looks up the prefixes of its own query here (at most 200 lookups) instead of scanning every pending event, which
   * at thousands of searches per second was a tenth of the api's CPU. Rebuilt whenever events are written.
   */
  let byQuery = new Map<string, PendingEvent[]>();
  const queryKey = (locale: string, audience: string, query: string) =>
    `${locale}\u0000${audience}\u0000${query}`;
  const indexPending = (pending: PendingEvent) => {
    const { row } = pending;
    if (row.refined !== 0 || row.redacted !== 0) return;
    const key = queryKey(row.locale, row.audience, row.query);
    const list = byQuery.get(key);
    if (list) list.push(pending);
    else byQuery.set(key, [pending]);
  };
  /**
   * The latest pending events, newest last, at most {@link RECENT_FOR_ERASING}: a shorter query looks here for the
   * longer ones it erased back from (bounded, so a search never scans the whole buffer).
   */
  const recent: PendingEvent[] = [];
  let clicks: SearchClickTable[] = [];
  let dropped = 0;
  let stopped = false;
  let flushing: Promise<void> = Promise.resolve();

  const timer = setInterval(() => void write(false), flushIntervalMs);
  timer.unref();

  const logFailure = (event: string, error: unknown, rows: number) => {
    const e = error as { name?: unknown; code?: unknown } | null;
    // Driver messages may quote values; only the class and the SQL state code are logged.
    logger.error(event, {
      rows,
      errorName: typeof e?.name === 'string' ? e.name : typeof error,
      ...(typeof e?.code === 'string' ? { dbCode: e.code } : {}),
    });
  };

  /**
   * Writes the buffer. The timer writes only rows older than the refine window (a later keystroke may still mark
   * them as typing steps); {@link SearchAnalytics.flush} writes everything.
   */
  async function writeOnce(all: boolean): Promise<void> {
    if (dropped > 0) {
      logger.warn('search_analytics_dropped', { rows: dropped });
      dropped = 0;
    }
    const cutoff = all ? Infinity : now() - refineWindowMs;
    const ready = events.filter((e) => e.at <= cutoff);
    if (ready.length === 0 && clicks.length === 0) return;
    events = events.filter((e) => e.at > cutoff);
    byQuery = new Map();
    for (const pending of events) indexPending(pending);
    const pendingIds = new Set(events.map((e) => e.row.id));
    const eventBatch = ready.map((e) => e.row);
    // A click waits for its search row (foreign key).
    const clickBatch = clicks.filter((c) => !pendingIds.has(c.search_id));
    clicks = clicks.filter((c) => pendingIds.has(c.search_id));
    if (eventBatch.length > 0) {
      try {
        await store.insertEvents(eventBatch);
      } catch (error) {
        logFailure('search_analytics_write_failed', error, eventBatch.length);
        return; // the batch and its clicks are lost; the next batch tries again
      }
    }
    if (clickBatch.length > 0) {
      try {
        await store.insertClicks(clickBatch);
      } catch (error) {
        logFailure('search_analytics_click_write_failed', error, clickBatch.length);
      }
    }
  }

  function write(all: boolean): Promise<void> {
    flushing = flushing.then(
      () => writeOnce(all),
      () => writeOnce(all),
    );
    return flushing;
  }
  const flush = () => write(true);

  return {
    recordSearch(event) {
      const id = randomUUID();
      if (stopped) return id;
      const at = now();
      const { query, redacted } = normaliseQuery(event.query);
      // Instant search sends every pause in typing: an earlier, shorter query it extends was a step, not a search.
      if (!redacted && query !== '') {
        // Every shorter query this one starts with, of the same locale and audience.
        for (let length = 0; length < query.length; length++) {
          const key = queryKey(event.locale, event.audience, query.slice(0, length));
          const candidates = byQuery.get(key);
          if (!candidates) continue;
          for (const pending of candidates) {
            if (pending.row.refined === 0 && at - pending.at <= refineWindowMs) pending.row.refined = 1;
          }
          if (candidates.every((pending) => pending.row.refined === 1)) byQuery.delete(key);
        }
        // Erasing is typing too: a recent longer query that starts with this one was deleted back to it.
        for (const pending of recent) {
          const { row } = pending;
          if (
            row.refined === 0 &&
            row.query.length > query.length &&
            row.query.startsWith(query) &&
            row.locale === event.locale &&
            row.audience === event.audience &&
            at - pending.at <= refineWindowMs
          )
            row.refined = 1;
        }
      }
      if (events.length >= maxBuffered) {
        events.shift();
        dropped++;
      }
      const pending: PendingEvent = {
        at,
        row: {
          id,
          created_at: new Date(at).toISOString(),
          query,
          redacted: redacted ? 1 : 0,
          locale: event.locale,
          audience: event.audience,
          result_count: Math.max(0, Math.round(event.resultCount)),
          latency_ms: Math.round(event.latencyMs * 100) / 100,
          refined: 0,
          hit_ids: event.hitIds.filter((id) => DOCUMENT_ID.test(id)).join(' '),
        },
      };
      events.push(pending);
      indexPending(pending);
      recent.push(pending);
      if (recent.length > RECENT_FOR_ERASING) recent.shift();
      return id;
    },

    async recordClick(searchId, documentId) {
      if (!SEARCH_ID.test(searchId))
        throw new DomainError('VALIDATION_FAILED', 'searchId must be the searchId a search returned', {
          details: { field: 'searchId' },
        });
      if (!DOCUMENT_ID.test(documentId))
        throw new DomainError('VALIDATION_FAILED', 'documentId must be a document id', {
          details: { field: 'documentId' },
        });
      if (stopped) return false;
      const pending = events.find((e) => e.row.id === searchId);
      let hits: readonly string[] | undefined = pending ? (pending.row.hit_ids ?? '').split(' ') : undefined;
      if (!pending) {
        try {
          hits = await store.searchHits(searchId);
        } catch (error) {
          logFailure('search_analytics_read_failed', error, 1);
          return false;
        }
      }
      if (hits === undefined) return false;
      // Only a result the search showed can have been chosen: anything else would let a caller write any document
      // into the click statistics.
      if (!hits.includes(documentId))
        throw new DomainError('VALIDATION_FAILED', 'documentId must be one of the hits of that search', {
          details: { field: 'documentId' },
        });
      // Choosing a result means the query was what the agent meant, whatever was typed after it.
      if (pending) pending.row.refined = 0;
      clicks.push({
        id: randomUUID(),
        search_id: searchId,
        document_id: documentId,
        created_at: new Date(now()).toISOString(),
      });
      return true;
    },

    async report({ from, to, locale, channel = null, limit }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new DomainError('VALIDATION_FAILED', 'limit must be between 1 and 100', {
          details: { field: 'limit' },
        });
      const period = helsinkiPeriod(from, to);
      await flush();
      const filter = {
        ...period,
        locale: locale ?? undefined,
        audience: channel ? CHANNEL_AUDIENCE[channel] : undefined,
      };
      try {
        const [totals, top, zero] = await Promise.all([
          store.totals(filter),
          store.topQueries(filter, limit, false),
          store.topQueries(filter, limit, true),
        ]);
        return {
          from,
          to,
          locale,
          channel,
          ...totals,
          averageLatencyMs: Math.round(totals.averageLatencyMs * 10) / 10,
          clickThroughRate: rate(totals.clickedSearches, totals.searches),
          topQueries: top.map(toStat),
          zeroResultQueries: zero.map(toStat),
        };
      } catch (cause) {
        throw new DomainError('UPSTREAM_UNAVAILABLE', 'The analytics store is unavailable.', { cause });
      }
    },

    flush,

    async stop() {
      if (stopped) return flushing;
      stopped = true;
      clearInterval(timer);
      await flush();
    },
  };
}
