import { signInHeadless, type LocalUser } from '@neuvo/local-idp';
import {
  freePort,
  startApi,
  startSignIn,
  type ApiHandle,
  type PlatformStack,
  type SignInHandle,
  type StartApiOptions,
} from '@neuvo/scripts';
import type { Page } from 'playwright-core';

/**
 * The agent of the end-to-end tests: no home region, so the portal starts without a region filter and the tests
 * see every region's content. (The sample users have home regions; the sign-in test uses one of them.)
 */
export const E2E_AGENT: LocalUser = {
  username: 'e2e.agentti',
  password: 'e2e-agentti-salasana',
  name: 'Testi Agentti',
  roles: ['neuvo-agent'],
};

/** Signs in headlessly through the local provider; returns headers carrying the api's session cookie. */
export async function agentHeaders(
  apiUrl: string,
  portalUrl: string,
  user: LocalUser = E2E_AGENT,
): Promise<Record<string, string>> {
  const { cookie } = await signInHeadless({
    apiUrl,
    returnTo: `${portalUrl}/`,
    username: user.username,
    password: user.password,
  });
  return { cookie };
}

const platformSessions = new WeakMap<PlatformStack, Promise<Record<string, string>>>();

/**
 * Headers of {@link E2E_AGENT} signed in at the platform's provider (start it with `startPlatform({ users:
 * [E2E_AGENT] })`); the sign-in is made once per platform.
 */
export function platformAgentHeaders(platform: PlatformStack): Promise<Record<string, string>> {
  let headers = platformSessions.get(platform);
  if (!headers) {
    headers = agentHeaders(platform.api.url, platform.portal.url);
    platformSessions.set(platform, headers);
  }
  return headers;
}

/** An api with sign-in at its own local provider, and an agent's session for it. */
export interface SignedInApi {
  readonly api: ApiHandle;
  readonly signIn: SignInHandle;
  /** Headers of a signed-in agent ({@link E2E_AGENT}). */
  readonly agent: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts an api (as `startApi`) with sign-in at a local provider and signs an agent in. */
export async function startApiWithSignIn(
  options: Omit<StartApiOptions, 'port' | 'signIn'>,
  users: readonly LocalUser[] = [E2E_AGENT],
): Promise<SignedInApi> {
  const port = await freePort();
  // Nothing is served there: sign-in only has to be allowed to return to it.
  const portalUrl = `http://127.0.0.1:${await freePort()}`;
  const signIn = await startSignIn({ apiPort: port, portalUrl, users });
  let api: ApiHandle;
  try {
    api = await startApi({ ...options, port, signIn: signIn.settings });
  } catch (error) {
    await signIn.stop();
    throw error;
  }
  const stop = async () => {
    await api.stop();
    await signIn.stop();
  };
  try {
    return { api, signIn, agent: await agentHeaders(api.url, portalUrl, users[0]), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Signs in in the browser, as a person does: the portal's sign-in button, the local provider's form, back to the
 * portal; resolves once the portal shows who is signed in.
 */
export async function signInInBrowser(
  page: Page,
  portalUrl: string,
  user: LocalUser = E2E_AGENT,
): Promise<void> {
  await page.goto(portalUrl);
  await page.getByTestId('sign-in').click();
  await page.getByLabel('Käyttäjätunnus').fill(user.username);
  await page.getByLabel('Salasana').fill(user.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.getByTestId('signed-in-as').waitFor({ timeout: 15_000 });
}
