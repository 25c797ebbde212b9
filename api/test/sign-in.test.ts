/**
 * Staff sign-in through the api's /auth endpoints against a real local OpenID Connect provider: the
 * authorization-code flow with PKCE, the callback's refusals, sessions and sign-out.
 */
import { createHash } from 'node:crypto';
import { runSignIn, sampleUser, signInHeadless, type LocalUser } from '@neuvo/local-idp';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { memoryLogger, startTestApi, TEST_PORTAL_URL, type TestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql } from './support/graphql.js';

const agent = sampleUser('agentti.pohjanmaa');
const outsider: LocalUser = {
  username: 'ulkopuolinen',
  password: 'ulkopuolinen-salasana',
  name: 'Ulla Ulkopuolinen',
  roles: ['some-other-app'],
  region: 'pohjanmaa',
};
const ME = '{ me { name roles homeRegion } }';
const logger = memoryLogger();

let api: TestApi;
let database: TestDatabase;
let store: OperationalDb;

const signIn = (user: LocalUser = agent, onCallback?: (url: URL) => URL | Promise<URL>) =>
  runSignIn({
    apiUrl: api.url,
    returnTo: `${TEST_PORTAL_URL}/haku?q=kuume`,
    username: user.username,
    password: user.password,
    ...(onCallback ? { onCallback } : {}),
  });

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi({ ...database.env }, logger, { idpUsers: [agent, outsider] });
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
});

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await database?.drop();
});

