import { generateKeyPairSync, randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { pickLocale, renderLoginPage, renderLogoutPage, type LoginLocale } from './login-page.js';
import { SAMPLE_USERS, type LocalUser } from './users.js';

/** A relying party the local provider knows (the api). */
export interface LocalClient {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Exact redirect URLs, e.g. `http://127.0.0.1:4000/auth/callback`. */
  readonly redirectUris: readonly string[];
  /** Exact URLs the provider may send the browser to after a sign-out the client started. */
  readonly postLogoutRedirectUris?: readonly string[];
}

export interface StartLocalIdpOptions {
  /** Default 0: any free port. */
  readonly port?: number;
  readonly clients: readonly LocalClient[];
  /** Default: {@link SAMPLE_USERS}. */
  readonly users?: readonly LocalUser[];
}

/** A running local provider. */
export interface LocalIdp {
  /** The issuer, `http://127.0.0.1:<port>` (discovery at `/.well-known/openid-configuration`). */
  readonly issuer: string;
  readonly users: readonly LocalUser[];
  stop(): Promise<void>;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison of a typed password with the account's. */
function passwordMatches(typed: string, expected: string): boolean {
  return timingSafeEqual(digest(typed), digest(expected));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16 * 1024) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  // No form-action: Chrome applies it to the redirects after the post too, and those lead on to the application.
  res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  res.end(html);
}

/**
 * Starts a local OpenID Connect provider (oidc-provider) on 127.0.0.1 with its own login page. Authorization
 * code flow with PKCE required, the `roles`, `region` and `name` claims in the ID token, consent implied (the
 * only clients are our own). For development and tests only: keys and sessions live in memory.
 */
export async function startLocalIdp(options: StartLocalIdpOptions): Promise<LocalIdp> {
  const users = options.users ?? SAMPLE_USERS;
  const byUsername = new Map(users.map((u) => [u.username, u]));
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A fresh signing key per start: nothing signed by an earlier run is ever accepted.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [...c.redirectUris],
      post_logout_redirect_uris: [...(c.postLogoutRedirectUris ?? [])],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: randomBytes(8).toString('hex') }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    // Seconds. Stated so the provider does not warn about its defaults; a working day's session at most.
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    // Without this, custom claims are only in userinfo; the api reads roles and region from the ID token.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], profile: ['name', 'roles', 'region'] },
    features: {
      devInteractions: { enabled: false },
      // Sign-out from the application ends the provider's session too: on a shared workstation the next person
      // who signs in must type their own password, not inherit the last one's session.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          const requested = ctx.oidc.params?.['ui_locales'];
          ctx.type = 'html';
          ctx.set('cache-control', 'no-store');
          ctx.body = renderLogoutPage({
            locale: pickLocale(typeof requested === 'string' ? requested : undefined),
            form,
          });
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const user = byUsername.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: user.name,
          roles: [...user.roles],
          ...(user.region !== undefined ? { region: user.region } : {}),
        }),
      };
    },
    // Our own clients need no consent screen: a grant for the requested scopes is made on sign-in.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId =
        ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '');
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client?.clientId ?? '',
        accountId: ctx.oidc.session?.accountId ?? '',
      });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const providerHandler = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, , uid, action] = url.pathname.split('/');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) {
      sendHtml(res, 400, '<!doctype html><title>Bad request</title><p>Unknown sign-in attempt.</p>');
      return;
    }
    const requested =
      typeof details.params['ui_locales'] === 'string' ? details.params['ui_locales'] : undefined;
    const pageUrl = `/interaction/${uid}`;
    if (req.method === 'GET' && action === undefined) {
      const locale: LoginLocale = pickLocale(url.searchParams.get('lang') ?? requested);
      sendHtml(res, 200, renderLoginPage({ locale, action: `${pageUrl}/login`, pageUrl }));
      return;
    }
    if (req.method === 'POST' && action === 'login') {
      const form = await readForm(req);
      const locale = pickLocale(form.get('lang') ?? requested);
      const username = form.get('username') ?? '';
      const user = byUsername.get(username);
      if (!user || !passwordMatches(form.get('password') ?? '', user.password)) {
        sendHtml(
          res,
          401,
          renderLoginPage({ locale, action: `${pageUrl}/login`, pageUrl, failed: true, username }),
        );
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.username } },
        {
          mergeWithLastSubmission: false,
        },
      );
      return;
    }
    sendHtml(res, 405, '<!doctype html><title>Method not allowed</title><p>Method not allowed.</p>');
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (!url.pathname.startsWith('/interaction/')) {
      void providerHandler(req, res);
      return;
    }
    interaction(req, res, url).catch(() => {
      // An expired or unknown interaction (its cookie is gone): start again from the application.
      if (!res.headersSent)
        sendHtml(
          res,
          400,
          '<!doctype html><title>Sign-in expired</title><p>This sign-in has expired. Start again.</p>',
        );
    });
  });

  return {
    issuer,
    users,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
