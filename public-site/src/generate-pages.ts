import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiResponseError, ApiUnreachableError, type GuideSource } from './api-client.js';
import type { GuideSummary, SiteGuide } from './api-client.js';
import { DEFAULT_ACCESSIBILITY_FEEDBACK_EMAIL } from './config.js';
import { GUIDE_ROUTE_TABLE_FILE, type GuideRouteTable } from './guide-path.js';
import { SEARCH_PAGE_PATH } from './i18n/search-feedback.js';
import {
  renderAccessibilityStatement,
  renderAzPage,
  renderFallbackPage,
  renderHomePage,
  renderMovedPage,
  renderSearchPage,
  renderTopicPage,
  topicsWithGuides,
  type ListedGuide,
} from './render-findable-pages.js';
import { renderGuideIndex, renderGuidePage, SLUG_PATTERN } from './render-guide-page.js';
import { LOCALE_META, SITE_LOCALES, type SiteLocale } from './site-i18n.js';
import {
  accessibilityPath,
  azPath,
  buildGuideRoutes,
  guidePath,
  guidesIndexPath,
  homePath,
  pageFile,
  topicPath,
  type GuideRoutes,
  type TranslatedGuide,
} from './site-paths.js';

export interface GenerateOptions {
  source: GuideSource;
  /** The VitePress source directory (public-site/site). */
  siteDir: string;
  log?: (message: string) => void;
  /** Guides fetched at the same time. Default 6. */
  concurrency?: number;
  /** Where the accessibility statement asks for feedback (`ACCESSIBILITY_FEEDBACK_EMAIL`). */
  accessibilityFeedbackEmail?: string;
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

/** The generated guide folders (gitignored): `site/guides`, `site/sv/guides`, `site/en/guides`. */
export function guidesDir(siteDir: string, locale: SiteLocale): string {
  return join(siteDir, ...LOCALE_META[locale].prefix.split('/').filter(Boolean), 'guides');
}

/** The generated topic folders (gitignored): `site/topics`, `site/sv/topics`, `site/en/topics`. */
export function topicsDir(siteDir: string, locale: SiteLocale): string {
  return join(siteDir, ...LOCALE_META[locale].prefix.split('/').filter(Boolean), 'topics');
}

/** Writes a page's source file for its site path (`/sv/guides/x.html` → `site/sv/guides/x.md`). */
async function writePage(siteDir: string, path: string, page: string): Promise<void> {
  const file = join(siteDir, ...pageFile(path).split('/'));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, page, 'utf8');
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
 * Fetches every published guide in every locale and writes the site's generated pages: one page per guide per
 * locale it is translated into (Swedish and English ones named from their title), a fallback page where a
 * translation is missing (the api's Finnish fallback text is never used), and per locale the guide index, home page,
 * topic pages, A–Z index and accessibility statement. Old guide and topic pages are removed first, so unpublished
 * guides disappear.
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

  const { routes, rendered } = renderGuides(guides, skip);

  const pages = { fi: [], sv: [], en: [] } as Record<SiteLocale, string[]>;
  const listed = new Map<SiteLocale, ListedGuide[]>();
  for (const locale of SITE_LOCALES) {
    await rm(guidesDir(options.siteDir, locale), { recursive: true, force: true });
    await rm(topicsDir(options.siteDir, locale), { recursive: true, force: true });
  }
  for (const locale of SITE_LOCALES) {
    const list = rendered.get(locale)!;
    for (const { guide, page } of list) {
      await writePage(options.siteDir, routes.get(guide.slug)![locale].path, page);
      pages[locale].push(guide.slug);
    }
    listed.set(
      locale,
      list.map(({ guide }) => ({
        path: routes.get(guide.slug)![locale].path,
        title: guide.title,
        summary: guide.summary,
        topic: guide.topic,
      })),
    );
    const summaries: GuideSummary[] = list.map(({ guide }) => ({
      slug: guide.slug,
      title: guide.title,
      summary: guide.summary,
      locale: guide.locale,
      topic: guide.topic,
    }));
    await writePage(options.siteDir, guidesIndexPath(locale), renderGuideIndex(locale, summaries, routes));
    log(`${locale}: ${list.length} guide page(s) in ${guidesDir(options.siteDir, locale)}`);
  }
  const fallbacks = await writeFallbackPages(options.siteDir, routes, rendered);
  await writeMovedPages(options.siteDir, routes, rendered);
  await writeGuideRouteTable(options.siteDir, routes);
  await writeFindingPages(
    options.siteDir,
    listed,
    options.accessibilityFeedbackEmail ?? DEFAULT_ACCESSIBILITY_FEEDBACK_EMAIL,
  );
  log(
    `${fallbacks} page(s) for guides not translated; home, topic, A–Z and accessibility pages in every language`,
  );
  return { pages, skipped };
}

/** A rendered guide page and the guide it shows. */
interface RenderedGuide {
  readonly guide: SiteGuide;
  readonly page: string;
}

function routesOf(perLocale: ReadonlyMap<SiteLocale, readonly SiteGuide[]>) {
  const translated = Object.fromEntries(
    SITE_LOCALES.map((locale) => [
      locale,
      (perLocale.get(locale) ?? []).map(({ slug, title }) => ({ slug, title })),
    ]),
  ) as Record<SiteLocale, TranslatedGuide[]>;
  return buildGuideRoutes(translated);
}

/**
 * Names every page, then renders the guides. A guide that fails to render is reported and the pages are named and
 * rendered again without it, so that no related link or language menu points at a page that is not written.
 */
function renderGuides(
  guides: ReadonlyMap<SiteLocale, readonly SiteGuide[]>,
  skip: (entry: SkippedGuide) => void,
): { routes: GuideRoutes; rendered: Map<SiteLocale, RenderedGuide[]> } {
  let routes = routesOf(guides);
  const rendered = new Map<SiteLocale, RenderedGuide[]>();
  let failed = false;
  for (const locale of SITE_LOCALES) {
    const ok: RenderedGuide[] = [];
    for (const guide of guides.get(locale) ?? []) {
      try {
        ok.push({ guide, page: renderGuidePage(guide, { routes }) });
      } catch (error) {
        failed = true;
        skip({ slug: guide.slug, locale, reason: 'render-failed', error: errorKind(error) });
      }
    }
    rendered.set(locale, ok);
  }
  if (failed) {
    routes = routesOf(
      new Map(SITE_LOCALES.map((locale) => [locale, rendered.get(locale)!.map(({ guide }) => guide)])),
    );
    for (const locale of SITE_LOCALES) {
      rendered.set(
        locale,
        rendered.get(locale)!.map(({ guide }) => ({ guide, page: renderGuidePage(guide, { routes }) })),
      );
    }
  }
  return { routes, rendered };
}

/**
 * A guide not translated into a language gets a page at its would-be path there that says so and links the languages
 * it is in. Returns how many were written.
 */
async function writeFallbackPages(
  siteDir: string,
  routes: GuideRoutes,
  rendered: ReadonlyMap<SiteLocale, readonly RenderedGuide[]>,
): Promise<number> {
  let written = 0;
  for (const [slug, route] of routes) {
    const titles: Partial<Record<SiteLocale, string>> = {};
    for (const locale of SITE_LOCALES) {
      const found = rendered.get(locale)!.find(({ guide }) => guide.slug === slug);
      if (found) titles[locale] = found.guide.title;
    }
    for (const locale of SITE_LOCALES) {
      if (route[locale].kind !== 'fallback') continue;
      await writePage(siteDir, route[locale].path, renderFallbackPage(locale, route, titles));
      written++;
    }
  }
  return written;
}

/**
 * Swedish and English guides used to live at their Finnish slug: that address forwards to the guide's page, unless
 * another page of the language uses it now.
 */
async function writeMovedPages(
  siteDir: string,
  routes: GuideRoutes,
  rendered: ReadonlyMap<SiteLocale, readonly RenderedGuide[]>,
): Promise<void> {
  for (const locale of SITE_LOCALES) {
    const taken = new Set([...routes.values()].map((route) => route[locale].slug));
    for (const { guide } of rendered.get(locale)!) {
      const route = routes.get(guide.slug)!;
      if (route[locale].slug === guide.slug || taken.has(guide.slug)) continue;
      await writePage(siteDir, guidePath(locale, guide.slug), renderMovedPage(locale, route, guide.title));
    }
  }
}

/**
 * `/guide-routes.json`: CMS slug → language → page path, for the browser (search hits and the most read list name a
 * guide by its CMS slug; its Swedish or English page is named from its title).
 */
async function writeGuideRouteTable(siteDir: string, routes: GuideRoutes): Promise<void> {
  const table: GuideRouteTable = Object.fromEntries(
    [...routes].map(([slug, route]) => [
      slug,
      Object.fromEntries(SITE_LOCALES.map((l) => [l, route[l].path])),
    ]),
  );
  const file = join(siteDir, 'public', GUIDE_ROUTE_TABLE_FILE);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(table), 'utf8');
}

