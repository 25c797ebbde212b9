import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError, type GraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { RegionView, SearchFacets, SearchHit, SearchResult, Suggestion } from '../graphql/queries';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
import { FOLLOW_UP_PAUSE_MS } from '../search/follow-ups';
import SearchPanel from './SearchPanel.vue';

function hit(n: number, extra: Partial<SearchHit> = {}): SearchHit {
  return {
    id: `service-doc${n}`,
    documentId: `doc${n}`,
    type: 'service',
    title: `Palvelu ${n}`,
    summary: null,
    snippet: `osuma <mark>${n}</mark>`,
    slug: null,
    url: null,
    region: ['pohjanmaa'],
    updatedAt: null,
    locale: 'fi',
    alsoIn: [],
    ...extra,
  };
}

function suggestion(n: number, title: string): Suggestion {
  return {
    id: `guide-s${n}`,
    documentId: `s${n}`,
    type: 'guide',
    title,
    titleHighlight: `<mark>${title.slice(0, 4)}</mark>${title.slice(4)}`,
  };
}

const NO_FACETS: SearchFacets = { types: [], regions: [], serviceClasses: [], targetGroups: [] };

type Answer<T> = (variables: Record<string, unknown>) => T | Error | Promise<T | Error>;

/** What the fake api answers per portal operation (see graphql-contract/operations/agent-portal.graphql). */
interface FakeApi {
  search: Answer<SearchResult>;
  facets?: Answer<SearchFacets>;
  suggest?: Answer<Suggestion[]>;
  regions?: Answer<RegionView[]>;
}

interface SentRequest {
  operation: string;
  variables: Record<string, unknown>;
}

