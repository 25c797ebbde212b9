import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError, type GraphQLClient } from '../graphql/client';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { SearchHit, SearchResult } from '../graphql/types';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
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
    ...extra,
  };
}

type Answer = (variables: Record<string, unknown>) => SearchResult | Error;

function mountPanel(answer: Answer, locale: Locale = 'fi') {
  const requests: Record<string, unknown>[] = [];
  const client: GraphQLClient = {
    async request<T>(_query: string, variables?: Record<string, unknown>): Promise<T> {
      requests.push(variables ?? {});
      const result = answer(variables ?? {});
      if (result instanceof Error) throw result;
      return { search: result } as T;
    },
  };
  const i18n = createI18n(locale);
  const wrapper = mount(SearchPanel, {
    props: { selectedId: undefined },
    global: { plugins: [i18n], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
    attachTo: document.body,
  });
  return { wrapper, requests, i18n };
}

async function type(wrapper: ReturnType<typeof mountPanel>['wrapper'], text: string): Promise<void> {
  await wrapper.get('input').setValue(text);
  await vi.advanceTimersByTimeAsync(150);
  await flushPromises();
}

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
      query: 'x',
      total: 2,
      tookMs: 1,
      hits: [hit(1), hit(2, { type: 'guide' })],
    }));
    await type(wrapper, 'hammas');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ query: 'hammas', locale: 'fi', filters: null, limit: 20 });
    expect(wrapper.findAll('[role="option"]')).toHaveLength(2);
    expect(wrapper.text()).toContain('Itsehoito-ohje');
    expect(wrapper.get('[data-testid="live-region"]').text()).toBe('2 tulosta');
    expect(wrapper.findAll('[role="option"] mark').map((m) => m.text())).toEqual(['1', '2']);
  });

  it('moves through results with arrow keys and selects with Enter; Esc clears', async () => {
    const { wrapper } = mountPanel(() => ({
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

  it('shows the zero-result state with the query', async () => {
    const { wrapper } = mountPanel(() => ({ query: 'zzz', total: 0, tookMs: 1, hits: [] }));
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
      query: 'x',
      total: 1,
      tookMs: 1,
      hits: [hit(1, { region: ['kymenlaakso'] })],
    }));
    await type(wrapper, 'neuvola');
    const chip = wrapper.findAll('button.chip').find((b) => b.text() === 'Kymenlaakso');
    expect(chip).toBeDefined();
    await chip!.trigger('click');
    await flushPromises();
    expect(requests.at(-1)).toMatchObject({ filters: { regions: ['kymenlaakso'] } });

    const typeChip = wrapper.findAll('button.chip').find((b) => b.text() === 'Protokolla');
    await typeChip!.trigger('click');
    await flushPromises();
    expect(requests.at(-1)).toMatchObject({ filters: { types: ['protocol'], regions: ['kymenlaakso'] } });

    i18n.setLocale('en');
    await flushPromises();
    expect(requests.at(-1)).toMatchObject({ locale: 'en' });
  });

  it('tells search analytics which result of which search was opened', async () => {
    const { wrapper, requests } = mountPanel(() => ({
      query: 'x',
      total: 2,
      tookMs: 1,
      hits: [hit(1), hit(2)],
      searchId: '11111111-2222-4333-8444-555555555555',
    }));
    await type(wrapper, 'neuvola');
    await wrapper.findAll('[role="option"]')[1]!.trigger('click');
    await flushPromises();
    expect(requests.at(-1)).toEqual({
      searchId: '11111111-2222-4333-8444-555555555555',
      documentId: 'doc2',
    });
    expect(wrapper.emitted('select')?.[0]?.[0]).toMatchObject({ id: 'service-doc2' });
  });
});
