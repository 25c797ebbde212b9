import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { codes, gql } from './support/graphql.js';
import { startTestApi } from './support/api.js';
import {
  DENTAL_FI,
  DENTAL_SV,
  REGION_CONTENT,
  SOCIAL_FI,
  bareHousingAllowance,
  bareIncomeSupport,
  kymiHealthCentres,
  seedSearch,
} from './support/search-fixtures.js';

/**
 * Region done right and both national languages, against a real Meilisearch with the real index settings: one hit per
 * service across counties (the home region's entry shown, the others as "also in"), the home region ranked first,
 * bare national entries never above regional entries with channels, and queries searched in Finnish and Swedish.
 */

const SEARCH = /* GraphQL */ `
  query Search(
    $query: String!
    $locale: Locale
    $region: String
    $filters: SearchFilters
    $limit: Int
    $page: Int
  ) {
    search(query: $query, locale: $locale, region: $region, filters: $filters, limit: $limit, page: $page) {
      total
      totalPages
      hasMore
      hits {
        id
        documentId
        title
        slug
        region
        locale
        alsoIn {
          documentId
          slug
          region
          locale
        }
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
      }
    }
  }
`;

interface Entry {
  documentId: string;
  slug: string;
  region: string[];
  locale: string;
}
interface SearchData {
  search: {
    total: number;
    totalPages: number;
    hasMore: boolean;
    hits: Array<Entry & { id: string; title: string; alsoIn: Entry[] }>;
    facets: Record<'types' | 'regions', { value: string; count: number }[]>;
  };
}

let meili: MeiliHandle;
let api: Api;

beforeAll(async () => {
  meili = await startMeili();
  const searchKey = await seedSearch(meili.url, meili.masterKey, REGION_CONTENT);
  api = await startTestApi({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: searchKey, FINNISH_ANALYSIS: 'auto' });
});

afterAll(async () => {
  await api?.stop();
  await meili?.stop();
});

const search = async (variables: Record<string, unknown>) => {
  const r = await gql<SearchData>(api.url, SEARCH, variables, 'agent');
  expect(r.errors).toBeUndefined();
  return r.data!.search;
};
const slugs = (r: SearchData['search']) => r.hits.map((h) => h.slug);

describe('one hit per service across regions', () => {
  it.each(['kymenlaakso', 'pohjanmaa', 'etela-karjala'])(
    'shows the %s entry of a service all three counties have, the other two as "also in"',
    async (home) => {
      const r = await search({ query: 'hammashoito', region: home });
      expect(r.total).toBe(1);
      expect(r.hits).toHaveLength(1);
      const [hit] = r.hits;
      expect(hit?.slug).toBe(`${home}-suun-terveydenhuolto`);
      expect(hit?.locale).toBe('fi');
      const others = DENTAL_FI.filter((d) => !d.region.includes(home));
      expect(hit?.alsoIn).toEqual(
        others
          .map((d) => ({ documentId: d.documentId, slug: d.slug, region: d.region, locale: 'fi' }))
          .sort((a, b) => a.region[0]!.localeCompare(b.region[0]!)),
      );
    },
  );

  it('groups without a home region too, and counts services in types, entries in regions', async () => {
    const r = await search({ query: 'hammashoito' });
    expect(r.total).toBe(1);
    expect(r.hits[0]?.alsoIn).toHaveLength(2);
    expect(r.facets.types).toEqual([{ value: 'service', count: 1 }]);
    expect(r.facets.regions).toEqual([
      { value: 'etela-karjala', count: 1 },
      { value: 'kymenlaakso', count: 1 },
      { value: 'pohjanmaa', count: 1 },
    ]);
  });

  it('pages through services, each on exactly one page, with an honest total', async () => {
    const first = await search({ query: 'ajanvaraus', region: 'kymenlaakso' });
    const groups = first.total;
    expect(groups).toBe(first.hits.length);
    const paged: string[] = [];
    for (let page = 1; page <= groups; page += 1) {
      const r = await search({ query: 'ajanvaraus', region: 'kymenlaakso', limit: 1, page });
      expect(r.total).toBe(groups);
      expect(r.totalPages).toBe(groups);
      expect(r.hasMore).toBe(page < groups);
      paged.push(...slugs(r));
    }
    expect(paged).toEqual(slugs(first));
    // Three dental entries are one service: fewer hits than matching entries.
    expect(paged.filter((s) => s.endsWith('suun-terveydenhuolto'))).toEqual([
      'kymenlaakso-suun-terveydenhuolto',
    ]);
  });

  it('answers a facets-only request with the same totals and facets as the full search', async () => {
    const FACETS_ONLY = /* GraphQL */ `
      query Facets($query: String!, $region: String) {
        search(query: $query, region: $region, limit: 1) {
          total
          hasMore
          facets {
            types {
              value
              count
            }
          }
        }
      }
    `;
    const full = await search({ query: 'ajanvaraus', region: 'kymenlaakso', limit: 1 });
    const only = await gql<{
      search: { total: number; hasMore: boolean; facets: SearchData['search']['facets'] };
    }>(api.url, FACETS_ONLY, { query: 'ajanvaraus', region: 'kymenlaakso' }, 'agent');
    expect(only.errors).toBeUndefined();
    expect(only.data?.search).toEqual({
      total: full.total,
      hasMore: full.hasMore,
      facets: { types: full.facets.types },
    });
    expect(full.hasMore).toBe(true);
  });

  it('keeps the region filter a filter: only that region has the service, no "also in" beyond it', async () => {
    const r = await search({ query: 'hammashoito', filters: { regions: ['etela-karjala'] } });
    expect(slugs(r)).toEqual(['etela-karjala-suun-terveydenhuolto']);
  });
});

