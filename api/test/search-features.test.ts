import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { codes, gql } from './support/graphql.js';
import { startTestApi } from './support/api.js';
import { seedSearch } from './support/search-fixtures.js';

/**
 * Search beyond the first version: Finnish/Swedish analysis of the query, facets, pages, highlighted titles and
 * as-you-type suggestions, for both roles, over a real Meilisearch with the real index settings and documents
 * analysed as the indexer analyses them.
 */

const SEARCH = /* GraphQL */ `
  query Search(
    $query: String!
    $locale: Locale
    $filters: SearchFilters
    $limit: Int
    $offset: Int
    $page: Int
  ) {
    search(query: $query, locale: $locale, filters: $filters, limit: $limit, offset: $offset, page: $page) {
      total
      offset
      limit
      page
      totalPages
      hasMore
      hits {
        id
        type
        title
        titleHighlight
        slug
        region
      }
      facets {
        types {
          value
          count
        }
        regions {
          value
          count
        }
        serviceClasses {
          value
          count
        }
        targetGroups {
          value
          count
        }
      }
    }
  }
`;

const SUGGEST = /* GraphQL */ `
  query Suggest($prefix: String!, $locale: Locale, $types: [ContentType!], $limit: Int) {
    suggest(prefix: $prefix, locale: $locale, types: $types, limit: $limit) {
      prefix
      tookMs
      suggestions {
        id
        documentId
        type
        title
        titleHighlight
        slug
        region
      }
    }
  }
`;

interface FacetCount {
  value: string;
  count: number;
}
interface SearchData {
  search: {
    total: number;
    offset: number;
    limit: number;
    page: number;
    totalPages: number;
    hasMore: boolean;
    hits: Array<{
      id: string;
      type: string;
      title: string;
      titleHighlight: string;
      slug: string;
      region: string[];
    }>;
    facets: Record<'types' | 'regions' | 'serviceClasses' | 'targetGroups', FacetCount[]>;
  };
}
interface SuggestData {
  suggest: {
    prefix: string;
    tookMs: number;
    suggestions: Array<{ id: string; type: string; title: string; titleHighlight: string; region: string[] }>;
  };
}

let meili: MeiliHandle;
let api: Api;

beforeAll(async () => {
  meili = await startMeili();
  const searchKey = await seedSearch(meili.url, meili.masterKey);
  api = await startTestApi({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: searchKey, FINNISH_ANALYSIS: 'voikko' });
});

afterAll(async () => {
  await api?.stop();
  await meili?.stop();
});

