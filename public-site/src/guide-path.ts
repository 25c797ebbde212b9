/**
 * Where a guide's page is on the site, and which guide a site path shows. The one place that knows the URL scheme of
 * guide pages: the page generator links with it, the search box and the most read list link their hits with it, and
 * the feedback form and the view counter read the guide from the page's path with it.
 */
import type { Locale } from '@neuvo/content-models/locales';
import { LOCALE_META } from './site-i18n.js';

/** Site path of a guide page, e.g. `/sv/guides/flunssa.html`. */
export function guidePath(locale: Locale, slug: string): string {
  return `${LOCALE_META[locale].prefix}/guides/${slug}.html`;
}

const GUIDE_PAGE = /^(?:\/(sv|en))?\/guides\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.html)?$/;

/** The guide a site path shows (`/sv/guides/flunssa.html` → flunssa in Swedish); `null` for any other page. */
export function guideAtPath(path: string): { slug: string; locale: Locale } | null {
  const match = GUIDE_PAGE.exec(path);
  if (!match) return null;
  const [, prefix, slug] = match;
  // The guide index is /guides/index.html: "index" is not a guide.
  if (!slug || slug === 'index') return null;
  return { slug, locale: prefix === 'sv' ? 'sv' : prefix === 'en' ? 'en' : 'fi' };
}
