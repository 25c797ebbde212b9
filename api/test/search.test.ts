import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { codes, gql } from './support/graphql.js';
import { memoryLogger, startTestApi, type TestRole } from './support/api.js';
import { seedSearch } from './support/search-fixtures.js';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $locale: Locale, $filters: SearchFilters, $limit: Int, $offset: Int) {
    search(query: $query, locale: $locale, filters: $filters, limit: $limit, offset: $offset) {
      query
      total
      tookMs
      hits {
        id
        documentId
        type
        title
        summary
        snippet
        slug
        url
        region
        updatedAt
        locale
      }
    }
  }
`;

interface Hit {
  id: string;
  documentId: string;
  type: string;
  title: string;
  summary: string | null;
  snippet: string | null;
  slug: string | null;
  url: string | null;
  region: string[];
  updatedAt: string | null;
  locale: string;
}
interface SearchData {
  search: { query: string; total: number; tookMs: number; hits: Hit[] };
}

let meili: MeiliHandle;
let api: Api;
const logger = memoryLogger();

beforeAll(async () => {
  meili = await startMeili();
  const searchKey = await seedSearch(meili.url, meili.masterKey);
  api = await startTestApi({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: searchKey }, logger);
});

afterAll(async () => {
  await api?.stop();
  await meili?.stop();
});

describe.each(['citizen', 'agent'] as const)('search as %s', (role) => {
  const search = (variables: Record<string, unknown>, headers: Record<string, string> | TestRole = role) =>
    gql<SearchData>(api.url, SEARCH, variables, headers);

  it('finds public guides with an HTML-safe snippet marking the match', async () => {
    const r = await search({ query: '  kuume ' });
    expect(r.errors).toBeUndefined();
    expect(r.data?.search.query).toBe('kuume');
    const guide = r.data?.search.hits.find((h) => h.type === 'guide');
    expect(guide).toMatchObject({
      id: 'guide-guidefever0000000000001',
      documentId: 'guidefever0000000000001',
      title: 'Kuume aikuisella',
      slug: 'kuume-aikuisella',
      url: '/fi/ohjeet/kuume-aikuisella',
      region: [],
      // As indexed: clients compare it with when the agent last opened the content.
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(guide?.snippet).toContain('<mark>Kuume</mark>');
    // The stored body contains a <script> tag: it must arrive escaped, never as markup.
    expect(guide?.snippet).not.toMatch(/<script/i);
    expect(r.data?.search.total).toBeGreaterThanOrEqual(1);
    expect(r.data?.search.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('filters services by region', async () => {
    const r = await search({ query: 'hammashoito', filters: { regions: ['kymenlaakso'] } });
    expect(r.errors).toBeUndefined();
    expect(r.data?.search.hits.map((h) => h.slug)).toEqual(['suun-terveydenhuolto-kymenlaakso']);
  });

  it('searches the requested locale, then the other national language, and says which language a hit is in', async () => {
    const r = await search({ query: 'feber', locale: 'sv' });
    expect(r.data?.search.hits.map((h) => [h.title, h.locale])).toEqual([['Feber hos vuxna', 'sv']]);
    const fi = await search({ query: 'feber', locale: 'fi' });
    expect(fi.data?.search.hits.map((h) => [h.title, h.locale])).toEqual([['Feber hos vuxna', 'sv']]);
    // A Finnish word in the Swedish interface finds the Finnish version.
    const both = await search({ query: 'kuume', locale: 'sv' });
    expect(both.data?.search.hits.map((h) => [h.title, h.locale])).toEqual([['Kuume aikuisella', 'fi']]);
  });

  if (role === 'citizen') {
    it('never returns agent-only documents, whatever the filter', async () => {
      for (const filters of [
        undefined,
        { types: ['instruction'] },
        { types: ['protocol'] },
        { types: ['instruction', 'protocol', 'service', 'guide'] },
      ]) {
        const r = await search({ query: 'zebrakoodi', filters });
        expect(r.errors).toBeUndefined();
        expect(r.data?.search.hits).toEqual([]);
        expect(r.data?.search.total).toBe(0);
      }
    });

    it('refuses a forged session cookie instead of answering as a citizen, and logs nothing of it', async () => {
      const forged = 'neuvo_session=forged-session-value-0123456789abcdef';
      const r = await search({ query: 'zebrakoodi' }, { cookie: forged });
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.data ?? null).toBeNull();
      expect(JSON.stringify(logger.lines)).not.toContain('forged-session-value');
    });
  } else {
    it('finds instructions and protocols', async () => {
      const r = await search({ query: 'zebrakoodi' });
      expect(r.errors).toBeUndefined();
      expect(r.data?.search.hits.map((h) => h.type).sort()).toEqual(['instruction', 'protocol']);
      const only = await search({ query: 'zebrakoodi', filters: { types: ['instruction'] } });
      expect(only.data?.search.hits.map((h) => h.id)).toEqual(['instruction-instructionswitch0000001']);
    });
  }

  it.each([
    ['an empty query', { query: '' }, 'query'],
    ['a blank query', { query: '    ' }, 'query'],
    ['a 500-character query', { query: 'a'.repeat(500) }, 'query'],
    ['limit 0', { query: 'kuume', limit: 0 }, 'limit'],
    ['limit 51', { query: 'kuume', limit: 51 }, 'limit'],
    ['a negative offset', { query: 'kuume', offset: -1 }, 'offset'],
    [
      'a malformed region code',
      { query: 'kuume', filters: { regions: ['x" OR type = "instruction'] } },
      'filters.regions.0',
    ],
  ])('rejects %s with VALIDATION_FAILED', async (_name, variables, field) => {
    const r = await search(variables);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(r.errors?.[0]?.extensions?.field).toBe(field);
    expect(r.data?.search ?? null).toBeNull();
  });

  it('never echoes the query in an error message', async () => {
    const secret = `010190-123A ${'x'.repeat(300)}`;
    const r = await search({ query: secret });
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(r.errors)).not.toContain('010190-123A');
  });

  it('applies the defaults when locale, limit and offset are explicitly null', async () => {
    const r = await search({ query: 'kuume', locale: null, limit: null, offset: null });
    expect(r.errors).toBeUndefined();
    expect(r.data?.search.hits.some((h) => h.slug === 'kuume-aikuisella')).toBe(true);
  });

  it('rejects an unknown locale before searching', async () => {
    const r = await search({ query: 'kuume', locale: 'de' });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
  });
});

describe('search when Meilisearch is down', () => {
  it('answers UPSTREAM_UNAVAILABLE for every role', async () => {
    await meili.stop();
    for (const role of ['citizen', 'agent'] as const) {
      // A query not asked before: a cached answer may still be served until the api's next poll of Meilisearch's
      // batches fails (at most one poll interval; see search-cache.test.ts).
      const r = await gql<SearchData>(api.url, SEARCH, { query: 'katkostesti' }, role);
      expect(codes(r)).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(r.errors?.[0]?.message).toBe('Search is temporarily unavailable.');
    }
  });
});
