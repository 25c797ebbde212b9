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
];

/** Like the api, in Finnish only; `api-error` fails as the api fails for one guide. */
const source: GuideSource = {
  guides: async (locale: Locale) =>
    locale === 'fi'
      ? hostile.map(({ slug, title, summary, locale: l }) => ({ slug, title, summary, locale: l }))
      : [],
  guide: async (slug: string, locale: Locale) => {
    if (slug === 'api-error') throw new ApiResponseError('boom', 'INTERNAL');
    return locale === 'fi' ? (hostile.find((g) => g.slug === slug) ?? null) : null;
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
      filter: (path) => !/[\\/](cache|dist|guides)$/.test(path),
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
      'frontmatter',
      'meta',
      'ordinary',
      'quote',
      'rtl',
      'template',
    ]);
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
});
