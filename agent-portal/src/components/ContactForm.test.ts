import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphQLClient, type GraphQLClient } from '@neuvo/graphql-contract';
import { CONTACT_DESK_KEY, createContactDesk, type ContactDesk } from '../contacts/contact-desk';
import { createContactEditor } from '../contacts/contact-editor';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { ContactView } from '../graphql/queries';
import { createI18n } from '../i18n';
import ContactForm from './ContactForm.vue';
import ContactPanel from './ContactPanel.vue';
import ContactScreen from './ContactView.vue';
import ViewHeader from './ViewHeader.vue';

/** A valid identity code (check character T) and the same code with a wrong check character. */
const VALID_CODE = '131052-308T';
const WRONG_CHECK = '131052-308U';

function contact(extra: Partial<ContactView> = {}): ContactView {
  return {
    id: '6f1c2f3e-6a55-4a61-9b1e-0c1d2e3f4a5b',
    version: 1,
    status: 'open',
    channel: 'phone',
    region: 'pohjanmaa',
    queueCode: null,
    startedAt: '2026-12-03T08:00:00.000Z',
    endedAt: null,
    updatedAt: '2026-12-03T08:00:00.000Z',
    deadline: new Date(Date.now() + 90 * 60_000).toISOString(),
    timeLeftMinutes: 90,
    notes: null,
    agent: { name: 'Testi Agentti' },
    citizen: { identified: false, name: null, identityCodeMasked: null },
    reason: { category: null, text: 'kuume' },
    outcomes: [],
    contentUsed: [],
    ...extra,
  };
}

interface Sent {
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * The api at the border, in its wire format (`{ data }` or `{ errors: [{ extensions: { code, field } }] }`): one stored
 * contact whose version the tests move on, as another agent's save would.
 */
function fakeApi(stored: { current: ContactView }, refuse?: { code: string; field?: string }) {
  const sent: Sent[] = [];
  const client: GraphQLClient = createGraphQLClient({
    apiUrl: 'http://api.test/graphql',
    fetch: async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? 'unknown';
      sent.push({ operation, variables: body.variables });
      const answer = (payload: unknown) =>
        new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
      const error = (code: string, field?: string) =>
        answer({
          data: null,
          errors: [{ message: code, extensions: { code, ...(field ? { field } : {}) } }],
        });
      switch (operation) {
        case 'PortalContactReasonCategories':
          return answer({
            data: {
              contactReasonCategories: [
                {
                  code: 'symptom_or_illness',
                  label: 'Oire tai sairaus',
                  description: 'Akuutti oire tai sairastuminen.',
                },
                { code: 'medication', label: 'Lääkitys ja reseptit', description: null },
              ],
            },
          });
        case 'PortalRegions':
          return answer({ data: { regions: [{ code: 'pohjanmaa', name: 'Pohjanmaa' }] } });
        case 'PortalContact':
          return answer({ data: { contact: stored.current } });
        case 'PortalUpdateContact': {
          if (refuse) return error(refuse.code, refuse.field);
          if (body.variables['version'] !== stored.current.version) return error('CONFLICT');
          const input = body.variables['input'] as { notes?: string | null };
          stored.current = {
            ...stored.current,
            version: stored.current.version + 1,
            notes: input.notes ?? null,
          };
          return answer({ data: { updateContact: stored.current } });
        }
        case 'PortalLastOpened':
          return answer({ data: { lastOpened: [] } });
        case 'PortalRecordOpened':
          return error('INTERNAL');
        default:
          return error('INTERNAL');
      }
    },
  });
  return { client, sent };
}

function global(client: GraphQLClient, desk?: ContactDesk) {
  return {
    plugins: [createI18n('fi')],
    provide: {
      [GRAPHQL_CLIENT_KEY as symbol]: client,
      ...(desk ? { [CONTACT_DESK_KEY as symbol]: desk } : {}),
    },
  };
}

enableAutoUnmount(afterEach);