describe('home region first', () => {
  it("ranks the home region's entry above another region's better title match", async () => {
    const kymi = await search({ query: 'terveysasema', region: 'kymenlaakso' });
    expect(slugs(kymi)[0]).toBe(kymiHealthCentres.slug);
    expect(slugs(kymi)).toContain('pohjanmaa-terveysasema-vaasa');
    const pohjanmaa = await search({ query: 'terveysasema', region: 'pohjanmaa' });
    expect(slugs(pohjanmaa)[0]).toBe('pohjanmaa-terveysasema-vaasa');
  });

  it('rejects a malformed region code with VALIDATION_FAILED', async () => {
    const r = await gql(api.url, SEARCH, { query: 'hammashoito', region: 'Kymenlaakso!' }, 'agent');
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(r.errors)).not.toContain('Kymenlaakso!');
  });
});

describe('entries that cannot route a caller', () => {
  it.each([undefined, 'kymenlaakso', 'pohjanmaa'])(
    'never rank a bare national entry above the regional entries with phones (home region %s)',
    async (region) => {
      const r = await search({ query: 'toimeentulotuki', ...(region ? { region } : {}) });
      const social = SOCIAL_FI.find((d) => d.region[0] === (region ?? 'pohjanmaa'))?.slug;
      if (region) expect(slugs(r)[0]).toBe(social);
      expect(slugs(r).at(-1)).toBe(bareIncomeSupport.slug);
      expect(slugs(r).indexOf(bareIncomeSupport.slug)).toBeGreaterThan(0);
    },
  );

  it('show a bare national entry when it is the only match', async () => {
    const r = await search({ query: 'asumistuki' });
    expect(slugs(r)).toEqual([bareHousingAllowance.slug]);
  });
});

describe('both national languages', () => {
  it('finds the Swedish dental entries for tandläkare in the Finnish interface, marked Swedish', async () => {
    const r = await search({ query: 'tandläkare', locale: 'fi', region: 'kymenlaakso' });
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]).toMatchObject({
      slug: 'kymenlaakso-suun-terveydenhuolto',
      locale: 'sv',
      title: 'Munhälsovård, tidsbokning',
    });
    expect(r.hits[0]?.alsoIn.map((e) => [e.slug, e.locale])).toEqual([
      ['pohjanmaa-suun-terveydenhuolto', 'sv'],
    ]);
  });

  it('finds Finnish entries in the Swedish interface, and shows a service once when both languages match', async () => {
    const fi = await search({ query: 'hammaslääkäri', locale: 'sv', region: 'pohjanmaa' });
    expect(fi.hits.map((h) => [h.slug, h.locale])).toEqual([['pohjanmaa-suun-terveydenhuolto', 'fi']]);
    // The end of Pohjanmaa's phone number is in both versions: one hit, in the interface language.
    expect(DENTAL_SV[0]!.phones[0]).toMatch(/ 0100$/);
    const both = await search({ query: '0100', locale: 'sv', region: 'pohjanmaa' });
    expect(both.total).toBe(1);
    expect(both.hits.map((h) => [h.slug, h.locale])).toEqual([['pohjanmaa-suun-terveydenhuolto', 'sv']]);
  });

  it('searches Finnish and Swedish from the English interface', async () => {
    const r = await search({ query: 'tandläkare', locale: 'en', region: 'pohjanmaa' });
    expect(r.hits.map((h) => [h.slug, h.locale])).toEqual([['pohjanmaa-suun-terveydenhuolto', 'sv']]);
  });
});
