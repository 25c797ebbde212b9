/**
 * The regions query against a real Strapi (started by the @neuvo/scripts test kit on a throwaway database), with
 * regions published through its REST API with the write token.
 */
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { codes, gql } from './support/graphql.js';
import { memoryLogger, startTestApi } from './support/api.js';
import { cmsWrite } from './support/cms-rest.js';

let cms: CmsHandle;
/** No cache: every query reads the CMS. */
let api: Api;
/** A short cache, to see it expire. */
let cachedApi: Api;
const cachedLog = memoryLogger();
const CACHE_TTL_MS = 1500;
const ids: Record<string, string> = {};

const rest = (path: string, method: 'POST' | 'PUT', data: Record<string, unknown>) =>
  cmsWrite(cms, path, method, data);

const REGIONS = /* GraphQL */ `
  query Regions($locale: Locale) {
    regions(locale: $locale) {
      code
      name
    }
  }
`;
type RegionsData = { regions: { code: string; name: string }[] };

beforeAll(async () => {
  cms = await startCms();
  ids.pohjanmaa = (
    await rest('/regions?locale=fi&status=published', 'POST', { code: 'pohjanmaa', name: 'Pohjanmaa' })
  ).documentId;
  await rest(`/regions/${ids.pohjanmaa}?locale=sv&status=published`, 'PUT', { name: 'Österbotten' });
  await rest(`/regions/${ids.pohjanmaa}?locale=en&status=published`, 'PUT', { name: 'Ostrobothnia' });
  ids.karjala = (
    await rest('/regions?locale=fi&status=published', 'POST', {
      code: 'etela-karjala',
      name: 'Etelä-Karjala',
    })
  ).documentId;
  await rest(`/regions/${ids.karjala}?locale=sv&status=published`, 'PUT', { name: 'Södra Karelen' });
  ids.kymi = (
    await rest('/regions?locale=fi&status=published', 'POST', { code: 'kymenlaakso', name: 'Kymenlaakso' })
  ).documentId;
  // Not published: never listed.
  await rest('/regions?locale=fi&status=draft', 'POST', { code: 'luonnosalue', name: 'Luonnosalue' });

  api = await startTestApi({ CMS_URL: cms.url, CMS_READ_TOKEN: cms.readToken, REGIONS_CACHE_TTL_MS: '0' });
  cachedApi = await startTestApi(
    { CMS_URL: cms.url, CMS_READ_TOKEN: cms.readToken, REGIONS_CACHE_TTL_MS: String(CACHE_TTL_MS) },
    cachedLog,
  );
}, 300_000);

afterAll(async () => {
  await api?.stop();
  await cachedApi?.stop();
  await cms?.stop();
});

describe.each(['citizen', 'agent'] as const)('regions as %s', (role) => {
  const regions = async (locale?: string, url = () => api.url) => {
    const r = await gql<RegionsData>(url(), REGIONS, locale ? { locale } : {}, role);
    expect(r.errors).toBeUndefined();
    return r.data!.regions;
  };

  it('lists published regions with their Finnish names, ordered by name', async () => {
    const expected = [
      { code: 'etela-karjala', name: 'Etelä-Karjala' },
      { code: 'kymenlaakso', name: 'Kymenlaakso' },
      { code: 'pohjanmaa', name: 'Pohjanmaa' },
    ];
    expect(await regions('fi')).toEqual(expected);
    // Finnish is the default locale.
    expect(await regions()).toEqual(expected);
  });

  it('names regions in the requested locale and falls back to Finnish for untranslated ones', async () => {
    // Swedish order: Ö sorts after every other letter.
    expect(await regions('sv')).toEqual([
      { code: 'kymenlaakso', name: 'Kymenlaakso' },
      { code: 'etela-karjala', name: 'Södra Karelen' },
      { code: 'pohjanmaa', name: 'Österbotten' },
    ]);
    expect(await regions('en')).toEqual([
      { code: 'etela-karjala', name: 'Etelä-Karjala' },
      { code: 'kymenlaakso', name: 'Kymenlaakso' },
      { code: 'pohjanmaa', name: 'Ostrobothnia' },
    ]);
  });

  it('never lists a region that is not published', async () => {
    for (const locale of ['fi', 'sv'])
      expect((await regions(locale)).map((r) => r.code)).not.toContain('luonnosalue');
  });
});

describe('regions cache', () => {
  const names = async () => {
    const r = await gql<RegionsData>(cachedApi.url, REGIONS, { locale: 'fi' });
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(r.data!.regions.map((x) => [x.code, x.name]));
  };

  it('answers from memory until the list expires, then refreshes it in the background', async () => {
    const readAt = Date.now();
    expect((await names()).kymenlaakso).toBe('Kymenlaakso');
    await rest(`/regions/${ids.kymi}?locale=fi&status=published`, 'PUT', {
      name: 'Kymenlaakson hyvinvointialue',
    });
    await rest('/regions?locale=fi&status=published', 'POST', { code: 'uusi-alue', name: 'Uusi alue' });
    // The cache still holds the list read before the change.
    const cached = await names();
    // (Checked only when the machine was quick enough for the list not to have expired yet.)
    if (Date.now() - readAt < CACHE_TTL_MS) {
      expect(cached.kymenlaakso).toBe('Kymenlaakso');
      expect(cached['uusi-alue']).toBeUndefined();
    }
    // Once expired, the next read starts a refresh; a later read has the new list.
    let fresh = cached;
    const deadline = Date.now() + CACHE_TTL_MS + 10_000;
    while (fresh.kymenlaakso !== 'Kymenlaakson hyvinvointialue' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      fresh = await names();
    }
    expect(fresh).toMatchObject({ kymenlaakso: 'Kymenlaakson hyvinvointialue', 'uusi-alue': 'Uusi alue' });
    expect(Date.now() - readAt).toBeGreaterThanOrEqual(CACHE_TTL_MS);
  });
});

describe('regions when the CMS is down', () => {
  it('keeps answering the last list from the cache, and UPSTREAM_UNAVAILABLE without one', async () => {
    const before = await gql<RegionsData>(cachedApi.url, REGIONS, { locale: 'sv' });
    expect(before.errors).toBeUndefined();
    await cms.stop();
    const uncached = await gql(api.url, REGIONS, { locale: 'fi' });
    expect(codes(uncached)).toEqual(['UPSTREAM_UNAVAILABLE']);

    // Past its expiry the cached list is still answered; the failed refresh is logged without details.
    await new Promise((r) => setTimeout(r, CACHE_TTL_MS + 100));
    for (let i = 0; i < 2; i++) {
      const after = await gql<RegionsData>(cachedApi.url, REGIONS, { locale: 'sv' });
      expect(after.errors).toBeUndefined();
      expect(after.data).toEqual(before.data);
      await new Promise((r) => setTimeout(r, 200));
    }
    const deadline = Date.now() + 10_000;
    while (!cachedLog.lines.some((l) => l.event === 'regions_refresh_failed') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(cachedLog.lines.find((l) => l.event === 'regions_refresh_failed')?.fields).toMatchObject({
      locale: 'sv',
      code: 'UPSTREAM_UNAVAILABLE',
    });
    // A locale never read before has nothing to fall back on.
    expect(codes(await gql(cachedApi.url, REGIONS, { locale: 'en' }))).toEqual(['UPSTREAM_UNAVAILABLE']);
  });
});
