/**
 * Signs in the way a browser would, without one: follows the api's redirect to the provider, posts the local
 * provider's login form and follows the redirects back to the api's callback. Tests and benchmarks use it to act
 * as an agent or a supervisor through the real authorization-code flow.
 */

export interface HeadlessSignInOptions {
  /** The api's base URL, e.g. `http://127.0.0.1:4000`. */
  readonly apiUrl: string;
  /** Where the api should send the browser afterwards (must be the api's configured portal origin). */
  readonly returnTo: string;
  readonly username: string;
  readonly password: string;
  /**
   * Called with the provider's redirect to the api's callback before it is followed; what it returns is followed
   * instead. Tests use it to tamper with or replay the callback.
   */
  readonly onCallback?: (callbackUrl: URL) => URL | Promise<URL>;
  /** A `Cookie` header the browser already holds for the api (e.g. an earlier session), sent along. */
  readonly apiCookie?: string;
}

/** How a sign-in ended: with the api's session cookie, or without one (`cookie` null; see `finalLocation`). */
export interface SignInOutcome {
  readonly cookie: string | null;
  readonly finalLocation: string;
}

export interface HeadlessSignIn {
  /** The `Cookie` header value carrying the api's session. */
  readonly cookie: string;
  /** Where the api redirected at the end (the `returnTo`, possibly with a sign-in error). */
  readonly finalLocation: string;
}

/** Cookies per origin (the api's and the provider's never share names here, but keeping them apart is simpler). */
type Jar = Map<string, Map<string, string>>;

function remember(jar: Jar, origin: string, response: Response): void {
  const cookies = jar.get(origin) ?? new Map<string, string>();
  jar.set(origin, cookies);
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';');
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((a) => {
      const [key = '', v = ''] = a.split('=').map((s) => s.trim());
      if (key.toLowerCase() === 'max-age') return Number(v) <= 0;
      if (key.toLowerCase() === 'expires') return Date.parse(v) <= Date.now();
      return false;
    });
    if (expired || value === '') cookies.delete(name);
    else cookies.set(name, value);
  }
}

const cookieHeader = (jar: Jar, origin: string): string =>
  [...(jar.get(origin) ?? new Map<string, string>())].map(([n, v]) => `${n}=${v}`).join('; ');

/** Signs in; throws when no session results (the final location, e.g. `?signin=failed`, is in the message). */
export async function signInHeadless(options: HeadlessSignInOptions): Promise<HeadlessSignIn> {
  const outcome = await runSignIn(options);
  if (outcome.cookie === null) throw new Error(`sign-in ended at ${outcome.finalLocation} without a session`);
  return { cookie: outcome.cookie, finalLocation: outcome.finalLocation };
}

/**
 * Runs the sign-in to its end and reports it without judging: for tests of refused sign-ins. Throws only when
 * the flow gets stuck (an unexpected page or too many redirects).
 */
export async function runSignIn(options: HeadlessSignInOptions): Promise<SignInOutcome> {
  const jar: Jar = new Map();
  const apiOrigin = new URL(options.apiUrl).origin;
  if (options.apiCookie) {
    jar.set(
      apiOrigin,
      new Map(
        options.apiCookie.split(';').map((pair) => {
          const at = pair.indexOf('=');
          return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as [string, string];
        }),
      ),
    );
  }
  const returnOrigin = new URL(options.returnTo).origin;
  let url = new URL(`${options.apiUrl}/auth/login?returnTo=${encodeURIComponent(options.returnTo)}`);
  let init: RequestInit = { method: 'GET' };
  let postedForm = false;

  for (let step = 0; step < 20; step++) {
    const cookie = cookieHeader(jar, url.origin);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string> | undefined), ...(cookie ? { cookie } : {}) },
    });
    remember(jar, url.origin, response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      let next = new URL(location, url);
      if (next.origin === apiOrigin && next.pathname === '/auth/callback' && options.onCallback) {
        next = await options.onCallback(next);
      }
      // Back at the application: the browser would now load the portal, which the helper need not do.
      if (next.origin === returnOrigin && next.origin !== apiOrigin) {
        const session = cookieHeader(jar, apiOrigin);
        return { cookie: session === '' ? null : session, finalLocation: next.href };
      }
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const body = await response.text();
    const form = /<form[^>]*method="post"[^>]*action="([^"]+)"/i.exec(body);
    if (response.status === 200 && form?.[1] && !postedForm) {
      postedForm = true;
      url = new URL(form[1].replace(/&amp;/g, '&'), url);
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: options.username, password: options.password }).toString(),
      };
      continue;
    }
    throw new Error(`sign-in stopped at ${url.origin}${url.pathname} with HTTP ${response.status}`);
  }
  throw new Error('sign-in did not finish within 20 redirects');
}
