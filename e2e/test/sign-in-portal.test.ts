import { sampleUser, type LocalUser } from '@neuvo/local-idp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser.js';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { E2E_AGENT, platformAgentHeaders } from '../src/sign-in.js';

/** The search box (the home-region select is a combobox too). */
const SEARCH_BOX = 'Hae palveluita, ohjeita ja protokollia';

/**
 * Agent sign-in end to end in headless Chromium: the portal's sign-in screen, the local OpenID Connect provider's
 * login form, the api's session cookie, agent-only content, sign-out, and a session that ends while the portal is open.
 */

// A word no sample content contains: the only hit is the agent-only instruction published below.
const MARKER = `sisaohjekoodi${Date.now().toString(36)}`;
const TITLE = `Sisäinen ohje ${MARKER}`;
const agent = sampleUser('agentti.kymenlaakso');
const supervisor = sampleUser('esihenkilo.kymenlaakso');

let stack: PlatformStack;
let browser: Browser;

/** What the api answers this page's own credentialed request (the portal's cookie, if any) for MARKER. */
const searchFromPage = (page: Page) =>
  page.evaluate(
    async ({ url, q }) => {
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($q: String!) { search(query: $q) { hits { title type } } }',
          variables: { q },
        }),
      });
      return (await res.json()) as { data?: { search: { hits: { title: string; type: string }[] } } };
    },
    { url: stack.api.graphqlUrl, q: MARKER },
  );

async function signInThroughTheForm(page: Page, user: LocalUser = agent): Promise<void> {
  await page.goto(stack.portal.url);
  await page.getByTestId('sign-in').click();
  // The local provider's page, in Finnish by default.
  await expect.poll(() => page.locator('h1').textContent()).toBe('Kirjaudu Neuvoon');
  await page.getByLabel('Käyttäjätunnus').fill(user.username);
  await page.getByLabel('Salasana').fill(user.password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page
    .getByTestId('signed-in-as')
    .waitFor({ timeout: 15_000 })
    .catch(async (error: unknown) => {
      // Where the browser got stuck says more than the timeout.
      throw new Error(`not signed in at ${page.url()}: ${(await page.content()).slice(0, 500)}`, {
        cause: error,
      });
    });
}

beforeAll(async () => {
  stack = await startPlatform({ users: [E2E_AGENT] });
  browser = await launchChromium();
  const res = await fetch(`${stack.cms.url}/api/professional-instructions?locale=fi&status=published`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      data: { slug: MARKER, title: TITLE, body: 'Vain asiakaspalvelijoille.', audience: ['agent'] },
    }),
  });
  if (!res.ok) throw new Error(`publish: HTTP ${res.status} ${await res.text()}`);
  const headers = { 'content-type': 'application/json', ...(await platformAgentHeaders(stack)) };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await fetch(stack.api.graphqlUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'query($q: String!) { search(query: $q) { total } }',
        variables: { q: MARKER },
      }),
    }).then((r) => r.json() as Promise<{ data?: { search: { total: number } } }>);
    if ((found.data?.search.total ?? 0) > 0) break;
    if (Date.now() > deadline) throw new Error('the instruction did not become searchable');
    await new Promise((r) => setTimeout(r, 200));
  }
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('agent sign-in in the portal', () => {
  it('signs in through the provider, finds agent-only content, signs out, and then gets nothing agent-only', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(stack.portal.url);
      await page.getByTestId('sign-in').waitFor();
      // Not signed in: no search box, and the api gives this browser public content only.
      expect(await page.getByRole('combobox', { name: SEARCH_BOX }).count()).toBe(0);
      expect((await searchFromPage(page)).data?.search.hits).toEqual([]);

      await signInThroughTheForm(page);
      expect(await page.getByTestId('signed-in-as').textContent()).toContain(agent.name);
      // The session cookie is httpOnly: the page's script cannot read it.
      expect(await page.evaluate(() => document.cookie)).not.toContain('neuvo_session');
      const [session] = (await page.context().cookies()).filter((c) => c.name === 'neuvo_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      // The home region from the provider's claims is the home region the search ranks first.
      await expect.poll(() => page.getByTestId('home-region').inputValue()).toBe(agent.region);
      // The agent's own choice outlives a reload (no regions are published here: "not chosen" is the other choice).
      await page.getByTestId('home-region').selectOption('');
      await page.reload();
      await page.getByTestId('signed-in-as').waitFor();
      await expect.poll(() => page.getByTestId('home-region').inputValue()).toBe('');

      const box = page.getByRole('combobox', { name: SEARCH_BOX });
      await box.pressSequentially(MARKER.slice(0, 13), { delay: 40 });
      await expect.poll(() => page.getByText(TITLE).count(), { timeout: 10_000 }).toBeGreaterThan(0);

      // Sign-out goes on through the provider's own sign-out and back to the portal, saying so.
      const back = page.waitForURL((url) => url.searchParams.get('signin') === 'signed-out', {
        waitUntil: 'load',
      });
      await page.getByTestId('sign-out').click();
      await back;
      await expect
        .poll(() => page.getByTestId('sign-in-notice').textContent())
        .toContain('Olet kirjautunut ulos.');
      expect(await page.getByRole('combobox', { name: SEARCH_BOX }).count()).toBe(0);
      expect((await page.context().cookies()).some((c) => c.name === 'neuvo_session')).toBe(false);
      expect((await searchFromPage(page)).data?.search.hits).toEqual([]);
      await page.reload();
      await page.getByTestId('sign-in').waitFor();
      // The provider's session ended too: the next person at this workstation must type their own password.
      await page.getByTestId('sign-in').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Kirjaudu Neuvoon');
    } finally {
      await page.close();
    }
  });

  it('goes back to the sign-in screen with a message when the session ends while the portal is open', async () => {
    const page = await browser.newPage();
    try {
      await signInThroughTheForm(page);
      // The session ends on the server (as at its idle or absolute limit); the browser still holds the cookie.
      const [session] = (await page.context().cookies()).filter((c) => c.name === 'neuvo_session');
      const ended = await fetch(`${stack.api.url}/auth/logout`, {
        method: 'POST',
        headers: { cookie: `neuvo_session=${session!.value}` },
      });
      expect(ended.status).toBe(200);

      await page
        .getByRole('combobox', { name: SEARCH_BOX })
        .pressSequentially(MARKER.slice(0, 13), { delay: 40 });
      await expect
        .poll(() => page.getByTestId('sign-in-notice').textContent(), { timeout: 10_000 })
        .toContain('Istuntosi on päättynyt');
      expect(await page.getByText(TITLE).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('shows the search report to a supervisor and never to an agent', async () => {
    const lead = await browser.newPage();
    try {
      await signInThroughTheForm(lead, supervisor);
      await lead.getByTestId('nav-report').click();
      await lead.getByTestId('search-report').waitFor({ timeout: 10_000 });
      expect(lead.url()).toMatch(/#search-report$/);
    } finally {
      await lead.close();
    }
    const page = await browser.newPage();
    try {
      await signInThroughTheForm(page);
      expect(await page.getByTestId('nav-report').count()).toBe(0);
      // Even at the report's own address, an agent gets the search, not the report.
      await page.goto(`${stack.portal.url}/#search-report`);
      await page.locator('#search-input').waitFor();
      expect(await page.getByTestId('search-report').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
