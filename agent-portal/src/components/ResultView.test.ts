import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMarkdownRenderer } from '../content/markdown-loader';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type {
  ContentType,
  GuideDetails,
  InstructionDetails,
  ProtocolDetails,
  ServiceEntryDetails,
} from '../graphql/queries';
import type { Locale } from '../content/models';
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
    updatedAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  };
}

const service = { type: 'service' as const, ref: 'doc1' };

/** A GraphQL client that answers each operation by its name (the api's answer shapes). */
function fakeClient(answers: Record<string, () => unknown>, calls: string[] = []): GraphQLClient {
  return {
    async request<T>(document: unknown, variables?: unknown): Promise<T> {
      const name = /(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1] ?? '';
      calls.push(`${name} ${JSON.stringify(variables ?? {})}`);
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return answer() as T;
    },
  };
}

const WORKSPACE = {
  PortalLastOpened: () => ({ lastOpened: [] }),
  PortalRecordOpened: () => ({ recordOpened: null }),
  PortalMyFavourites: () => ({ myFavourites: [] }),
};

function mountView(
  content: { type: ContentType; ref: string; locale?: Locale },
  answers: Record<string, () => unknown>,
  locale: Locale = 'fi',
  calls: string[] = [],
) {
  const client = fakeClient({ ...WORKSPACE, ...answers }, calls);
  return mount(ResultView, {
    props: { content },
    attachTo: document.body,
    global: { plugins: [createI18n(locale)], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
  });
}

// Each view listens for shortcut keys on the window: unmount it after its test.
enableAutoUnmount(afterEach);

describe('ResultView', () => {
  it('shows a service with phones, web pages, locations and the solution bank', async () => {
    const wrapper = mountView(service, { PortalServiceEntry: () => ({ serviceEntry: entry() }) });
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
    const wrapper = mountView(service, {
      PortalServiceEntry: () => ({
        serviceEntry: entry({
          agentInstructions: null,
          internalPhones: null,
          instructions: null,
          protocols: null,
          // Not agent-only: the schema always sends the guides of a service (none here).
          guides: [],
        }),
      }),
    });
    await flushPromises();
    expect(wrapper.find('.solution-bank').exists()).toBe(false);
    expect(wrapper.text()).toContain('Ratkaisupankissa ei ole tälle palvelulle lisätietoja.');
  });

  it('says when a service is shown in Finnish because it is not translated', async () => {
    const wrapper = mountView(
      service,
      { PortalServiceEntry: () => ({ serviceEntry: entry({ locale: 'fi' }) }) },
      'sv',
    );
    await flushPromises();
    expect(wrapper.text()).toContain('Tjänsten finns inte på det valda språket');
  });

  it('opens content found in the other national language in that language, with no "not translated" notice', async () => {
    const calls: string[] = [];
    const wrapper = mountView(
      { ...service, locale: 'sv' },
      { PortalServiceEntry: () => ({ serviceEntry: entry({ locale: 'sv' }) }) },
      'fi',
      calls,
    );
    await flushPromises();
    expect(calls.find((c) => c.startsWith('PortalServiceEntry'))).toContain('"locale":"sv"');
    expect(wrapper.text()).not.toContain('ei ole käännetty');
  });

  it('links a service to its instructions, protocols and guides inside the portal', async () => {
    const wrapper = mountView(service, {
      PortalServiceEntry: () => ({
        serviceEntry: entry({
          instructions: [{ id: 'instr1', slug: 'ohje', title: 'Hammassäryn arvio', category: null }],
          protocols: [{ id: 'prot1', code: 'hammas', version: 2, complaint: 'Hammassärky' }],
          guides: [{ slug: 'kuume-aikuisella', title: 'Kuume aikuisella' }],
        }),
      }),
    });
    await flushPromises();
    expect(wrapper.get('a[href="#/instruction/instr1"]').text()).toBe('Hammassäryn arvio');
    expect(wrapper.get('a[href="#/protocol/prot1"]').text()).toBe('Hammassärky (versio 2)');
    expect(wrapper.get('a[href="#/guide/kuume-aikuisella"]').text()).toBe('Kuume aikuisella');
  });

  it('shows an instruction in full, section by section, with links to its services', async () => {
    const instruction: InstructionDetails = {
      id: 'instr1',
      slug: 'vaihde',
      locale: 'fi',
      title: 'Vaihteen ohje',
      body: 'Alku.\n\n## Soitot\n\nYhdistä **aina**.\n\n## Tekstiviestit\n\n<script>alert(1)</script>Ei tekstiviestejä.',
      category: 'switchboard',
      audience: ['agent'],
      regions: [],
      relatedServices: [
        { id: 'doc1', name: 'Suun terveydenhuolto', regions: [{ code: 'pohjanmaa', name: 'Pohjanmaa' }] },
      ],
      reviewBy: '2027-01-31',
      updatedAt: '2026-11-30T10:00:00.000Z',
    };
    const wrapper = mountView(
      { type: 'instruction', ref: 'instr1' },
      {
        PortalProfessionalInstruction: () => ({ professionalInstruction: instruction }),
      },
    );
    await loadMarkdownRenderer();
    await flushPromises();
    expect(wrapper.get('h2').text()).toBe('Vaihteen ohje');
    const body = wrapper.get('[data-testid="instruction-body"]');
    expect(body.findAll('h2').map((h) => h.text())).toEqual(['Soitot', 'Tekstiviestit']);
    expect(body.get('strong').text()).toBe('aina');
    expect(body.html()).not.toMatch(/<script/);
    expect(body.findAll('[data-testid="copy-button"]')).toHaveLength(3);
    expect(wrapper.text()).toContain('Vaihde');
    expect(wrapper.text()).toContain('Kaikki alueet');
    expect(wrapper.get('a[href="#/service/doc1"]').text()).toBe('Suun terveydenhuolto');
    expect(wrapper.text()).not.toContain('myöhemmin');
  });

  it('shows a protocol with red flags first, conditions in words and where each outcome directs', async () => {
    const nodes = (n: Partial<ProtocolDetails['redFlags'][number]['when']['nodes'][number]>[]) =>
      n.map((x) => ({
        op: 'equals' as const,
        question: null,
        value: null,
        values: [],
        gte: null,
        lte: null,
        children: [],
        ...x,
      }));
    const protocol: ProtocolDetails = {
      id: 'prot1',
      code: 'rintakipu',
      version: 2,
      complaint: 'Rintakipu',
      audience: 'adult',
      questions: [
        {
          id: 'hengitys',
          type: 'boolean',
          text: 'Onko hengenahdistusta?',
          options: [],
          unit: null,
          min: null,
          max: null,
        },
        {
          id: 'kesto',
          type: 'choice',
          text: 'Kesto',
          options: [
            { value: 'alle-tunti', label: 'Alle tunnin' },
            { value: 'paivia', label: 'Päiviä' },
          ],
          unit: null,
          min: null,
          max: null,
        },
        { id: 'ika', type: 'number', text: 'Ikä', options: [], unit: 'v', min: 0, max: 120 },
      ],
      redFlags: [
        {
          id: 'akuutti',
          urgency: 'emergency_112',
          reason: 'Äkillinen rintakipu',
          when: {
            nodes: nodes([
              { op: 'all', children: [1, 2] },
              { question: 'hengitys', value: 'true' },
              { op: 'in', question: 'kesto', values: ['alle-tunti'] },
            ]),
          },
        },
      ],
      rules: [
        {
          id: 'rule-1',
          urgency: 'urgent_same_day',
          when: { nodes: nodes([{ op: 'range', question: 'ika', gte: 65 }]) },
        },
      ],
      outcomes: [
        {
          urgency: 'emergency_112',
          advice: 'Soita 112.',
          disposition: { kind: 'service', target: 'paivystys', title: 'Päivystys', id: 'doc9' },
        },
        {
          urgency: 'self_care',
          advice: 'Seuraa oireita.',
          disposition: { kind: 'guide', target: 'ei-ole', title: null, id: null },
        },
      ],
      defaultOutcome: 'self_care',
      sources: [],
      updatedAt: '2026-11-30T10:00:00.000Z',
    };
    const wrapper = mountView(
      { type: 'protocol', ref: 'prot1' },
      {
        PortalTriageProtocol: () => ({ triageProtocol: protocol }),
      },
    );
    await flushPromises();
    const sections = wrapper
      .findAll('section section, article > section')
      .map((s) => s.attributes('data-testid'));
    expect(sections.slice(0, 2)).toEqual(['red-flags', 'questions']);
    const flags = wrapper.get('[data-testid="red-flags"]').text();
    expect(flags).toContain('Hätätilanne: soita 112');
    expect(flags).toContain('Kun: ”Onko hengenahdistusta?” kyllä ja ”Kesto”: Alle tunnin');
    expect(wrapper.get('[data-testid="questions"]').text()).toContain('Luku (0–120) v');
    expect(wrapper.text()).toContain('Kun: ”Ikä” ≥ 65 v');
    expect(wrapper.get('a[href="#/service/doc9"]').text()).toBe('Päivystys');
    expect(wrapper.text()).toContain('ei-ole (ei julkaistu)');
  });

  it('numbers the copy targets on c, copies one by its number and confirms it', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const wrapper = mountView(service, { PortalServiceEntry: () => ({ serviceEntry: entry() }) });
    await loadMarkdownRenderer();
    await flushPromises();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'c' }));
    await flushPromises();
    const numbers = wrapper.findAll('[data-testid="copy-number"]').map((n) => n.text());
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
    expect(numbers.length).toBeGreaterThanOrEqual(4);
    // Summary first (document order), then the agent instructions and the internal phone.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1' }));
    await flushPromises();
    expect(copied).toEqual(['Hammashoidon ajanvaraus']);
    expect(wrapper.get('[data-testid="copy-toast"]').text()).toBe('Kopioitu: Tiivistelmä');
    expect(wrapper.find('[data-testid="copy-number"]').exists()).toBe(false);

    // Keys typed into a text field are text, not shortcuts.
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    await flushPromises();
    expect(wrapper.find('[data-testid="copy-number"]').exists()).toBe(false);
    input.remove();
  });

  it('shows a guide with when to seek care, related guides as portal links and its sources', async () => {
    const guide: GuideDetails = {
      id: 'g1',
      slug: 'kuume-aikuisella',
      locale: 'fi',
      title: 'Kuume aikuisella',
      summary: 'Näin hoidat kuumetta.',
      body: '## Hoito\n\nJuo ja lepää.',
      whenToSeekCare: ['Kuume yli 3 päivää', 'Hengitys vaikeutuu'],
      lastReviewed: '2026-01-15',
      nextReview: '2027-01-15',
      sources: [
        { title: 'Käypä hoito', url: 'https://www.kaypahoito.fi/' },
        { title: 'Huono', url: 'javascript:alert(1)' },
      ],
      relatedGuides: [{ slug: 'flunssa', title: 'Flunssa' }],
      updatedAt: '2026-11-30T10:00:00.000Z',
    };
    const calls: string[] = [];
    const wrapper = mountView(
      { type: 'guide', ref: 'kuume-aikuisella' },
      { PortalSelfCareGuide: () => ({ selfCareGuide: guide }) },
      'fi',
      calls,
    );
    await loadMarkdownRenderer();
    await flushPromises();
    expect(calls).toContain('PortalSelfCareGuide {"slug":"kuume-aikuisella","locale":"fi"}');
    expect(wrapper.get('h2').text()).toBe('Kuume aikuisella');
    expect(wrapper.text()).toContain('Milloin hakeutua hoitoon');
    expect(wrapper.text()).toContain('Hengitys vaikeutuu');
    expect(wrapper.get('a[href="#/guide/flunssa"]').text()).toBe('Flunssa');
    expect(wrapper.get('a[href="https://www.kaypahoito.fi/"]').text()).toContain('Käypä hoito');
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Tarkistettu 15.1.2026');
    // The guide was recorded as opened with the updatedAt the agent saw.
    expect(calls).toContain(
      'PortalRecordOpened {"type":"guide","documentId":"g1","updatedAt":"2026-11-30T10:00:00.000Z"}',
    );
  });

  it('marks the open content as a favourite with f and says when it changed since it was last opened', async () => {
    const calls: string[] = [];
    const wrapper = mountView(
      service,
      {
        PortalServiceEntry: () => ({ serviceEntry: entry() }),
        PortalLastOpened: () => ({
          lastOpened: [{ type: 'service', documentId: 'doc1', seenUpdatedAt: '2026-11-01T00:00:00.000Z' }],
        }),
        PortalAddFavourite: () => ({
          addFavourite: {
            type: 'service',
            documentId: 'doc1',
            slug: null,
            title: 'Suun terveydenhuolto',
            locale: 'fi',
            addedAt: '2026-12-01T00:00:00.000Z',
          },
        }),
      },
      'fi',
      calls,
    );
    await flushPromises();
    expect(wrapper.get('[data-testid="view-changed"]').text()).toBe('Muuttunut');
    const star = wrapper.get('[data-testid="favourite-toggle"]');
    expect(star.attributes('aria-pressed')).toBe('false');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f' }));
    await flushPromises();
    expect(calls.some((c) => c.startsWith('PortalAddFavourite') && c.includes('"documentId":"doc1"'))).toBe(
      true,
    );
    expect(star.attributes('aria-pressed')).toBe('true');
  });
});
