import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ApiUnreachableError, createGraphQLGuideSource } from './api-client.js';
import { loadSiteBuildConfig, SiteConfigError } from './config.js';
import { formatDate } from './format-date.js';
import { GUIDE_TOPIC_LABELS, GUIDE_TOPICS } from '@neuvo/content-models';
import { FINDABLE_STRINGS } from './i18n/findable.js';
import { renderHomePage } from './render-findable-pages.js';
import { LOCALE_META, SITE_LOCALES, SITE_STRINGS } from './site-i18n.js';

describe('site strings', () => {
  it.each(SITE_LOCALES)('%s has every string, none empty', (locale) => {
    expect(Object.keys(SITE_STRINGS[locale]).sort()).toEqual(Object.keys(SITE_STRINGS.fi).sort());
    for (const [key, value] of Object.entries(SITE_STRINGS[locale])) expect(value.trim(), key).not.toBe('');
  });

  it('uses the required Finnish emergency notice', () => {
    expect(SITE_STRINGS.fi.emergencyNotice).toBe(
      'Hätätilanteessa soita 112. Kiireellisessä asiassa soita Päivystysapuun 116117.',
    );
  });

  it.each(SITE_LOCALES)(
    'the %s home page shows the hero, the emergency notice with tel: links, the topics and the A–Z entry',
    (locale) => {
      const page = renderHomePage(locale, [
        { path: `${LOCALE_META[locale].prefix}/guides/x.html`, title: 'X', summary: null, topic: 'skin' },
      ]);
      const strings = SITE_STRINGS[locale];
      expect(page).toContain('layout: "home"');
      expect(page).toContain(`"name":"${strings.heroTitle}"`);
      expect(page).toContain(strings.heroIntro);
      expect(page).toContain(`"text":"${strings.heroAction}"`);
      expect(page).toContain(`"link":"${LOCALE_META[locale].prefix}/guides/"`);
      expect(page).toContain(`aria-label="${strings.emergencyLabel}"`);
      expect(page).toContain('<a href="tel:112">112</a>');
      expect(page).toContain('<a href="tel:116117">116117</a>');
      expect(page).toContain(`>${GUIDE_TOPIC_LABELS.skin[locale]}</a>`);
      expect(page).toContain(`href="${LOCALE_META[locale].prefix}/a-z.html"`);
    },
  );

  it('keeps each home page block one line apart: static HTML in v-pre, or one component', () => {
    const page = renderHomePage('fi', []);
    const content = page.slice(page.indexOf('\n---\n') + 5).trim();
    const blocks = content.split('\n\n');
    expect(blocks.every((block) => !block.includes('\n'))).toBe(true);
    expect(blocks.filter((block) => !block.startsWith('<div v-pre'))).toEqual(['<PopularGuides />']);
  });
});

describe('findable strings', () => {
  it.each(SITE_LOCALES)('%s has every string, none empty', (locale) => {
    expect(Object.keys(FINDABLE_STRINGS[locale]).sort()).toEqual(Object.keys(FINDABLE_STRINGS.fi).sort());
    for (const [key, value] of Object.entries(FINDABLE_STRINGS[locale])) {
      for (const text of [value].flat()) expect(text.trim(), key).not.toBe('');
    }
    expect(FINDABLE_STRINGS[locale].accessibilityGaps).toHaveLength(
      FINDABLE_STRINGS.fi.accessibilityGaps.length,
    );
  });

  it.each(SITE_LOCALES)('%s names every guide topic', (locale) => {
    for (const topic of GUIDE_TOPICS) expect(GUIDE_TOPIC_LABELS[topic][locale].trim()).not.toBe('');
  });
});

