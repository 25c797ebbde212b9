import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLRequestError, PortalSearchReportDocument, type GraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { SearchReportData } from '../graphql/queries';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
import SearchReport from './SearchReport.vue';

const REPORT: SearchReportData = {
  from: '2026-11-20',
  to: '2026-11-26',
  locale: null,
  channel: null,
  searches: 1234,
  zeroResultSearches: 56,
  clickedSearches: 617,
  clickThroughRate: 0.5,
  redactedSearches: 3,
  averageLatencyMs: 7.4,
  topQueries: [
    { query: 'hammaslääkäri', count: 120, clicks: 90, clickThroughRate: 0.75, averageResults: 4 },
    { query: 'rokotus', count: 80, clicks: 20, clickThroughRate: 0.25, averageResults: 9 },
  ],
  zeroResultQueries: [{ query: 'terkkari', count: 12, clicks: 0, clickThroughRate: 0, averageResults: 0 }],
};

function mountReport(
  answer: (variables: Record<string, unknown>) => SearchReportData | Error,
  locale: Locale = 'fi',
) {
  const requests: { document: unknown; variables: Record<string, unknown> }[] = [];
  const client: GraphQLClient = {
    async request<T>(document: unknown, variables?: unknown): Promise<T> {
      const vars = (variables ?? {}) as Record<string, unknown>;
      requests.push({ document, variables: vars });
      const result = answer(vars);
      if (result instanceof Error) throw result;
      return { searchReport: result } as T;
    },
  };
  const wrapper = mount(SearchReport, {
    global: { plugins: [createI18n(locale)], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
    attachTo: document.body,
  });
  return { wrapper, requests };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SearchReport', () => {
  it('loads the last seven days on open and shows totals and both query lists', async () => {
    const { wrapper, requests } = mountReport(() => REPORT);
    await flushPromises();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.document).toBe(PortalSearchReportDocument);
    const { from, to, locale } = requests[0]!.variables as { from: string; to: string; locale: unknown };
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(6);
    expect(locale).toBeNull();

    expect(wrapper.get('[data-testid="report-searches"]').text()).toMatch(/^1\s234$/);
    expect(wrapper.get('[data-testid="report-ctr"]').text()).toMatch(/^50\s?%$/);
    const top = wrapper.get('[data-testid="report-table-top"]').findAll('tbody tr');
    expect(top.map((tr) => tr.findAll('td')[0]!.text())).toEqual(['hammaslääkäri', 'rokotus']);
    expect(top[0]!.findAll('td')[3]!.text()).toMatch(/^75\s?%$/);
    expect(wrapper.get('[data-testid="report-table-zero"]').text()).toContain('terkkari');
    expect(wrapper.text()).toContain('Yleisimmät haut');
  });

  it('asks again for the chosen period and language', async () => {
    const { wrapper, requests } = mountReport(() => REPORT, 'sv');
    await flushPromises();
    await wrapper.get('input[name="from"]').setValue('2026-01-01');
    await wrapper.get('input[name="to"]').setValue('2026-01-31');
    await wrapper.get('select[name="locale"]').setValue('sv');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(requests.at(-1)!.variables).toMatchObject({ from: '2026-01-01', to: '2026-01-31', locale: 'sv' });
    expect(wrapper.text()).toContain('Vanligaste sökningarna');
  });

  it('asks for one channel when chosen and tells the view which period it shows', async () => {
    const { wrapper, requests } = mountReport(() => REPORT);
    await flushPromises();
    expect(requests[0]!.variables).toMatchObject({ channel: null });
    await wrapper.get('select[name="channel"]').setValue('site');
    await wrapper.get('input[name="from"]').setValue('2026-02-01');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(requests.at(-1)!.variables).toMatchObject({ from: '2026-02-01', channel: 'site' });
    expect(wrapper.get('select[name="channel"]').text()).toContain('Itsehoitosivusto (kansalaiset)');
    expect(wrapper.emitted('shown')?.at(-1)).toEqual([
      { from: '2026-02-01', to: requests.at(-1)!.variables['to'], locale: null },
    ]);
  });

  it('says so when the api refuses (a citizen key gets FORBIDDEN)', async () => {
    const { wrapper } = mountReport(() => new GraphQLRequestError('FORBIDDEN', 'forbidden'), 'en');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('The report could not be loaded');
    expect(wrapper.text()).toContain('FORBIDDEN');
  });
});
