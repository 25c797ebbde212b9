import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import {
  DomainError,
  isGuideSlug,
  POPULAR_GUIDES_DAYS,
  POPULAR_GUIDES_MAX_LIMIT,
  type Locale,
} from '../../models.js';
import type { ContentService } from '../content/service.js';
import type { GuideViewStore } from './store.js';

/** A guide of the "most read" list. */
export interface PopularGuide {
  readonly slug: string;
  readonly title: string;
  readonly summary: string | null;
  /** Views in the last {@link POPULAR_GUIDES_DAYS} days, in this language. */
  readonly views: number;
}

export interface GuideViewService {
  /**
   * Counts one view of a guide page; `false` when it was not counted (the same client viewed the same page within
   * half an hour, or has viewed too many pages this hour). VALIDATION_FAILED for a slug that is not a guide's.
   */
  record(client: string, slug: string, locale: Locale): Promise<boolean>;
  /** The most viewed published guides of the locale (its own pages only), most viewed first. */
  popular(locale: Locale, limit: number): Promise<PopularGuide[]>;
}

export interface GuideViewServiceOptions {
  readonly store: GuideViewStore;
  readonly content: Pick<ContentService, 'guides'>;
  /** Views one client may add per hour, over all pages (default 120). */
  readonly perClientPerHour?: number;
  readonly now?: () => number;
}

/** A calendar day in Helsinki as `YYYY-MM-DD` (the Swedish locale writes ISO dates). */
const HELSINKI_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Helsinki day of an instant, and of the instant `daysBack` days earlier. */
export function helsinkiDay(instant: number, daysBack = 0): string {
  return HELSINKI_DAY.format(new Date(instant - daysBack * 86_400_000));
}

/** Counted views read from the database before the unpublished and untranslated are dropped. */
const CANDIDATES = 200;

async function consumed(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

export function createGuideViewService(options: GuideViewServiceOptions): GuideViewService {
  const { store, content } = options;
  const now = options.now ?? Date.now;
  // In this process's memory only: which client read which page is never written anywhere.
  const samePage = new RateLimiterMemory({ points: 1, duration: 1800 });
  const perClient = new RateLimiterMemory({ points: options.perClientPerHour ?? 120, duration: 3600 });

  return {
    async record(client, slug, locale) {
      if (!isGuideSlug(slug))
        throw new DomainError(
          'VALIDATION_FAILED',
          "slug must be a guide's slug (kebab-case, at most 120 characters)",
          {
            details: { field: 'slug' },
          },
        );
      if (!(await consumed(samePage, `${client}\u0000${locale}\u0000${slug}`))) return false;
      if (!(await consumed(perClient, client))) return false;
      await store.increment(helsinkiDay(now()), locale, slug);
      return true;
    },

    async popular(locale, limit) {
      if (!Number.isInteger(limit) || limit < 1 || limit > POPULAR_GUIDES_MAX_LIMIT)
        throw new DomainError(
          'VALIDATION_FAILED',
          `limit must be between 1 and ${POPULAR_GUIDES_MAX_LIMIT}`,
          {
            details: { field: 'limit' },
          },
        );
      const counts = await store.mostViewed(locale, helsinkiDay(now(), POPULAR_GUIDES_DAYS - 1), CANDIDATES);
      if (counts.length === 0) return [];
      // Only guides published in this language: a counter of an unpublished guide, or of a slug that never was one,
      // is never shown. guides() lists untranslated guides in Finnish; those have no page in this language.
      const published = new Map(
        (await content.guides(locale)).filter((g) => g.locale === locale).map((g) => [g.slug, g]),
      );
      const out: PopularGuide[] = [];
      for (const { slug, views } of counts) {
        const guide = published.get(slug);
        if (!guide) continue;
        out.push({ slug, title: guide.title, summary: guide.summary ?? null, views });
        if (out.length === limit) break;
      }
      return out;
    },
  };
}
