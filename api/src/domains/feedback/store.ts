import { sql, type Kysely } from 'kysely';
import type { Database, GuideFeedbackTable } from '../../db/schema.js';

/** Per guide: the answers of a period. */
export interface GuideFeedbackCount {
  readonly slug: string;
  readonly helpful: number;
  readonly notHelpful: number;
}

/** A feedback text as the report shows it. */
export interface GuideFeedbackCommentRow {
  readonly slug: string;
  readonly locale: string;
  readonly helpful: boolean;
  readonly text: string;
  readonly createdAt: string;
}

/** Filters of a feedback report: `[from, to)` ISO instants, and optionally one locale. */
export interface FeedbackFilter {
  readonly from: string;
  readonly to: string;
  readonly locale?: string | undefined;
}

/** SQL of the feedback table; the same statements on SQLite and PostgreSQL. */
export interface FeedbackStore {
  insert(row: GuideFeedbackTable): Promise<void>;
  /** Guides with the most answers in the period first (then by slug), at most `limit`. */
  countsByGuide(filter: FeedbackFilter, limit: number): Promise<GuideFeedbackCount[]>;
  /** The newest `perGuide` texts of each of these guides in the period, newest first. */
  latestComments(
    filter: FeedbackFilter,
    slugs: readonly string[],
    perGuide: number,
  ): Promise<GuideFeedbackCommentRow[]>;
}

const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
};

export function createFeedbackStore(db: Kysely<Database>): FeedbackStore {
  const inPeriod = (filter: FeedbackFilter) => {
    let q = db
      .selectFrom('api_guide_feedback as f')
      .where('f.created_at', '>=', filter.from)
      .where('f.created_at', '<', filter.to);
    if (filter.locale) q = q.where('f.locale', '=', filter.locale);
    return q;
  };

  return {
    async insert(row) {
      await db.insertInto('api_guide_feedback').values(row).execute();
    },

    async countsByGuide(filter, limit) {
      const rows = await inPeriod(filter)
        .select([
          'f.slug',
          sql<number>`sum(f.helpful)`.as('helpful'),
          sql<number>`sum(1 - f.helpful)`.as('not_helpful'),
        ])
        .groupBy('f.slug')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('f.slug', 'asc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ slug: r.slug, helpful: num(r.helpful), notHelpful: num(r.not_helpful) }));
    },

    async latestComments(filter, slugs, perGuide) {
      // One small indexed query per guide (slug, created_at): a report lists at most 100 guides.
      const lists = await Promise.all(
        slugs.map((slug) =>
          inPeriod(filter)
            .select(['f.slug', 'f.locale', 'f.helpful', 'f.text', 'f.created_at'])
            .where('f.slug', '=', slug)
            .where('f.text', 'is not', null)
            .orderBy('f.created_at', 'desc')
            .orderBy('f.id', 'asc')
            .limit(perGuide)
            .execute(),
        ),
      );
      return lists.flat().map((r) => ({
        slug: r.slug,
        locale: r.locale,
        helpful: num(r.helpful) === 1,
        text: r.text ?? '',
        createdAt: r.created_at,
      }));
    },
  };
}