describe('a new contact', () => {
  it('is prefilled with the home region, the search text and the content on screen, and collects what is opened', async () => {
    const { client } = fakeApi({ current: contact() });
    const desk = createContactDesk(client);
    desk.regionChosen('pohjanmaa');
    desk.searched('rintakipu');
    // The content view reports itself once loaded, with its title.
    const view = mount(ViewHeader, {
      props: {
        type: 'guide',
        documentId: 'guide-1',
        slug: 'rintakipu-kotona',
        title: 'Rintakipu kotona',
        locale: 'fi',
        updatedAt: '2026-12-01T00:00:00.000Z',
      },
      global: global(client, desk),
    });
    const editor = desk.start();
    const panel = mount(ContactPanel, { props: { editor }, global: global(client, desk) });
    await flushPromises();

    expect((panel.get('#panel-contact-channel').element as HTMLSelectElement).value).toBe('phone');
    expect((panel.get('#panel-contact-region').element as HTMLSelectElement).value).toBe('pohjanmaa');
    expect((panel.get('[data-testid="contact-reason"]').element as HTMLTextAreaElement).value).toBe(
      'rintakipu',
    );
    expect(panel.get('[data-testid="contact-content-used"]').text()).toContain('Rintakipu kotona');

    // Another view opened while the contact is open is added once, however often it is opened.
    await view.setProps({ type: 'instruction', documentId: 'instr-1', title: 'Rintakivun puhelinohje' });
    await view.setProps({ type: 'guide', documentId: 'guide-1', title: 'Rintakipu kotona' });
    await view.setProps({ type: 'instruction', documentId: 'instr-1', title: 'Rintakivun puhelinohje' });
    await flushPromises();
    expect(editor.draft.contentUsed).toEqual([
      { type: 'guide', documentId: 'guide-1', title: 'Rintakipu kotona' },
      { type: 'instruction', documentId: 'instr-1', title: 'Rintakivun puhelinohje' },
    ]);
    expect(panel.findAll('[data-testid="contact-content-used"] li')).toHaveLength(2);
  });

  it('checks the identity code as it is typed and says what is wrong', async () => {
    const { client, sent } = fakeApi({ current: contact() });
    const desk = createContactDesk(client);
    desk.regionChosen('pohjanmaa');
    const panel = mount(ContactPanel, { props: { editor: desk.start() }, global: global(client, desk) });
    await panel.get('[data-testid="contact-identified"]').setValue(true);
    await panel.get('#panel-contact-name').setValue('Maija Meikäläinen');
    const code = panel.get('[data-testid="contact-identity-code"]');

    await code.setValue(WRONG_CHECK);
    expect(panel.get('[data-testid="contact-identity-code-error"]').text()).toBe(
      'Tarkistusmerkki ei täsmää: jokin merkki on väärin.',
    );
    expect(code.attributes('aria-invalid')).toBe('true');

    await code.setValue('310252-308T');
    expect(panel.get('[data-testid="contact-identity-code-error"]').text()).toBe(
      'Syntymäaika ei ole oikea päivämäärä.',
    );

    // Too short to judge while typing; leaving the field judges it.
    await code.setValue('1310');
    expect(panel.find('[data-testid="contact-identity-code-error"]').exists()).toBe(false);
    await code.trigger('blur');
    expect(panel.get('[data-testid="contact-identity-code-error"]').text()).toContain('Muoto on PPKKVV');

    // Saving with a wrong code sends nothing.
    await code.setValue(WRONG_CHECK);
    await panel.get('form').trigger('submit');
    await flushPromises();
    expect(sent.some((r) => r.operation === 'PortalOpenContact')).toBe(false);

    await code.setValue(VALID_CODE);
    expect(panel.find('[data-testid="contact-identity-code-error"]').exists()).toBe(false);
    expect(panel.text()).toContain('Henkilötunnus on oikeaa muotoa ja tarkistusmerkki täsmää.');
    expect(code.attributes('aria-invalid')).toBeUndefined();
  });

  it('will not end a contact without an outcome, and a triage outcome needs its urgency', async () => {
    const { client, sent } = fakeApi({ current: contact() });
    const editor = createContactEditor(client, { contact: contact() });
    const form = mount(ContactForm, { props: { editor, idPrefix: 't' }, global: global(client) });
    await form.get('[data-testid="contact-end"]').trigger('click');
    await flushPromises();
    expect(form.get('#t-outcomes-error').text()).toBe(
      'Valitse ainakin yksi lopputulos ennen kuin päätät yhteydenoton.',
    );
    await form.get('[data-testid="contact-outcome-triage_performed"]').setValue(true);
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(form.get('#t-urgency-error').text()).toBe('Hoidon tarpeen arvio tarvitsee kiireellisyyden.');
    expect(
      sent.filter((r) => r.operation.startsWith('PortalUpdate') || r.operation.startsWith('PortalClose')),
    ).toEqual([]);
  });
});

