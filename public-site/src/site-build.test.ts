import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '@neuvo/content-models';
import {
  findExecutableMarkup,
  HOSTILE_MARKDOWN,
  HOSTILE_TEXT,
} from '@neuvo/content-models/testing/hostile-content';
import { build } from 'vitepress';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiResponseError, type GuideSource } from './api-client.js';
import { generateGuidePages, type GenerateResult } from './generate-pages.js';
import type { SiteGuide } from './api-client.js';
import { SITE_STRINGS } from './site-i18n.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

function guide(slug: string, fields: Partial<SiteGuide> = {}): SiteGuide {
  return {
    slug,
    locale: 'fi',
    title: `Ohje ${slug}`,
    summary: `Tiivistelmä ${slug}`,
    body: 'Lepää ja juo vettä.',
    whenToSeekCare: [],
    lastReviewed: null,
    nextReview: null,
    sources: [],
    relatedGuides: [],
    topic: 'other',
    ...fields,
  };
}

const hostile: SiteGuide[] = [
  guide('meta', { title: HOSTILE_TEXT.scriptEnd, summary: HOSTILE_TEXT.attributeBreakout }),
  guide('quote', { title: HOSTILE_TEXT.singleQuoteBreakout, summary: HOSTILE_TEXT.scriptTag }),
  guide('template', { title: HOSTILE_TEXT.template, summary: HOSTILE_TEXT.templateUnterminated }),
  guide('frontmatter', { title: HOSTILE_TEXT.frontmatterBreakout, summary: HOSTILE_TEXT.controlCharacters }),
  guide('rtl', { title: HOSTILE_TEXT.rtlOverride, body: HOSTILE_MARKDOWN.rtl }),
  guide('body', {
    body: [
      HOSTILE_MARKDOWN.rawHtml,
      HOSTILE_MARKDOWN.links,
      HOSTILE_MARKDOWN.referenceLink,
      HOSTILE_MARKDOWN.template,
    ].join('\n\n'),
    whenToSeekCare: [HOSTILE_TEXT.scriptEnd, HOSTILE_TEXT.template],
    sources: [
      { title: HOSTILE_TEXT.attributeBreakout, url: HOSTILE_TEXT.javascriptUrl },
      { title: HOSTILE_TEXT.scriptTag, url: HOSTILE_TEXT.dataUrl },
      { title: HOSTILE_TEXT.template, url: 'https://thl.fi/?q="><script>alert(31)</script>' },
    ],
    relatedGuides: [{ slug: 'meta', title: HOSTILE_TEXT.attributeBreakout }],
  }),
  // Broken: the api answers with an error for this one, and the next has no title at all.
  guide('api-error'),
  guide('no-title', { title: null as unknown as string }),
  guide('ordinary', { title: 'Flunssa', summary: 'Lepää ja juo.' }),
  // An ordinary guide in three languages, and one in Finnish and Swedish only.
  guide('kuume-lapsi', {
    title: 'Kuume lapsella',
    topic: 'children',
    whenToSeekCare: ['Lapsi on veltto'],
    relatedGuides: [{ slug: 'flunssa-sv', title: 'Flunssa' }],
  }),
  guide('flunssa-sv', { title: 'Nuha', topic: 'fever_infections' }),
];

const translations: SiteGuide[] = [
  guide('kuume-lapsi', { locale: 'sv', title: 'Feber hos barn', topic: 'children' }),
  guide('kuume-lapsi', { locale: 'en', title: 'Fever in a child', topic: 'children' }),
  guide('flunssa-sv', { locale: 'sv', title: 'Snuva', topic: 'fever_infections' }),
];

/** Like the api (Finnish fallbacks listed); `api-error` fails as the api fails for one guide. */
const source: GuideSource = {
  guides: async (locale: Locale) =>
    hostile.map((fi) => {
      const {
        slug,
        title,
        summary,
        locale: l,
        topic,
      } = translations.find((t) => t.slug === fi.slug && t.locale === locale) ?? fi;
      return { slug, title, summary, locale: l, topic };
    }),
  guide: async (slug: string, locale: Locale) => {
    if (slug === 'api-error') throw new ApiResponseError('boom', 'INTERNAL');
    return (
      translations.find((t) => t.slug === slug && t.locale === locale) ??
      hostile.find((g) => g.slug === slug) ??
      null
    );
  },
};

