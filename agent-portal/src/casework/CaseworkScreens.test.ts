import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLRequestError, type StaffRole } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
import { parseRoute } from '../content/routes';
import type { Me } from '../session/session';
import type { CaseworkScreen } from './access';
import type { CaseworkRoute } from './casework-routes';
import { recordingClient, type Handlers } from './testing';
import CaseworkMain from './CaseworkMain.vue';
import CaseworkNav from './CaseworkNav.vue';

/** The casework screens as each role sees them: navigation, lists with clocks, and acting on stale items. */

const assessment = (id: string, timeLeftMinutes: number, version = 1) => ({
  id,
  version,
  contactId: `contact-${id}`,
  region: 'pohjanmaa',
  status: 'pending',
  subject: 'other_person',
  person: { name: `Henkilö ${id}`, identityCodeMasked: '131052-****' },
  grounds: { code: 'aged_75_or_over', text: null },
  consent: { state: 'not_given', note: 'Ei tavoitettu.' },
  receivingUnit: 'pohjanmaa-sos',
  pendingSince: '2026-12-01',
  deadline: '2026-12-10T14:00:00.000Z',
  timeLeftMinutes,
  startedAt: null,
  initiatedBy: { name: 'Sanna' },
  createdAt: '2026-12-01T10:00:00.000Z',
});

const callBack = (id: string, timeLeftMinutes: number) => ({
  id,
  version: 1,
  contactId: `contact-${id}`,
  region: 'pohjanmaa',
  state: 'due',
  windowStart: '2026-12-04T08:00:00.000Z',
  windowEnd: '2026-12-04T10:00:00.000Z',
  phoneNumber: '+358401234567',
  reason: 'Tulokset',
  deadline: '2026-12-04T10:00:00.000Z',
  timeLeftMinutes,
  resolvedAt: null,
  agreedBy: { name: 'Antti' },
  createdAt: '2026-12-03T10:00:00.000Z',
});

const me = (roles: StaffRole[]): Me => ({
  name: 'Testi',
  roles,
  homeRegion: 'pohjanmaa',
  preferenceKey: `key-${roles.join('-')}-${Math.random()}`,
});

