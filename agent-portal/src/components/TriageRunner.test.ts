import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import { ref } from 'vue';
import { CONTACT_DESK_KEY, createContactDesk, type ContactDesk } from '../contacts/contact-desk';
import { createContactEditor } from '../contacts/contact-editor';
import type { ConditionNode, ContactView, ProtocolDetails } from '../graphql/queries';
import { SESSION_KEY } from '../session/session';
import { createI18n } from '../i18n';
import ResultView from './ResultView.vue';

const nodes = (n: Partial<ConditionNode>[]): ConditionNode[] =>
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

/** A chest-pain protocol as the api answers it: one red flag on two questions, an age rule, a default. */
const protocol: ProtocolDetails = {
  id: 'prot1',
  code: 'rintakipu',
  version: 2,
  complaint: 'Rintakipu',
  audience: 'adult',
  questions: [
    { id: 'ika', type: 'number', text: 'Ikä', options: [], unit: 'v', min: 0, max: 120 },
    { id: 'kuume', type: 'boolean', text: 'Onko kuumetta?', options: [], unit: null, min: null, max: null },
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
  ],
  redFlags: [
    {
      id: 'akuutti',
      urgency: 'emergency_112',
      reason: 'Äkillinen rintakipu ja hengenahdistus',
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
      id: 'iakas',
      urgency: 'urgent_same_day',
      when: { nodes: nodes([{ op: 'range', question: 'ika', gte: 65 }]) },
    },
  ],
  outcomes: [
    {
      urgency: 'emergency_112',
      advice: 'Soita heti 112.',
      disposition: { kind: 'queue', target: 'hata', title: null, id: null },
    },
    {
      urgency: 'urgent_same_day',
      advice: 'Ohjaa saman päivän vastaanotolle.',
      disposition: { kind: 'service', target: 'paivystys', title: 'Päivystys', id: 'doc9' },
    },
    {
      urgency: 'self_care',
      advice: 'Seuraa oireita kotona.',
      disposition: { kind: 'guide', target: 'rintakipu-kotona', title: 'Rintakipu kotona', id: null },
    },
  ],
  defaultOutcome: 'self_care',
  sources: [],
  updatedAt: '2026-11-30T10:00:00.000Z',
};

/** A GraphQL client that answers each operation by its name (the api's answer shapes). */
function fakeClient(answers: Record<string, (variables: Record<string, unknown>) => unknown>): GraphQLClient {
  return {
    async request<T>(document: unknown, variables?: unknown): Promise<T> {
      const name = /(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1] ?? '';
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return answer((variables ?? {}) as Record<string, unknown>) as T;
    },
  };
}

async function openRunner(
  more: {
    answers?: Record<string, (variables: Record<string, unknown>) => unknown>;
    provide?: (client: GraphQLClient) => Record<symbol, unknown>;
  } = {},
): Promise<VueWrapper> {
  const client = fakeClient({
    PortalLastOpened: () => ({ lastOpened: [] }),
    PortalRecordOpened: () => ({ recordOpened: null }),
    PortalMyFavourites: () => ({ myFavourites: [] }),
    PortalTriageProtocol: () => ({ triageProtocol: protocol }),
    ...more.answers,
  });
  const wrapper = mount(ResultView, {
    props: { content: { type: 'protocol', ref: 'prot1' } },
    attachTo: document.body,
    global: {
      plugins: [createI18n('fi')],
      provide: { [GRAPHQL_CLIENT_KEY as symbol]: client, ...more.provide?.(client) },
    },
  });
  await flushPromises();
  await wrapper.get('[data-testid="triage-start"]').trigger('click');
  return wrapper;
}

const question = (w: VueWrapper) => w.get('[data-testid="triage-question"]').text();
const progress = (w: VueWrapper) => w.get('[data-testid="triage-progress"]').text();

async function answerNumber(w: VueWrapper, value: string): Promise<void> {
  await w.get('[data-testid="triage-number"]').setValue(value);
  await w.get('[data-testid="triage-next"]').trigger('click');
}

/** Answers no red flag: no breathlessness, lasted days. */
async function passRedFlags(w: VueWrapper): Promise<void> {
  await w.get('[data-testid="triage-no"]').trigger('click');
  await w.get('input[type="radio"][value="paivia"]').setValue();
  await w.get('[data-testid="triage-next"]').trigger('click');
}

enableAutoUnmount(afterEach);

