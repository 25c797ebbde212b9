import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickLocale, renderLoginPage } from '../src/login-page.js';
import { startLocalIdp, type LocalIdp } from '../src/provider.js';
import { SAMPLE_USERS } from '../src/users.js';

const REDIRECT = 'http://127.0.0.1:9/auth/callback';
let idp: LocalIdp;

beforeAll(async () => {
  idp = await startLocalIdp({
    clients: [{ clientId: 'rp', clientSecret: 'rp-secret', redirectUris: [REDIRECT] }],
  });
});

afterAll(async () => {
  await idp?.stop();
});

/** Starts an authorization request and follows the provider to its login page; returns that page's URL. */
async function loginPage(params: Record<string, string>): Promise<{ url: URL; cookie: string }> {
  const auth = new URL(`${idp.issuer}/auth`);
  for (const [k, v] of Object.entries({
    client_id: 'rp',
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope: 'openid profile',
    ...params,
  }))
    auth.searchParams.set(k, v);
  const res = await fetch(auth, { redirect: 'manual' });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { url: new URL(res.headers.get('location') ?? '', idp.issuer), cookie };
}

const PKCE = { code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' };

describe('the local provider', () => {
  it('publishes an authorization-code provider with S256 PKCE', async () => {
    const discovery = (await (
      await fetch(`${idp.issuer}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(discovery['issuer']).toBe(idp.issuer);
    expect(discovery['code_challenge_methods_supported']).toEqual(['S256']);
    expect(discovery['response_types_supported']).toContain('code');
  });

  it('refuses an authorization request without PKCE', async () => {
    const { url } = await loginPage({});
    // Back to the client with an error instead of a login page.
    expect(url.href.startsWith(REDIRECT)).toBe(true);
    expect(url.searchParams.get('error')).toBe('invalid_request');
  });

  it('shows its login form in the language asked for, and refuses a wrong password with an alert', async () => {
    const { url, cookie } = await loginPage({ ...PKCE, ui_locales: 'sv-FI' });
    expect(url.pathname).toMatch(/^\/interaction\//);
    const page = await (await fetch(url, { headers: { cookie } })).text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<label for="username">Användarnamn</label>');

    const user = SAMPLE_USERS[0]!;
    const wrong = await fetch(`${url.href}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: user.username, password: 'wrong', lang: 'en' }).toString(),
    });
    expect(wrong.status).toBe(401);
    const body = await wrong.text();
    expect(body).toContain('role="alert"');
    expect(body).toContain('The username or password is wrong.');
    expect(body).not.toContain('wrong"'); // the typed password is never echoed
  });
});

describe('the login page', () => {
  it('speaks Finnish, Swedish and English, Finnish by default', () => {
    expect(pickLocale(undefined)).toBe('fi');
    expect(pickLocale('de en-GB')).toBe('en');
    const titles = (['fi', 'sv', 'en'] as const).map(
      (locale) => /<h1>(.*)<\/h1>/.exec(renderLoginPage({ locale, action: '/a', pageUrl: '/p' }))?.[1],
    );
    expect(titles).toEqual(['Kirjaudu Neuvoon', 'Logga in i Neuvo', 'Sign in to Neuvo']);
  });

  it('escapes what it puts back into the form', () => {
    const html = renderLoginPage({
      locale: 'fi',
      action: '/a',
      pageUrl: '/p',
      failed: true,
      username: '"><script>',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
});