function mountPanel(answers: FakeApi | Answer<SearchResult>, locale: Locale = 'fi') {
  const api: FakeApi = typeof answers === 'function' ? { search: answers } : answers;
  const sent: SentRequest[] = [];
  const client: GraphQLClient = {
    async request<T>(document: { toString(): string }, variables?: unknown): Promise<T> {
      const operation = /(?:query|mutation) (\w+)/.exec(document.toString())?.[1] ?? 'unknown';
      const vars = (variables ?? {}) as Record<string, unknown>;
      sent.push({ operation, variables: vars });
      const wrap = async <R>(answer: Answer<R> | undefined, fallback: R, shape: (r: R) => unknown) => {
        const result = answer ? await answer(vars) : fallback;
        if (result instanceof Error) throw result;
        return shape(result as R) as T;
      };
      switch (operation) {
        case 'PortalSearch':
          return wrap(api.search, undefined as never, (search) => ({ search }));
        case 'PortalSearchFacets':
          return wrap(api.facets, NO_FACETS, (facets) => ({ search: { facets } }));
        case 'PortalSuggest':
          return wrap(api.suggest, [], (suggestions) => ({ suggest: { suggestions } }));
        case 'PortalRegions':
          return wrap(api.regions, [], (regions) => ({ regions }));
        case 'PortalRecordSearchClick':
          return { recordSearchClick: true } as T;
        default:
          throw new Error(`unexpected operation ${operation}`);
      }
    },
  };
  const i18n = createI18n(locale);
  const wrapper = mount(SearchPanel, {
    props: { selectedId: undefined },
    global: { plugins: [i18n], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
    attachTo: document.body,
  });
  const of = (operation: string) => sent.filter((r) => r.operation === operation).map((r) => r.variables);
  return { wrapper, sent, requests: () => of('PortalSearch'), of, i18n };
}

type Wrapper = ReturnType<typeof mountPanel>['wrapper'];

/** Types and pauses: the results, and after the pause the counts and suggestions, are in. */
async function type(wrapper: Wrapper, text: string): Promise<void> {
  await wrapper.get('input').setValue(text);
  await vi.advanceTimersByTimeAsync(FOLLOW_UP_PAUSE_MS + 50);
  await flushPromises();
}

const chipLabels = (wrapper: Wrapper, legend: string) =>
  wrapper
    .findAll('fieldset')
    .find((f) => f.get('legend').text() === legend)
    ?.findAll('.chip__label')
    .map((l) => l.text());

const chip = (wrapper: Wrapper, label: string) =>
  wrapper.findAll('button.chip').find((b) => b.get('.chip__label').text() === label);

/** The count shown on a chip, `undefined` when it shows none. */
function countOn(wrapper: Wrapper, label: string): string | undefined {
  const count = chip(wrapper, label)?.find('[data-testid="chip-count"]');
  return count?.exists() ? count.text() : undefined;
}

// Each panel listens on the window for "/": an old test's panel must not take the key.
enableAutoUnmount(afterEach);

describe('SearchPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('focuses the search box on load and shows the empty state', () => {
    const { wrapper } = mountPanel(() => new Error('not called'));
    expect(document.activeElement).toBe(wrapper.get('input').element);
    expect(wrapper.text()).toContain('Kirjoita hakusana');
  });

  it('shows results with type badges and announces the count', async () => {
    const { wrapper, requests } = mountPanel(() => ({
      searchId: 'search-1',
      query: 'x',
      total: 2,
      tookMs: 1,
      hits: [hit(1), hit(2, { type: 'guide' })],
    }));
    await type(wrapper, 'hammas');
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ query: 'hammas', locale: 'fi', filters: null, limit: 20 });
    expect(wrapper.findAll('[role="option"]')).toHaveLength(2);
    expect(wrapper.text()).toContain('Itsehoito-ohje');
    expect(wrapper.get('[data-testid="live-region"]').text()).toBe('2 tulosta');
    expect(wrapper.findAll('[role="option"] mark').map((m) => m.text())).toEqual(['1', '2']);
  });

  it('moves through results with arrow keys and selects with Enter; Esc clears', async () => {
    const { wrapper } = mountPanel(() => ({
      searchId: 'search-1',
      query: 'x',
      total: 3,
      tookMs: 1,
      hits: [hit(1), hit(2), hit(3)],
    }));
    await type(wrapper, 'palvelu');
    const input = wrapper.get('input');
    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'ArrowUp' });
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('search-results-option-1');
    await input.trigger('keydown', { key: 'Enter' });
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ id: 'service-doc2' });

    await input.trigger('keydown', { key: 'Escape' });
    expect((input.element as HTMLInputElement).value).toBe('');
    expect(wrapper.findAll('[role="option"]')).toHaveLength(0);
    expect(wrapper.text()).toContain('Kirjoita hakusana');
  });

  it('opens result n with its number key outside the search box, never while typing in it', async () => {
    const { wrapper } = mountPanel(() => ({
      searchId: 'search-1',
      query: 'x',
      total: 3,
      tookMs: 1,
      hits: [hit(1), hit(2), hit(3)],
    }));
    await type(wrapper, 'palvelu');
    expect(wrapper.findAll('.result__number').map((n) => n.text())).toEqual(['1', '2', '3']);
    // In the search box a digit is text (agents search for numbers like 116117).
    wrapper.get('input').element.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }));
    expect(wrapper.emitted('select')).toBeUndefined();
    // Elsewhere (e.g. in the opened result) it opens that result; a number past the last result does nothing.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true }));
    expect(wrapper.emitted('select')?.map((e) => (e[0] as SearchHit).id)).toEqual(['service-doc3']);
  });

  it('shows the zero-result state with the query', async () => {
    const { wrapper } = mountPanel(() => ({
      searchId: 'search-1',
      query: 'zzz',
      total: 0,
      tookMs: 1,
      hits: [],
    }));
    await type(wrapper, 'zzz');
    expect(wrapper.text()).toContain('Ei tuloksia haulle ”zzz”');
  });

  it("shows the error code's message in the user's language", async () => {
    const { wrapper } = mountPanel(() => new GraphQLRequestError('UPSTREAM_UNAVAILABLE', 'meili down'), 'sv');
    await type(wrapper, 'tandvård');
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Sökningen misslyckades');
    expect(alert.text()).toContain('En bakomliggande tjänst svarar inte just nu');
    expect(alert.text()).toContain('Felkod: UPSTREAM_UNAVAILABLE');
    expect(alert.text()).not.toContain('meili down');
  });

  it('filters by type and region chips immediately, and re-searches in the new locale', async () => {
    const { wrapper, requests, i18n } = mountPanel(() => ({
      searchId: 'search-1',
      query: 'x',
      total: 1,
      tookMs: 1,
      hits: [hit(1, { region: ['kymenlaakso'] })],
    }));
    await type(wrapper, 'neuvola');
    // No regions list from the api: the code seen in the results is the label.
    const regionChip = chip(wrapper, 'kymenlaakso');
    expect(regionChip).toBeDefined();
    await regionChip!.trigger('click');
    await flushPromises();
    expect(requests().at(-1)).toMatchObject({ filters: { regions: ['kymenlaakso'] } });

    await chip(wrapper, 'Protokolla')!.trigger('click');
    await flushPromises();
    expect(requests().at(-1)).toMatchObject({ filters: { types: ['protocol'], regions: ['kymenlaakso'] } });

    i18n.setLocale('en');
    await flushPromises();
    expect(requests().at(-1)).toMatchObject({ locale: 'en' });
  });

  it('tells search analytics which result of which search was opened', async () => {
    const { wrapper, of } = mountPanel(() => ({
      query: 'x',
      total: 2,
      tookMs: 1,
      hits: [hit(1), hit(2)],
      searchId: '11111111-2222-4333-8444-555555555555',
    }));
    await type(wrapper, 'neuvola');
    await wrapper.findAll('[role="option"]')[1]!.trigger('click');
    await flushPromises();
    expect(of('PortalRecordSearchClick')).toEqual([
      {
        searchId: '11111111-2222-4333-8444-555555555555',
        documentId: 'doc2',
      },
    ]);
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ id: 'service-doc2' });
  });

  it('labels region chips and result regions with their names in the UI language, else the code', async () => {
    const names: Record<string, RegionView[]> = {
      fi: [
        { code: 'etela-karjala', name: 'Etelä-Karjala' },
        { code: 'kymenlaakso', name: 'Kymenlaakso' },
      ],
      sv: [
        { code: 'kymenlaakso', name: 'Kymenlaakso' },
        { code: 'etela-karjala', name: 'Södra Karelen' },
      ],
    };
    const { wrapper, of, i18n } = mountPanel({
      search: () => ({
        searchId: 'search-1',
        query: 'x',
        total: 2,
        tookMs: 1,
        hits: [hit(1, { region: ['etela-karjala'] }), hit(2, { region: ['lappi'] })],
      }),
      regions: (v) => names[String(v.locale)] ?? new Error('no such locale'),
    });
    await flushPromises();
    // The published regions are offered before anything is searched.
    expect(chipLabels(wrapper, 'Hyvinvointialue')).toEqual(['Etelä-Karjala', 'Kymenlaakso']);
    await type(wrapper, 'neuvola');
    expect(chipLabels(wrapper, 'Hyvinvointialue')).toEqual(['Etelä-Karjala', 'Kymenlaakso', 'lappi']);
    expect(wrapper.findAll('.result__region').map((r) => r.text())).toEqual(['Etelä-Karjala', 'lappi']);

    i18n.setLocale('sv');
    await flushPromises();
    expect(of('PortalRegions')).toEqual([{ locale: 'fi' }, { locale: 'sv' }]);
    expect(chipLabels(wrapper, 'Välfärdsområde')).toEqual(['Kymenlaakso', 'Södra Karelen', 'lappi']);
    // Each locale is loaded once.
    i18n.setLocale('fi');
    await flushPromises();
    expect(of('PortalRegions')).toHaveLength(2);
    expect(chipLabels(wrapper, 'Hyvinvointialue')).toEqual(['Etelä-Karjala', 'Kymenlaakso', 'lappi']);
  });

  it('asks for facet counts only once the results are shown, and shows them on the chips', async () => {
    let answerSearch: (r: SearchResult) => void = () => {};
    const { wrapper, sent, of } = mountPanel({
      search: () => new Promise<SearchResult>((resolve) => (answerSearch = resolve)),
      regions: () => [{ code: 'kymenlaakso', name: 'Kymenlaakso' }],
      facets: () => ({
        types: [
          { value: 'service', count: 5 },
          { value: 'guide', count: 2 },
        ],
        regions: [{ value: 'kymenlaakso', count: 3 }],
        serviceClasses: [],
        targetGroups: [],
      }),
    });
    await type(wrapper, 'neuvola');
    // The results request goes out alone (besides the favourites shown while the box was empty).
    expect(sent.map((r) => r.operation).filter((op) => op !== 'PortalMyFavourites')).toEqual([
      'PortalRegions',
      'PortalSearch',
    ]);
    expect(countOn(wrapper, 'Palvelu')).toBeUndefined();

    answerSearch({ searchId: 'search-1', query: 'neuvola', total: 7, tookMs: 1, hits: [hit(1)] });
    await flushPromises();
    // Typed: the counts wait for a pause in typing.
    expect(of('PortalSearchFacets')).toEqual([]);
    await vi.advanceTimersByTimeAsync(FOLLOW_UP_PAUSE_MS);
    await flushPromises();
    expect(of('PortalSearchFacets')).toEqual([{ query: 'neuvola', locale: 'fi', filters: null }]);
    expect(countOn(wrapper, 'Palvelu')).toBe('5');
    expect(countOn(wrapper, 'Itsehoito-ohje')).toBe('2');
    expect(countOn(wrapper, 'Protokolla')).toBe('0');
    expect(chip(wrapper, 'Protokolla')!.classes()).toContain('chip--none');
    expect(countOn(wrapper, 'Kymenlaakso')).toBe('3');
    // Screen readers hear the count as words.
    expect(chip(wrapper, 'Palvelu')!.get('.sr-only').text()).toBe('(5 tulosta)');

    // While the next query loads, the counts stay, dimmed.
    await wrapper.get('input').setValue('neuvolat');
    await vi.advanceTimersByTimeAsync(150);
    expect(chip(wrapper, 'Palvelu')!.get('[data-testid="chip-count"]').classes()).toContain(
      'chip__count--stale',
    );
  });

  it('lets the agent filter by service class and target group when the facets have them', async () => {
    const { wrapper, requests, of } = mountPanel({
      search: () => ({ searchId: 'search-1', query: 'x', total: 3, tookMs: 1, hits: [hit(1)] }),
      facets: () => ({
        types: [{ value: 'service', count: 3 }],
        regions: [],
        serviceClasses: [
          { value: 'Suun terveydenhuolto', count: 2 },
          { value: 'Neuvolapalvelut', count: 1 },
        ],
        targetGroups: [{ value: 'Lapsiperheet', count: 3 }],
      }),
    });
    const toggle = wrapper.get('[data-testid="more-filters-toggle"]');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(wrapper.get('#more-filters').text()).toContain('Palveluluokat ja kohderyhmät näkyvät');

    await type(wrapper, 'hammas');
    expect(chipLabels(wrapper, 'Palveluluokka')).toEqual(['Suun terveydenhuolto', 'Neuvolapalvelut']);
    expect(chipLabels(wrapper, 'Kohderyhmä')).toEqual(['Lapsiperheet']);
    expect(countOn(wrapper, 'Suun terveydenhuolto')).toBe('2');

    await chip(wrapper, 'Suun terveydenhuolto')!.trigger('click');
    await flushPromises();
    expect(requests().at(-1)).toMatchObject({ filters: { serviceClasses: ['Suun terveydenhuolto'] } });
    await chip(wrapper, 'Lapsiperheet')!.trigger('click');
    await flushPromises();
    const filters = { serviceClasses: ['Suun terveydenhuolto'], targetGroups: ['Lapsiperheet'] };
    expect(requests().at(-1)).toMatchObject({ filters });
    expect(of('PortalSearchFacets').at(-1)).toMatchObject({ filters });
    expect(toggle.text()).toContain('valittuna 2');

    await wrapper
      .findAll('button.link-button')
      .find((b) => b.text() === 'Poista rajaukset')!
      .trigger('click');
    await flushPromises();
    expect(requests().at(-1)).toMatchObject({ filters: null });
  });

  it('shows suggestions while typing; arrow keys and Enter search for the chosen one at once', async () => {
    const { wrapper, requests, of } = mountPanel({
      search: (v) => ({ searchId: 'search-1', query: String(v.query), total: 1, tookMs: 1, hits: [hit(1)] }),
      suggest: () => [suggestion(1, 'Hammashoito'), suggestion(2, 'Hammassärky aikuisella')],
    });
    await type(wrapper, 'hamm');
    expect(of('PortalSuggest')).toEqual([{ prefix: 'hamm', locale: 'fi', types: null, limit: 6 }]);
    const input = wrapper.get('input');
    const options = wrapper.findAll('#search-suggestions [role="option"]');
    expect(options.map((o) => o.text())).toEqual([
      expect.stringContaining('Hammashoito'),
      expect.stringContaining('Hammassärky aikuisella'),
    ]);
    expect(options[0]!.find('mark').text()).toBe('Hamm');
    expect(input.attributes('aria-controls')).toBe('search-suggestions');
    expect(input.attributes('aria-expanded')).toBe('true');

    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'ArrowUp' });
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('search-suggestions-option-1');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    // Searched at once, without waiting for the typing debounce; the suggestions are gone.
    expect((input.element as HTMLInputElement).value).toBe('Hammassärky aikuisella');
    expect(requests().at(-1)).toMatchObject({ query: 'Hammassärky aikuisella' });
    expect(wrapper.find('#search-suggestions').exists()).toBe(false);
    expect(wrapper.emitted('select')).toBeUndefined();
    // A chosen suggestion is not completed again.
    await vi.advanceTimersByTimeAsync(500);
    await flushPromises();
    expect(of('PortalSuggest')).toHaveLength(1);
    expect(input.attributes('aria-controls')).toBe('search-results');
  });

  it('chooses a suggestion with the mouse', async () => {
    const { wrapper, requests } = mountPanel({
      search: (v) => ({ searchId: 'search-1', query: String(v.query), total: 1, tookMs: 1, hits: [hit(1)] }),
      suggest: () => [suggestion(1, 'Rokotukset')],
    });
    await type(wrapper, 'roko');
    await wrapper.get('#search-suggestions [role="option"]').trigger('click');
    await flushPromises();
    expect(requests().at(-1)).toMatchObject({ query: 'Rokotukset' });
    expect(document.activeElement).toBe(wrapper.get('input').element);
  });

  it('closes the suggestions with Escape, and a second Escape clears the search', async () => {
    const { wrapper } = mountPanel({
      search: () => ({ searchId: 'search-1', query: 'x', total: 1, tookMs: 1, hits: [hit(1)] }),
      suggest: () => [suggestion(1, 'Kuume aikuisella')],
    });
    await type(wrapper, 'kuu');
    const input = wrapper.get('input');
    expect(wrapper.find('#search-suggestions').exists()).toBe(true);
    await input.trigger('keydown', { key: 'Escape' });
    expect(wrapper.find('#search-suggestions').exists()).toBe(false);
    expect((input.element as HTMLInputElement).value).toBe('kuu');
    await input.trigger('keydown', { key: 'Escape' });
    expect((input.element as HTMLInputElement).value).toBe('');
  });

  it('goes on from the last suggestion into the results, and Enter without a suggestion opens a result', async () => {
    const { wrapper } = mountPanel({
      search: () => ({ searchId: 'search-1', query: 'x', total: 2, tookMs: 1, hits: [hit(1), hit(2)] }),
      suggest: () => [suggestion(1, 'Kuume aikuisella')],
    });
    await type(wrapper, 'kuu');
    const input = wrapper.get('input');
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('search-suggestions-option-0');
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(wrapper.find('#search-suggestions').exists()).toBe(false);
    expect(input.attributes('aria-activedescendant')).toBe('search-results-option-0');
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('search-results-option-1');

    await type(wrapper, 'kuume');
    expect(wrapper.find('#search-suggestions').exists()).toBe(true);
    await input.trigger('keydown', { key: 'Enter' });
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ id: 'service-doc1' });
  });

  it('asks for suggestions only for typed queries, never for a chip click or a language switch', async () => {
    const { wrapper, of, i18n } = mountPanel({
      search: () => ({ searchId: 'search-1', query: 'x', total: 1, tookMs: 1, hits: [hit(1)] }),
      suggest: () => [suggestion(1, 'Kuume aikuisella')],
    });
    await type(wrapper, 'kuu');
    expect(of('PortalSuggest')).toHaveLength(1);
    await chip(wrapper, 'Ohje')!.trigger('click');
    await flushPromises();
    i18n.setLocale('sv');
    await flushPromises();
    expect(of('PortalSuggest')).toHaveLength(1);
    expect(of('PortalSearchFacets')).toHaveLength(3);
    await type(wrapper, 'kuum');
    expect(of('PortalSuggest').at(-1)).toEqual({
      prefix: 'kuum',
      locale: 'sv',
      types: ['instruction'],
      limit: 6,
    });
  });

  it('keeps showing the results when facets or suggestions fail', async () => {
    const { wrapper } = mountPanel({
      search: () => ({ searchId: 'search-1', query: 'x', total: 1, tookMs: 1, hits: [hit(1)] }),
      facets: () => new GraphQLRequestError('UPSTREAM_UNAVAILABLE', 'down'),
      suggest: () => new GraphQLRequestError('UPSTREAM_UNAVAILABLE', 'down'),
      regions: () => new GraphQLRequestError('UPSTREAM_UNAVAILABLE', 'down'),
    });
    await type(wrapper, 'kuume');
    expect(wrapper.findAll('#search-results [role="option"]')).toHaveLength(1);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.find('#search-suggestions').exists()).toBe(false);
    expect(countOn(wrapper, 'Palvelu')).toBeUndefined();
  });

  it('searches the moment the text changes, with no wait', async () => {
    const { wrapper, requests } = mountPanel((v) => ({
      searchId: 'search-1',
      query: String(v.query),
      total: 1,
      tookMs: 1,
      hits: [hit(1)],
    }));
    await wrapper.get('input').setValue('k');
    await wrapper.get('input').setValue('ku');
    // No timer has run: both keystrokes were requests already.
    expect(requests().map((r) => r.query)).toEqual(['k', 'ku']);
  });

  it('Enter right after the last key opens the top hit of the latest text, not of the text before it', async () => {
    const answers = new Map<string, (r: SearchResult) => void>();
    const { wrapper } = mountPanel(
      (v) => new Promise<SearchResult>((resolve) => answers.set(String(v.query), resolve)),
    );
    const input = wrapper.get('input');
    await input.setValue('kuu');
    answers.get('kuu')!({ searchId: 's1', query: 'kuu', total: 1, tookMs: 1, hits: [hit(1)] });
    await flushPromises();
    expect(wrapper.findAll('#search-results [role="option"]')).toHaveLength(1);

    // The next key and Enter at once: what is on screen is still the answer to "kuu".
    await input.setValue('kuume');
    await input.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(wrapper.emitted('select')).toBeUndefined();
    answers.get('kuume')!({ searchId: 's2', query: 'kuume', total: 2, tookMs: 1, hits: [hit(7), hit(8)] });
    await flushPromises();
    expect(wrapper.emitted('select')).toHaveLength(1);
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ id: 'service-doc7' });
  });

  it('Enter before any result is on screen waits for them instead of doing nothing', async () => {
    let answer: (r: SearchResult) => void = () => {};
    const { wrapper } = mountPanel(() => new Promise<SearchResult>((resolve) => (answer = resolve)));
    const input = wrapper.get('input');
    await input.setValue('rokotus');
    await input.trigger('keydown', { key: 'Enter' });
    answer({ searchId: 's1', query: 'rokotus', total: 1, tookMs: 1, hits: [hit(3)] });
    await flushPromises();
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ id: 'service-doc3' });
  });

  it('an Enter still waiting opens nothing once the agent types on', async () => {
    const answers = new Map<string, (r: SearchResult) => void>();
    const { wrapper } = mountPanel(
      (v) => new Promise<SearchResult>((resolve) => answers.set(String(v.query), resolve)),
    );
    const input = wrapper.get('input');
    await input.setValue('hamm');
    await input.trigger('keydown', { key: 'Enter' });
    await input.setValue('hammas');
    answers.get('hamm')!({ searchId: 's1', query: 'hamm', total: 1, tookMs: 1, hits: [hit(1)] });
    answers.get('hammas')!({ searchId: 's2', query: 'hammas', total: 1, tookMs: 1, hits: [hit(2)] });
    await flushPromises();
    expect(wrapper.emitted('select')).toBeUndefined();
  });

  it('shows suggestions in the line under the search box, outside it and before the results, which all stay', async () => {
    const { wrapper } = mountPanel({
      search: () => ({ searchId: 's1', query: 'x', total: 3, tookMs: 1, hits: [hit(1), hit(2), hit(3)] }),
      suggest: () => [suggestion(1, 'Kuume aikuisella'), suggestion(2, 'Kuume lapsella')],
    });
    await type(wrapper, 'kuu');
    const suggestions = wrapper.get('[data-testid="suggestions"]').element;
    const results = wrapper.get('#search-results').element;
    // Not inside the (positioned) search box, where the old dropdown lay over the results.
    expect(wrapper.get('.search-box').element.contains(suggestions)).toBe(false);
    expect(suggestions.parentElement?.classList.contains('search-panel__assist')).toBe(true);
    expect(suggestions.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(wrapper.findAll('#search-results [role="option"]')).toHaveLength(3);
    // The keyboard hint gives way (kept for screen readers, as the box's description).
    expect(wrapper.get('#search-hint').classes()).toContain('sr-only');
  });

  it('moves along the suggestions with → and ← once one is highlighted, and on into the results with ↓', async () => {
    const { wrapper } = mountPanel({
      search: () => ({ searchId: 's1', query: 'x', total: 2, tookMs: 1, hits: [hit(1), hit(2)] }),
      suggest: () => [suggestion(1, 'Kuume aikuisella'), suggestion(2, 'Kuume lapsella')],
    });
    await type(wrapper, 'kuu');
    const input = wrapper.get('input');
    // With no suggestion highlighted, ← and → are the caret's.
    await input.trigger('keydown', { key: 'ArrowRight' });
    expect(input.attributes('aria-activedescendant')).toBeUndefined();
    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'ArrowRight' });
    expect(input.attributes('aria-activedescendant')).toBe('search-suggestions-option-1');
    await input.trigger('keydown', { key: 'ArrowLeft' });
    expect(input.attributes('aria-activedescendant')).toBe('search-suggestions-option-0');
    await input.trigger('keydown', { key: 'ArrowDown' });
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(input.attributes('aria-activedescendant')).toBe('search-results-option-0');
  });

  it('"/" jumps to the search box from elsewhere, but is typed as text in another field', async () => {
    const { wrapper } = mountPanel(() => ({
      searchId: 's1',
      query: 'x',
      total: 1,
      tookMs: 1,
      hits: [hit(1)],
    }));
    const input = wrapper.get('input').element as HTMLInputElement;
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(other);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(input);
  });
});
