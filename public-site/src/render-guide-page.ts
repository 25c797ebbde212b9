import { formatDate } from './format-date.js';
import { localHelpSlot } from './local-help/placement.js';
import type { GuideSummary, SiteGuide } from './api-client.js';
import { renderMarkdown } from './render-markdown.js';
import { format, LOCALE_META, SITE_LOCALES, SITE_STRINGS, type SiteLocale } from './site-i18n.js';
import { guidesIndexPath, type GuideRoutes } from './site-paths.js';

/** Slugs become file names: only kebab-case is accepted (no dots, no slashes). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The generated `.md` is all HTML inside `<div v-pre>` so that Vue does not interpret `{{ }}` from content,
 * and it must be ONE markdown-it HTML block: a blank line would end the block and the rest would be parsed as
 * Markdown. Newlines in the HTML (only significant inside `<pre>`) are therefore written as `&#10;`.
 */
export function htmlBlock(html: string): string {
  return html.replace(/\r?\n/g, '&#10;');
}

// Control characters (other than tab and newline) and the bidirectional embeddings, overrides and isolates, which
// can make text read differently from what it is (`\u202Efdp.exe` shows as `exe.pdf`).
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A CMS string for one line of a page (title, summary, label): invisible and reordering characters removed,
 * whitespace collapsed. Escaping for HTML is still the caller's job ({@link escapeHtml}).
 */
