import type { IncomingMessage, ServerResponse } from 'node:http';
import * as oidc from 'openid-client';
import type { AuthConfig } from '../../config.js';
import { describeError, type Logger } from '@neuvo/node-kit';
import {
  DomainError,
  postLogoutRedirectUrl,
  SIGN_IN_OUTCOME_PARAM,
  type SignInOutcome,
} from '../../models.js';
import { identityFromClaims } from './claims.js';
import { cookieNames, readCookies, serializeCookie } from './cookies.js';
import type { OidcClient } from './oidc.js';
import { ANONYMOUS, type Viewer } from './roles.js';
import { LOGIN_ATTEMPT_MS, type SessionStore } from './session-store.js';

/** Why a request was refused before GraphQL ran; the server turns it into an HTTP answer. */
export class AuthRefusal extends DomainError {
  override readonly name: string = 'AuthRefusal';
  override readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN';

  constructor(
    readonly status: 401 | 403,
    code: 'UNAUTHENTICATED' | 'FORBIDDEN',
    message: string,
    /** `Set-Cookie` values to send with the refusal (a dead session cookie is cleared). */
    readonly setCookies: readonly string[] = [],
  ) {
    super(code, message);
    this.code = code;
  }
}

export interface StaffAuth {
  /**
   * The viewer of a request: anonymous without a session cookie, staff with a live session. A request that
   * carries a session cookie from a foreign origin is refused (FORBIDDEN), one whose session ended or never
   * existed too (UNAUTHENTICATED, and the cookie is cleared), so the portal can say "sign in again" instead of
   * quietly showing citizen content.
   */
  viewerOf(req: IncomingMessage): Promise<Viewer>;
  /** Handles `/auth/*`; `false` for other paths. */
  handle(req: IncomingMessage, res: ServerResponse, path: string, method: string): Promise<boolean>;
}

export interface StaffAuthOptions {
  readonly auth: AuthConfig;
  readonly store: SessionStore;
  readonly oidc: OidcClient;
  readonly logger: Logger;
  /** The api's own base URL, for the callback URL when `OIDC_REDIRECT_URL` is not set. */
  readonly apiUrl: () => string;
}

const MAX_RETURN_TO = 2048;