describe('loadSiteBuildConfig', () => {
  it('defaults to the local api and appends /graphql to a base URL', () => {
    expect(loadSiteBuildConfig({}).apiUrl).toBe('http://127.0.0.1:4000/graphql');
    expect(loadSiteBuildConfig({ API_URL: 'http://api.internal:4000' }).apiUrl).toBe(
      'http://api.internal:4000/graphql',
    );
    expect(loadSiteBuildConfig({ API_URL: 'https://x.fi/api/graphql' }).apiUrl).toBe(
      'https://x.fi/api/graphql',
    );
  });

  it('rejects unusable URLs with a message saying what to set', () => {
    expect(() => loadSiteBuildConfig({ API_URL: 'nope' })).toThrow(SiteConfigError);
    expect(() => loadSiteBuildConfig({ API_URL: 'ftp://x' })).toThrow(/API_URL/);
    expect(() => loadSiteBuildConfig({ PUBLIC_API_URL: 'ftp://x' })).toThrow(/PUBLIC_API_URL/);
  });

  it('reads the site URL and the accessibility feedback address, with clear errors', () => {
    expect(loadSiteBuildConfig({}).siteUrl).toBe('http://127.0.0.1:5174');
    expect(loadSiteBuildConfig({ SITE_URL: 'https://neuvo.fi/itsehoito/' }).siteUrl).toBe(
      'https://neuvo.fi/itsehoito',
    );
    expect(() => loadSiteBuildConfig({ SITE_URL: 'neuvo.fi' })).toThrow(/SITE_URL/);
    expect(
      loadSiteBuildConfig({ ACCESSIBILITY_FEEDBACK_EMAIL: 'palaute@alue.fi' }).accessibilityFeedbackEmail,
    ).toBe('palaute@alue.fi');
    expect(() => loadSiteBuildConfig({ ACCESSIBILITY_FEEDBACK_EMAIL: '"><script>@x.fi' })).toThrow(
      /ACCESSIBILITY_FEEDBACK_EMAIL/,
    );
  });

  it('gives browsers PUBLIC_API_URL, else the api URL of the build', () => {
    expect(loadSiteBuildConfig({ API_URL: 'http://api.internal:4000' }).browserApiUrl).toBe(
      'http://api.internal:4000/graphql',
    );
    const config = loadSiteBuildConfig({
      API_URL: 'http://api.internal:4000',
      PUBLIC_API_URL: 'https://neuvo.fi',
    });
    expect(config.browserApiUrl).toBe('https://neuvo.fi/graphql');
    expect(config.apiUrl).toBe('http://api.internal:4000/graphql');
  });
});

describe('formatDate', () => {
  it('formats ISO dates per language and rejects junk', () => {
    expect(formatDate('2025-12-31', 'fi')).toBe('31. joulukuuta 2025');
    expect(formatDate('2025-12-31', 'sv')).toBe('31 december 2025');
    expect(formatDate('2025-12-31', 'en')).toBe('31 December 2025');
    // 22:30 UTC on 31 Dec is already 1 Jan in Helsinki.
    expect(formatDate('2025-12-31T22:30:00Z', 'en')).toBe('1 January 2026');
    expect(formatDate('not a date', 'fi')).toBeUndefined();
    expect(formatDate(null, 'fi')).toBeUndefined();
  });
});

describe('createGraphQLGuideSource', () => {
  it('fails with a clear message when the api is unreachable', async () => {
    // A port that was just free: connecting to it is a real connection refusal.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const apiUrl = `http://127.0.0.1:${port}/graphql`;
    const source = createGraphQLGuideSource({ apiUrl, timeoutMs: 5000 });
    const error = await source.guides('fi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiUnreachableError);
    expect((error as Error).message).toContain(`Cannot reach the Neuvo api at ${apiUrl} (ECONNREFUSED)`);
    expect((error as Error).message).toMatch(/API_URL/);
  });

  it('treats NOT_FOUND for a guide as "no such page" and other errors as failures', async () => {
    const reply = (code: string) =>
      createGraphQLGuideSource({
        apiUrl: 'http://api.test/graphql',
        fetch: async () =>
          new Response(JSON.stringify({ data: null, errors: [{ message: 'x', extensions: { code } }] }), {
            headers: { 'content-type': 'application/json' },
          }),
      });
    await expect(reply('NOT_FOUND').guide('nope', 'fi')).resolves.toBeNull();
    await expect(reply('UPSTREAM_UNAVAILABLE').guide('x', 'fi')).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
  });
});
