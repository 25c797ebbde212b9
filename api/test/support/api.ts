import { randomBytes } from 'node:crypto';
import { freePort } from '@neuvo/scripts';
import { sampleUser, signInHeadless, startLocalIdp, type LocalIdp, type LocalUser } from '@neuvo/local-idp';
import { createApi, type Api, type CreateApiOptions } from '../../src/server.js';
import { loadConfig } from '../../src/config.js';
import { memoryLogger, type Logger } from '@neuvo/node-kit';
import { createTestDatabase } from './database.js';
import { postLogoutRedirectUrl } from '@neuvo/content-models/sign-in';

export { memoryLogger };

/** Who a test request acts as: `citizen` sends no session; the others sign in through the local provider. */
export type TestRole = 'citizen' | 'agent' | 'nurse' | 'socialCounsellor' | 'supervisor';

/** The sample accounts the test kit signs in as. */
export const TEST_USERS = {
  agent: sampleUser('agentti.kymenlaakso'),
  nurse: sampleUser('hoitaja.kymenlaakso'),
  socialCounsellor: sampleUser('sosiaaliohjaaja.kymenlaakso'),
  supervisor: sampleUser('esihenkilo.pohjanmaa'),
} as const;

/** The portal origin the test apis accept (sign-in returns there; cookie-carrying requests may come from it). */
export const TEST_PORTAL_URL = 'http://127.0.0.1:5999';

/** A test api with its own local provider. */
export interface TestApi extends Api {
  /** The api's local OpenID Connect provider; `null` when the test turned sign-in off. */
  readonly idp: LocalIdp | null;
  /** Headers of a request as `role`: for agent and supervisor a session cookie from a real sign-in (made once). */
  headers(role: TestRole): Promise<Record<string, string>>;
}

/** Session cookies of every running test api, by its URL: what `gql(url, …, role)` sends. */
const sessions = new Map<string, TestApi>();

/** The test api at `url` (started by {@link startTestApi} in this process). */
export function testApiAt(url: string): TestApi {
  const api = sessions.get(url);
  if (!api) throw new Error(`no test api at ${url}: start it with startTestApi`);
  return api;
}

/** Options of {@link startTestApi} beyond the api's own. */
export interface TestApiOptions extends Omit<CreateApiOptions, 'logger'> {
  /** Default true: start a local provider and configure the api to sign staff in there. */
  readonly signIn?: boolean;
  /** The local provider's accounts (default: its sample users). */
  readonly idpUsers?: readonly LocalUser[];
}

/**
 * Starts the api in-process on a free port with test configuration, a throwaway operational database
 * (SQLite, or PostgreSQL when DATABASE_URL is set) unless `env` names one, and its own local OpenID Connect
 * provider; `stop()` stops the provider and drops the database too.
 */
export async function startTestApi(
  env: Record<string, string | undefined>,
  logger: Logger = memoryLogger(),
  options: TestApiOptions = {},
): Promise<TestApi> {
  const { signIn = true, idpUsers, ...apiOptions } = options;
  const ownDatabase =
    env['API_DATABASE_URL'] === undefined && env['API_DATABASE_FILENAME'] === undefined
      ? await createTestDatabase()
      : undefined;
  // The provider registers the exact callback URL, so the api's port is chosen first. Another test process may take
  // a free port before the api listens on it: then the api starts again on another one.
  const fixedPort = env['API_PORT'] !== undefined && env['API_PORT'] !== '0' ? Number(env['API_PORT']) : null;
  const clientSecret = 'test-client-secret-0123456789';
  const attempt = async (port: number): Promise<{ api: Api; idp: LocalIdp | null }> => {
    const idp = signIn
      ? await startLocalIdp({
          clients: [
            {
              clientId: 'neuvo-api',
              clientSecret,
              redirectUris: [`http://127.0.0.1:${port}/auth/callback`],
              postLogoutRedirectUris: [postLogoutRedirectUrl(TEST_PORTAL_URL)],
            },
          ],
          ...(idpUsers ? { users: idpUsers } : {}),
        })
      : null;
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        CMS_URL: 'http://127.0.0.1:9',
        CMS_READ_TOKEN: 'unused-in-this-test',
        MEILI_URL: 'http://127.0.0.1:9',
        MEILI_SEARCH_KEY: 'unused-in-this-test',
        CONTENT_CACHE_TTL_MS: '0',
        // Many requests from 127.0.0.1: no per-client rate limit unless a test sets one.
        RATE_LIMIT_ANONYMOUS: '0',
        RATE_LIMIT_AGENT: '0',
        PORTAL_URL: TEST_PORTAL_URL,
        // Fresh keys of the contact log per api (a test may pass its own, e.g. to rotate them).
        CONTACT_ENCRYPTION_KEYS: `test1:${randomBytes(32).toString('base64')}`,
        CONTACT_INDEX_KEY: randomBytes(32).toString('base64'),
        ...(idp
          ? { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'neuvo-api', OIDC_CLIENT_SECRET: clientSecret }
          : {}),
        ...ownDatabase?.env,
        ...env,
        API_PORT: String(port),
      });
      return { api: await createApi(config, { ...apiOptions, logger }), idp };
    } catch (error) {
      await idp?.stop();
      throw error;
    }
  };
  let api: Api;
  let idp: LocalIdp | null;
  for (let tries = 1; ; tries++) {
    try {
      ({ api, idp } = await attempt(fixedPort ?? (await freePort())));
      break;
    } catch (error) {
      const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!taken || fixedPort !== null || tries >= 3) {
        await ownDatabase?.drop();
        throw error;
      }
    }
  }
  const cleanup = async () => {
    await idp?.stop();
    await ownDatabase?.drop();
  };

  const cookies = new Map<TestRole, Promise<string>>();
  const testApi: TestApi = {
    url: api.url,
    idp,
    async headers(role): Promise<Record<string, string>> {
      if (role === 'citizen') return {};
      if (!idp) throw new Error('this test api was started with signIn: false');
      let cookie = cookies.get(role);
      if (!cookie) {
        const user = TEST_USERS[role];
        cookie = signInHeadless({
          apiUrl: api.url,
          returnTo: `${TEST_PORTAL_URL}/`,
          username: user.username,
          password: user.password,
        }).then((s) => s.cookie);
        cookies.set(role, cookie);
      }
      return { cookie: await cookie };
    },
    stop: async () => {
      sessions.delete(api.url);
      await api.stop();
      await cleanup();
    },
  };
  sessions.set(api.url, testApi);
  return testApi;
}
