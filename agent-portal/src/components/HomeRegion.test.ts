import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { RegionView, SearchHit, SearchResult } from '../graphql/queries';
import { createI18n } from '../i18n';
import { homeRegionStorageKey } from '../search/home-region';
import type { Locale } from '../content/models';
import SearchPanel from './SearchPanel.vue';

/**
 * The home region (chosen in the search panel, remembered per person across reloads, sent with every search) and the
 * display of one hit per service: "also in" links to the other regions' entries and a badge on hits in the other
 * national language.
 */

const REGIONS: RegionView[] = [
  { code: 'etela-karjala', name: 'Etelä-Karjala' },
  { code: 'kymenlaakso', name: 'Kymenlaakso' },
  { code: 'pohjanmaa', name: 'Pohjanmaa' },
];

function dentalHit(region: string, locale: Locale = 'fi'): SearchHit {
  const entry = (code: string, n: number) => ({
    id: `service-dental${n}`,
    documentId: `dental${n}`,
    type: 'service' as const,
    title: 'Suun terveydenhuolto',
    slug: `${code}-suun-terveydenhuolto`,
    url: null,
    region: [code],
    locale,
  });
  const all = [entry('etela-karjala', 3), entry('kymenlaakso', 2), entry('pohjanmaa', 1)];
  const shown = all.find((e) => e.region[0] === region)!;
  return {
    ...shown,
    summary: 'Hammashoitolan ajanvaraus.',
    snippet: null,
    updatedAt: null,
    alsoIn: all.filter((e) => e !== shown),
  };
}

function mountPanel(options: {
  homeRegion: string | null;
  preferenceKey: string | null;
  locale?: Locale;
  hits?: (region: string | null) => SearchHit[];
}) {
  const searches: Record<string, unknown>[] = [];
  const clicks: Record<string, unknown>[] = [];
  const hits = options.hits ?? ((region) => [dentalHit(region ?? 'pohjanmaa')]);
  const client: GraphQLClient = {
    async request<T>(document: { toString(): string }, variables?: unknown): Promise<T> {
      const operation = /(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1] ?? '';
      const vars = (variables ?? {}) as Record<string, unknown>;
      switch (operation) {
        case 'PortalSearch': {
          searches.push(vars);
          const found = hits((vars.region as string | null) ?? null);
          const search: SearchResult = {
            searchId: 's1',
            query: String(vars.query),
            total: found.length,
            tookMs: 1,
            hits: found,
          };
          return { search } as T;
        }
        case 'PortalRegions':
          return { regions: REGIONS } as T;
        case 'PortalSearchFacets':
          return {
            search: { facets: { types: [], regions: [], serviceClasses: [], targetGroups: [] } },
          } as T;
        case 'PortalSuggest':
          return { suggest: { suggestions: [] } } as T;
        case 'PortalRecordSearchClick':
          clicks.push(vars);
          return { recordSearchClick: true } as T;
        default:
          throw new Error(`unexpected operation ${operation}`);
      }
    },
  };
  const wrapper = mount(SearchPanel, {
    props: { selectedId: undefined, homeRegion: options.homeRegion, preferenceKey: options.preferenceKey },
    global: {
      plugins: [createI18n(options.locale ?? 'fi')],
      provide: { [GRAPHQL_CLIENT_KEY as symbol]: client },
    },
    attachTo: document.body,
  });
  return { wrapper, searches, clicks };
}

type Wrapper = ReturnType<typeof mountPanel>['wrapper'];

async function searchFor(wrapper: Wrapper, text: string): Promise<void> {
  await wrapper.get('input[type="search"]').setValue(text);
  await vi.advanceTimersByTimeAsync(400);
  await flushPromises();
}

const selectedRegion = (wrapper: Wrapper) =>
  (wrapper.get('[data-testid="home-region"]').element as HTMLSelectElement).value;

