import { inject, ref, type InjectionKey, type Ref } from 'vue';
import { PortalMeDocument, type GraphQLClient, type PortalMeQuery } from '@neuvo/graphql-contract';
import { parseSignInOutcome, SIGN_IN_OUTCOME_PARAM, type SignInOutcome } from '@neuvo/content-models/sign-in';

/**
 * The signed-in person. Agents sign in at the api (`/auth/login`, OpenID Connect at the county's provider); the
 * api keeps the session and sends an httpOnly cookie, so the portal never holds a token, only this answer of `me`.
 */
export type Me = NonNullable<PortalMeQuery['me']>;

/** Why the sign-in screen is shown, if there is something to say: what the api said, or a session that ended. */
export type SignInNotice = SignInOutcome | 'expired';

/** `/auth/<action>` next to the GraphQL endpoint (works behind a proxy prefix like `/api/graphql` too). */
export function authUrl(apiUrl: string, action: 'login' | 'logout'): string {
  return new URL(`auth/${action}`, new URL('.', apiUrl)).href;
}

/** Where the sign-in button goes: the api's login, returning to this page. */
export function signInUrl(apiUrl: string, returnTo: string): string {
  return `${authUrl(apiUrl, 'login')}?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * Reads and removes the api's `?signin=…` from the page URL (after a refused sign-in, or back from signing out at
 * the provider), so a reload does not show the message again. Returns the notice and the cleaned URL.
 */
export function takeSignInOutcome(href: string): { notice: SignInNotice | null; cleaned: string } {
  const url = new URL(href);
  const notice = parseSignInOutcome(url.searchParams.get(SIGN_IN_OUTCOME_PARAM));
  if (notice === null) return { notice: null, cleaned: href };
  url.searchParams.delete(SIGN_IN_OUTCOME_PARAM);
  return { notice, cleaned: url.href };
}

export interface Session {
  readonly state: Ref<'loading' | 'signed-out' | 'signed-in'>;
  readonly me: Ref<Me | null>;
  readonly notice: Ref<SignInNotice | null>;
  /** Asks the api who is signed in. */
  load(): Promise<void>;
  /** Called when any request finds the session ended: back to the sign-in screen with a message. */
  ended(): void;
  signOut(): Promise<void>;
}

export const SESSION_KEY: InjectionKey<Session> = Symbol('neuvo-session');

export function useSession(): Session {
  const session = inject(SESSION_KEY);
  if (!session) throw new Error('No session provided (SESSION_KEY)');
  return session;
}

export function createSession(options: {
  apiUrl: string;
  client: () => GraphQLClient;
  initialNotice?: SignInNotice | null;
  fetch?: typeof fetch;
  /** Sends the browser to the provider's sign-out page (default: `location.assign`). */
  navigate?: (url: string) => void;
}): Session {
  const state = ref<'loading' | 'signed-out' | 'signed-in'>('loading');
  const me = ref<Me | null>(null);
  const notice = ref<SignInNotice | null>(options.initialNotice ?? null);
  const signedOut = (why: SignInNotice | null) => {
    me.value = null;
    notice.value = why;
    state.value = 'signed-out';
  };
  return {
    state,
    me,
    notice,
    async load() {
      // An UNAUTHENTICATED answer has already switched to the sign-in screen (`ended`); other errors leave it to
      // the person to retry, as a signed-out screen with a sign-in button.
      const data = await options
        .client()
        .request(PortalMeDocument, {})
        .catch((): PortalMeQuery => ({ me: null }));
      if (state.value === 'signed-out' && notice.value === 'expired') return;
      if (data.me) {
        me.value = data.me;
        state.value = 'signed-in';
      } else signedOut(notice.value);
    },
    ended() {
      signedOut('expired');
    },
    async signOut() {
      const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
      const answer = await fetchImpl(authUrl(options.apiUrl, 'logout'), {
        method: 'POST',
        credentials: 'include',
      })
        .then((res) => (res.ok ? (res.json() as Promise<{ signOutUrl?: unknown }>) : null))
        .catch(() => null);
      signedOut('signed-out');
      // The provider ends its own session too and sends the browser back here; without that, the next person at
      // this workstation would be signed in as this one without typing a password.
      if (typeof answer?.signOutUrl === 'string') {
        (options.navigate ?? ((url) => window.location.assign(url)))(answer.signOutUrl);
      }
    },
  };
}
