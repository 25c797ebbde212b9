import { z } from 'zod';
import type { CmsClient } from '../../cms-client.js';
import type { Logger } from '@neuvo/node-kit';
import { DEFAULT_LOCALE, isDomainError, LOCALES, READ_SPECS, type Locale } from '../../models.js';

/** A region (wellbeing services county) as the api returns it. */
export interface Region {
  /** Stable code, e.g. `etela-karjala` (the value search hits and filters use). */
  code: string;
  /** Name in the requested locale, or in Finnish when the region is not translated. */
  name: string;
}

export interface RegionService {
  /** Published regions ordered by name in `locale`. */
  regions(locale: Locale): Promise<Region[]>;
}

export interface RegionServiceOptions {
  readonly cms: CmsClient;
  readonly logger: Logger;
  /**
   * How long a locale's list is answered from memory. After that the cached list is still answered at once
   * while a fresh one is read in the background; 0 reads the CMS on every call.
   */
  readonly cacheTtlMs: number;
  readonly now?: () => number;
}

const RegionSchema = z.object({
  documentId: z.string().min(1),
  code: z.string().min(1),
  name: z.string().nullish(),
  locale: z.enum(LOCALES),
});

const PageSchema = z.object({
  data: z.array(RegionSchema),
  meta: z
    .object({ pagination: z.object({ pageCount: z.number() }).partial().optional() })
    .partial()
    .optional(),
});

const PAGE_SIZE = 100;
const MAX_PAGES = 20;
/** After a failed background refresh, the next attempt waits at least this long (the CMS may be down). */
const RETRY_AFTER_FAILURE_MS = 10_000;

/**
 * Regions read from the CMS with the read-only token. They change a few times a year, so each locale's list is
 * cached (stale-while-revalidate: an expired list is answered at once and refreshed in the background, and a CMS
 * outage keeps the last list in service). Concurrent reads of a locale share one CMS request.
 */
export function createRegionService({
  cms,
  logger,
  cacheTtlMs,
  now = Date.now,
}: RegionServiceOptions): RegionService {
  const cache = new Map<Locale, { value: Region[]; expires: number }>();
  const loading = new Map<Locale, Promise<Region[]>>();

  async function readLocale(locale: Locale) {
    const out: z.output<typeof RegionSchema>[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const raw = await cms.get('regions', {
        locale,
        status: 'published',
        fields: READ_SPECS.region.fields,
        sort: ['code:asc'],
        pagination: { page, pageSize: PAGE_SIZE },
      });
      if (raw === null) break;
      const parsed = PageSchema.safeParse(raw);
      if (!parsed.success) {
        // A CMS answer the api cannot read is a bug between two of our packages, not a user error.
        throw new Error(
          `CMS answer for regions does not match the expected shape: ${z.prettifyError(parsed.error)}`,
        );
      }
      out.push(...parsed.data.data);
      if (page >= (parsed.data.meta?.pagination?.pageCount ?? 1)) break;
    }
    return out;
  }

  async function load(locale: Locale): Promise<Region[]> {
    const [own, finnish] = await Promise.all([
      readLocale(locale),
      locale === DEFAULT_LOCALE ? Promise.resolve([]) : readLocale(DEFAULT_LOCALE),
    ]);
    // One document per region; its name in the requested locale, else the Finnish one, else the code.
    const byDocument = new Map<string, Region>();
    for (const doc of [...finnish, ...own]) {
      const name = doc.name?.trim();
      const previous = byDocument.get(doc.documentId);
      byDocument.set(doc.documentId, { code: doc.code, name: name || previous?.name || doc.code });
    }
    const collator = new Intl.Collator(locale);
    return [...byDocument.values()].sort(
      (a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code),
    );
  }

  /** Reads a locale once however many callers ask at the same time, and caches the answer. */
  function refresh(locale: Locale): Promise<Region[]> {
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

  return {
    async regions(locale) {
      const entry = cache.get(locale);
      if (!entry) return refresh(locale);
      if (entry.expires <= now() && !loading.has(locale)) {
        refresh(locale).catch((error: unknown) => {
          // The last list stays in service; it is tried again a little later.
          entry.expires = now() + Math.min(cacheTtlMs, RETRY_AFTER_FAILURE_MS);
          logger.warn('regions_refresh_failed', {
            locale,
            code: isDomainError(error) ? error.code : 'INTERNAL',
            errorName: error instanceof Error ? error.name : typeof error,
          });
        });
      }
      return entry.value;
    },
  };
}
