import * as oidc from 'openid-client';
import type { AuthConfig } from '../../config.js';
import { DomainError } from '../../models.js';

/** The api as a relying party of the county's OpenID Connect provider (authorization code + PKCE). */
export interface OidcClient {
  /** The provider's authorization URL for a new login attempt. */
  authorizationUrl(input: {
    state: string;
    nonce: string;
    codeVerifier: string;
    redirectUrl: string;
  }): Promise<URL>;
  /**
   * Exchanges the callback's code and returns the verified ID token (its claims, and the token itself as the hint
   * for a later sign-out). Throws when the state, the nonce, the PKCE verifier, the token's signature, issuer,
   * audience or times do not check out.
   */
  verifyCallback(input: {
    callbackUrl: URL;
    state: string;
    nonce: string;
    codeVerifier: string;
  }): Promise<{ claims: Record<string, unknown>; idToken: string }>;
  /**
   * Where to send the browser so the provider ends its own session too (RP-initiated logout), returning to
   * `postLogoutRedirectUrl`; `null` when the provider has no end-session endpoint or cannot be reached.
   */
  endSessionUrl(input: { idTokenHint: string | null; postLogoutRedirectUrl: string }): Promise<URL | null>;
}

export function createOidcClient(auth: AuthConfig): OidcClient {
  // Discovered on first use and kept: the api starts (and serves citizens) even when the provider is down.
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(
        new URL(auth.issuer),
        auth.clientId,
        undefined,
        oidc.ClientSecretBasic(auth.clientSecret),
        auth.allowHttpIssuer ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw new DomainError('UPSTREAM_UNAVAILABLE', 'The sign-in provider cannot be reached.', {
          cause: error,
        });
      });
    return discovered;
  };

  return {
    async authorizationUrl({ state, nonce, codeVerifier, redirectUrl }) {
      const config = await configuration();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUrl,
        scope: auth.scopes,
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
    },
    async verifyCallback({ callbackUrl, state, nonce, codeVerifier }) {
      const config = await configuration();
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: codeVerifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || tokens.id_token === undefined) throw new Error('the token response has no ID token');
      return { claims: claims as Record<string, unknown>, idToken: tokens.id_token };
    },
    async endSessionUrl({ idTokenHint, postLogoutRedirectUrl }) {
      const config = await configuration().catch(() => null);
      if (!config?.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        post_logout_redirect_uri: postLogoutRedirectUrl,
        ...(idTokenHint !== null ? { id_token_hint: idTokenHint } : {}),
      });
    },
  };
}