/** Per language: the home page, the A–Z index, the accessibility statement and a page per topic with guides. */
async function writeFindingPages(
  siteDir: string,
  listed: ReadonlyMap<SiteLocale, readonly ListedGuide[]>,
  feedbackEmail: string,
): Promise<void> {
  for (const locale of SITE_LOCALES) {
    const list = listed.get(locale)!;
    await writePage(siteDir, homePath(locale), renderHomePage(locale, list));
    await writePage(siteDir, azPath(locale), renderAzPage(locale, list));
    await writePage(siteDir, accessibilityPath(locale), renderAccessibilityStatement(locale, feedbackEmail));
    await writePage(siteDir, SEARCH_PAGE_PATH[locale], renderSearchPage(locale));
    for (const [topic, inTopic] of topicsWithGuides(list)) {
      // The topic's pages in the languages where it has guides: the language menu and hreflang alternates.
      const paths = Object.fromEntries(
        SITE_LOCALES.filter((other) => listed.get(other)!.some((guide) => guide.topic === topic)).map(
          (other) => [other, topicPath(other, topic)],
        ),
      );
      await writePage(
        siteDir,
        topicPath(locale, topic),
        renderTopicPage(locale, topic, inTopic, { languages: paths, alternates: paths }),
      );
    }
  }
}
