import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createStrapiRest } from '@neuvo/node-kit';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';
import { E2E_AGENT, platformAgentHeaders, signInInBrowser } from '../src/sign-in.js';

/**
 * The agent portal as an agent types, over the real stack in headless Chromium: Enter pressed a few milliseconds
 * after the last key opens the top hit of the text as typed (never a hit of the text before it, never nothing), the
 * suggestions never lie over the results, and the `?` overlay lists the shortcuts.
 */

// Words no sample content contains, so the hits can only be these services.
const MARKER = `kaarnalaiva${Date.now().toString(36)}`;
const SAIL = 'purjevene';

let stack: PlatformStack;
let browser: Browser;

async function agentSearchTitles(query: string): Promise<string[]> {
  const res = await fetch(stack.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await platformAgentHeaders(stack)) },
    body: JSON.stringify({
      query: 'query($q: String!) { search(query: $q) { hits { title } } }',
      variables: { q: query },
    }),
  });
  const body = (await res.json()) as { data?: { search: { hits: Array<{ title: string }> } } };
  return body.data?.search.hits.map((hit) => hit.title) ?? [];
}

beforeAll(async () => {
  stack = await startPlatform({ users: [E2E_AGENT] });
  browser = await launchChromium();
  const rest = createStrapiRest({ url: stack.cms.url, token: stack.cms.writeToken });
  const service = (slug: string, name: string) =>
    rest.create(
      'service-entries',
      { slug, source: 'local', name, summary: `Satamapalvelu, ${MARKER}.`, keywords: [MARKER] },
      { locale: 'fi' },
    );
  await service(`${MARKER}-laituri`, `${MARKER} laituri`);
  await service(`${MARKER}-kahvila`, `${MARKER} kahvila`);
  await service(`${MARKER}-${SAIL}`, `${MARKER} ${SAIL}vuokraamo`);
  const deadline = Date.now() + 30_000;
  while ((await agentSearchTitles(MARKER)).length < 3) {
    if (Date.now() > deadline) throw new Error('the services did not become searchable');
    await new Promise((r) => setTimeout(r, 200));
  }
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('portal typing, Enter and suggestions', () => {
  it('Enter right after the last key opens the top hit of the latest text; suggestions never cover results', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const shots = process.env.E2E_SCREENSHOT_DIR;
    try {
      await signInInBrowser(page, stack.portal.url);
      const box = page.locator('#search-input');
      const panel = page.locator('.search-panel');
      /** The title of the opened result, as the result list marks it (whatever view shows it). */
      const opened = () => page.locator('#search-results .result--selected .result__title').allTextContents();

      // The marker alone: results (three services) and suggestions on screen together.
      await box.pressSequentially(MARKER, { delay: 30 });
      await expect.poll(() => panel.getAttribute('data-results-for'), { timeout: 10_000 }).toBe(MARKER);
      const suggestions = page.getByTestId('suggestions');
      await expect.poll(() => suggestions.count(), { timeout: 10_000 }).toBe(1);
      const firstResult = page.locator('#search-results [role="option"]').first();
      const [s, r] = [await suggestions.boundingBox(), await firstResult.boundingBox()];
      expect(s).not.toBeNull();
      expect(r).not.toBeNull();
      if (shots) await page.screenshot({ path: `${shots}/suggestions-beside-results.png` });
      const overlaps =
        s!.x < r!.x + r!.width &&
        r!.x < s!.x + s!.width &&
        s!.y < r!.y + r!.height &&
        r!.y < s!.y + s!.height;
      expect(overlaps, `suggestions ${JSON.stringify(s)} vs first result ${JSON.stringify(r)}`).toBe(false);
      const topOfMarker = (await firstResult.locator('.result__title').textContent())?.trim();

      // More words and Enter within a few milliseconds: the results on screen are still the marker's.
      const latest = `${MARKER} ${SAIL}`;
      await page.keyboard.type(` ${SAIL}`, { delay: 5 });
      await page.keyboard.press('Enter');
      const expectedTop = (await agentSearchTitles(latest))[0];
      expect(expectedTop).toBe(`${MARKER} ${SAIL}vuokraamo`);
      expect(expectedTop).not.toBe(topOfMarker);
      await expect.poll(opened, { timeout: 10_000 }).toEqual([expectedTop]);
      expect(await box.inputValue()).toBe(latest);

      // A fresh search with nothing on screen yet: Enter at once still opens its top hit.
      await box.fill('');
      await page.keyboard.type(`${MARKER} kahvila`, { delay: 5 });
      await page.keyboard.press('Enter');
      const kahvilaTop = (await agentSearchTitles(`${MARKER} kahvila`))[0];
      await expect.poll(opened, { timeout: 10_000 }).toEqual([kahvilaTop]);

      // The shortcut list, from the keyboard alone: not while typing in the box, then from the page.
      await box.press('?');
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.getByTestId('shortcuts-button').focus();
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Pikanäppäimet' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Siirry hakukenttään');
      if (shots) await page.screenshot({ path: `${shots}/shortcuts.png` });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      // "/" goes back to the search box.
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    } finally {
      await page.close();
    }
  });
});
