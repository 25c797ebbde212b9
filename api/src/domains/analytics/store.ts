import { sql, type Kysely } from 'kysely';
import type { Database, SearchClickTable, SearchEventTable } from '../../db/schema.js';

/** Rows per INSERT statement (SQLite allows 32,766 bound values; 9 columns × 500 stays far below). */
const CHUNK = 500;

/** Filters of a report. */
export interface ReportFilter {
  /** ISO instant, inclusive. */
  readonly from: string;
  /** ISO instant, exclusive. */
  readonly to: string;
  readonly locale?: string | undefined;
  /** Only searches of this audience (`public` or `agent`). */
  readonly audience?: string | undefined;
}

export interface QueryCount {
  readonly query: string;
  readonly searches: number;
  readonly clickedSearches: number;
  readonly averageResults: number;
}

export interface ReportTotals {
  readonly searches: number;
  readonly zeroResultSearches: number;
  readonly clickedSearches: number;
  readonly redactedSearches: number;
  readonly averageLatencyMs: number;
}

/** SQL of the analytics tables; the same statements on SQLite and PostgreSQL. */
export interface AnalyticsStore {
  insertEvents(rows: readonly SearchEventTable[]): Promise<void>;
  insertClicks(rows: readonly SearchClickTable[]): Promise<void>;
  /** The documentIds a recorded search answered (empty for one recorded before they were kept); `undefined` when the search is unknown. */
  searchHits(searchId: string): Promise<readonly string[] | undefined>;
  totals(filter: ReportFilter): Promise<ReportTotals>;
  topQueries(filter: ReportFilter, limit: number, zeroResultsOnly: boolean): Promise<QueryCount[]>;
  /**
   * Deletes at most `limit` searches created before `before` (ISO instant), oldest first, with their clicks, in one
   * transaction. Returns how many searches were deleted (fewer than `limit`: nothing older is left).
   */
  deleteSearchesBefore(before: string, limit: number): Promise<number>;
}

const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
};

export function createAnalyticsStore(db: Kysely<Database>): AnalyticsStore {
  /** Searches in the period (and locale) that count: typing steps left out. */
  const counted = (filter: ReportFilter) => {
    let q = db
      .selectFrom('api_search_events as e')
      .where('e.created_at', '>=', filter.from)
      .where('e.created_at', '<', filter.to)
      .where('e.refined', '=', 0);
    if (filter.locale) q = q.where('e.locale', '=', filter.locale);
    if (filter.audience) q = q.where('e.audience', '=', filter.audience);
    return q;
  };
  /** 1 when a search has at least one click. */
  const clicked = sql<number>`case when exists (select 1 from api_search_clicks c where c.search_id = e.id) then 1 else 0 end`;

  return {
    async insertEvents(rows) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        await db
          .insertInto('api_search_events')
          .values(rows.slice(i, i + CHUNK))
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
    },

    async insertClicks(rows) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        await db
          .insertInto('api_search_clicks')
          .values(rows.slice(i, i + CHUNK))
          .execute();
      }
    },

    async searchHits(searchId) {
      const row = await db
        .selectFrom('api_search_events')
        .select('hit_ids')
        .where('id', '=', searchId)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      return row.hit_ids ? row.hit_ids.split(' ') : [];
    },

    async totals(filter) {
      const row = await counted(filter)
        .select([
          sql<number>`count(*)`.as('searches'),
          sql<number>`sum(case when e.result_count = 0 then 1 else 0 end)`.as('zero'),
          sql<number>`sum(${clicked})`.as('clicked'),
          sql<number>`sum(e.redacted)`.as('redacted'),
          sql<number>`avg(e.latency_ms)`.as('latency'),
        ])
        .executeTakeFirst();
      return {
        searches: num(row?.searches),
        zeroResultSearches: num(row?.zero),
        clickedSearches: num(row?.clicked),
        redactedSearches: num(row?.redacted),
        averageLatencyMs: num(row?.latency),
      };
    },

    async topQueries(filter, limit, zeroResultsOnly) {
      let q = counted(filter).where('e.redacted', '=', 0);
      if (zeroResultsOnly) q = q.where('e.result_count', '=', 0);
      const rows = await q
        .select([
          'e.query',
          sql<number>`count(*)`.as('searches'),
          sql<number>`sum(${clicked})`.as('clicked'),
          sql<number>`avg(e.result_count)`.as('results'),
        ])
        .groupBy('e.query')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('e.query', 'asc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        query: r.query,
        searches: num(r.searches),
        clickedSearches: num(r.clicked),
        averageResults: num(r.results),
      }));
    },

    async deleteSearchesBefore(before, limit) {
      return db.transaction().execute(async (trx) => {
        // Ids first, so both deletes take exactly this batch (uses the created_at index).
        const ids = (
          await trx
            .selectFrom('api_search_events')
            .select('id')
            .where('created_at', '<', before)
            .orderBy('created_at', 'asc')
            .limit(limit)
            .execute()
        ).map((r) => r.id);
        if (ids.length === 0) return 0;
        // Explicitly, not only by ON DELETE CASCADE: SQLite enforces foreign keys only when the connection says so.
        await trx.deleteFrom('api_search_clicks').where('search_id', 'in', ids).execute();
        await trx.deleteFrom('api_search_events').where('id', 'in', ids).execute();
        return ids.length;
      });
    },
  };
}
