/**
 * Where a guide's page is, for the pages' own links and for the browser. The api names a guide by its CMS slug; its
 * Finnish page keeps that slug, its Swedish and English pages are named from their titles (`site-paths.ts`). The page
 * generator publishes the mapping as `/guide-routes.json`; the search box and the most read list link with it.
 */
import type { Locale } from '@neuvo/content-models/locales';
import { LOCALE_META } from './site-i18n.js';

/** The route table's file in the built site's root. */
export const GUIDE_ROUTE_TABLE_FILE = 'guide-routes.json';

/** CMS slug → language → page path (a guide not translated into a language has its fallback page there). */
export type GuideRouteTable = Readonly<Record<string, Readonly<Partial<Record<Locale, string>>>>>;

/** Site path of a guide page from its page slug, e.g. `/sv/guides/feber-hos-barn.html`. */
export function guidePath(locale: Locale, slug: string): string {
  return `${LOCALE_META[locale].prefix}/guides/${slug}.html`;
}

/**
 * The page of a guide named by its CMS slug. Without the table (not loaded yet, or a guide published after the
 * build) the CMS slug's path: the Finnish page, or in Swedish and English the page forwarding to the guide.
 */
export function guideHref(table: GuideRouteTable | null, locale: Locale, slug: string): string {
  return table?.[slug]?.[locale] ?? guidePath(locale, slug);
}