describe('the built public site with hostile guides', () => {
  let siteDir: string;
  let result: GenerateResult;
  const page = (path: string) => readFile(join(siteDir, '.vitepress', 'dist', path), 'utf8');

  beforeAll(async () => {
    // Next to site/, so that the copied config's relative imports (../../src/…) resolve to this package.
    siteDir = await mkdtemp(join(packageDir, '.site-test-'));
    await cp(join(packageDir, 'site'), siteDir, {
      recursive: true,
      filter: (path) => !/[\\/](cache|dist|guides|topics|sv|en)$/.test(path),
    });
    result = await generateGuidePages({ source, siteDir });
    await build(siteDir, { outDir: join(siteDir, '.vitepress', 'dist') });
  }, 180_000);

  afterAll(async () => {
    if (siteDir) await rm(siteDir, { recursive: true, force: true });
  });

  it('builds every guide but the broken ones, and reports those by slug only', () => {
    expect(result.pages.fi.sort()).toEqual([
      'body',
      'flunssa-sv',
      'frontmatter',
      'kuume-lapsi',
      'meta',
      'ordinary',
      'quote',
      'rtl',
      'template',
    ]);
    expect(result.pages.sv.sort()).toEqual(['flunssa-sv', 'kuume-lapsi']);
    expect(result.skipped).toEqual([
      { slug: 'api-error', locale: 'fi', reason: 'fetch-failed', error: 'INTERNAL' },
      { slug: 'no-title', locale: 'fi', reason: 'render-failed', error: 'TypeError' },
    ]);
  });

  it.each(['meta', 'quote', 'template', 'frontmatter', 'rtl', 'body', 'ordinary'])(
    'the built page of %s has no executable markup',
    async (slug) => {
      const html = await page(`guides/${slug}.html`);
      expect(findExecutableMarkup(html)).toEqual([]);
    },
  );

  it('the guide index has no executable markup and lists the built guides', async () => {
    const html = await page('guides/index.html');
    expect(findExecutableMarkup(html)).toEqual([]);
    expect(html).toContain('Flunssa');
    expect(html).not.toContain('no-title');
  });

  it('shows hostile titles and summaries as text', async () => {
    const html = await page('guides/meta.html');
    expect(html).toMatch(
      /<meta name="description" content="S &quot;&gt;&lt;\u2060img src=x onerror=alert\(2\)&gt;">/,
    );
    expect(html).toContain('<h1>Kuume &lt;/script&gt;&lt;script&gt;alert(4)&lt;/script&gt;</h1>');
    const template = await page('guides/template.html');
    expect(template).toContain('{{ constructor.constructor(');
  });

  it('removes right-to-left overrides from titles and bodies', async () => {
    const html = await page('guides/rtl.html');
    expect(html).toContain('Ohje fdp.exe loppu');
    expect(html).not.toContain('\u202E');
  });

  it('links sources over http(s) only', async () => {
    const html = await page('guides/body.html');
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain('href="https://thl.fi/?q=%22%3E%3Cscript%3Ealert(31)%3C/script%3E"');
  });

  it('serves Swedish and English guides under slugs from their own titles, Finnish ones unchanged', async () => {
    expect(await page('guides/kuume-lapsi.html')).toContain('<h1>Kuume lapsella</h1>');
    expect(await page('sv/guides/feber-hos-barn.html')).toContain('<h1>Feber hos barn</h1>');
    expect(await page('en/guides/fever-in-a-child.html')).toContain('<h1>Fever in a child</h1>');
    // The Swedish page's old address (its Finnish slug) forwards to it.
    const moved = await page('sv/guides/kuume-lapsi.html');
    expect(moved).toContain('<meta http-equiv="refresh" content="0; url=/sv/guides/feber-hos-barn.html">');
    expect(moved).toContain('<meta name="robots" content="noindex">');
  });

  it('shows a noindex page saying so where a guide is not translated, linking the Finnish and Swedish ones', async () => {
    const html = await page('en/guides/flunssa-sv.html');
    expect(html).toContain('This guide is not available in English');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('href="/guides/flunssa-sv.html" hreflang="fi-FI" lang="fi-FI">Nuha (Suomi)</a>');
    expect(html).toContain('href="/sv/guides/snuva.html" hreflang="sv-FI" lang="sv-FI">Snuva (Svenska)</a>');
    expect(html).not.toContain('rel="canonical"');
  });

  it('the language menu of a guide goes to the same guide in the other language', async () => {
    const html = await page('guides/kuume-lapsi.html');
    // The menu (rendered by the theme) links the translations by their own slugs, not the Finnish one.
    expect(html).toMatch(/class="VPMenuLink"[^]*?href="\/sv\/guides\/feber-hos-barn\.html"/);
    expect(html).toMatch(/href="\/en\/guides\/fever-in-a-child\.html"[^>]*>[^]*?English/);
    const fallbackTarget = await page('guides/ordinary.html');
    expect(fallbackTarget).toContain('href="/sv/guides/ordinary.html"');
  });

  it('has canonical and hreflang alternates (with x-default) on guide pages', async () => {
    const html = await page('sv/guides/feber-hos-barn.html');
    const site = 'http://127.0.0.1:5174';
    expect(html).toContain(`<link rel="canonical" href="${site}/sv/guides/feber-hos-barn.html">`);
    expect(html).toContain(`<link rel="alternate" hreflang="fi-FI" href="${site}/guides/kuume-lapsi.html">`);
    expect(html).toContain(
      `<link rel="alternate" hreflang="en" href="${site}/en/guides/fever-in-a-child.html">`,
    );
    expect(html).toContain(
      `<link rel="alternate" hreflang="x-default" href="${site}/guides/kuume-lapsi.html">`,
    );
  });

  it('makes the emergency numbers tel: links on home pages, guides, the 404 page and in the footer', async () => {
    for (const path of ['index.html', 'sv/index.html', 'en/index.html', 'guides/kuume-lapsi.html']) {
      const html = await page(path);
      expect(html, path).toContain('<a href="tel:112">112</a>');
      expect(html, path).toContain('<a href="tel:116117">116117</a>');
    }
    // VitePress renders the 404 page in the browser from the site data (NeuvoNotFound.vue links the numbers).
    const notFound = await page('404.html');
    expect(notFound).toContain(JSON.stringify(JSON.stringify(SITE_STRINGS.fi.emergencyNotice)).slice(1, -1));
    expect(notFound).not.toContain('rel="canonical"');
    // Footer: VitePress renders its message on every doc page.
    expect(await page('sv/guides/feber-hos-barn.html')).toMatch(
      /class="message"[^>]*>[^<]*<a href="tel:112">/,
    );
  });

  it('lists every indexable page in the sitemap with its language alternates, fallback pages left out', async () => {
    const sitemap = await page('sitemap.xml');
    const site = 'http://127.0.0.1:5174';
    expect(sitemap).toContain(`<loc>${site}/sv/guides/feber-hos-barn.html</loc>`);
    expect(sitemap).toContain(`<loc>${site}/</loc>`);
    expect(sitemap).toContain(`<loc>${site}/topics/lapset.html</loc>`);
    expect(sitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${site}/en/guides/fever-in-a-child.html"/>`,
    );
    expect(sitemap).not.toContain(`${site}/en/guides/flunssa-sv.html`);
  });

  it('has home, topic and A–Z pages and an accessibility statement linked from the footer', async () => {
    const home = await page('sv/index.html');
    expect(home).toContain('href="/sv/topics/barn.html"');
    expect(home).toContain('href="/sv/a-z.html"');
    expect(home).toContain('id="neuvo-chat-slot"');
    expect(await page('sv/topics/barn.html')).toContain('href="/sv/guides/feber-hos-barn.html"');
    const az = await page('a-z.html');
    expect(az).toContain('<h2 id="az-k">K</h2>');
    expect(az).toContain('href="#az-k"');
    const statement = await page('saavutettavuusseloste.html');
    expect(statement).toContain('WCAG 2.1');
    expect(statement).toContain('Etelä-Suomen aluehallintovirasto');
    expect(statement).toContain('https://www.saavutettavuusvaatimukset.fi/');
    expect(home).toContain('href="/sv/tillganglighetsutlatande.html"');
    expect(await page('en/accessibility-statement.html')).toContain('Regional State Administrative Agency');
  });
});
