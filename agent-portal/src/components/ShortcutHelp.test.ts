import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../content/models';
import { createI18n, translate } from '../i18n';
import {
  createShortcutRegistry,
  GLOBAL_SHORTCUTS,
  SEARCH_SHORTCUTS,
  SHORTCUT_REGISTRY_KEY,
  type ShortcutEntry,
} from '../keyboard';
import App from '../App.vue';
import ShortcutHelp from './ShortcutHelp.vue';

enableAutoUnmount(afterEach);
afterEach(() => {
  document.body.innerHTML = '';
});

/** A view's list as the result views hand it over. */
const VIEW_LIST: ShortcutEntry[] = [{ keys: 'f', labelKey: 'shortcuts.closeResult' }];

function mountHelp(locale: Locale) {
  const registry = createShortcutRegistry();
  registry.add('global', GLOBAL_SHORTCUTS);
  registry.add('search', SEARCH_SHORTCUTS);
  registry.add('view', VIEW_LIST);
  return mount(ShortcutHelp, {
    global: { plugins: [createI18n(locale)], provide: { [SHORTCUT_REGISTRY_KEY as symbol]: registry } },
    attachTo: document.body,
  });
}

describe('ShortcutHelp', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'lists every registered shortcut with its meaning in %s, as a labelled modal dialog',
    (locale) => {
      const wrapper = mountHelp(locale);
      const dialog = wrapper.get('[role="dialog"]');
      expect(dialog.attributes('aria-modal')).toBe('true');
      expect(wrapper.get(`#${dialog.attributes('aria-labelledby')}`).text()).toBe(
        translate(locale, 'shortcuts.title'),
      );
      const rows = wrapper.findAll('.shortcut-help__row').map((row) => ({
        keys: row
          .findAll('kbd')
          .map((k) => k.text())
          .join(' '),
        label: row.get('dd').text(),
      }));
      const expected = [...GLOBAL_SHORTCUTS, ...SEARCH_SHORTCUTS, ...VIEW_LIST].map((entry) => ({
        keys: entry.keys,
        label: translate(locale, entry.labelKey),
      }));
      expect(rows).toEqual(expected);
      expect(wrapper.findAll('h3').map((h) => h.text())).toEqual([
        translate(locale, 'shortcuts.group.global'),
        translate(locale, 'shortcuts.group.search'),
        translate(locale, 'shortcuts.group.view'),
      ]);
    },
  );

  it('takes the focus, keeps it inside on Tab and Shift+Tab, and closes on Escape', async () => {
    const wrapper = mountHelp('fi');
    await flushPromises();
    const close = wrapper.get('button').element;
    expect(document.activeElement).toBe(close);
    await wrapper.get('[role="dialog"]').trigger('keydown', { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    await wrapper.get('[role="dialog"]').trigger('keydown', { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    // A focus that wanders outside is brought back.
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    expect(document.activeElement).toBe(close);
    await wrapper.get('[role="dialog"]').trigger('keydown', { key: 'Escape' });
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});

describe('the ? overlay in the app', () => {
  function mountApp() {
    // A configuration error needs no api: the header (with its shortcut button) and the keys are there all the same.
    return mount(App, {
      props: { configError: 'test' },
      global: { plugins: [createI18n('en')] },
      attachTo: document.body,
    });
  }
  const press = (target: EventTarget, key: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

  it('opens with ? (not while typing in a field), closes with Escape and gives the focus back', async () => {
    const wrapper = mountApp();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    press(field, '?');
    await flushPromises();
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);

    const button = wrapper.get('[data-testid="shortcuts-button"]').element as HTMLButtonElement;
    button.focus();
    press(button, '?');
    await flushPromises();
    const dialog = wrapper.get('[role="dialog"]');
    expect(dialog.text()).toContain('Go to the search box');
    expect(dialog.text()).toContain('Show this list of shortcuts');
    press(document.activeElement!, 'Escape');
    await flushPromises();
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('opens from the header button too', async () => {
    const wrapper = mountApp();
    await wrapper.get('[data-testid="shortcuts-button"]').trigger('click');
    expect(wrapper.find('[role="dialog"]').exists()).toBe(true);
  });
});
