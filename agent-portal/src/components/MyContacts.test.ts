import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphQLClient, type GraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import type { ContactView } from '../graphql/queries';
import { createI18n } from '../i18n';
import IdentityCodeReveal from './IdentityCodeReveal.vue';
import MyContacts from './MyContacts.vue';

function contact(n: number): ContactView {
  return {
    id: `6f1c2f3e-6a55-4a61-9b1e-0c1d2e3f4a${String(n).padStart(2, '0')}`,
    version: 1,
    status: n === 1 ? 'open' : 'closed',
    channel: n === 1 ? 'phone' : 'chat',
    region: 'pohjanmaa',
    queueCode: null,
    startedAt: new Date(Date.UTC(2026, 11, 3, 10, 60 - n)).toISOString(),
    endedAt: null,
    updatedAt: '2026-12-03T10:00:00.000Z',
    deadline: n === 1 ? new Date(Date.now() - 30 * 60_000 + 10_000).toISOString() : null,
    timeLeftMinutes: n === 1 ? -30 : null,
    notes: null,
    agent: { name: 'Testi Agentti' },
    citizen: { identified: false, name: null, identityCodeMasked: null },
    reason: { category: null, text: `Syy ${n}` },
    outcomes: [],
    contentUsed: [],
  };
}

/** The api at the border, in its wire format; records what the portal asked. */
function fakeApi(answer: (operation: string, variables: Record<string, unknown>) => unknown) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = [];
  const client: GraphQLClient = createGraphQLClient({
    apiUrl: 'http://api.test/graphql',
    fetch: async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? 'unknown';
      sent.push({ operation, variables: body.variables });
      return new Response(JSON.stringify(answer(operation, body.variables)), {
        headers: { 'content-type': 'application/json' },
      });
    },
  });
  return { client, sent };
}

const global = (client: GraphQLClient) => ({
  plugins: [createI18n('fi')],
  provide: { [GRAPHQL_CLIENT_KEY as symbol]: client },
});

enableAutoUnmount(afterEach);

describe('My contacts', () => {
  it('lists the newest first page by page, with an overdue clock in red', async () => {
    const { client, sent } = fakeApi((operation, variables) =>
      operation === 'PortalMyContacts'
        ? variables['after'] === null
          ? { data: { myContacts: { items: [contact(1), contact(2)], nextCursor: 'c2' } } }
          : { data: { myContacts: { items: [contact(3)], nextCursor: null } } }
        : { data: null, errors: [{ message: 'x', extensions: { code: 'INTERNAL' } }] },
    );
    const list = mount(MyContacts, { global: global(client) });
    await flushPromises();
    const rows = () => list.findAll('[data-testid="my-contacts-row"]');
    expect(rows().map((r) => r.text())).toEqual([
      expect.stringMatching(/Avoin.*Puhelin.*Syy 1.*Myöhässä 30 min/),
      expect.stringMatching(/Päättynyt.*Chat.*Syy 2.*–/),
    ]);
    expect(rows()[0]!.get('[data-testid="contact-clock"]').classes()).toContain('contact-clock--overdue');
    expect(rows()[0]!.get('a').attributes('href')).toBe(`#/contact/${contact(1).id}`);

    await list.get('[data-testid="my-contacts-more"]').trigger('click');
    await flushPromises();
    expect(rows()).toHaveLength(3);
    expect(list.find('[data-testid="my-contacts-more"]').exists()).toBe(false);
    expect(sent.map((r) => r.variables['after'])).toEqual([null, 'c2']);
  });

  it('finds by an exact identity code, refusing a malformed one before asking', async () => {
    const { client, sent } = fakeApi((operation) =>
      operation === 'PortalContactsByIdentityCode'
        ? { data: { contactsByIdentityCode: [contact(2)] } }
        : { data: { myContacts: { items: [], nextCursor: null } } },
    );
    const list = mount(MyContacts, { global: global(client) });
    await flushPromises();
    expect(list.get('[data-testid="my-contacts-empty"]').text()).toBe(
      'Et ole vielä kirjannut yhteydenottoja.',
    );

    await list.get('[data-testid="contacts-find-code"]').setValue('131052-308U');
    await list.get('form').trigger('submit');
    await flushPromises();
    expect(list.get('#contacts-find-error').text()).toBe(
      'Tarkistusmerkki ei täsmää: jokin merkki on väärin.',
    );
    expect(sent.some((r) => r.operation === 'PortalContactsByIdentityCode')).toBe(false);

    await list.get('[data-testid="contacts-find-code"]').setValue('131052-308T');
    await list.get('form').trigger('submit');
    await flushPromises();
    expect(list.get('h2').text()).toBe('Henkilötunnuksella löytyneet yhteydenotot');
    expect(list.findAll('[data-testid="my-contacts-row"]')).toHaveLength(1);
    expect(sent.find((r) => r.operation === 'PortalContactsByIdentityCode')?.variables).toEqual({
      identityCode: '131052-308T',
    });
  });
});

describe('the identity code of a contact', () => {
  it('shows masked, and in clear only after a reason is given', async () => {
    const { client, sent } = fakeApi(() => ({ data: { revealIdentityCode: '131052-308T' } }));
    const reveal = mount(IdentityCodeReveal, {
      props: { contactId: contact(1).id, masked: '131052-****' },
      global: global(client),
      attachTo: document.body,
    });
    expect(reveal.get('[data-testid="identity-code"]').text()).toBe('131052-****');
    await reveal.get('[data-testid="identity-code-show"]').trigger('click');
    expect(document.activeElement).toBe(reveal.get('[data-testid="identity-code-reason"]').element);
    await reveal.get('[data-testid="identity-code-reason"]').setValue('x');
    await reveal.get('form').trigger('submit');
    await flushPromises();
    expect(reveal.text()).toContain('Kirjoita syy, vähintään 3 merkkiä.');
    expect(sent).toEqual([]);

    await reveal.get('[data-testid="identity-code-reason"]').setValue('Asiakas pyysi tarkistusta');
    await reveal.get('form').trigger('submit');
    await flushPromises();
    expect(reveal.get('[data-testid="identity-code"]').text()).toBe('131052-308T');
    expect(sent[0]?.variables).toEqual({ contactId: contact(1).id, reason: 'Asiakas pyysi tarkistusta' });
  });
});
