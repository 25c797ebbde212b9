import { describe, expect, it } from 'vitest';
import { authUrl, createSession, signInUrl, takeSignInOutcome } from './session';

describe('sign-in URLs', () => {
  it('put /auth next to the GraphQL endpoint, behind a proxy prefix too', () => {
    expect(authUrl('http://127.0.0.1:4000/graphql', 'login')).toBe('http://127.0.0.1:4000/auth/login');
    expect(authUrl('https://neuvo.example.fi/api/graphql', 'logout')).toBe(
      'https://neuvo.example.fi/api/auth/logout',
    );
  });

  it('return to the page the agent was on', () => {
    expect(signInUrl('http://127.0.0.1:4000/graphql', 'http://127.0.0.1:5173/#search-report')).toBe(
      'http://127.0.0.1:4000/auth/login?returnTo=http%3A%2F%2F127.0.0.1%3A5173%2F%23search-report',
    );
  });

  it('read the outcome of a refused sign-in once and remove it from the URL', () => {
    expect(takeSignInOutcome('http://p.test/?signin=no-role&x=1')).toEqual({
      notice: 'no-role',
      cleaned: 'http://p.test/?x=1',
    });
    expect(takeSignInOutcome('http://p.test/?signin=failed').notice).toBe('failed');
    expect(takeSignInOutcome('http://p.test/?signin=signed-out')).toEqual({
      notice: 'signed-out',
      cleaned: 'http://p.test/',
    });
    expect(takeSignInOutcome('http://p.test/?signin=anything').notice).toBe('failed');
    expect(takeSignInOutcome('http://p.test/')).toEqual({ notice: null, cleaned: 'http://p.test/' });
  });
});

describe('the session', () => {
  const me = { name: 'Aino Asiakaspalvelu', roles: ['agent'] as const, homeRegion: 'pohjanmaa' };
  const clientAnswering = (answer: () => unknown) => () => ({
    request: async <T>() => answer() as T,
  });

  it('is signed in when the api names the person, signed out (quietly) when it answers null', async () => {
    const signedIn = createSession({
      apiUrl: 'http://a.test/graphql',
      client: clientAnswering(() => ({ me })),
    });
    await signedIn.load();
    expect(signedIn.state.value).toBe('signed-in');
    expect(signedIn.me.value).toEqual(me);

    const anonymous = createSession({
      apiUrl: 'http://a.test/graphql',
      client: clientAnswering(() => ({ me: null })),
    });
    await anonymous.load();
    expect(anonymous.state.value).toBe('signed-out');
    expect(anonymous.notice.value).toBeNull();
  });

  it('goes to the sign-in screen with the expired notice when a request finds the session ended', async () => {
    const session = createSession({
      apiUrl: 'http://a.test/graphql',
      client: clientAnswering(() => ({ me })),
    });
    await session.load();
    session.ended();
    expect(session.state.value).toBe('signed-out');
    expect(session.me.value).toBeNull();
    expect(session.notice.value).toBe('expired');
  });

  it('signs out at the api with the cookie and says so', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const session = createSession({
      apiUrl: 'http://a.test/graphql',
      client: clientAnswering(() => ({ me })),
      fetch: async (url, init) => {
        calls.push({ url: String(url), init });
        return Response.json({ signOutUrl: null });
      },
    });
    await session.load();
    await session.signOut();
    expect(calls).toEqual([
      { url: 'http://a.test/auth/logout', init: { method: 'POST', credentials: 'include' } },
    ]);
    expect(session.state.value).toBe('signed-out');
    expect(session.notice.value).toBe('signed-out');
  });

  it("sends the browser on to the provider's sign-out when the api names it", async () => {
    const visited: string[] = [];
    const session = createSession({
      apiUrl: 'http://a.test/graphql',
      client: clientAnswering(() => ({ me })),
      fetch: async () => Response.json({ signOutUrl: 'http://idp.test/session/end?id_token_hint=x' }),
      navigate: (url) => visited.push(url),
    });
    await session.load();
    await session.signOut();
    expect(visited).toEqual(['http://idp.test/session/end?id_token_hint=x']);
    expect(session.state.value).toBe('signed-out');
  });
});