describe('sign-in', () => {
  it('redirects to the provider with PKCE (S256), state and nonce, and keeps the attempt server-side', async () => {
    const res = await fetch(`${api.url}/auth/login?returnTo=${encodeURIComponent(`${TEST_PORTAL_URL}/`)}`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const target = new URL(res.headers.get('location') ?? '');
    expect(target.origin).toBe(api.idp?.issuer);
    expect(target.searchParams.get('code_challenge_method')).toBe('S256');
    expect(target.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(target.searchParams.get('state')).toBeTruthy();
    expect(target.searchParams.get('nonce')).toBeTruthy();
    expect(target.searchParams.get('redirect_uri')).toBe(`${api.url}/auth/callback`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('neuvo_login='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // The verifier never leaves the api: only the challenge is in the URL, only an id in the cookie.
    const attempts = await store.db.selectFrom('api_login_attempts').select('code_verifier').execute();
    expect(attempts.length).toBeGreaterThan(0);
    for (const a of attempts) expect(target.href).not.toContain(a.code_verifier);
  });

  it('signs an agent in, returns to the portal page asked for, and `me` names them without identity codes', async () => {
    const outcome = await signIn();
    expect(outcome.finalLocation).toBe(`${TEST_PORTAL_URL}/haku?q=kuume`);
    expect(outcome.cookie).toMatch(/^neuvo_session=[A-Za-z0-9_-]{43}$/);
    const me = await gql<{ me: unknown }>(api.url, ME, {}, { cookie: outcome.cookie! });
    expect(me.data?.me).toEqual({ name: 'Aino Asiakaspalvelu', roles: ['agent'], homeRegion: 'pohjanmaa' });
    // Nothing of the person in the logs: no name, no subject.
    expect(JSON.stringify(logger.lines)).not.toMatch(/Aino|agentti\.pohjanmaa/);
  });

  it('gives a stable preference key per person that does not reveal the subject', async () => {
    const KEY = '{ me { preferenceKey } }';
    const first = await signIn();
    const second = await signIn();
    const a = await gql<{ me: { preferenceKey: string } }>(api.url, KEY, {}, { cookie: first.cookie! });
    const b = await gql<{ me: { preferenceKey: string } }>(api.url, KEY, {}, { cookie: second.cookie! });
    expect(a.data?.me.preferenceKey).toMatch(/^[0-9a-f]{32}$/);
    expect(b.data?.me.preferenceKey).toBe(a.data?.me.preferenceKey);
    expect(a.data?.me.preferenceKey).not.toContain('agentti');
  });

  it('answers `me` with null for anonymous callers', async () => {
    const me = await gql<{ me: unknown }>(api.url, ME);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toBeNull();
  });

  it('refuses a person the provider knows but who holds no Neuvo role', async () => {
    const outcome = await signIn(outsider);
    expect(outcome.cookie).toBeNull();
    expect(new URL(outcome.finalLocation).searchParams.get('signin')).toBe('no-role');
  });

  it('refuses returnTo outside the portal (no open redirect)', async () => {
    for (const returnTo of [
      'https://evil.example/',
      'http://127.0.0.1:1/',
      '//evil.example',
      'javascript:alert(1)',
    ]) {
      const res = await fetch(`${api.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, {
        redirect: 'manual',
      });
      expect(res.status, returnTo).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    }
  });
});

describe('the callback', () => {
  const refused = (outcome: { cookie: string | null; finalLocation: string }) => {
    expect(outcome.cookie).toBeNull();
    expect(new URL(outcome.finalLocation).searchParams.get('signin')).toBe('failed');
  };

  it('refuses a state that is not the attempt’s', async () => {
    refused(
      await signIn(agent, (url) => {
        url.searchParams.set('state', 'forged-state');
        return url;
      }),
    );
    expect(
      logger.lines.some((l) => l.event === 'signin_refused' && l.fields['reason'] === 'verification_failed'),
    ).toBe(true);
  });

  it('refuses an ID token whose nonce is not the attempt’s', async () => {
    refused(
      await signIn(agent, async (url) => {
        // The provider put the attempt's nonce in the token; the api now expects another one.
        await sql`update api_login_attempts set nonce = ${'another-nonce'}`.execute(store.db);
        return url;
      }),
    );
  });

  it('refuses a replayed callback: the attempt is single use', async () => {
    let callback: URL | undefined;
    const first = await signIn(agent, (url) => {
      callback = new URL(url);
      return url;
    });
    expect(first.cookie).not.toBeNull();
    const replay = await fetch(callback!, { redirect: 'manual' });
    expect(replay.status).toBe(303);
    expect(new URL(replay.headers.get('location') ?? '').searchParams.get('signin')).toBe('failed');
    expect(replay.headers.getSetCookie().some((c) => /^neuvo_session=[^;]/.test(c))).toBe(false);
  });

  it('refuses a callback without the login cookie of the browser that started it', async () => {
    let callback: URL | undefined;
    await signIn(agent, (url) => {
      callback = new URL(url);
      // Send the browser elsewhere: the callback is then opened by another "browser" below.
      return new URL(`${TEST_PORTAL_URL}/`);
    });
    const res = await fetch(callback!, { redirect: 'manual' });
    expect(new URL(res.headers.get('location') ?? '').searchParams.get('signin')).toBe('failed');
    expect(res.headers.getSetCookie().some((c) => /^neuvo_session=[^;]/.test(c))).toBe(false);
  });

  it('refuses a session cookie that was never issued (forged)', async () => {
    const r = await gql(
      api.url,
      ME,
      {},
      { cookie: 'neuvo_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    );
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.headers.getSetCookie().join()).toMatch(/neuvo_session=; .*Max-Age=0/);
  });
});

describe('sessions', () => {
  it('end at sign-out: the same cookie is refused afterwards', async () => {
    const { cookie } = await signInHeadless({
      apiUrl: api.url,
      returnTo: `${TEST_PORTAL_URL}/`,
      username: agent.username,
      password: agent.password,
    });
    const out = await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: TEST_PORTAL_URL },
    });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join()).toMatch(/neuvo_session=; .*Max-Age=0/);
    const after = await gql(api.url, ME, {}, { cookie });
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
  });

  it("send the browser on to end the provider's session too, and back to the portal saying so", async () => {
    const { cookie } = await signInHeadless({
      apiUrl: api.url,
      returnTo: `${TEST_PORTAL_URL}/`,
      username: agent.username,
      password: agent.password,
    });
    const out = await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: TEST_PORTAL_URL },
    });
    const { signOutUrl } = (await out.json()) as { signOutUrl: string | null };
    const end = new URL(signOutUrl ?? '');
    expect(end.origin).toBe(api.idp?.issuer);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${TEST_PORTAL_URL}/?signin=signed-out`);
    // The ID token of this very sign-in is the hint: the provider knows whose session to end.
    const hint = end.searchParams.get('id_token_hint') ?? '';
    const claims = JSON.parse(Buffer.from(hint.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      sub?: string;
    };
    expect(claims.sub).toBe(agent.username);

    // The provider's page confirms at once; posting its form ends there and returns to the portal.
    const page = await fetch(end, { redirect: 'manual' });
    expect(page.status).toBe(200);
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const confirmed = await fetch(new URL(action.replace(/&amp;/g, '&'), end), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: page.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
      },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${TEST_PORTAL_URL}/?signin=signed-out`);
  });

  it('end when the same browser signs in again (a new id, never the old one kept)', async () => {
    const first = await signInHeadless({
      apiUrl: api.url,
      returnTo: `${TEST_PORTAL_URL}/`,
      username: agent.username,
      password: agent.password,
    });
    const second = await runSignIn({
      apiUrl: api.url,
      returnTo: `${TEST_PORTAL_URL}/`,
      username: agent.username,
      password: agent.password,
      apiCookie: first.cookie,
    });
    expect(second.cookie).not.toBeNull();
    expect(second.cookie).not.toBe(first.cookie);
    expect(codes(await gql(api.url, ME, {}, { cookie: first.cookie }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(api.url, ME, {}, { cookie: second.cookie! }))).toEqual([]);
  });

  it('end when the absolute limit has passed (the store says so, the api refuses)', async () => {
    const { cookie } = await signInHeadless({
      apiUrl: api.url,
      returnTo: `${TEST_PORTAL_URL}/`,
      username: agent.username,
      password: agent.password,
    });
    const hash = createHash('sha256').update(cookie.split('=')[1]!).digest('hex');
    await store.db
      .updateTable('api_sessions')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id_hash', '=', hash)
      .execute();
    expect(codes(await gql(api.url, ME, {}, { cookie }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuse cookie-carrying requests and sign-out from a foreign origin (CSRF)', async () => {
    const { cookie } = await signInHeadless({
      apiUrl: api.url,
      returnTo: `${TEST_PORTAL_URL}/`,
      username: agent.username,
      password: agent.password,
    });
    const foreign = await gql(api.url, ME, {}, { cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(codes(foreign)).toEqual(['FORBIDDEN']);
    const out = await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(out.status).toBe(403);
    // Still signed in: the foreign sign-out did nothing.
    const me = await gql<{ me: { name: string } | null }>(
      api.url,
      ME,
      {},
      { cookie, origin: TEST_PORTAL_URL },
    );
    expect(me.data?.me?.name).toBe('Aino Asiakaspalvelu');
  });
});
