import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GraphQLRequestError,
  PortalGuideFeedbackReportDocument,
  type GraphQLClient,
} from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { GuideFeedbackReportData } from '../graphql/queries';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
import GuideFeedbackReport from './GuideFeedbackReport.vue';

const REPORT: GuideFeedbackReportData = {
  from: '2026-11-20',
  to: '2026-11-26',
  locale: null,
  guides: [
    {
      slug: 'kuume-aikuinen',
      title: 'Kuume aikuisella',
      helpful: 3,
      notHelpful: 1,
      total: 4,
      helpfulRate: 0.75,
      latestComments: [
        { helpful: true, text: 'Selkeä ohje.', locale: 'fi', createdAt: '2026-11-25T08:00:00.000Z' },
        { helpful: false, text: 'För kort.', locale: 'sv', createdAt: '2026-11-24T08:00:00.000Z' },
      ],
    },
  ],
};

function mountReport(answer: () => GuideFeedbackReportData | Error, locale: Locale = 'fi') {
  const requests: { document: unknown; variables: Record<string, unknown> }[] = [];
  const client: GraphQLClient = {
    async request<T>(document: unknown, variables?: unknown): Promise<T> {
      requests.push({ document, variables: (variables ?? {}) as Record<string, unknown> });
      const result = answer();
      if (result instanceof Error) throw result;
      return { guideFeedbackReport: result } as T;
    },
  };
  const wrapper = mount(GuideFeedbackReport, {
    props: { from: '2026-11-20', to: '2026-11-26', locale: null },
    global: { plugins: [createI18n(locale)], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
    attachTo: document.body,
  });
  return { wrapper, requests };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('GuideFeedbackReport', () => {
  it('shows per guide the answers, the helpful share and the newest comments for the period asked', async () => {
    const { wrapper, requests } = mountReport(() => REPORT);
    await flushPromises();
    expect(requests[0]).toMatchObject({
      document: PortalGuideFeedbackReportDocument,
      variables: { from: '2026-11-20', to: '2026-11-26', locale: null },
    });
    const cells = wrapper.get('[data-testid="guide-feedback-table"]').findAll('tbody td');
    expect(cells.slice(0, 4).map((td) => td.text())).toEqual([
      'Kuume aikuisella',
      '3',
      '1',
      expect.stringMatching(/^75\s?%$/),
    ]);
    expect(cells[4]!.text()).toContain('Selkeä ohje.');
    expect(cells[4]!.text()).toContain('Ei ollut avuksi');
    expect(wrapper.get('[lang="sv"]').text()).toBe('För kort.');
  });

  it('asks again when the period changes', async () => {
    const { wrapper, requests } = mountReport(() => REPORT);
    await flushPromises();
    await wrapper.setProps({ from: '2026-01-01', to: '2026-01-31', locale: 'sv' });
    await flushPromises();
    expect(requests.at(-1)!.variables).toMatchObject({ from: '2026-01-01', to: '2026-01-31', locale: 'sv' });
  });

  it('names a guide no longer published by its slug, says when there is no feedback, and when the api refuses', async () => {
    const unpublished = mountReport(() => ({ ...REPORT, guides: [{ ...REPORT.guides[0]!, title: null }] }));
    await flushPromises();
    expect(unpublished.wrapper.get('[data-testid="guide-feedback-table"] tbody td').text()).toBe(
      'kuume-aikuinen',
    );
    const empty = mountReport(() => ({ ...REPORT, guides: [] }), 'en');
    await flushPromises();
    expect(empty.wrapper.text()).toContain('No feedback in this period.');
    const refused = mountReport(() => new GraphQLRequestError('FORBIDDEN', 'forbidden'), 'sv');
    await flushPromises();
    expect(refused.wrapper.get('[role="alert"]').text()).toContain('Responsen kunde inte hämtas');
  });
});
