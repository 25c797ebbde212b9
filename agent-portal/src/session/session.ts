import { inject, ref, type InjectionKey, type Ref } from 'vue';
import { PortalMeDocument, type GraphQLClient, type PortalMeQuery } from '@neuvo/graphql-contract';

/**
 * The signed-in person. Agents sign in at the api (`/auth/login`, OpenID Connect at the county's provider); the
 * api keeps the session and sends an httpOnly cookie, so the portal never holds a token, only this answer of `me`.
 */
export type Me = NonNullable<PortalMeQuery['me']>;

/** Why the sign-in screen is shown, if there is something to say. */
export type SignInNotice = 'expired' | 'signed-out' | 'failed' | 'no-role';

/** `/auth/<action>` next to the GraphQL endpoint (works behind a proxy prefix like `/api/graphql` too). */
export function authUrl(apiUrl: string, action: 'login' | 'logout'): string {
  return new URL(`auth/${action}`, new URL('.', apiUrl)).href;
}

/** Where the sign-in button goes: the api's login, returning to this page. */
export function signInUrl(apiUrl: string, returnTo: string): string {
  return `${authUrl(apiUrl, 'login')}?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * Reads and removes the api's `?signin=failed|no-role` from the page URL after a refused sign-in, so a reload
 * does not show the message again. Returns the notice and the cleaned URL.
 */
export function takeSignInOutcome(href: string): { notice: SignInNotice | null; cleaned: string } {
  const url = new URL(href);
  const outcome = url.searchParams.get('signin');
  if (outcome === null) return { notice: null, cleaned: href };
  url.searchParams.delete('signin');
  return { notice: outcome === 'no-role' ? 'no-role' : 'failed', cleaned: url.href };
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
      await fetchImpl(authUrl(options.apiUrl, 'logout'), { method: 'POST', credentials: 'include' }).catch(
        () => undefined,
      );
      signedOut('signed-out');
    },
  };
}