describe('home region', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('starts with the region of the sign-in claims and sends it with the search', async () => {
    const { wrapper, searches } = mountPanel({ homeRegion: 'kymenlaakso', preferenceKey: 'key-aino' });
    await flushPromises();
    expect(selectedRegion(wrapper)).toBe('kymenlaakso');
    expect(wrapper.get('label[for="home-region-select"]').text()).toBe('Oma alue');
    await searchFor(wrapper, 'hammashoito');
    expect(searches.at(-1)).toMatchObject({ query: 'hammashoito', region: 'kymenlaakso', filters: null });
  });

  it("remembers the agent's own choice across a reload, for that person only", async () => {
    const first = mountPanel({ homeRegion: 'kymenlaakso', preferenceKey: 'key-aino' });
    await flushPromises();
    await searchFor(first.wrapper, 'hammashoito');
    await first.wrapper.get('[data-testid="home-region"]').setValue('etela-karjala');
    await vi.advanceTimersByTimeAsync(400);
    await flushPromises();
    // The change searches again at once, with the new region.
    expect(first.searches.at(-1)).toMatchObject({ region: 'etela-karjala' });
    expect(JSON.parse(localStorage.getItem(homeRegionStorageKey('key-aino')) ?? 'null')).toEqual({
      region: 'etela-karjala',
    });
    first.wrapper.unmount();

    // A reload: the same person gets the choice, not the claim.
    const again = mountPanel({ homeRegion: 'kymenlaakso', preferenceKey: 'key-aino' });
    await flushPromises();
    expect(selectedRegion(again.wrapper)).toBe('etela-karjala');
    await searchFor(again.wrapper, 'hammashoito');
    expect(again.searches.at(-1)).toMatchObject({ region: 'etela-karjala' });
    again.wrapper.unmount();

    // Another person on the same browser starts from their own claim.
    const other = mountPanel({ homeRegion: 'pohjanmaa', preferenceKey: 'key-bertil' });
    await flushPromises();
    expect(selectedRegion(other.wrapper)).toBe('pohjanmaa');
  });

  it('remembers "not chosen" too, and then searches without a home region', async () => {
    const first = mountPanel({ homeRegion: 'kymenlaakso', preferenceKey: 'key-aino' });
    await flushPromises();
    await first.wrapper.get('[data-testid="home-region"]').setValue('');
    first.wrapper.unmount();
    const again = mountPanel({ homeRegion: 'kymenlaakso', preferenceKey: 'key-aino' });
    await flushPromises();
    expect(selectedRegion(again.wrapper)).toBe('');
    await searchFor(again.wrapper, 'hammashoito');
    expect(again.searches.at(-1)).toMatchObject({ region: null });
  });
});

describe('one hit per service', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it("lists the other regions under the home-region hit, each opening that region's entry", async () => {
    const { wrapper, clicks } = mountPanel({ homeRegion: 'kymenlaakso', preferenceKey: 'key-aino' });
    await flushPromises();
    await searchFor(wrapper, 'hammashoito');
    expect(wrapper.findAll('[role="option"]')).toHaveLength(1);
    const also = wrapper.get('[data-testid="also-in"]');
    const links = also.findAll('button');
    expect([also.get('span').text(), ...links.map((b) => b.text())]).toEqual([
      'myös:',
      'Etelä-Karjala',
      'Pohjanmaa',
    ]);
    expect(links.map((b) => b.attributes('aria-label'))).toEqual([
      'Avaa Etelä-Karjala: Suun terveydenhuolto',
      'Avaa Pohjanmaa: Suun terveydenhuolto',
    ]);
    await links[1]!.trigger('click');
    const opened = wrapper.emitted('select')?.at(-1)?.[0] as SearchHit;
    expect(opened).toMatchObject({ documentId: 'dental1', region: ['pohjanmaa'], locale: 'fi', alsoIn: [] });
    // The search analytics count the service the search found (the shown hit) as chosen.
    await flushPromises();
    expect(clicks).toEqual([{ searchId: 's1', documentId: 'dental2' }]);
  });

  it('says "även i" in Swedish', async () => {
    const { wrapper } = mountPanel({ homeRegion: 'pohjanmaa', preferenceKey: 'key-aino', locale: 'sv' });
    await flushPromises();
    await searchFor(wrapper, 'tandvård');
    expect(wrapper.get('[data-testid="also-in"]').text()).toMatch(/^även i:/);
  });

  it('marks a hit in the other national language with a badge in that language, and opens it in that language', async () => {
    const { wrapper } = mountPanel({
      homeRegion: 'kymenlaakso',
      preferenceKey: 'key-aino',
      hits: (region) => [dentalHit(region ?? 'pohjanmaa', 'sv')],
    });
    await flushPromises();
    await searchFor(wrapper, 'tandläkare');
    const badge = wrapper.get('[data-testid="hit-language"]');
    expect(badge.text()).toBe('på svenska');
    expect(badge.attributes('lang')).toBe('sv');
    expect(badge.attributes('title')).toBe('Tulos on ruotsinkielinen');
    await wrapper.get('[role="option"]').trigger('click');
    expect(wrapper.emitted('select')?.at(-1)?.[0]).toMatchObject({ documentId: 'dental2', locale: 'sv' });
  });

  it('shows no badge for hits in the interface language', async () => {
    const { wrapper } = mountPanel({ homeRegion: 'kymenlaakso', preferenceKey: 'key-aino' });
    await flushPromises();
    await searchFor(wrapper, 'hammashoito');
    expect(wrapper.find('[data-testid="hit-language"]').exists()).toBe(false);
  });
});