describe('a saved contact', () => {
  it('shows a field the api refused at that field', async () => {
    const { client } = fakeApi(
      { current: contact() },
      { code: 'VALIDATION_FAILED', field: 'input.reason.text' },
    );
    const editor = createContactEditor(client, { contact: contact() });
    const form = mount(ContactForm, { props: { editor, idPrefix: 't' }, global: global(client) });
    await form.get('[data-testid="contact-reason"]').setValue('x'.repeat(20));
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(form.get('#t-reasonText-error').text()).toBe('Teksti on liian pitkä.');
    expect(form.get('[data-testid="contact-reason"]').attributes('aria-invalid')).toBe('true');
  });

  it('offers the reason categories by label and marks a category the api refused', async () => {
    const { client, sent } = fakeApi(
      { current: contact() },
      { code: 'VALIDATION_FAILED', field: 'input.reason.category' },
    );
    const editor = createContactEditor(client, { contact: contact() });
    const form = mount(ContactForm, { props: { editor, idPrefix: 't' }, global: global(client) });
    await flushPromises();
    const select = form.get('#t-category');
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'Ei valittu',
      'Oire tai sairaus',
      'Lääkitys ja reseptit',
    ]);
    await select.setValue('symptom_or_illness');
    expect(form.get('#t-category-hint').text()).toBe('Akuutti oire tai sairastuminen.');
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(sent.find((r) => r.operation === 'PortalUpdateContact')?.variables['input']).toMatchObject({
      reason: { category: 'symptom_or_illness', text: 'kuume' },
    });
    expect(form.get('#t-reasonCategory-error').text()).toBe(
      'Syyluokkaa ei tunneta. Valitse luokka luettelosta.',
    );
  });

  it('says someone else changed it, keeps what the agent typed, and loads the latest only when asked', async () => {
    const stored = { current: contact() };
    const { client, sent } = fakeApi(stored);
    const editor = createContactEditor(client, { contact: contact() });
    const form = mount(ContactForm, { props: { editor, idPrefix: 't' }, global: global(client) });
    // Another agent saves first: version 2.
    stored.current = { ...stored.current, version: 2, notes: 'Toisen agentin muistiinpano' };

    await form.get('[data-testid="contact-notes"]').setValue('Soitettu takaisin klo 10');
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(form.get('[data-testid="contact-conflict"]').text()).toContain(
      'Joku muu muutti tätä yhteydenottoa',
    );
    // Nothing lost, nothing merged.
    expect((form.get('[data-testid="contact-notes"]').element as HTMLTextAreaElement).value).toBe(
      'Soitettu takaisin klo 10',
    );
    expect(stored.current.notes).toBe('Toisen agentin muistiinpano');

    await form.get('[data-testid="contact-load-latest"]').trigger('click');
    await flushPromises();
    expect(form.find('[data-testid="contact-conflict"]').exists()).toBe(false);
    expect((form.get('[data-testid="contact-notes"]').element as HTMLTextAreaElement).value).toBe(
      'Toisen agentin muistiinpano',
    );
    expect(form.get('[data-testid="contact-typed"]').text()).toContain('Soitettu takaisin klo 10');

    // The agent chooses to put their text on top of the latest version and saves it with the latest version number.
    await form.get('[data-testid="contact-reapply"]').trigger('click');
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(stored.current).toMatchObject({ version: 3, notes: 'Soitettu takaisin klo 10' });
    expect(
      sent.filter((r) => r.operation === 'PortalUpdateContact').map((r) => r.variables['version']),
    ).toEqual([1, 2]);
    expect(form.find('[data-testid="contact-typed"]').exists()).toBe(false);
  });
  it('moves into the side panel on request when no other contact is being handled there', async () => {
    const { client } = fakeApi({ current: { ...contact(), triageAssessments: [] } as ContactView });
    const desk = createContactDesk(client);
    const view = mount(ContactScreen, { props: { id: contact().id }, global: global(client, desk) });
    await flushPromises();
    expect(view.find('[data-testid="contact-form"]').exists()).toBe(true);
    await view.get('[data-testid="contact-handle-in-panel"]').trigger('click');
    expect(desk.active.value?.saved.value?.id).toBe(contact().id);
    expect(view.text()).toContain('Tämä yhteydenotto on käsittelyssä sivupaneelissa.');
    expect(view.find('[data-testid="contact-form"]').exists()).toBe(false);
    // Content opened from now on is added to it.
    desk.viewing({ type: 'guide', documentId: 'g1', title: 'Kuume' });
    expect(desk.active.value?.draft.contentUsed).toEqual([
      { type: 'guide', documentId: 'g1', title: 'Kuume' },
    ]);
  });
});