export function createStaffAuth(options: StaffAuthOptions): StaffAuth {
  const { auth, store, logger } = options;
  const names = cookieNames(auth.cookieSecure);
  const redirectUrl = () => auth.redirectUrl ?? `${options.apiUrl()}/auth/callback`;
  const clear = (name: string) => serializeCookie(name, '', { secure: auth.cookieSecure, maxAgeSeconds: 0 });

  // Ended sessions and stale login attempts are deleted from the sign-in path, at most once a minute: no timer to
  // stop, and a flood of /auth/login requests cannot grow the attempts table beyond ten minutes' worth.
  let lastPurge = 0;
  const purgeNowAndThen = () => {
    if (Date.now() - lastPurge < 60_000) return;
    lastPurge = Date.now();
    void store
      .purgeExpired()
      .catch((error: unknown) => logger.warn('session_purge_failed', describeError(error)));
  };

  /** Only pages of the configured portal: anything else would make the api an open redirect. */
  const validReturnTo = (raw: string | null): string | null => {
    if (raw === null || raw === '') return `${auth.portalOrigin}/`;
    if (raw.length > MAX_RETURN_TO) return null;
    try {
      const url = new URL(raw);
      return url.origin === auth.portalOrigin ? url.href : null;
    } catch {
      return null;
    }
  };

  const withOutcome = (returnTo: string, outcome: SignInOutcome): string => {
    const url = new URL(returnTo);
    url.searchParams.set(SIGN_IN_OUTCOME_PARAM, outcome);
    return url.href;
  };

  const redirect = (res: ServerResponse, location: string, setCookies: string[] = []) => {
    if (setCookies.length > 0) res.setHeader('set-cookie', setCookies);
    res.statusCode = 303;
    res.setHeader('location', location);
    res.end();
  };

  const sendError = (res: ServerResponse, status: number, code: string, message: string) => {
    const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(text);
  };

  /** Cookie-carrying requests from a browser must come from the portal (absent Origin: not a browser fetch). */
  const fromPortal = (req: IncomingMessage) =>
    req.headers.origin === undefined || req.headers.origin === auth.portalOrigin;

  async function login(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const returnTo = validReturnTo(url.searchParams.get('returnTo'));
    if (returnTo === null) {
      sendError(res, 400, 'VALIDATION_FAILED', 'returnTo must be a page of the agent portal.');
      return;
    }
    const attempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo,
    };
    const target = await options.oidc.authorizationUrl({ ...attempt, redirectUrl: redirectUrl() });
    const attemptId = await store.saveLoginAttempt(attempt);
    purgeNowAndThen();
    redirect(res, target.href, [
      serializeCookie(names.login, attemptId, {
        secure: auth.cookieSecure,
        maxAgeSeconds: Math.floor(LOGIN_ATTEMPT_MS / 1000),
      }),
    ]);
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const attemptId = readCookies(req).get(names.login) ?? '';
    const attempt = await store.takeLoginAttempt(attemptId);
    const clearLogin = clear(names.login);
    if (!attempt) {
      logger.warn('signin_refused', { reason: 'unknown_or_expired_attempt' });
      redirect(res, withOutcome(`${auth.portalOrigin}/`, 'failed'), [clearLogin]);
      return;
    }
    if (url.searchParams.has('error')) {
      // The provider refused or the person cancelled; its error code is a closed OAuth value, safe to log.
      logger.warn('signin_refused', {
        reason: 'provider_error',
        error: url.searchParams.get('error')?.slice(0, 64),
      });
      redirect(res, withOutcome(attempt.returnTo, 'failed'), [clearLogin]);
      return;
    }
    const callbackUrl = new URL(redirectUrl());
    callbackUrl.search = url.search;
    let claims: Record<string, unknown>;
    let idToken: string;
    try {
      ({ claims, idToken } = await options.oidc.verifyCallback({ callbackUrl, ...attempt }));
    } catch (error) {
      // Wrong state or nonce, a replayed code, a bad signature: the error names the check, never token contents.
      logger.warn('signin_refused', { reason: 'verification_failed', ...describeError(error) });
      redirect(res, withOutcome(attempt.returnTo, 'failed'), [clearLogin]);
      return;
    }
    const identity = identityFromClaims(claims, auth.claims);
    if (!identity) {
      logger.warn('signin_refused', { reason: 'no_neuvo_role' });
      redirect(res, withOutcome(attempt.returnTo, 'no-role'), [clearLogin]);
      return;
    }
    // A session this browser still had ends here: one browser, one session, and never a fixed id.
    const previous = readCookies(req).get(names.session);
    if (previous !== undefined) await store.destroy(previous);
    const sessionId = await store.create(identity, idToken);
    logger.info('signin', { roles: identity.roles });
    purgeNowAndThen();
    redirect(res, attempt.returnTo, [
      clearLogin,
      serializeCookie(names.session, sessionId, { secure: auth.cookieSecure }),
    ]);
  }

  async function logout(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!fromPortal(req)) {
      sendError(res, 403, 'FORBIDDEN', 'Sign out from the agent portal.');
      return;
    }
    const sessionId = readCookies(req).get(names.session);
    const { idToken } = sessionId !== undefined ? await store.destroy(sessionId) : { idToken: null };
    // The api's session has ended; the provider's own session ends when the portal sends the browser there.
    const signOutUrl = await options.oidc.endSessionUrl({
      idTokenHint: idToken,
      postLogoutRedirectUrl: postLogoutRedirectUrl(auth.portalOrigin),
    });
    res.setHeader('set-cookie', [clear(names.session)]);
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify({ signOutUrl: signOutUrl?.href ?? null }));
  }

  return {
    async viewerOf(req) {
      const sessionId = readCookies(req).get(names.session);
      if (sessionId === undefined) return ANONYMOUS;
      if (!fromPortal(req))
        throw new AuthRefusal(403, 'FORBIDDEN', 'Requests with a session must come from the agent portal.');
      const identity = await store.resolve(sessionId);
      if (!identity)
        throw new AuthRefusal(401, 'UNAUTHENTICATED', 'The session has ended. Sign in again.', [
          clear(names.session),
        ]);
      return { kind: 'staff', identity, sessionId };
    },

    async handle(req, res, path, method) {
      const url = new URL(req.url ?? '/', 'http://api.invalid');
      try {
        if (path === '/auth/login' && method === 'GET') await login(req, res, url);
        else if (path === '/auth/callback' && method === 'GET') await callback(req, res, url);
        else if (path === '/auth/logout' && method === 'POST') await logout(req, res);
        else if (path === '/auth/login' || path === '/auth/callback' || path === '/auth/logout') {
          res.setHeader('allow', path === '/auth/logout' ? 'POST' : 'GET');
          sendError(res, 405, 'VALIDATION_FAILED', `Use ${path === '/auth/logout' ? 'POST' : 'GET'}.`);
        } else return false;
      } catch (error) {
        if (res.headersSent) throw error;
        logger.error('signin_unavailable', describeError(error));
        sendError(res, 503, 'UPSTREAM_UNAVAILABLE', 'Sign-in is not available right now. Try again shortly.');
      }
      return true;
    },
  };
}
