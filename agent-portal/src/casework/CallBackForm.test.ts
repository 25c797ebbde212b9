import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { GRAPHQL_CLIENT_KEY } from '../graphql/provide';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
import { defaultCallBackWindow, helsinkiLocalToIso, toHelsinkiLocal } from './helsinki-time';
import { recordingClient } from './testing';
import CallBackForm from './CallBackForm.vue';

const SAVED = {
  id: 'cb1',
  version: 1,
  contactId: 'c1',
  region: 'pohjanmaa',
  state: 'due',
  windowStart: '2026-12-04T08:00:00.000Z',
  windowEnd: '2026-12-04T10:00:00.000Z',
  phoneNumber: '+358401234567',
  reason: 'Laboratoriotulokset',
  deadline: '2026-12-04T10:00:00.000Z',
  timeLeftMinutes: 600,
  resolvedAt: null,
  agreedBy: { name: 'Antti Agentti' },
  createdAt: '2026-12-03T10:00:00.000Z',
};

function mountForm(locale: Locale = 'fi') {
  const { client, sent } = recordingClient({ PortalAgreeCallBack: () => ({ agreeCallBack: SAVED }) });
  const wrapper = mount(CallBackForm, {
    props: { contactId: 'c1' },
    global: { plugins: [createI18n(locale)], provide: { [GRAPHQL_CLIENT_KEY as symbol]: client } },
    attachTo: document.body,
  });
  return { wrapper, sent };
}

const valueOf = (wrapper: ReturnType<typeof mountForm>['wrapper'], testId: string) =>
  (wrapper.get(`[data-testid="${testId}"]`).element as HTMLInputElement).value;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CallBackForm', () => {
  it('proposes a window from the next full hour, two hours long', () => {
    const { wrapper } = mountForm();
    const expected = defaultCallBackWindow();
    expect(valueOf(wrapper, 'cb-window-start')).toBe(expected.start);
    expect(valueOf(wrapper, 'cb-window-end')).toBe(expected.end);
    const start = Date.parse(helsinkiLocalToIso(expected.start)!);
    expect(start).toBeGreaterThan(Date.now());
    expect(start - Date.now()).toBeLessThanOrEqual(3_600_000);
  });

  it('normalises the number as it is typed and says clearly when it is not one', async () => {
    const { wrapper } = mountForm('en');
    const phone = wrapper.get('[data-testid="cb-phone"]');
    await phone.setValue('040 123 4567');
    expect(wrapper.get('[data-testid="cb-phone-normalised"]').text()).toBe('Saved as +358401234567.');
    await phone.setValue('12345');
    await phone.trigger('blur');
    expect(phone.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain(
      'Give a Finnish (040 123 4567) or international (+358 40 1234567) number.',
    );
    // The error goes as soon as the number is one.
    await phone.setValue('+46 70 123 45 67');
    expect(phone.attributes('aria-invalid')).toBe('false');
    expect(wrapper.get('[data-testid="cb-phone-normalised"]').text()).toBe('Saved as +46701234567.');
  });

  it('refuses a window that ends before it starts, or has passed, and a missing reason', async () => {
    const { wrapper, sent } = mountForm('sv');
    const start = valueOf(wrapper, 'cb-window-start');
    await wrapper.get('[data-testid="cb-window-end"]').setValue(start);
    await wrapper.get('[data-testid="cb-phone"]').setValue('0401234567');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([]);
    expect(wrapper.text()).toContain('Den senaste tiden måste vara efter den tidigaste.');
    expect(wrapper.get('[data-testid="cb-reason"]').attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(wrapper.get('[data-testid="cb-window-end"]').element);

    await wrapper
      .get('[data-testid="cb-window-start"]')
      .setValue(toHelsinkiLocal(new Date(Date.now() - 7_200_000)));
    await wrapper
      .get('[data-testid="cb-window-end"]')
      .setValue(toHelsinkiLocal(new Date(Date.now() - 3_600_000)));
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Den tiden har redan gått.');
    expect(sent).toEqual([]);
  });

  it('sends the window as Helsinki time with its offset and the number as E.164', async () => {
    const { wrapper, sent } = mountForm();
    const start = valueOf(wrapper, 'cb-window-start');
    const end = valueOf(wrapper, 'cb-window-end');
    await wrapper.get('[data-testid="cb-phone"]').setValue('(040) 123-4567');
    await wrapper.get('[data-testid="cb-reason"]').setValue(' Laboratoriotulokset ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([
      {
        operation: 'PortalAgreeCallBack',
        variables: {
          contactId: 'c1',
          input: {
            windowStart: helsinkiLocalToIso(start),
            windowEnd: helsinkiLocalToIso(end),
            phoneNumber: '+358401234567',
            reason: 'Laboratoriotulokset',
          },
        },
      },
    ]);
    expect((sent[0]!.variables.input as { windowStart: string }).windowStart).toMatch(/\+0[23]:00$/);
    expect(wrapper.emitted('saved')?.[0]).toEqual([SAVED]);
    expect(wrapper.get('[data-testid="cb-saved"]').text()).toBe('Takaisinsoitto sovittu.');
    expect(valueOf(wrapper, 'cb-phone')).toBe('');
  });
});
