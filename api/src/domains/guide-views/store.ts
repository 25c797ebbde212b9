import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface GuideViewCount {
  readonly slug: string;
  readonly views: number;
}

/** SQL of the daily view counters; the same statements on SQLite and PostgreSQL. */
export interface GuideViewStore {
  /** Adds one view of the guide on `day` (YYYY-MM-DD). */
  increment(day: string, locale: string, slug: string): Promise<void>;
  /** Views per guide of one locale from `fromDay` on (inclusive), most viewed first (then by slug), at most `limit`. */
  mostViewed(locale: string, fromDay: string, limit: number): Promise<GuideViewCount[]>;
}

export function createGuideViewStore(db: Kysely<Database>): GuideViewStore {
  return {
    async increment(day, locale, slug) {
      await db
        .insertInto('api_guide_views')
        .values({ day, locale, slug, views: 1 })
        .onConflict((oc) =>
          oc.columns(['day', 'locale', 'slug']).doUpdateSet({ views: sql`api_guide_views.views + 1` }),
        )
        .execute();
    },

    async mostViewed(locale, fromDay, limit) {
      const rows = await db
        .selectFrom('api_guide_views')
        .select(['slug', sql<number>`sum(views)`.as('views')])
        .where('locale', '=', locale)
        .where('day', '>=', fromDay)
        .groupBy('slug')
        .orderBy(sql`sum(views)`, 'desc')
        .orderBy('slug', 'asc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ slug: r.slug, views: Number(r.views) }));
    },
  };
}