function mountMain(route: CaseworkRoute, roles: StaffRole[], handlers: Handlers, locale: Locale = 'fi') {
  const { client, sent } = recordingClient({ PortalRegions: () => ({ regions: [] }), ...handlers });
  const wrapper = mount(CaseworkMain, {
    props: { route, me: me(roles) },
    global: { plugins: [createI18n(locale)], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
    attachTo: document.body,
  });
  return { wrapper, sent };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('casework routes', () => {
  it('reads the casework addresses and nothing else as casework', () => {
    expect(parseRoute('#/casework/pending')).toEqual({ kind: 'casework', screen: 'pending' });
    expect(parseRoute('#/casework/audit')).toEqual({ kind: 'casework', screen: 'audit' });
    expect(parseRoute('#/contact/3f2a-b/casework')).toEqual({
      kind: 'contact-casework',
      contactId: '3f2a-b',
    });
    expect(parseRoute('#/casework/everything')).toEqual({ kind: 'none' });
    expect(parseRoute('#/contact/<x>/casework')).toEqual({ kind: 'none' });
    expect(parseRoute('#/guide/kuume')).toMatchObject({ kind: 'content', type: 'guide' });
  });
});

describe('who sees which casework screen', () => {
  const links = (roles: StaffRole[]) =>
    mount(CaseworkNav, { props: { roles }, global: { plugins: [createI18n('fi')] } })
      .findAll('a')
      .map((a) => a.attributes('href'));

  it.each<[StaffRole, CaseworkScreen[]]>([
    ['agent', ['call-backs']],
    ['nurse', ['call-backs']],
    ['social_counsellor', ['pending', 'call-backs']],
    ['supervisor', ['pending', 'call-backs', 'overdue', 'audit']],
  ])('%s: %j', (role, screens) => {
    expect(links([role])).toEqual(screens.map((s) => `#/casework/${s}`));
  });

  it('tells an agent who opens a supervisor’s address that it is not theirs, without asking the api', async () => {
    const { wrapper, sent } = mountMain({ kind: 'casework', screen: 'overdue' }, ['agent'], {});
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Sinulla ei ole oikeutta tähän näkymään.');
    expect(sent.filter((r) => r.operation === 'PortalOverdue')).toEqual([]);
  });

  it('offers the assessment form on a contact to social counsellors only', async () => {
    const contact = {
      id: 'c1',
      version: 1,
      status: 'open',
      channel: 'phone',
      region: 'pohjanmaa',
      startedAt: '2026-12-03T08:00:00.000Z',
      citizen: { identified: false, name: null, identityCodeMasked: null },
      deadline: '2026-12-03T14:00:00.000Z',
      timeLeftMinutes: 90,
      serviceNeedAssessments: [assessment('a1', 600)],
      callBacks: [],
    };
    const handlers = { PortalCaseworkContact: () => ({ contact }) };
    const agent = mountMain({ kind: 'contact-casework', contactId: 'c1' }, ['agent'], handlers);
    await flushPromises();
    expect(agent.wrapper.find('[data-testid="call-back-form"]').exists()).toBe(true);
    expect(agent.wrapper.find('[data-testid="service-need-assessment-form"]').exists()).toBe(false);
    expect(agent.wrapper.get('[data-testid="contact-assessments"]').text()).toContain('Henkilö a1');
    document.body.innerHTML = '';
    const counsellor = mountMain(
      { kind: 'contact-casework', contactId: 'c1' },
      ['social_counsellor'],
      handlers,
    );
    await flushPromises();
    expect(counsellor.wrapper.find('[data-testid="service-need-assessment-form"]').exists()).toBe(true);
  });
});

describe('pending service-need assessments', () => {
  it('lists the home region’s, nearest deadline first, with clocks (overdue in red) and masked codes', async () => {
    const { wrapper, sent } = mountMain(
      { kind: 'casework', screen: 'pending' },
      ['supervisor'],
      {
        PortalPendingServiceNeedAssessments: () => ({
          pendingServiceNeedAssessments: {
            items: [assessment('a1', -125), assessment('a2', 4560)],
            nextCursor: null,
          },
        }),
      },
      'en',
    );
    await flushPromises();
    expect(sent.find((r) => r.operation === 'PortalPendingServiceNeedAssessments')?.variables).toMatchObject({
      region: 'pohjanmaa',
      unit: null,
    });
    const items = wrapper.findAll('[data-testid="assessment-item"]');
    expect(items.map((i) => i.get('[data-testid="casework-clock"]').text())).toEqual([
      expect.stringContaining('2 h 5 min overdue'),
      expect.stringContaining('3 d 4 h left'),
    ]);
    expect(items[0]!.get('[data-testid="casework-clock"]').attributes('data-overdue')).toBe('true');
    expect(items[0]!.classes()).toContain('cw-item--overdue');
    expect(items[0]!.get('[data-testid="assessment-code"]').text()).toContain('131052-****');
    expect(items[0]!.get('[data-testid="assessment-grounds"]').text()).toBe('Aged 75 or over');
    expect(items[0]!.get('[data-testid="assessment-consent"]').text()).toBe('Consent not given');
    // Supervisors see the list; starting is the social counsellors'.
    expect(wrapper.find('[data-testid="pending-start"]').exists()).toBe(false);
  });

  it('starts an assessment; a stale one is refused with a clear message and the list reloaded', async () => {
    let pages = 0;
    const { wrapper, sent } = mountMain({ kind: 'casework', screen: 'pending' }, ['social_counsellor'], {
      PortalPendingServiceNeedAssessments: () => {
        pages++;
        return {
          pendingServiceNeedAssessments: {
            items: pages === 1 ? [assessment('a1', 100), assessment('a2', 200)] : [assessment('a2', 200, 2)],
            nextCursor: null,
          },
        };
      },
      PortalStartServiceNeedAssessment: (v) => {
        if (v.id === 'a2') throw new GraphQLRequestError('CONFLICT', 'stale');
        return { startServiceNeedAssessment: { ...assessment('a1', 100, 2), status: 'started' } };
      },
    });
    await flushPromises();
    const buttons = wrapper.findAll('[data-testid="pending-start"]');
    expect(buttons[0]!.attributes('aria-label')).toBe('Aloita arviointi: Henkilö a1');
    await buttons[0]!.trigger('click');
    await flushPromises();
    expect(sent.find((r) => r.operation === 'PortalStartServiceNeedAssessment')?.variables).toEqual({
      id: 'a1',
      version: 1,
    });
    expect(wrapper.get('[data-testid="pending-notice"]').text()).toBe('Arviointi aloitettu: Henkilö a1.');
    expect(wrapper.findAll('[data-testid="assessment-item"]')).toHaveLength(1);

    await wrapper.get('[data-testid="pending-start"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="pending-notice"]').attributes('role')).toBe('alert');
    expect(wrapper.get('[data-testid="pending-notice"]').text()).toContain('Joku muu ehti muuttaa tätä');
    expect(pages).toBe(2);
  });
});

describe('due call-backs', () => {
  it('shows the number as a tel: link and marks one done; a stale one says so', async () => {
    let listed = 0;
    const { wrapper, sent } = mountMain(
      { kind: 'casework', screen: 'call-backs' },
      ['agent'],
      {
        PortalDueCallBacks: () => {
          listed++;
          return { dueCallBacks: { items: [callBack('cb1', 30), callBack('cb2', -5)], nextCursor: null } };
        },
        PortalResolveCallBack: (v) => {
          if (v.id === 'cb2') throw new GraphQLRequestError('CONFLICT', 'stale');
          return { resolveCallBack: { ...callBack('cb1', 30), state: v.state } };
        },
      },
      'sv',
    );
    await flushPromises();
    const first = wrapper.findAll('[data-testid="call-back-item"]')[0]!;
    expect(first.get('[data-testid="call-back-phone"]').attributes('href')).toBe('tel:+358401234567');
    expect(first.get('[data-testid="casework-clock"]').text()).toContain('30 min kvar');
    await first.get('[data-testid="call-back-done"]').trigger('click');
    await flushPromises();
    expect(sent.find((r) => r.operation === 'PortalResolveCallBack')?.variables).toEqual({
      id: 'cb1',
      version: 1,
      state: 'done',
    });
    expect(wrapper.get('[data-testid="call-backs-notice"]').text()).toBe(
      'Återuppringningen markerad som ringd.',
    );
    expect(wrapper.findAll('[data-testid="call-back-item"]')).toHaveLength(1);

    await wrapper.get('[data-testid="call-back-cancelled"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="call-backs-notice"]').text()).toContain('Någon annan hann ändra detta');
    expect(listed).toBe(2);
  });
});