describe.each(['citizen', 'agent'] as const)('as %s', (role) => {
  const search = (variables: Record<string, unknown>) => gql<SearchData>(api.url, SEARCH, variables, role);
  const suggest = (variables: Record<string, unknown>) => gql<SuggestData>(api.url, SUGGEST, variables, role);
  const slugs = (r: { data?: SearchData | null }) => r.data?.search.hits.map((h) => h.slug) ?? [];

  describe('search', () => {
    it.each([
      ['kuumeesta', 'kuume-aikuisella'],
      ['hammassäryssä', 'suun-terveydenhuolto'],
      ['särkyyn', 'suun-terveydenhuolto'],
      ['ajanvaraukseen', 'suun-terveydenhuolto'],
      ['päivystysavun numeroon', 'pohjanmaa-116117'],
    ])('finds an inflected Finnish query: %s', async (query, slug) => {
      const r = await search({ query });
      expect(r.errors).toBeUndefined();
      expect(slugs(r)).toContain(slug);
    });

    it('finds an inflected Swedish query', async () => {
      const r = await search({ query: 'febern', locale: 'sv' });
      expect(slugs(r)).toEqual(['kuume-aikuisella']);
    });

    it('highlights the matched words of the title, HTML-safe', async () => {
      const r = await search({ query: 'kuume' });
      const hit = r.data?.search.hits.find((h) => h.slug === 'kuume-aikuisella');
      expect(hit?.titleHighlight).toBe('<mark>Kuume</mark> aikuisella');
    });

    it('counts the matches per type and region', async () => {
      const r = await search({ query: 'hammashoito' });
      expect(r.errors).toBeUndefined();
      expect(r.data?.search.facets.types).toEqual([{ value: 'service', count: 2 }]);
      expect(r.data?.search.facets.regions).toEqual([
        { value: 'kymenlaakso', count: 1 },
        { value: 'pohjanmaa', count: 1 },
      ]);
    });

    it('counts a filtered facet without its own filter, so the other choices keep their counts', async () => {
      const r = await search({ query: 'hammashoito', filters: { regions: ['kymenlaakso'] } });
      expect(slugs(r)).toEqual(['suun-terveydenhuolto-kymenlaakso']);
      expect(r.data?.search.total).toBe(1);
      expect(r.data?.search.facets.regions).toEqual([
        { value: 'kymenlaakso', count: 1 },
        { value: 'pohjanmaa', count: 1 },
      ]);
      expect(r.data?.search.facets.types).toEqual([{ value: 'service', count: 1 }]);
    });

    it('keeps content for every region when filtering by region', async () => {
      const r = await search({ query: 'kuume', filters: { regions: ['pohjanmaa'] } });
      expect(slugs(r)).toContain('kuume-aikuisella');
    });

    it('computes facets and snippets asked for through fragments', async () => {
      const r = await gql<{
        search: { hits: Array<{ snippet: string | null }>; facets: { types: FacetCount[] } };
      }>(
        api.url,
        /* GraphQL */ `
          query {
            search(query: "hammashoito") {
              ...Result
            }
          }
          fragment Result on SearchResult {
            hits {
              ... on SearchHit {
                snippet
              }
            }
            facets {
              types {
                value
                count
              }
            }
          }
        `,
        {},
        role,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.search.facets.types).toEqual([{ value: 'service', count: 2 }]);
      expect(r.data?.search.hits[0]?.snippet).toContain('<mark>');
    });

    it('pages through the matches', async () => {
      const first = await search({ query: 'hammashoito', limit: 1, page: 1 });
      expect(first.data?.search).toMatchObject({
        offset: 0,
        limit: 1,
        page: 1,
        totalPages: 2,
        hasMore: true,
        total: 2,
      });
      const second = await search({ query: 'hammashoito', limit: 1, page: 2 });
      expect(second.data?.search).toMatchObject({ offset: 1, page: 2, totalPages: 2, hasMore: false });
      expect(slugs(second)).not.toEqual(slugs(first));
      const byOffset = await search({ query: 'hammashoito', limit: 1, offset: 1 });
      expect(byOffset.data?.search.page).toBe(2);
      expect(slugs(byOffset)).toEqual(slugs(second));
    });

    it.each([
      ['page with offset', { query: 'kuume', page: 2, offset: 5 }, 'page'],
      ['page 0', { query: 'kuume', page: 0 }, 'page'],
      ['a page past the 1000th hit', { query: 'kuume', page: 30, limit: 50 }, 'page'],
      [
        'an empty serviceClasses value',
        { query: 'kuume', filters: { serviceClasses: [' '] } },
        'filters.serviceClasses.0',
      ],
    ])('rejects %s with VALIDATION_FAILED', async (_name, variables, field) => {
      const r = await search(variables);
      expect(codes(r)).toEqual(['VALIDATION_FAILED']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    });

    if (role === 'citizen') {
      it('never counts agent-only content in facets, whatever the filter', async () => {
        for (const filters of [undefined, { types: ['instruction', 'protocol'] }]) {
          const r = await search({ query: 'zebrakoodi', filters });
          expect(r.errors).toBeUndefined();
          expect(r.data?.search.hits).toEqual([]);
          expect(r.data?.search.facets.types).toEqual([]);
        }
      });
    } else {
      it('counts instructions and protocols', async () => {
        const r = await search({ query: 'zebrakoodi', filters: { types: ['instruction'] } });
        expect(r.data?.search.hits.map((h) => h.type)).toEqual(['instruction']);
        expect(r.data?.search.facets.types).toEqual([
          { value: 'instruction', count: 1 },
          { value: 'protocol', count: 1 },
        ]);
      });
    }
  });

  describe('suggest', () => {
    it('offers titles for an unfinished word, with the typed part highlighted', async () => {
      const r = await suggest({ prefix: 'kuum' });
      expect(r.errors).toBeUndefined();
      expect(r.data?.suggest.prefix).toBe('kuum');
      expect(r.data?.suggest.suggestions.map((s) => s.title)).toEqual(['Kuume aikuisella']);
      expect(r.data?.suggest.suggestions[0]?.titleHighlight).toMatch(/^<mark>Kuum<\/mark>/);
    });

    it('understands an inflected word', async () => {
      const r = await suggest({ prefix: 'päivystysavun' });
      expect(r.data?.suggest.suggestions.map((s) => s.title)).toEqual(['Päivystysapu 116117']);
      const mouth = await suggest({ prefix: 'suussa' });
      expect(mouth.data?.suggest.suggestions.map((s) => s.title)).toEqual([
        'Suun terveydenhuolto',
        'Suun terveydenhuolto Kymenlaakso',
      ]);
    });

    it('offers a title once even when several regions have it', async () => {
      const r = await suggest({ prefix: 'päivystysapu' });
      expect(r.data?.suggest.suggestions).toHaveLength(1);
    });

    it('searches titles, not body text', async () => {
      const r = await suggest({ prefix: 'elimistön' });
      expect(r.data?.suggest.suggestions).toEqual([]);
    });

    it('suggests in the requested locale', async () => {
      const r = await suggest({ prefix: 'feb', locale: 'sv' });
      expect(r.data?.suggest.suggestions.map((s) => s.title)).toEqual(['Feber hos vuxna']);
    });

    if (role === 'citizen') {
      it('never suggests agent-only content, whatever the types asked for', async () => {
        for (const types of [
          undefined,
          ['instruction'],
          ['protocol'],
          ['instruction', 'protocol', 'service', 'guide'],
        ]) {
          for (const prefix of ['vaihteen', 'rintakipu', 'väärin']) {
            const r = await suggest({ prefix, types });
            expect(r.errors).toBeUndefined();
            expect(r.data?.suggest.suggestions).toEqual([]);
          }
        }
      });
    } else {
      it('suggests instructions and protocols', async () => {
        const r = await suggest({ prefix: 'rintakipu' });
        expect(r.data?.suggest.suggestions.map((s) => s.type)).toEqual(['protocol']);
        const only = await suggest({ prefix: 'vaihteen', types: ['instruction'] });
        expect(only.data?.suggest.suggestions.map((s) => s.title)).toEqual(['Vaihteen siirto-ohje']);
      });
    }

    it.each([
      ['an empty prefix', { prefix: '  ' }, 'prefix'],
      ['a 101-character prefix', { prefix: 'a'.repeat(101) }, 'prefix'],
      ['limit 11', { prefix: 'kuume', limit: 11 }, 'limit'],
    ])('rejects %s with VALIDATION_FAILED', async (_name, variables, field) => {
      const r = await suggest(variables);
      expect(codes(r)).toEqual(['VALIDATION_FAILED']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    });
  });
});