describe('TriageRunner', () => {
  it('asks the red-flag questions first, then the rest, and ends at the urgency, advice and disposition', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const w = await openRunner();
    expect(progress(w)).toContain('1/4');
    expect(progress(w)).toContain('hälytysmerkki');
    expect(question(w)).toBe('Onko hengenahdistusta?');
    await w.get('[data-testid="triage-no"]').trigger('click');
    expect(question(w)).toBe('Kesto');
    // Forward without an answer is refused; back returns to the previous question with its answer.
    await w.get('[data-testid="triage-next"]').trigger('click');
    expect(w.get('[data-testid="triage-error"]').text()).toBe('Valitse vastaus ennen kuin jatkat.');
    await w.get('[data-testid="triage-back"]').trigger('click');
    expect(question(w)).toBe('Onko hengenahdistusta?');
    expect(w.get('[data-testid="triage-no"]').attributes('aria-pressed')).toBe('true');
    await passRedFlags(w);
    expect(progress(w)).toContain('3/4');
    expect(progress(w)).not.toContain('hälytysmerkki');
    expect(question(w)).toBe('Ikä');
    await answerNumber(w, '70');
    expect(question(w)).toBe('Onko kuumetta?');
    await w.get('[data-testid="triage-yes"]').trigger('click');

    const result = w.get('[data-testid="triage-result"]');
    expect(w.find('[data-testid="triage-emergency"]').exists()).toBe(false);
    expect(result.get('[data-testid="triage-computed"]').text()).toContain(
      'Kiireellinen, saman päivän aikana',
    );
    expect(result.get('[data-testid="triage-advice"]').text()).toBe('Ohjaa saman päivän vastaanotolle.');
    expect(result.get('a[href="#/service/doc9"]').text()).toBe('Päivystys');
    expect(result.get('[data-testid="triage-not-saved"]').text()).toContain('ei vielä tallenneta');

    await result.get('[data-testid="triage-summary"] [data-testid="copy-button"]').trigger('click');
    await flushPromises();
    expect(copied).toEqual([
      [
        'Protokolla rintakipu, versio 2 – Rintakipu',
        'Onko hengenahdistusta?: Ei',
        'Kesto: Päiviä',
        'Ikä: 70 v',
        'Onko kuumetta?: Kyllä',
        'Laskettu kiireellisyys: Kiireellinen, saman päivän aikana',
      ].join('\n'),
    ]);
  });

  it('ends the default way when no rule matches', async () => {
    const w = await openRunner();
    await passRedFlags(w);
    await answerNumber(w, '30');
    await w.get('[data-testid="triage-no"]').trigger('click');
    expect(w.get('[data-testid="triage-computed"]').text()).toContain('Itsehoito');
    expect(w.get('a[href="#/guide/rintakipu-kotona"]').text()).toBe('Rintakipu kotona');
  });

  it('stops at a matching red flag and shows 112 and 116117 with the reason and urgency', async () => {
    const w = await openRunner();
    await w.get('[data-testid="triage-yes"]').trigger('click');
    // Choosing the answer that makes the red flag match stops at once, without going forward.
    await w.get('input[type="radio"][value="alle-tunti"]').setValue();

    expect(w.find('[data-testid="triage-step"]').exists()).toBe(false);
    const emergency = w.get('[data-testid="triage-emergency"]');
    expect(emergency.attributes('role')).toBe('alert');
    expect(emergency.text()).toContain('Äkillinen rintakipu ja hengenahdistus');
    expect(emergency.text()).toContain('Hätätilanne: soita 112');
    expect(emergency.get('a[href="tel:112"]').text()).toBe('112');
    expect(emergency.get('a[href="tel:116117"]').text()).toBe('116117');
    expect(w.get('[data-testid="triage-advice"]').text()).toBe('Soita heti 112.');
    // The questions after the red flag were never asked.
    expect(w.get('[data-testid="triage-summary"]').text()).not.toContain('Ikä');

    // Back clears the deciding answer, so the nurse can correct it.
    await w.get('[data-testid="triage-result"] [data-testid="triage-back"]').trigger('click');
    expect(question(w)).toBe('Kesto');
    expect(w.find('[data-testid="triage-emergency"]').exists()).toBe(false);
  });

  it('overrides the urgency only with a reason, and shows both urgencies', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const w = await openRunner();
    await passRedFlags(w);
    await answerNumber(w, '30');
    await w.get('[data-testid="triage-no"]').trigger('click');

    const apply = () => w.get('[data-testid="triage-override-apply"]');
    expect(apply().attributes('disabled')).toBeDefined();
    await w.get('[data-testid="triage-override-urgency"]').setValue('paivystys_now');
    expect(apply().attributes('disabled')).toBeDefined();
    await w.get('[data-testid="triage-override-reason"]').setValue('kipu');
    expect(apply().attributes('disabled')).toBeDefined();
    await w.get('[data-testid="triage-override-reason"]').setValue('Kipu pahenee puhelun aikana');
    expect(apply().attributes('disabled')).toBeUndefined();
    await w.get('[data-testid="triage-override"]').trigger('submit');

    expect(w.get('[data-testid="triage-computed"]').text()).toContain('Itsehoito');
    const overridden = w.get('[data-testid="triage-overridden"]').text();
    expect(overridden).toContain('Päivystykseen heti');
    expect(overridden).toContain('Kipu pahenee puhelun aikana');
    await w.get('[data-testid="triage-summary"] [data-testid="copy-button"]').trigger('click');
    await flushPromises();
    expect(copied[0]).toContain(
      'Laskettu kiireellisyys: Itsehoito\nMuutettu kiireellisyys: Päivystykseen heti\nPerustelu: Kipu pahenee puhelun aikana',
    );
  });

  it('refuses a number out of range or not a number with a field error', async () => {
    const w = await openRunner();
    await passRedFlags(w);
    await answerNumber(w, '130');
    expect(question(w)).toBe('Ikä');
    const input = w.get('[data-testid="triage-number"]');
    expect(w.get('[data-testid="triage-error"]').text()).toBe('Luvun pitää olla välillä 0–120.');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toContain('triage-field-error');
    await answerNumber(w, 'kolme');
    expect(w.get('[data-testid="triage-error"]').text()).toBe('Anna vastaus numerona.');
    await answerNumber(w, '45');
    expect(question(w)).toBe('Onko kuumetta?');
    expect(w.find('[data-testid="triage-error"]').exists()).toBe(false);
  });
  it('saves the result to the contact a nurse is handling, with the answers as given', async () => {
    const open: ContactView = {
      id: '6f1c2f3e-6a55-4a61-9b1e-0c1d2e3f4a5b',
      version: 3,
      status: 'open',
      channel: 'phone',
      region: 'pohjanmaa',
      queueCode: null,
      startedAt: '2026-12-03T08:00:00.000Z',
      endedAt: null,
      updatedAt: '2026-12-03T08:00:00.000Z',
      deadline: '2026-12-03T14:00:00.000Z',
      timeLeftMinutes: 60,
      notes: null,
      agent: { name: 'Hoitaja' },
      citizen: { identified: false, name: null, identityCodeMasked: null },
      reason: { category: null, text: 'rintakipu' },
      outcomes: [],
      contentUsed: [],
    };
    const recorded: Record<string, unknown>[] = [];
    const session = (roles: string[]) => ({ me: ref({ name: 'Hoitaja', roles }) });
    const answers = {
      // The protocol opened while the contact is handled is added to its content used: saved first.
      PortalUpdateContact: (variables: Record<string, unknown>) => ({
        updateContact: {
          ...open,
          version: 4,
          contentUsed: (variables['input'] as { contentUsed: ContactView['contentUsed'] }).contentUsed,
        },
      }),
      PortalRecordTriageAssessment: (variables: Record<string, unknown>) => {
        recorded.push(variables);
        return {
          recordTriageAssessment: {
            id: 'a1',
            finalUrgency: 'urgent_same_day',
            contact: {
              ...open,
              version: 5,
              outcomes: [{ code: 'triage_performed', urgency: 'urgent_same_day' }],
            },
          },
        };
      },
    };
    let desk: ContactDesk | undefined;
    const w = await openRunner({
      answers,
      provide: (client) => {
        desk = createContactDesk(client);
        desk.active.value = createContactEditor(client, { contact: open });
        return { [CONTACT_DESK_KEY]: desk, [SESSION_KEY]: session(['agent', 'nurse']) };
      },
    });
    await passRedFlags(w);
    await answerNumber(w, '70');
    await w.get('[data-testid="triage-yes"]').trigger('click');
    await w.get('[data-testid="triage-save-to-contact"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="triage-saved"]').text()).toBe('Arvio tallennettu yhteydenottoon.');
    expect(recorded).toEqual([
      {
        contactId: open.id,
        contactVersion: 4,
        input: {
          protocolId: 'prot1',
          protocolVersion: 2,
          locale: 'fi',
          answers: [
            { questionId: 'hengitys', value: 'false' },
            { questionId: 'kesto', value: 'paivia' },
            { questionId: 'ika', value: '70' },
            { questionId: 'kuume', value: 'true' },
          ],
          override: null,
        },
      },
    ]);
    // The contact moved on to the version the api answered, with the triage outcome.
    expect(desk!.active.value!.saved.value).toMatchObject({ version: 5 });
    expect(desk!.active.value!.draft.outcomes).toEqual(['triage_performed']);
    expect(desk!.active.value!.draft.urgency).toBe('urgent_same_day');
  });

  it('offers no saving to someone who is not a nurse', async () => {
    const w = await openRunner({
      provide: (client) => {
        const desk = createContactDesk(client);
        desk.start();
        return {
          [CONTACT_DESK_KEY]: desk,
          [SESSION_KEY]: { me: ref({ name: 'Agentti', roles: ['agent'] }) },
        };
      },
    });
    await passRedFlags(w);
    await answerNumber(w, '70');
    await w.get('[data-testid="triage-yes"]').trigger('click');
    expect(w.find('[data-testid="triage-save-to-contact"]').exists()).toBe(false);
    expect(w.get('[data-testid="triage-not-saved"]').text()).toContain('sairaanhoitaja tallentaa');
  });
});
