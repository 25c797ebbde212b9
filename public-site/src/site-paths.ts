/**
 * Where every page of the site lives, per language. Finnish guide pages keep their CMS slug
 * (`/guides/kuume-lapsi.html`); Swedish and English ones are named from their own title
 * (`/sv/guides/feber-hos-barn.html`). A guide not translated into a language gets a fallback page at the path its
 * CMS slug would give there. Pure.
 */
import { GUIDE_TOPIC_LABELS, type GuideTopic } from '@neuvo/content-models';
import { FINDABLE_STRINGS } from './i18n/findable.js';
import { LOCALE_META, SITE_LOCALES, type SiteLocale } from './site-i18n.js';
import { assignSlugs, slugFromTitle } from './url-slug.js';
import { guidePath } from './guide-path.js';

/** Site path of a locale's home page: `/`, `/sv/`, `/en/`. */
export function homePath(locale: SiteLocale): string {
  return `${LOCALE_META[locale].prefix}/`;
}

/** Site path of a locale's guide index, e.g. `/sv/guides/`. */
export function guidesIndexPath(locale: SiteLocale): string {
  return `${LOCALE_META[locale].prefix}/guides/`;
}

export { guidePath };

/** Site path of a locale's A–Z index: `/a-z.html`, `/sv/a-z.html`, … */
export function azPath(locale: SiteLocale): string {
  return `${LOCALE_META[locale].prefix}/a-z.html`;
}

/** Site path of a topic page, named from the topic's name: `/sv/topics/feber-och-infektioner.html`. */
export function topicPath(locale: SiteLocale, topic: GuideTopic): string {
  return `${LOCALE_META[locale].prefix}/topics/${slugFromTitle(GUIDE_TOPIC_LABELS[topic][locale])}.html`;
}

/** Site path of the accessibility statement, named in its language: `/saavutettavuusseloste.html`, … */
export function accessibilityPath(locale: SiteLocale): string {
  return `${LOCALE_META[locale].prefix}/${slugFromTitle(FINDABLE_STRINGS[locale].accessibilityTitle)}.html`;
}

/** The source file (relative to the VitePress source directory) of a site path: `/sv/` → `sv/index.md`. */
export function pageFile(path: string): string {
  const relative = path.replace(/^\//, '');
  return relative === '' || relative.endsWith('/')
    ? `${relative}index.md`
    : relative.replace(/\.html$/, '.md');
}

/** One guide's page in one language: its own text, or a fallback page pointing to the languages it exists in. */
export interface GuideRoute {
  readonly slug: string;
  readonly path: string;
  readonly kind: 'guide' | 'fallback';
}

/** CMS slug → language → page. */
export type GuideRoutes = ReadonlyMap<string, Readonly<Record<SiteLocale, GuideRoute>>>;

/** A guide with its own text in a language: its CMS slug and its title there. */
export interface TranslatedGuide {
  readonly slug: string;
  readonly title: string;
}

/**
 * The pages of every guide that has its own text in at least one language: a `guide` page in each language it is
 * translated into, a `fallback` page in the others. Finnish pages use the CMS slug; Swedish and English pages a
 * slug from their title, with collisions resolved by {@link assignSlugs} (real translations before fallbacks).
 */
export function buildGuideRoutes(
  translated: Readonly<Record<SiteLocale, readonly TranslatedGuide[]>>,
): GuideRoutes {
  const keys = [...new Set(SITE_LOCALES.flatMap((locale) => translated[locale].map((g) => g.slug)))].sort();
  const perLocale = new Map<SiteLocale, Map<string, TranslatedGuide>>(
    SITE_LOCALES.map((locale) => [locale, new Map(translated[locale].map((g) => [g.slug, g]))]),
  );
  const slugs = new Map<SiteLocale, Map<string, string>>();
  for (const locale of SITE_LOCALES) {
    const own = perLocale.get(locale)!;
    slugs.set(
      locale,
      locale === 'fi'
        ? new Map(keys.map((key) => [key, key]))
        : assignSlugs(
            keys.map((key) => {
              const guide = own.get(key);
              return guide
                ? { key, wanted: slugFromTitle(guide.title), preferred: true }
                : { key, wanted: key, preferred: false };
            }),
          ),
    );
  }
  return new Map(
    keys.map((key) => [
      key,
      Object.fromEntries(
        SITE_LOCALES.map((locale) => {
          const slug = slugs.get(locale)!.get(key)!;
          const kind = perLocale.get(locale)!.has(key) ? 'guide' : 'fallback';
          return [locale, { slug, path: guidePath(locale, slug), kind }];
        }),
      ) as Record<SiteLocale, GuideRoute>,
    ]),
  );
}
