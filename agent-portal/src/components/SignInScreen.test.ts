import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import type { Locale } from '../content/models';
import type { SignInNotice } from '../session/session';
import SignInScreen from './SignInScreen.vue';

const mountScreen = (notice: SignInNotice | null, locale: Locale = 'fi') =>
  mount(SignInScreen, {
    props: { href: 'http://api.test/auth/login?returnTo=x', notice },
    global: { plugins: [createI18n(locale)] },
  });

describe('SignInScreen', () => {
  it('links the sign-in button to the api, in the chosen language', () => {
    expect(mountScreen(null).get('[data-testid="sign-in"]').attributes('href')).toBe(
      'http://api.test/auth/login?returnTo=x',
    );
    expect(mountScreen(null, 'sv').get('[data-testid="sign-in"]').text()).toBe('Logga in');
    expect(mountScreen(null, 'en').get('h1').text()).toBe('Sign in to Neuvo');
    expect(mountScreen(null).find('[data-testid="sign-in-notice"]').exists()).toBe(false);
  });

  it.each([
    ['expired', 'status', 'Istuntosi on päättynyt. Kirjaudu uudelleen.'],
    ['signed-out', 'status', 'Olet kirjautunut ulos.'],
    ['failed', 'alert', 'Kirjautuminen ei onnistunut. Yritä uudelleen.'],
    ['no-role', 'alert', 'Tunnuksellasi ei ole Neuvon käyttöoikeutta. Ota yhteyttä esihenkilöösi.'],
  ] as const)('says why it is shown: %s', (notice, role, text) => {
    const shown = mountScreen(notice).get('[data-testid="sign-in-notice"]');
    expect(shown.attributes('role')).toBe(role);
    expect(shown.text()).toBe(text);
  });
});
