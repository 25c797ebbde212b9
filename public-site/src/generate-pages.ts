import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiResponseError, ApiUnreachableError, type GuideSource } from './api-client.js';
import type { GuideSummary, SiteGuide } from './api-client.js';
import { renderGuideIndex, renderGuidePage, SLUG_PATTERN } from './render-guide-page.js';
import { LOCALE_META, SITE_LOCALES, type SiteLocale } from './site-i18n.js';

export interface GenerateOptions {
  source: GuideSource;
  /** The VitePress source directory (public-site/site). */
  siteDir: string;
  log?: (message: string) => void;
  /** Guides fetched at the same time. Default 6. */
  concurrency?: number;
}

/** A guide left out of the site, named by slug and locale only (never by its content). */
export interface SkippedGuide {
  readonly slug: string;
  readonly locale: SiteLocale;
  /** `fetch-failed` (the api answered with an error for this guide) or `render-failed`. */
  readonly reason: 'fetch-failed' | 'render-failed';
  /** The api's error code or the error's class name, for the operator; never the error message. */
  readonly error: string;
}

export interface GenerateResult {
  /** Slugs written, per locale. */
  pages: Record<SiteLocale, string[]>;
  /** Guides that could not be fetched or rendered; the rest of the site is built without them. */
  skipped: SkippedGuide[];
}

/** What an error is, without its message (which may quote content). */
function errorKind(error: unknown): string {
  if (error instanceof ApiResponseError) return error.code ?? error.name;
  return error instanceof Error ? error.name : typeof error;
}

/** The generated directories (gitignored): `site/guides`, `site/sv/guides`, `site/en/guides`. */
export function guidesDir(siteDir: string, locale: SiteLocale): string {
  return join(siteDir, ...LOCALE_META[locale].prefix.split('/').filter(Boolean), 'guides');
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/**
 * Fetches every published guide in every locale and writes one page per guide per locale plus a guide index
 * per locale. A guide that is not translated into a locale gets no page there (the api's Finnish fallback is
 * ignored). Old generated pages are removed first, so unpublished guides disappear.
 */
export async function generateGuidePages(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const concurrency = options.concurrency ?? 6;

  const skipped: SkippedGuide[] = [];
  const skip = (entry: SkippedGuide) => {
    skipped.push(entry);
    log(`skipping guide ${entry.slug} (${entry.locale}): ${entry.reason}, ${entry.error}`);
  };

  const guides = new Map<SiteLocale, SiteGuide[]>();
  for (const locale of SITE_LOCALES) {
    const listed = await options.source.guides(locale);
    const own = listed.filter((summary) => {
      if (summary.locale !== locale) return false;
      if (!SLUG_PATTERN.test(summary.slug)) {
        log(
          `skipping guide with unusable slug ${JSON.stringify(String(summary.slug).slice(0, 80))} (${locale})`,
        );
        return false;
      }
      return true;
    });
    // One guide the api cannot serve must not stop the site; an api that cannot be reached at all does.
    const fetched = await mapLimit(own, concurrency, async (summary) => {
      try {
        return await options.source.guide(summary.slug, locale);
      } catch (error) {
        if (error instanceof ApiUnreachableError) throw error;
        skip({ slug: summary.slug, locale, reason: 'fetch-failed', error: errorKind(error) });
        return null;
      }
    });
    guides.set(
      locale,
      fetched.filter((guide): guide is SiteGuide => guide !== null && guide.locale === locale),
    );
  }

  const availableIn = new Map<string, SiteLocale[]>();
  for (const [locale, list] of guides) {
    for (const guide of list) availableIn.set(guide.slug, [...(availableIn.get(guide.slug) ?? []), locale]);
  }

  const pages = { fi: [], sv: [], en: [] } as Record<SiteLocale, string[]>;
  for (const locale of SITE_LOCALES) {
    const dir = guidesDir(options.siteDir, locale);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const list = guides.get(locale) ?? [];
    const slugsInLocale = new Set(list.map((guide) => guide.slug));
    const written: SiteGuide[] = [];
    for (const guide of list) {
      let page: string;
      try {
        page = renderGuidePage(guide, {
          availableIn: availableIn.get(guide.slug) ?? [locale],
          slugsInLocale,
        });
      } catch (error) {
        skip({ slug: guide.slug, locale, reason: 'render-failed', error: errorKind(error) });
        continue;
      }
      await writeFile(join(dir, `${guide.slug}.md`), page, 'utf8');
      pages[locale].push(guide.slug);
      written.push(guide);
    }
    const summaries: GuideSummary[] = written.map(({ slug, title, summary, locale: l }) => ({
      slug,
      title,
      summary,
      locale: l,
    }));
    await writeFile(join(dir, 'index.md'), renderGuideIndex(locale, summaries), 'utf8');
    log(`${locale}: ${written.length} guide page(s) in ${dir}`);
  }
  return { pages, skipped };
}