export function cleanText(value: string): string {
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * A frontmatter value. VitePress copies frontmatter into the page's `<title>` (escaped) and into a JavaScript module
 * that is compiled as the `<script>` block of a Vue single-file component, where `</script` would end the block:
 * the build failed or, worse, compiled what followed. A word joiner (U+2060, invisible) after every `<` keeps such a
 * sequence from forming. The meta description is written escaped by the site config (`transformHead`).
 */
export function frontmatterText(value: string): string {
  return cleanText(value).replace(/</g, '<\u2060');
}

/** JSON is valid YAML, which makes frontmatter values safe whatever the content. */
export function frontmatter(fields: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The guide with its single-line texts cleaned ({@link cleanText}); the body Markdown is bounded by the renderer. */
function cleanGuide(guide: SiteGuide): SiteGuide {
  return {
    ...guide,
    title: cleanText(guide.title),
    summary: guide.summary === null ? null : cleanText(guide.summary),
    whenToSeekCare: guide.whenToSeekCare.map(cleanText),
    sources: guide.sources.map((source) => ({ title: cleanText(source.title), url: source.url.trim() })),
    relatedGuides: guide.relatedGuides.map((link) => ({ slug: link.slug, title: cleanText(link.title) })),
  };
}

/**
 * Escaped text with the emergency numbers 112 and 116117 as `tel:` links, so that a reader on a phone can call
 * with one tap. Takes text that is already HTML-escaped (digits survive escaping unchanged).
 */
export function telLinks(escaped: string): string {
  return escaped.replace(/(?<![\d+])(112|116 ?117)(?!\d)/g, (number: string) => {
    return `<a href="tel:${number.replace(/ /g, '')}">${number}</a>`;
  });
}

/** The emergency notice of every page, its numbers as `tel:` links. */
export function emergencyNotice(locale: SiteLocale): string {
  const strings = SITE_STRINGS[locale];
  return (
    `<aside class="neuvo-emergency" role="note" aria-label="${escapeHtml(strings.emergencyLabel)}">` +
    `<p>${telLinks(escapeHtml(strings.emergencyNotice))}</p></aside>`
  );
}

/**
 * Frontmatter of a page's language versions, read by the site config and theme: `languages` are the language
 * menu's targets (a guide's fallback pages included), `alternates` the indexable versions written as `hreflang`
 * links and sitemap alternates.
 */
export interface PageLanguages {
  readonly languages: Partial<Record<SiteLocale, string>>;
  readonly alternates: Partial<Record<SiteLocale, string>>;
}

export interface GuidePageContext {
  /** Where every guide has its page in each language; related guides and translations link through it. */
  readonly routes: GuideRoutes;
}

/**
 * The language versions of a guide's page: every language's page for the menu (fallbacks too), the translated ones
 * as alternates. A guide without routes has none.
 */
export function guideLanguages(routes: GuideRoutes, slug: string): PageLanguages {
  const route = routes.get(slug);
  if (!route) return { languages: {}, alternates: {} };
  const languages: Partial<Record<SiteLocale, string>> = {};
  const alternates: Partial<Record<SiteLocale, string>> = {};
  for (const other of SITE_LOCALES) {
    languages[other] = route[other].path;
    if (route[other].kind === 'guide') alternates[other] = route[other].path;
  }
  return { languages, alternates };
}

/** The language versions of a page that exists in every language, e.g. the guide index. */
export function everyLanguage(pathOf: (locale: SiteLocale) => string): PageLanguages {
  const paths = Object.fromEntries(SITE_LOCALES.map((locale) => [locale, pathOf(locale)]));
  return { languages: paths, alternates: paths };
}

/** The VitePress page (frontmatter + HTML) for one guide in one locale. Pure. */
export function renderGuidePage(input: SiteGuide, context: GuidePageContext): string {
  const guide = cleanGuide(input);
  const locale = guide.locale;
  const strings = SITE_STRINGS[locale];
  const parts: string[] = [];

  parts.push(
    `<p class="neuvo-back"><a href="${guidesIndexPath(locale)}">← ${escapeHtml(strings.backToGuides)}</a></p>`,
  );
  parts.push(`<h1>${escapeHtml(guide.title)}</h1>`);
  if (guide.summary) parts.push(`<p class="neuvo-guide__summary">${escapeHtml(guide.summary)}</p>`);
  parts.push(emergencyNotice(locale));
  // Right after the summary and the emergency notice, before the body: on a phone the signs are within the first
  // two screens instead of after the whole text.
  const signs = guide.whenToSeekCare.filter((sign) => sign.trim() !== '');
  if (signs.length > 0) {
    parts.push(
      `<section class="neuvo-guide__seek-care" aria-labelledby="neuvo-seek-care">` +
        `<h2 id="neuvo-seek-care">${escapeHtml(strings.whenToSeekCare)}</h2>` +
        `<ul>${signs.map((sign) => `<li>${escapeHtml(sign)}</li>`).join('')}</ul></section>`,
    );
  }
  parts.push(localHelpSlot(guide.slug, locale));
  parts.push(
    `<div class="neuvo-guide__body">${renderMarkdown(guide.body, { minHeadingLevel: 2, headingIds: true })}</div>`,
  );

  const related = guide.relatedGuides.flatMap((link) => {
    const route = context.routes.get(link.slug)?.[locale];
    return link.slug !== guide.slug && route?.kind === 'guide'
      ? [{ title: link.title, path: route.path }]
      : [];
  });
  if (related.length > 0) {
    parts.push(
      `<section class="neuvo-guide__related" aria-labelledby="neuvo-related">` +
        `<h2 id="neuvo-related">${escapeHtml(strings.relatedGuides)}</h2><ul>` +
        related.map((link) => `<li><a href="${link.path}">${escapeHtml(link.title)}</a></li>`).join('') +
        `</ul></section>`,
    );
  }

  const sources = guide.sources.flatMap((source) => {
    const url = safeHttpUrl(source.url);
    return url ? [{ title: source.title, url }] : [];
  });
  if (sources.length > 0) {
    parts.push(
      `<section class="neuvo-guide__sources" aria-labelledby="neuvo-sources">` +
        `<h2 id="neuvo-sources">${escapeHtml(strings.sources)}</h2><ul>` +
        sources
          .map(
            (source) =>
              `<li><a href="${escapeHtml(source.url)}" rel="noopener noreferrer">${escapeHtml(source.title)}</a></li>`,
          )
          .join('') +
        `</ul></section>`,
    );
  }

  const meta: string[] = [];
  const reviewed = formatDate(guide.lastReviewed, locale);
  const next = formatDate(guide.nextReview, locale);
  const review: string[] = [];
  if (reviewed) {
    review.push(
      format(escapeHtml(strings.lastReviewed), {
        date: `<time datetime="${escapeHtml(guide.lastReviewed ?? '')}">${escapeHtml(reviewed)}</time>`,
      }),
    );
  }
  if (next) {
    review.push(
      format(escapeHtml(strings.nextReview), {
        date: `<time datetime="${escapeHtml(guide.nextReview ?? '')}">${escapeHtml(next)}</time>`,
      }),
    );
  }
  if (review.length > 0) meta.push(`<p class="neuvo-guide__review">${review.join(' · ')}</p>`);

  const languages = guideLanguages(context.routes, guide.slug);
  const others = SITE_LOCALES.filter(
    (other) => other !== locale && languages.alternates[other] !== undefined,
  );
  if (others.length > 0) {
    meta.push(
      `<p class="neuvo-guide__languages">${escapeHtml(strings.otherLanguages)}: ` +
        others
          .map(
            (other) =>
              `<a href="${languages.alternates[other]}" hreflang="${LOCALE_META[other].lang}" lang="${LOCALE_META[other].lang}">${escapeHtml(LOCALE_META[other].label)}</a>`,
          )
          .join(', ') +
        `</p>`,
    );
  }
  meta.push(`<p class="neuvo-guide__disclaimer">${escapeHtml(strings.disclaimer)}</p>`);
  parts.push(`<footer class="neuvo-guide__meta">${meta.join('')}</footer>`);

  return (
    frontmatter({
      title: frontmatterText(guide.title),
      description: guide.summary ? frontmatterText(guide.summary) : undefined,
      // Which guide the page shows, for the feedback form and the view counter (a CMS slug: kebab-case only).
      guide: guide.slug,
      ...languages,
    }) +
    '\n' +
    `<div v-pre class="neuvo-guide">${htmlBlock(parts.join('\n'))}</div>\n`
  );
}

/** The guide index page of one locale: every guide translated into that locale, sorted by title. Pure. */
export function renderGuideIndex(
  locale: SiteLocale,
  guides: readonly GuideSummary[],
  routes: GuideRoutes,
): string {
  const strings = SITE_STRINGS[locale];
  const collator = new Intl.Collator(LOCALE_META[locale].dateLocale);
  const sorted = guides
    .flatMap((guide) => {
      const route = routes.get(guide.slug)?.[locale];
      return route?.kind === 'guide'
        ? [
            {
              path: route.path,
              title: cleanText(guide.title),
              summary: guide.summary && cleanText(guide.summary),
            },
          ]
        : [];
    })
    .sort((a, b) => collator.compare(a.title, b.title));
  const parts: string[] = [
    `<h1 id="guides">${escapeHtml(strings.guidesIndexTitle)}</h1>`,
    emergencyNotice(locale),
  ];
  if (sorted.length === 0) {
    parts.push(`<p class="neuvo-guides__empty">${escapeHtml(strings.guidesIndexEmpty)}</p>`);
  } else {
    parts.push(`<p>${escapeHtml(strings.guidesIndexIntro)}</p>`);
    parts.push(
      `<ul class="neuvo-guides">` +
        sorted
          .map(
            (guide) =>
              `<li><a href="${guide.path}">${escapeHtml(guide.title)}</a>` +
              (guide.summary ? `<p>${escapeHtml(guide.summary)}</p>` : '') +
              `</li>`,
          )
          .join('') +
        `</ul>`,
    );
  }
  return (
    frontmatter({
      title: strings.guidesIndexTitle,
      description: strings.siteDescription,
      ...everyLanguage(guidesIndexPath),
    }) +
    '\n' +
    `<div v-pre class="neuvo-guides-index">${htmlBlock(parts.join('\n'))}</div>\n`
  );
}
