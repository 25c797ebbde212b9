/**
 * The pages that help a citizen find a guide and trust the site: the home page (emergency numbers, topics, A–Z
 * entry), a page per topic, the A–Z index, the page shown for a guide not translated into the reader's language,
 * and the accessibility statement. Pure: each returns the VitePress page (frontmatter + HTML).
 */
import { GUIDE_TOPIC_LABELS, GUIDE_TOPICS, type GuideTopic } from '@neuvo/content-models';
import { groupByInitial, letterAnchor, ALPHABETS } from './a-z.js';
import { FINDABLE_STRINGS } from './i18n/findable.js';
import { SEARCH_FEEDBACK_STRINGS, SEARCH_PAGE_PATH } from './i18n/search-feedback.js';
import {
  cleanText,
  emergencyNotice,
  escapeHtml,
  everyLanguage,
  frontmatter,
  frontmatterText,
  htmlBlock,
  type PageLanguages,
} from './render-guide-page.js';
import { format, LOCALE_META, SITE_LOCALES, SITE_STRINGS, type SiteLocale } from './site-i18n.js';
import {
  accessibilityPath,
  azPath,
  guidesIndexPath,
  homePath,
  topicPath,
  type GuideRoute,
} from './site-paths.js';

/** A guide listed on a finding page: its page in this language, its title and summary there, and its topic. */
export interface ListedGuide {
  readonly path: string;
  readonly title: string;
  readonly summary: string | null;
  readonly topic: GuideTopic;
}

/** HTML that Vue leaves alone (`v-pre`), as one markdown-it block. */
function vPre(className: string, html: string): string {
  return `<div v-pre class="${className}">${htmlBlock(html)}</div>`;
}

function guideList(guides: readonly ListedGuide[]): string {
  return (
    `<ul class="neuvo-guides">` +
    guides
      .map(
        (guide) =>
          `<li><a href="${guide.path}">${escapeHtml(cleanText(guide.title))}</a>` +
          (guide.summary ? `<p>${escapeHtml(cleanText(guide.summary))}</p>` : '') +
          `</li>`,
      )
      .join('') +
    `</ul>`
  );
}

/** Topics that have at least one guide in the list, in the order of {@link GUIDE_TOPICS}, with their guides. */
export function topicsWithGuides(guides: readonly ListedGuide[]): Map<GuideTopic, ListedGuide[]> {
  const byTopic = new Map<GuideTopic, ListedGuide[]>();
  for (const topic of GUIDE_TOPICS) {
    const inTopic = guides.filter((guide) => guide.topic === topic);
    if (inTopic.length > 0) byTopic.set(topic, inTopic);
  }
  return byTopic;
}

/**
 * The home page of a language: hero, the emergency notice, the topics with guides, the A–Z entry point. Its content
 * is a list of blocks: a component (e.g. the most read guides) is added as one line in `blocks`.
 */
export function renderHomePage(locale: SiteLocale, guides: readonly ListedGuide[]): string {
  const strings = SITE_STRINGS[locale];
  const findable = FINDABLE_STRINGS[locale];
  const topics = topicsWithGuides(guides);

  const topicsHtml =
    `<section class="neuvo-home__topics" aria-labelledby="neuvo-topics">` +
    `<h2 id="neuvo-topics">${escapeHtml(findable.topicsTitle)}</h2>` +
    (topics.size === 0
      ? `<p>${escapeHtml(strings.guidesIndexEmpty)}</p>`
      : `<p>${escapeHtml(findable.topicsIntro)}</p><ul class="neuvo-topics">` +
        [...topics]
          .map(
            ([topic, inTopic]) =>
              `<li><a href="${topicPath(locale, topic)}">${escapeHtml(GUIDE_TOPIC_LABELS[topic][locale])}</a>` +
              ` <span class="neuvo-topics__count">${escapeHtml(format(findable.topicGuideCount, { count: String(inTopic.length) }))}</span></li>`,
          )
          .join('') +
        `</ul>`) +
    `</section>`;
  const azHtml =
    `<section class="neuvo-home__az" aria-labelledby="neuvo-az">` +
    `<h2 id="neuvo-az">${escapeHtml(findable.homeAllGuides)}</h2>` +
    `<p><a class="neuvo-home__az-link" href="${azPath(locale)}">${escapeHtml(findable.homeAzLink)}</a></p>` +
    `</section>`;

  const blocks = [
    vPre('neuvo-home', emergencyNotice(locale)),
    // The most read guides of the language, read from the api in the reader's browser (nothing while there are none).
    '<PopularGuides />',
    vPre('neuvo-home', topicsHtml),
    vPre('neuvo-home', azHtml),
  ];
  return (
    frontmatter({
      layout: 'home',
      title: strings.heroTitle,
      hero: {
        name: strings.heroTitle,
        tagline: strings.heroIntro,
        actions: [{ theme: 'brand', text: strings.heroAction, link: guidesIndexPath(locale) }],
      },
      ...everyLanguage(homePath),
    }) +
    '\n' +
    blocks.join('\n\n') +
    '\n'
  );
}

