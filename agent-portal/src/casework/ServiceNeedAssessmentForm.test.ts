import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
import { helsinkiToday } from './helsinki-time';
import { recordingClient, type Handlers } from './testing';
import ServiceNeedAssessmentForm from './ServiceNeedAssessmentForm.vue';

const SAVED = {
  id: 'a1',
  version: 1,
  contactId: 'c1',
  region: 'pohjanmaa',
  status: 'pending',
  subject: 'other_person',
  person: { name: 'Aino Virtanen', identityCodeMasked: '131052-****' },
  grounds: { code: 'aged_75_or_over', text: null },
  consent: { state: 'given', note: null },
  receivingUnit: 'pohjanmaa-aikuissosiaalityo',
  pendingSince: '2026-12-03',
  deadline: '2026-12-14T14:00:00.000Z',
  timeLeftMinutes: 15000,
  startedAt: null,
  initiatedBy: { name: 'Sanna Sosiaaliohjaaja' },
  createdAt: '2026-12-03T10:00:00.000Z',
};

function mountForm(options: { identified?: boolean; locale?: Locale; handlers?: Handlers } = {}) {
  const { client, sent } = recordingClient(
    options.handlers ?? {
      PortalInitiateServiceNeedAssessment: () => ({ initiateServiceNeedAssessment: SAVED }),
    },
  );
  const wrapper = mount(ServiceNeedAssessmentForm, {
    props: { contactId: 'c1', region: 'pohjanmaa', citizenIdentified: options.identified ?? false },
    global: {
      plugins: [createI18n(options.locale ?? 'fi')],
      provide: { [GRAPHQL_CLIENT_KEY as symbol]: client },
    },
    attachTo: document.body,
  });
  return { wrapper, sent };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ServiceNeedAssessmentForm', () => {
  it('checks the identity code as it is typed, saying what is wrong', async () => {
    const { wrapper } = mountForm({ locale: 'en' });
    const code = wrapper.get('[data-testid="sna-person-code"]');
    await code.setValue('131052-308');
    expect(code.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('An identity code looks like DDMMYY-NNNC');
    await code.setValue('131052-308U');
    expect(wrapper.text()).toContain('The check character does not match');
    await code.setValue('310252-308T');
    expect(wrapper.text()).toContain('not a real date');
    await code.setValue('131052-308t');
    expect(code.attributes('aria-invalid')).toBe('false');
    expect(wrapper.get('[data-testid="sna-person-code-ok"]').text()).toContain('1952');
    // The error is tied to the field for screen readers.
    await code.setValue('131052-308U');
    const describedBy = code.attributes('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toContain('check character');
  });

  it('offers the contact’s citizen only when identified', async () => {
    const anonymous = mountForm();
    expect(
      anonymous.wrapper.get('[data-testid="sna-subject-contact_citizen"]').attributes('disabled'),
    ).toBeDefined();
    expect(anonymous.wrapper.find('[data-testid="sna-person-name"]').exists()).toBe(true);
    document.body.innerHTML = '';
    const identified = mountForm({ identified: true });
    expect(
      (identified.wrapper.get('[data-testid="sna-subject-contact_citizen"]').element as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(identified.wrapper.find('[data-testid="sna-person-name"]').exists()).toBe(false);
  });

  it('refuses to send without the required fields, marks each and focuses the first', async () => {
    const { wrapper, sent } = mountForm({ locale: 'sv' });
    await wrapper.get('[data-testid="sna-consent-not_given"]').setValue(true);
    await wrapper.get('[data-testid="sna-unit"]').setValue('Pohjanmaa Sosiaalityö');
    const tomorrow = new Date(Date.now() + 36 * 3_600_000);
    await wrapper.get('[data-testid="sna-pending-since"]').setValue(helsinkiToday(tomorrow));
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([]);
    expect(wrapper.get('[role="alert"]').text()).toBe('Rätta de markerade fälten.');
    for (const field of ['sna-person-name', 'sna-person-code', 'sna-grounds', 'sna-consent-note', 'sna-unit'])
      expect(wrapper.get(`[data-testid="${field}"]`).attributes('aria-invalid'), field).toBe('true');
    expect(wrapper.text()).toContain('Använd bara små bokstäver');
    expect(wrapper.text()).toContain('Datumet kan inte vara i framtiden.');
    expect(document.activeElement).toBe(wrapper.get('[data-testid="sna-person-name"]').element);
  });

  it('sends the assessment and starts over, telling the view it was saved', async () => {
    const { wrapper, sent } = mountForm();
    await wrapper.get('[data-testid="sna-person-name"]').setValue('  Aino Virtanen ');
    await wrapper.get('[data-testid="sna-person-code"]').setValue('131052-308t');
    await wrapper.get('[data-testid="sna-grounds"]').setValue('aged_75_or_over');
    await wrapper.get('[data-testid="sna-grounds-text"]').setValue('Kaatuillut kotona.');
    await wrapper.get('[data-testid="sna-consent-cannot_be_asked"]').setValue(true);
    await wrapper.get('[data-testid="sna-consent-note"]').setValue('Muistisairaus.');
    await wrapper.get('[data-testid="sna-unit"]').setValue('pohjanmaa-aikuissosiaalityo');
    expect((wrapper.get('[data-testid="sna-pending-since"]').element as HTMLInputElement).value).toBe(
      helsinkiToday(),
    );
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([
      {
        operation: 'PortalInitiateServiceNeedAssessment',
        variables: {
          contactId: 'c1',
          input: {
            subject: 'other_person',
            person: { name: 'Aino Virtanen', identityCode: '131052-308T' },
            grounds: { code: 'aged_75_or_over', text: 'Kaatuillut kotona.' },
            consent: { state: 'cannot_be_asked', note: 'Muistisairaus.' },
            receivingUnit: 'pohjanmaa-aikuissosiaalityo',
            pendingSince: helsinkiToday(),
          },
        },
      },
    ]);
    expect(wrapper.emitted('saved')?.[0]).toEqual([SAVED]);
    expect(wrapper.get('[data-testid="sna-saved"]').text()).toBe('Palvelutarpeen arviointi pantu vireille.');
    expect((wrapper.get('[data-testid="sna-person-name"]').element as HTMLInputElement).value).toBe('');
  });

  it('marks the field the api refused and keeps what was typed', async () => {
    const { wrapper } = mountForm({
      locale: 'en',
      identified: true,
      handlers: {
        PortalInitiateServiceNeedAssessment: () => {
          throw new GraphQLRequestError('VALIDATION_FAILED', 'bad unit', { field: 'input.receivingUnit' });
        },
      },
    });
    await wrapper.get('[data-testid="sna-grounds"]').setValue('housing');
    await wrapper.get('[data-testid="sna-unit"]').setValue('unknown-unit');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const unit = wrapper.get('[data-testid="sna-unit"]');
    expect(unit.attributes('aria-invalid')).toBe('true');
    expect((unit.element as HTMLInputElement).value).toBe('unknown-unit');
    expect(wrapper.text()).toContain('The service did not accept this. Check it.');
    expect(wrapper.emitted('saved')).toBeUndefined();
  });

  it('says so when the api refuses for another reason', async () => {
    const { wrapper } = mountForm({
      identified: true,
      handlers: {
        PortalInitiateServiceNeedAssessment: () => {
          throw new GraphQLRequestError('FORBIDDEN', 'forbidden');
        },
      },
    });
    await wrapper.get('[data-testid="sna-grounds"]').setValue('housing');
    await wrapper.get('[data-testid="sna-unit"]').setValue('pohjanmaa-sos');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Tallennus ei onnistunut');
    expect(wrapper.text()).toContain('FORBIDDEN');
  });
});
