/**
 * The contact reason categories: a code list kept as content in the CMS (`contact-reason`, agent-only), read with the
 * api's token. The list is the categories published in Finnish, ordered by `sortOrder`; labels and descriptions are
 * in the requested locale, else Finnish. The contact log checks a contact's category against it.
 */
import { z } from 'zod';
import type { Logger } from '@neuvo/node-kit';
import type { CmsClient } from '../../cms-client.js';
import {
  DEFAULT_LOCALE,
  DomainError,
  isDomainError,
  LOCALES,
  READ_SPECS,
  type Locale,
} from '../../models.js';

/** A reason category as the api answers it. */
export interface ContactReasonCategory {
  /** Stable code stored with contacts, e.g. `symptom_or_illness`. */
  readonly code: string;
  /** In the requested locale, else Finnish. */
  readonly label: string;
  readonly description: string | null;
}

/**
 * What a check of a category code found: `published`, `unpublished` (no published category has this code), or
 * `unverified` (the CMS could not be reached and no list was cached).
 */
export type ReasonCategoryCheck = 'published' | 'unpublished' | 'unverified';

export interface ReasonCategoryService {
  /** Published categories ordered by `sortOrder`, labels in `locale` (Finnish where not translated). */
  categories(locale: Locale): Promise<ContactReasonCategory[]>;
  /** Whether `code` is a published category (see {@link ReasonCategoryCheck}). */
  check(code: string): Promise<ReasonCategoryCheck>;
}

export interface ReasonCategoryServiceOptions {
  readonly cms: CmsClient;
  readonly logger: Logger;
  /**
   * How long a locale's list is answered from memory. After that the cached list is still answered at once while a
   * fresh one is read in the background; 0 reads the CMS on every call.
   */
  readonly cacheTtlMs: number;
  readonly now?: () => number;
}

const CategorySchema = z.object({
  documentId: z.string().min(1),
  code: z.string().min(1),
  label: z.string().nullish(),
  description: z.string().nullish(),
  sortOrder: z.number().nullish(),
  locale: z.enum(LOCALES),
});
type CategoryDoc = z.output<typeof CategorySchema>;

const PageSchema = z.object({
  data: z.array(CategorySchema),
  meta: z
    .object({ pagination: z.object({ pageCount: z.number() }).partial().optional() })
    .partial()
    .optional(),
});

const PAGE_SIZE = 100;
const MAX_PAGES = 10;
/** After a failed background refresh, the next attempt waits at least this long (the CMS may be down). */
const RETRY_AFTER_FAILURE_MS = 10_000;

const blankToNull = (v: string | null | undefined) => (v?.trim() ? v : null);

/** Creates the reason-category reader (cached per locale, stale-while-revalidate like the regions). */
export function createReasonCategoryService({
  cms,
  logger,
  cacheTtlMs,
  now = Date.now,
}: ReasonCategoryServiceOptions): ReasonCategoryService {
  const cache = new Map<Locale, { value: ContactReasonCategory[]; expires: number }>();
  const loading = new Map<Locale, Promise<ContactReasonCategory[]>>();

  async function readLocale(locale: Locale): Promise<CategoryDoc[]> {
    const out: CategoryDoc[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const raw = await cms.get('contact-reasons', {
        locale,
        status: 'published',
        fields: READ_SPECS.contactReason.fields,
        sort: ['sortOrder:asc', 'code:asc'],
        pagination: { page, pageSize: PAGE_SIZE },
      });
      // A CMS without the content type cannot vouch for any code: the same as a CMS that is down.
      if (raw === null)
        throw new DomainError('UPSTREAM_UNAVAILABLE', 'The content service is temporarily unavailable.');
      const parsed = PageSchema.safeParse(raw);
      if (!parsed.success) {
        // A CMS answer the api cannot read is a bug between two of our packages, not a user error.
        throw new Error(
          `CMS answer for contact-reasons does not match the expected shape: ${z.prettifyError(parsed.error)}`,
        );
      }
      out.push(...parsed.data.data);
      if (page >= (parsed.data.meta?.pagination?.pageCount ?? 1)) break;
    }
    return out;
  }

  async function load(locale: Locale): Promise<ContactReasonCategory[]> {
    const [finnish, own] = await Promise.all([
      readLocale(DEFAULT_LOCALE),
      locale === DEFAULT_LOCALE ? Promise.resolve([]) : readLocale(locale),
    ]);
    // A category exists when it is published in Finnish (the default locale), so every locale lists the same codes
    // and the contact log accepts exactly those.
    const translated = new Map(own.map((doc) => [doc.documentId, doc]));
    return finnish
      .map((fi) => {
        const doc = translated.get(fi.documentId);
        return {
          code: fi.code,
          label: blankToNull(doc?.label) ?? blankToNull(fi.label) ?? fi.code,
          description: blankToNull(doc?.description) ?? blankToNull(fi.description),
          sortOrder: fi.sortOrder ?? Number.MAX_SAFE_INTEGER,
        };
      })
      .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
      .map(({ code, label, description }) => ({ code, label, description }));
  }

  /** Reads a locale once however many callers ask at the same time, and caches the answer. */
  function refresh(locale: Locale): Promise<ContactReasonCategory[]> {
    let pending = loading.get(locale);
    if (!pending) {
      pending = load(locale)
        .then((value) => {
          if (cacheTtlMs > 0) cache.set(locale, { value, expires: now() + cacheTtlMs });
          return value;
        })
        .finally(() => loading.delete(locale));
      loading.set(locale, pending);
    }
    return pending;
  }

  const failure = (error: unknown) => ({
    code: isDomainError(error) ? error.code : 'INTERNAL',
    errorName: error instanceof Error ? error.name : typeof error,
  });

  return {
    async categories(locale) {
      const entry = cache.get(locale);
      if (!entry) return refresh(locale);
      if (entry.expires <= now() && !loading.has(locale)) {
        refresh(locale).catch((error: unknown) => {
          // The last list stays in service; it is tried again a little later.
          entry.expires = now() + Math.min(cacheTtlMs, RETRY_AFTER_FAILURE_MS);
          logger.warn('contact_reasons_refresh_failed', { locale, ...failure(error) });
        });
      }
      return entry.value;
    },

    async check(code) {
      const cached = cache.get(DEFAULT_LOCALE);
      if (cached?.value.some((c) => c.code === code)) return 'published';
      // Not in the cached list (or no list yet): a category published since is found by reading the CMS now.
      try {
        const fresh = await refresh(DEFAULT_LOCALE);
        return fresh.some((c) => c.code === code) ? 'published' : 'unpublished';
      } catch (error) {
        if (!isDomainError(error) || error.code !== 'UPSTREAM_UNAVAILABLE') throw error;
        if (cached) return 'unpublished';
        // A contact must be loggable while the CMS is down: the format-valid code is accepted unverified.
        logger.warn('contact_reason_unverified', { reasonCategory: code, ...failure(error) });
        return 'unverified';
      }
    },
  };
}