/**
 * The page of one topic in one language, listing its guides by title. `languages` are the topic's pages in the
 * languages where it has guides.
 */
export function renderTopicPage(
  locale: SiteLocale,
  topic: GuideTopic,
  guides: readonly ListedGuide[],
  languages: PageLanguages,
): string {
  const findable = FINDABLE_STRINGS[locale];
  const collator = new Intl.Collator(LOCALE_META[locale].dateLocale);
  const label = GUIDE_TOPIC_LABELS[topic][locale];
  const sorted = [...guides].sort((a, b) => collator.compare(cleanText(a.title), cleanText(b.title)));
  const parts = [
    `<p class="neuvo-back"><a href="${homePath(locale)}#neuvo-topics">← ${escapeHtml(findable.topicAllTopics)}</a></p>`,
    `<h1>${escapeHtml(label)}</h1>`,
    emergencyNotice(locale),
    guideList(sorted),
    `<p><a href="${azPath(locale)}">${escapeHtml(findable.homeAzLink)}</a></p>`,
  ];
  return (
    frontmatter({ title: label, description: SITE_STRINGS[locale].siteDescription, ...languages }) +
    '\n' +
    vPre('neuvo-topic', parts.join('\n')) +
    '\n'
  );
}

/** The A–Z index of one language: a row of first letters (anchors) and the guides grouped under each. */
export function renderAzPage(locale: SiteLocale, guides: readonly ListedGuide[]): string {
  const findable = FINDABLE_STRINGS[locale];
  const groups = groupByInitial(guides, (guide) => cleanText(guide.title), locale);
  const present = new Set(groups.map((group) => group.letter));
  const letters = [...ALPHABETS[locale], ...(present.has('#') ? ['#'] : [])];
  const parts = [
    `<h1>${escapeHtml(findable.azTitle)}</h1>`,
    emergencyNotice(locale),
    `<p>${escapeHtml(findable.azIntro)}</p>`,
    `<nav class="neuvo-az__letters" aria-label="${escapeHtml(findable.azLettersLabel)}"><ul>` +
      letters
        .map((letter) => {
          const text = letter === '#' ? findable.azOtherGroup : letter;
          return present.has(letter)
            ? `<li><a href="#${letterAnchor(letter)}">${escapeHtml(text)}</a></li>`
            : `<li><span aria-disabled="true">${escapeHtml(text)}</span></li>`;
        })
        .join('') +
      `</ul></nav>`,
    ...groups.map(
      (group) =>
        `<section class="neuvo-az__group" aria-labelledby="${letterAnchor(group.letter)}">` +
        `<h2 id="${letterAnchor(group.letter)}">${escapeHtml(group.letter === '#' ? findable.azOtherGroup : group.letter)}</h2>` +
        guideList(group.items) +
        `</section>`,
    ),
  ];
  return (
    frontmatter({
      title: findable.azTitle,
      description: SITE_STRINGS[locale].siteDescription,
      ...everyLanguage(azPath),
    }) +
    '\n' +
    vPre('neuvo-az', parts.join('\n')) +
    '\n'
  );
}

/**
 * The page at the would-be path of a guide that is not translated into `locale`: it says so in that language and
 * links the languages the guide exists in (Finnish first). Not indexed by search engines.
 */
export function renderFallbackPage(
  locale: SiteLocale,
  routes: Readonly<Record<SiteLocale, GuideRoute>>,
  titles: Readonly<Partial<Record<SiteLocale, string>>>,
): string {
  const findable = FINDABLE_STRINGS[locale];
  const available = SITE_LOCALES.filter(
    (other) => other !== locale && routes[other].kind === 'guide' && titles[other] !== undefined,
  );
  const parts = [
    `<p class="neuvo-back"><a href="${guidesIndexPath(locale)}">← ${escapeHtml(SITE_STRINGS[locale].backToGuides)}</a></p>`,
    `<h1>${escapeHtml(findable.fallbackTitle)}</h1>`,
    emergencyNotice(locale),
    `<p>${escapeHtml(findable.fallbackText)}</p>`,
    `<ul class="neuvo-fallback__languages">` +
      available
        .map((other) => {
          const meta = LOCALE_META[other];
          const text = format(findable.fallbackInLanguage, {
            title: cleanText(titles[other]!),
            language: meta.label,
          });
          return `<li><a href="${routes[other].path}" hreflang="${meta.lang}" lang="${meta.lang}">${escapeHtml(text)}</a></li>`;
        })
        .join('') +
      `</ul>`,
  ];
  const languages = Object.fromEntries(SITE_LOCALES.map((other) => [other, routes[other].path]));
  return (
    frontmatter({
      title: frontmatterText(findable.fallbackTitle),
      noindex: true,
      languages,
      alternates: {},
    }) +
    '\n' +
    vPre('neuvo-fallback', parts.join('\n')) +
    '\n'
  );
}

