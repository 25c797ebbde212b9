import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ApiUnreachableError, createGraphQLGuideSource } from './api-client.js';
import { loadSiteBuildConfig, SiteConfigError } from './config.js';
import { formatDate } from './format-date.js';
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
    'the %s home page shows the hero, the emergency notice and links to the guides',
    async (locale) => {
      const path = new URL(
        `../site/${LOCALE_META[locale].prefix.slice(1)}${locale === 'fi' ? '' : '/'}index.md`,
        import.meta.url,
      );
      const page = await readFile(path, 'utf8');
      const strings = SITE_STRINGS[locale];
      expect(page).toContain(`name: ${strings.heroTitle}`);
      expect(page).toContain(strings.heroIntro);
      expect(page).toContain(`text: ${strings.heroAction}`);
      expect(page).toContain(`link: ${LOCALE_META[locale].prefix}/guides/`);
      expect(page).toContain(strings.emergencyNotice);
      expect(page).toContain(`aria-label="${strings.emergencyLabel}"`);
    },
  );
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
