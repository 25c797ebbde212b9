import { randomUUID } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import {
  DomainError,
  FEEDBACK_TEXT_MAX_LENGTH,
  isGuideSlug,
  normaliseFeedbackText,
  screenFeedbackText,
  type FeedbackTextProblem,
  type Locale,
} from '../../models.js';
import { helsinkiPeriod } from '../analytics/period.js';
import type { ContentService } from '../content/service.js';
import type { FeedbackStore } from './store.js';

/** What a citizen sends from the end of a guide page. */
export interface GuideFeedbackInput {
  readonly slug: string;
  readonly locale: Locale;
  readonly helpful: boolean;
  readonly text?: string | null;
}

export interface GuideFeedbackComment {
  readonly helpful: boolean;
  readonly text: string;
  readonly locale: Locale;
  readonly createdAt: string;
}

export interface GuideFeedbackStat {
  readonly slug: string;
  /** The guide's Finnish title; null when it is no longer published (or the CMS could not be read). */
  readonly title: string | null;
  readonly helpful: number;
  readonly notHelpful: number;
  readonly total: number;
  /** helpful / total (0–1). */
  readonly helpfulRate: number;
  readonly latestComments: readonly GuideFeedbackComment[];
}

export interface GuideFeedbackReport {
  readonly from: string;
  readonly to: string;
  readonly locale: Locale | null;
  readonly guides: readonly GuideFeedbackStat[];
}

export interface FeedbackService {
  /** Validates, screens and stores one answer; throws VALIDATION_FAILED (naming the field) or RATE_LIMITED. */
  send(client: string, input: GuideFeedbackInput): Promise<void>;
  report(input: {
    from: string;
    to: string;
    locale: Locale | null;
    limit: number;
  }): Promise<GuideFeedbackReport>;
}

export interface FeedbackServiceOptions {
  readonly store: FeedbackStore;
  /** Titles for the report (the published guides, cached by the content service). */
  readonly content: Pick<ContentService, 'guides'>;
  /** Answers one client may send per hour (default 20). Counted in this process's memory. */
  readonly perClientPerHour?: number;
  readonly now?: () => number;
}

/** Newest texts the report shows per guide. */
export const COMMENTS_PER_GUIDE = 5;

/** The message for a refused text: what to change, never a quote of what was sent. */
const TEXT_PROBLEMS: Readonly<Record<FeedbackTextProblem, string>> = {
  'too-long': `text must be at most ${FEEDBACK_TEXT_MAX_LENGTH} characters`,
  'identity-code': 'text must not contain a personal identity code: remove it and send again',
  email: 'text must not contain an e-mail address: remove it and send again',
  phone: 'text must not contain a phone number: remove it and send again',
};

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export function createFeedbackService(options: FeedbackServiceOptions): FeedbackService {
  const { store, content } = options;
  const now = options.now ?? Date.now;

  /** CMS slug → Finnish title of the published guides; empty when the CMS cannot be read (the report still shows slugs). */
  async function guideTitles(): Promise<Map<string, string>> {
    try {
      return new Map((await content.guides('fi')).map((guide) => [guide.slug, guide.title]));
    } catch {
      return new Map();
    }
  }
  // Per process and in memory on purpose: nothing about a sender is written anywhere.
  const limiter = new RateLimiterMemory({ points: options.perClientPerHour ?? 20, duration: 3600 });

  return {
    async send(client, input) {
      if (!isGuideSlug(input.slug))
        throw new DomainError(
          'VALIDATION_FAILED',
          "slug must be a guide's slug (kebab-case, at most 120 characters)",
          {
            details: { field: 'slug' },
          },
        );
      let text: string | null = null;
      if (input.text != null) {
        const problem = screenFeedbackText(input.text);
        if (problem)
          throw new DomainError('VALIDATION_FAILED', TEXT_PROBLEMS[problem], {
            details: { field: 'text', problem },
          });
        text = normaliseFeedbackText(input.text);
      }
      try {
        await limiter.consume(client);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainError(
          'RATE_LIMITED',
          `Too much feedback from here. Try again in ${retryAfterSeconds} s.`,
          {
            details: { retryAfterSeconds },
          },
        );
      }
      await store.insert({
        id: randomUUID(),
        created_at: new Date(now()).toISOString(),
        slug: input.slug,
        locale: input.locale,
        helpful: input.helpful ? 1 : 0,
        text,
      });
    },

    async report({ from, to, locale, limit }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new DomainError('VALIDATION_FAILED', 'limit must be between 1 and 100', {
          details: { field: 'limit' },
        });
      const filter = { ...helsinkiPeriod(from, to), locale: locale ?? undefined };
      try {
        const counts = await store.countsByGuide(filter, limit);
        const comments = await store.latestComments(
          filter,
          counts.map((c) => c.slug),
          COMMENTS_PER_GUIDE,
        );
        const titles = await guideTitles();
        return {
          from,
          to,
          locale,
          guides: counts.map((c) => ({
            slug: c.slug,
            title: titles.get(c.slug) ?? null,
            helpful: c.helpful,
            notHelpful: c.notHelpful,
            total: c.helpful + c.notHelpful,
            helpfulRate: rate(c.helpful, c.helpful + c.notHelpful),
            latestComments: comments
              .filter((comment) => comment.slug === c.slug)
              .map(({ helpful, text, locale: commentLocale, createdAt }) => ({
                helpful,
                text,
                locale: commentLocale as Locale,
                createdAt,
              })),
          })),
        };
      } catch (cause) {
        throw new DomainError('UPSTREAM_UNAVAILABLE', 'The feedback store is unavailable.', { cause });
      }
    },
  };
}