/**
 * The page at a Swedish or English guide's address from before pages had slugs of their own
 * (`/sv/guides/kuume-lapsi.html`): it sends the browser to the guide's page now and links it. Not indexed.
 */
export function renderMovedPage(
  locale: SiteLocale,
  routes: Readonly<Record<SiteLocale, GuideRoute>>,
  title: string,
): string {
  const findable = FINDABLE_STRINGS[locale];
  const target = routes[locale].path;
  const parts = [
    `<h1>${escapeHtml(findable.movedTitle)}</h1>`,
    `<p>${escapeHtml(findable.movedText)} <a href="${target}">${escapeHtml(cleanText(title))}</a></p>`,
    emergencyNotice(locale),
  ];
  const languages = Object.fromEntries(SITE_LOCALES.map((other) => [other, routes[other].path]));
  return (
    frontmatter({
      title: findable.movedTitle,
      noindex: true,
      languages,
      alternates: {},
      head: [['meta', { 'http-equiv': 'refresh', content: `0; url=${target}` }]],
    }) +
    '\n' +
    vPre('neuvo-moved', parts.join('\n')) +
    '\n'
  );
}

/**
 * The accessibility statement required by the Act on the Provision of Digital Services (306/2019): what it covers,
 * the conformance status against WCAG 2.1 AA, known gaps, the feedback channel and the supervisory authority.
 */
export function renderAccessibilityStatement(locale: SiteLocale, feedbackEmail: string): string {
  const s = FINDABLE_STRINGS[locale];
  const email = escapeHtml(feedbackEmail);
  const section = (id: string, title: string, body: string) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${body}</section>`;
  const parts = [
    `<h1>${escapeHtml(s.accessibilityTitle)}</h1>`,
    section('scope', s.accessibilityScopeTitle, `<p>${escapeHtml(s.accessibilityScope)}</p>`),
    section('status', s.accessibilityStatusTitle, `<p>${escapeHtml(s.accessibilityStatus)}</p>`),
    section(
      'known-gaps',
      s.accessibilityGapsTitle,
      `<ul>${s.accessibilityGaps.map((gap) => `<li>${escapeHtml(gap)}</li>`).join('')}</ul>`,
    ),
    section(
      'feedback',
      s.accessibilityFeedbackTitle,
      `<p>${format(escapeHtml(s.accessibilityFeedback), { email: `<a href="mailto:${email}">${email}</a>` })}</p>`,
    ),
    section(
      'supervision',
      s.accessibilitySupervisionTitle,
      `<p>${escapeHtml(s.accessibilitySupervision)}</p>` +
        `<p>${escapeHtml(s.accessibilitySupervisor)}, ` +
        `<a href="${escapeHtml(s.accessibilitySupervisorUrl)}" rel="noopener noreferrer">${escapeHtml(new URL(s.accessibilitySupervisorUrl).host)}</a></p>`,
    ),
    `<p class="neuvo-guide__review">${escapeHtml(s.accessibilityPrepared)}</p>`,
  ];
  return (
    frontmatter({
      title: s.accessibilityTitle,
      description: s.accessibilityScope,
      ...everyLanguage(accessibilityPath),
    }) +
    '\n' +
    vPre('neuvo-accessibility', parts.join('\n')) +
    '\n'
  );
}

/** The search page of one language: the query in `?q=`, results read from the api in the reader's browser. */
export function renderSearchPage(locale: SiteLocale): string {
  return (
    frontmatter({
      title: SEARCH_FEEDBACK_STRINGS[locale].searchPageTitle,
      sidebar: false,
      aside: false,
      outline: false,
      prev: false,
      next: false,
      ...everyLanguage((other) => SEARCH_PAGE_PATH[other]),
    }) + `\n# ${escapeHtml(SEARCH_FEEDBACK_STRINGS[locale].searchPageTitle)}\n\n<SiteSearchPage />\n`
  );
}
