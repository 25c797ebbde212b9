import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GuideSource } from './api-client.js';
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

export interface GenerateResult {
  /** Slugs written, per locale. */
  pages: Record<SiteLocale, string[]>;
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

  const guides = new Map<SiteLocale, SiteGuide[]>();
  for (const locale of SITE_LOCALES) {
    const listed = await options.source.guides(locale);
    const own = listed.filter((summary) => {
      if (summary.locale !== locale) return false;
      if (!SLUG_PATTERN.test(summary.slug)) {
        log(`skipping guide with unusable slug ${JSON.stringify(summary.slug)} (${locale})`);
        return false;
      }
      return true;
    });
    const fetched = await mapLimit(own, concurrency, (summary) => options.source.guide(summary.slug, locale));
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
    for (const guide of list) {
      const page = renderGuidePage(guide, {
        availableIn: availableIn.get(guide.slug) ?? [locale],
        slugsInLocale,
      });
      await writeFile(join(dir, `${guide.slug}.md`), page, 'utf8');
      pages[locale].push(guide.slug);
    }
    const summaries: GuideSummary[] = list.map(({ slug, title, summary, locale: l }) => ({
      slug,
      title,
      summary,
      locale: l,
    }));
    await writeFile(join(dir, 'index.md'), renderGuideIndex(locale, summaries), 'utf8');
    log(`${locale}: ${list.length} guide page(s) in ${dir}`);
  }
  return { pages };
}
