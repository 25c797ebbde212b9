import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '@neuvo/content-models';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuideSource } from './api-client.js';
import { generateGuidePages, guidesDir } from './generate-pages.js';
import type { SiteGuide } from './api-client.js';

function guide(slug: string, locale: Locale, title: string, related: string[] = []): SiteGuide {
  return {
    slug,
    locale,
    title,
    summary: `${title} summary`,
    body: `# ${title}\n\nText.`,
    whenToSeekCare: [],
    lastReviewed: null,
    nextReview: null,
    sources: [],
    relatedGuides: related.map((s) => ({ slug: s, title: s })),
    topic: slug === 'kuume' ? 'fever_infections' : 'breathing',
  };
}

/**
 * Behaves like the api: a guide without a translation is listed and returned in Finnish (fallback), and an
 * unknown slug is NOT_FOUND (null).
 */
function sourceOf(guides: SiteGuide[]): GuideSource {
  const find = (slug: string, locale: Locale): SiteGuide | null =>
    guides.find((g) => g.slug === slug && g.locale === locale) ??
    guides.find((g) => g.slug === slug && g.locale === 'fi') ??
    null;
  const slugs = [...new Set(guides.map((g) => g.slug))];
  return {
    guides: async (locale) =>
      slugs.map((slug) => {
        const g = find(slug, locale)!;
        return { slug, title: g.title, summary: g.summary, locale: g.locale, topic: g.topic };
      }),
    guide: async (slug, locale) => find(slug, locale),
  };
}

describe('generateGuidePages', () => {
  let siteDir: string;
  beforeEach(async () => {
    siteDir = await mkdtemp(join(tmpdir(), 'neuvo-site-'));
  });
  afterEach(async () => {
    await rm(siteDir, { recursive: true, force: true });
  });

  it('writes each translation under its own slug, and a fallback page where the translation is missing', async () => {
    const result = await generateGuidePages({
      siteDir,
      source: sourceOf([
        guide('flunssa', 'fi', 'Flunssa', ['kuume']),
        guide('flunssa', 'sv', 'Förkylning', ['kuume']),
        guide('flunssa', 'en', 'Common cold'),
        guide('kuume', 'fi', 'Kuume'),
      ]),
    });
    expect(result.pages).toEqual({ fi: ['flunssa', 'kuume'], sv: ['flunssa'], en: ['flunssa'] });
    expect((await readdir(guidesDir(siteDir, 'fi'))).sort()).toEqual(['flunssa.md', 'index.md', 'kuume.md']);
    // flunssa.md: the address the Swedish and English pages had before, forwarding to their own.
    expect((await readdir(join(siteDir, 'sv', 'guides'))).sort()).toEqual([
      'flunssa.md',
      'forkylning.md',
      'index.md',
      'kuume.md',
    ]);
    expect((await readdir(join(siteDir, 'en', 'guides'))).sort()).toEqual([
      'common-cold.md',
      'flunssa.md',
      'index.md',
      'kuume.md',
    ]);
    const moved = await readFile(join(siteDir, 'sv', 'guides', 'flunssa.md'), 'utf8');
    expect(moved).toContain('noindex: true');
    expect(moved).toContain('"http-equiv":"refresh","content":"0; url=/sv/guides/forkylning.html"');
    expect(moved).toContain('<a href="/sv/guides/forkylning.html">Förkylning</a>');

    const svPage = await readFile(join(siteDir, 'sv', 'guides', 'forkylning.md'), 'utf8');
    expect(svPage).toContain('Förkylning');
    // kuume has no Swedish text: the related link is left out rather than pointing at the fallback page.
    expect(svPage).not.toContain('/sv/guides/kuume.html"');
    const fiPage = await readFile(join(siteDir, 'guides', 'flunssa.md'), 'utf8');
    expect(fiPage).toContain('<a href="/guides/kuume.html">kuume</a>');

    const fallback = await readFile(join(siteDir, 'sv', 'guides', 'kuume.md'), 'utf8');
    expect(fallback).toContain('noindex: true');
    expect(fallback).toContain('Den här anvisningen finns inte på svenska');
    expect(fallback).toContain(
      '<a href="/guides/kuume.html" hreflang="fi-FI" lang="fi-FI">Kuume (Suomi)</a>',
    );

    const svIndex = await readFile(join(siteDir, 'sv', 'guides', 'index.md'), 'utf8');
    expect(svIndex).toContain('/sv/guides/forkylning.html');
    expect(svIndex).not.toContain('Kuume');
  });

  it('writes home, topic, A–Z and accessibility pages in every language', async () => {
    await generateGuidePages({
      siteDir,
      source: sourceOf([
        guide('kuume', 'fi', 'Kuume'),
        guide('kuume', 'sv', 'Feber'),
        guide('yska', 'fi', 'Yskä'),
      ]),
    });
    const read = (path: string) => readFile(join(siteDir, path), 'utf8');
    expect(await read('index.md')).toContain('href="/topics/kuume-ja-infektiot.html"');
    expect(await read('index.md')).toContain('href="/topics/hengitys-ja-yska.html"');
    // Swedish has only fever: no empty topic page for breathing.
    expect(await read('sv/index.md')).not.toContain('andning');
    expect(await readdir(join(siteDir, 'sv', 'topics'))).toEqual(['feber-och-infektioner.md']);
    const topic = await read('topics/kuume-ja-infektiot.md');
    expect(topic).toContain('<a href="/guides/kuume.html">Kuume</a>');
    expect(topic).toContain(
      'languages: {"fi":"/topics/kuume-ja-infektiot.html","sv":"/sv/topics/feber-och-infektioner.html"}',
    );
    expect(await read('a-z.md')).toContain('<h2 id="az-k">K</h2>');
    expect(await read('en/a-z.md')).toContain('Guides A–Z');
    expect(await read('saavutettavuusseloste.md')).toContain('saavutettavuus@avi.fi');
    expect(await read('sv/tillganglighetsutlatande.md')).toContain('WCAG 2.1');
    expect(await read('en/accessibility-statement.md')).toContain('mailto:saavutettavuus@neuvo.fi');
  });

  it('removes pages of guides that are no longer published', async () => {
    await generateGuidePages({
      siteDir,
      source: sourceOf([guide('vanha', 'fi', 'Vanha'), guide('uusi', 'fi', 'Uusi')]),
    });
    await generateGuidePages({ siteDir, source: sourceOf([guide('uusi', 'fi', 'Uusi')]) });
    expect((await readdir(guidesDir(siteDir, 'fi'))).sort()).toEqual(['index.md', 'uusi.md']);
  });

  it('skips slugs that are not safe file names', async () => {
    const logs: string[] = [];
    await generateGuidePages({
      siteDir,
      source: sourceOf([guide('../../etc', 'fi', 'Paha'), guide('ok', 'fi', 'Ok')]),
      log: (message) => logs.push(message),
    });
    expect(await readdir(guidesDir(siteDir, 'fi'))).toEqual(expect.arrayContaining(['ok.md']));
    expect(await readdir(guidesDir(siteDir, 'fi'))).toHaveLength(2);
    expect(logs.some((line) => line.includes('unusable slug'))).toBe(true);
  });
});
