import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { loadMarkdownRenderer } from '../content/markdown-loader';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { SearchHit, ServiceEntryDetails } from '../graphql/queries';
import { createI18n } from '../i18n';
import ResultView from './ResultView.vue';

function entry(overrides: Partial<ServiceEntryDetails> = {}): ServiceEntryDetails {
  return {
    id: 'doc1',
    slug: 'suun-terveydenhuolto',
    locale: 'fi',
    source: 'ptv',
    name: 'Suun terveydenhuolto',
    summary: 'Hammashoidon ajanvaraus',
    description: null,
    userInstruction: null,
    organizationName: 'Pohjanmaan hyvinvointialue',
    regions: [{ code: 'pohjanmaa', name: 'Pohjanmaa' }],
    channels: {
      phones: [
        {
          name: 'Ajanvaraus',
          number: '06 218 1111',
          prefixNumber: '+358',
          chargeType: 'charged',
          chargeInfo: 'Matkapuhelinmaksu',
          serviceHours: 'ma–pe 8–15',
        },
      ],
      webPages: [{ name: 'Verkkosivu', url: 'https://example.fi/hammas' }],
      locations: [
        {
          name: 'Hammashoitola',
          street: 'Sairaalantie 1',
          postalCode: '65130',
          postOffice: 'Vaasa',
          openingHours: 'ma–pe 8–16',
          phone: null,
        },
      ],
      eServices: [{ name: 'Sähköinen ajanvaraus', url: 'javascript:alert(1)' }],
    },
    agentInstructions:
      '**Kysy** ensin kiireellisyys.\n\n<script>alert(1)</script><img src=x onerror=alert(2)>',
    internalPhones: [{ label: 'Takapäivystys', number: '040 000 0000', note: 'vain ammattilaisille' }],
    instructions: [],
    protocols: [],
    guides: [],
    queue: null,
    ...overrides,
  };
}

const serviceHit: SearchHit = {
  id: 'service-doc1',
  documentId: 'doc1',
  type: 'service',
  title: 'Suun terveydenhuolto',
  summary: null,
  snippet: null,
  slug: null,
  url: null,
  region: [],
  locale: 'fi',
  alsoIn: [],
};

function mountView(hit: SearchHit, answer: () => ServiceEntryDetails | null) {
  const client: GraphQLClient = {
    async request<T>(): Promise<T> {
      return { serviceEntry: answer() } as T;
    },
  };
  return mount(ResultView, {
    props: { hit },
    global: { plugins: [createI18n('fi')], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
  });
}

describe('ResultView', () => {
  it('shows a service with phones, web pages, locations and the solution bank', async () => {
    const wrapper = mountView(serviceHit, () => entry());
    await loadMarkdownRenderer();
    await flushPromises();
    const phone = wrapper.find('a[href="tel:+35862181111"]');
    expect(phone.exists()).toBe(true);
    expect(wrapper.text()).toContain('Maksullinen');
    expect(wrapper.text()).toContain('ma–pe 8–15');
    expect(wrapper.find('a[href="https://example.fi/hammas"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('Sairaalantie 1, 65130 Vaasa');
    // A javascript: URL is never linked.
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Sähköinen ajanvaraus');

    const bank = wrapper.get('.solution-bank');
    expect(bank.text()).toContain('Ratkaisupankki');
    expect(bank.find('strong').text()).toBe('Kysy');
    expect(bank.html()).not.toMatch(/<script|onerror/i);
    expect(bank.find('a[href="tel:0400000000"]').exists()).toBe(true);
  });

  it('shows no solution bank when the api returns no agent fields (citizen)', async () => {
    const wrapper = mountView(serviceHit, () =>
      entry({
        agentInstructions: null,
        internalPhones: null,
        instructions: null,
        protocols: null,
        // Not agent-only: the schema always sends the guides of a service (none here).
        guides: [],
      }),
    );
    await flushPromises();
    expect(wrapper.find('.solution-bank').exists()).toBe(false);
    expect(wrapper.text()).toContain('Ratkaisupankissa ei ole tälle palvelulle lisätietoja.');
  });

  it('says when a service is shown in Finnish because it is not translated', async () => {
    const wrapper = mount(ResultView, {
      // A hit of the Swedish index whose entry the api can only give in Finnish.
      props: { hit: { ...serviceHit, locale: 'sv' } },
      global: {
        plugins: [createI18n('sv')],
        provide: {
          [GRAPHQL_CLIENT_KEY as symbol]: {
            request: async <T>() => ({ serviceEntry: entry({ locale: 'fi' }) }) as T,
          } satisfies GraphQLClient,
        },
      },
    });
    await flushPromises();
    expect(wrapper.text()).toContain('Tjänsten finns inte på det valda språket');
  });

  it('shows a summary and says the full view comes later for guides and instructions', () => {
    const wrapper = mountView(
      {
        ...serviceHit,
        type: 'instruction',
        title: 'Ohje',
        summary: 'Lyhyt kuvaus',
        snippet: 'a <mark>b</mark>',
      },
      () => null,
    );
    expect(wrapper.get('h2').text()).toBe('Ohje');
    expect(wrapper.text()).toContain('Lyhyt kuvaus');
    expect(wrapper.get('mark').text()).toBe('b');
    expect(wrapper.text()).toContain('myöhemmin');
  });
});