describe('overdue and audit trail (supervisors)', () => {
  it('shows each kind of overdue work with how long it is overdue', async () => {
    const { wrapper } = mountMain({ kind: 'casework', screen: 'overdue' }, ['supervisor'], {
      PortalOverdue: () => ({
        overdue: {
          region: 'pohjanmaa',
          contacts: [
            {
              id: 'c9',
              channel: 'chat',
              startedAt: '2026-12-02T08:00:00.000Z',
              citizen: { identified: false, name: null, identityCodeMasked: null },
              deadline: '2026-12-02T14:00:00.000Z',
              timeLeftMinutes: -1500,
            },
          ],
          callBacks: [callBack('cb3', -61)],
          serviceNeedAssessments: [assessment('a3', -2 * 1440)],
        },
      }),
    });
    await flushPromises();
    expect(wrapper.get('[data-testid="overdue-contacts"]').text()).toContain('Myöhässä 1 pv 1 h');
    expect(wrapper.get('[data-testid="overdue-contacts"]').text()).toContain('Tunnistamaton asiakas');
    expect(wrapper.get('[data-testid="overdue-call-backs"]').text()).toContain('Myöhässä 1 h 1 min');
    expect(wrapper.get('[data-testid="overdue-assessments"]').text()).toContain('Myöhässä 2 pv 0 h');
  });

  it('pages through the audit trail', async () => {
    const event = (n: number) => ({
      id: `e${n}`,
      at: '2026-12-03T10:00:00.000Z',
      actorName: `Esihenkilö ${n}`,
      action: 'reveal_identity_code',
      contactId: `contact-${n}`,
      reason: 'Asiakkaan pyyntö',
    });
    const { wrapper, sent } = mountMain(
      { kind: 'casework', screen: 'audit' },
      ['supervisor'],
      {
        PortalContactAuditTrail: (v) => ({
          contactAuditTrail:
            v.after === null
              ? { items: [event(1)], nextCursor: 'next' }
              : { items: [event(2)], nextCursor: null },
        }),
      },
      'en',
    );
    await flushPromises();
    expect(wrapper.findAll('[data-testid="audit-row"]')).toHaveLength(1);
    expect(wrapper.get('[data-testid="audit-row"]').text()).toContain('Revealed the identity code');
    await wrapper.get('[data-testid="audit-more"]').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="audit-row"]').map((r) => r.text())).toEqual([
      expect.stringContaining('Esihenkilö 1'),
      expect.stringContaining('Esihenkilö 2'),
    ]);
    expect(
      sent.filter((r) => r.operation === 'PortalContactAuditTrail').map((r) => r.variables.after),
    ).toEqual([null, 'next']);
    expect(wrapper.find('[data-testid="audit-more"]').exists()).toBe(false);
  });
});
