/**
 * What search engines read: canonical links, `hreflang` alternates (with `x-default`, the Finnish page), `noindex`
 * for fallback pages, and the sitemap's alternates. The site config calls these with each page's frontmatter. Pure.
 */
import type { HeadConfig } from 'vitepress';
import { LOCALE_META, SITE_LOCALES, type SiteLocale } from './site-i18n.js';
import { pageFile } from './site-paths.js';

/** A page's language frontmatter as VitePress hands it over (unchecked: frontmatter is any YAML). */
export interface PageLanguageData {
  readonly languages?: unknown;
  readonly alternates?: unknown;
  readonly noindex: boolean;
}

/** A site path (`/…`, our own paths only ever contain these characters). */
const SITE_PATH = /^\/[a-z0-9/._-]*$/;

/** The `locale → path` record of a frontmatter value, unusable entries dropped. */
export function languagePaths(value: unknown): Partial<Record<SiteLocale, string>> {
  const paths: Partial<Record<SiteLocale, string>> = {};
  if (typeof value !== 'object' || value === null) return paths;
  for (const locale of SITE_LOCALES) {
    const path = (value as Record<string, unknown>)[locale];
    if (typeof path === 'string' && SITE_PATH.test(path)) paths[locale] = path;
  }
  return paths;
}

/** The site path of a page's source file: `sv/guides/x.md` → `/sv/guides/x.html`, `sv/index.md` → `/sv/`. */
export function sitePathOf(relativePath: string): string {
  return `/${relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '.html')}`;
}

/**
 * `<head>` entries of a page: `noindex` for a fallback page, else (for a generated page) its canonical URL and
 * language alternates.
 */
export function languageHead(relativePath: string, data: PageLanguageData, siteUrl: string): HeadConfig[] {
  if (data.noindex) return [['meta', { name: 'robots', content: 'noindex' }]];
  // Only generated pages name their language versions; VitePress's own 404 page has none and no canonical URL.
  if (data.alternates === undefined) return [];
  const head: HeadConfig[] = [['link', { rel: 'canonical', href: `${siteUrl}${sitePathOf(relativePath)}` }]];
  const alternates = languagePaths(data.alternates);
  for (const locale of SITE_LOCALES) {
    const path = alternates[locale];
    if (path)
      head.push([
        'link',
        { rel: 'alternate', hreflang: LOCALE_META[locale].lang, href: `${siteUrl}${path}` },
      ]);
  }
  if (alternates.fi)
    head.push(['link', { rel: 'alternate', hreflang: 'x-default', href: `${siteUrl}${alternates.fi}` }]);
  return head;
}

/** A sitemap entry as VitePress hands it to `sitemap.transformItems` (the fields used here). */
export interface SitemapEntry {
  url: string;
  links?: { lang: string; url: string }[];
}

/**
 * The sitemap: every page but the `noindex` ones, each with its language alternates (`xhtml:link`) from its
 * frontmatter. VitePress pairs languages by equal file paths, which localized slugs never have.
 */
export function sitemapItems<T extends SitemapEntry>(
  items: readonly T[],
  pages: ReadonlyMap<string, PageLanguageData>,
  siteUrl: string,
): T[] {
  return items.flatMap((item) => {
    const data = pages.get(pageFile(`/${item.url.replace(/^\//, '')}`));
    if (data?.noindex) return [];
    const alternates = languagePaths(data?.alternates);
    const links = SITE_LOCALES.flatMap((locale) => {
      const path = alternates[locale];
      return path ? [{ lang: LOCALE_META[locale].lang, url: `${siteUrl}${path}` }] : [];
    });
    if (alternates.fi) links.push({ lang: 'x-default', url: `${siteUrl}${alternates.fi}` });
    return [{ ...item, links: links.length > 1 ? links : undefined }];
  });
}
