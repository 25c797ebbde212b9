import { startLocalIdp, type LocalIdp, type LocalUser } from '@neuvo/local-idp';
import { randomBytes } from 'node:crypto';
import { postLogoutRedirectUrl } from '@neuvo/content-models/sign-in';

/** The api's client id at the local provider. */
export const LOCAL_CLIENT_ID = 'neuvo-api';

/** How the api reaches its OpenID Connect provider (becomes `OIDC_ISSUER`, `OIDC_CLIENT_*`, `PORTAL_URL`). */
export interface SignInSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The portal's URL: where sign-in returns, the one origin allowed to send the session cookie. */
  readonly portalUrl: string;
}

export interface StartSignInOptions {
  /** The api's port: the provider registers its exact callback URL. */
  readonly apiPort: number;
  readonly portalUrl: string;
  /** Default: a random one. `npm start` keeps it in `.env` (`OIDC_CLIENT_SECRET`). */
  readonly clientSecret?: string;
  /** The provider's port (default: a free one). */
  readonly port?: number;
  /** Default: the sample agents and supervisors. */
  readonly users?: readonly LocalUser[];
}

/** A running local provider and the settings that point the api at it. */
export interface SignInHandle {
  readonly idp: LocalIdp;
  readonly settings: SignInSettings;
  stop(): Promise<void>;
}

/**
 * Starts the local OpenID Connect provider (`@neuvo/local-idp`) for an api on 127.0.0.1:`apiPort`: the
 * embedded default's and the tests' stand-in for a county's identity provider.
 */
export async function startSignIn(options: StartSignInOptions): Promise<SignInHandle> {
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const idp = await startLocalIdp({
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.users ? { users: options.users } : {}),
    clients: [
      {
        clientId: LOCAL_CLIENT_ID,
        clientSecret,
        redirectUris: [`http://127.0.0.1:${options.apiPort}/auth/callback`],
        postLogoutRedirectUris: [postLogoutRedirectUrl(new URL(options.portalUrl).origin)],
      },
    ],
  });
  return {
    idp,
    settings: { issuer: idp.issuer, clientId: LOCAL_CLIENT_ID, clientSecret, portalUrl: options.portalUrl },
    stop: () => idp.stop(),
  };
}
