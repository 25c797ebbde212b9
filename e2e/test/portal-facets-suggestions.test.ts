import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/browser.js';
import { createStrapiRest } from '@neuvo/node-kit';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { E2E_AGENT, platformAgentHeaders, signInInBrowser } from '../src/sign-in.js';

/** The search box (the home-region select is a combobox too). */
const SEARCH_BOX = 'Hae palveluita, ohjeita ja protokollia';

/**
 * The agent portal's search aids over the real stack (Strapi → outbox → Meilisearch → api → portal in headless
 * Chromium): region chips named from the CMS's regions in the UI language, facet counts on the chips, filtering by
 * target group, and as-you-type suggestions chosen with the keyboard.
 */

// A word no sample content contains, so the hits can only be these services.
const MARKER = `kiilleklinikka${Date.now().toString(36)}`;

let stack: PlatformStack;
let browser: Browser;

/** Creates (or, with `documentId`, translates) a published document through Strapi's REST API. */
async function publish(
  type: string,
  locale: string,
  data: Record<string, unknown>,
  documentId?: string,
): Promise<string> {
  const rest = createStrapiRest({ url: stack.cms.url, token: stack.cms.writeToken });
  if (documentId === undefined) return rest.create(type, data, { locale });
  await rest.update(type, documentId, data, { locale });
  return documentId;
}

async function agentSearchTotal(query: string): Promise<number> {
  const res = await fetch(stack.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await platformAgentHeaders(stack)) },
    body: JSON.stringify({
      query: 'query($q: String!) { search(query: $q) { total } }',
      variables: { q: query },
    }),
  });
  const body = (await res.json()) as { data?: { search: { total: number } } };
  return body.data?.search.total ?? -1;
}

/** The labels of one chip group, in order. */
const chipLabels = (page: Page, legend: string) =>
  page
    .locator('fieldset', { has: page.locator('legend', { hasText: legend }) })
    .locator('.chip__label')
    .allTextContents();

const chipCount = (page: Page, label: string) =>
  page
    .locator('button.chip', { has: page.locator('.chip__label', { hasText: label }) })
    .locator('[data-testid="chip-count"]')
    .textContent();

beforeAll(async () => {
  stack = await startPlatform({ users: [E2E_AGENT] });
  browser = await launchChromium();

  const pohjanmaa = await publish('regions', 'fi', { code: 'pohjanmaa', name: 'Pohjanmaa' });
  await publish('regions', 'sv', { name: 'Österbotten' }, pohjanmaa);
  const karjala = await publish('regions', 'fi', { code: 'etela-karjala', name: 'Etelä-Karjala' });
  await publish('regions', 'sv', { name: 'Södra Karelen' }, karjala);

  const service = (slug: string, name: string, region: string, targetGroup: string) =>
    publish('service-entries', 'fi', {
      slug,
      source: 'local',
      name,
      summary: `Hammashoito, ${MARKER}.`,
      keywords: [MARKER],
      serviceClasses: ['Suun terveydenhuolto'],
      targetGroups: [targetGroup],
      regions: [region],
    });
  await service(`${MARKER}-vaasa`, `Kiilleklinikka Vaasa ${MARKER}`, pohjanmaa, 'Aikuiset');
  await service(`${MARKER}-lapset`, `Kiilleklinikka lapsille ${MARKER}`, pohjanmaa, 'Lapset');
  await service(`${MARKER}-lappeenranta`, `Kiilleklinikka Lappeenranta ${MARKER}`, karjala, 'Aikuiset');

  const deadline = Date.now() + 30_000;
  while ((await agentSearchTotal(MARKER)) < 3) {
    if (Date.now() > deadline) throw new Error('the services did not become searchable');
    await new Promise((r) => setTimeout(r, 200));
  }
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('portal search aids', () => {
  it('names region chips, counts matches on the chips, filters by target group and completes as you type', async () => {
    const page = await browser.newPage();
    const shots = process.env.E2E_SCREENSHOT_DIR;
    try {
      await signInInBrowser(page, stack.portal.url);
      const box = page.getByRole('combobox', { name: SEARCH_BOX });
      await box.waitFor();
      // Named regions before anything is searched, not codes.
      await expect.poll(() => chipLabels(page, 'Hyvinvointialue')).toEqual(['Etelä-Karjala', 'Pohjanmaa']);

      await box.pressSequentially(MARKER.slice(0, 10), { delay: 40 });
      const suggestions = page.locator('#search-suggestions [role="option"]');
      await expect.poll(() => suggestions.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      if (shots) await page.screenshot({ path: `${shots}/suggestions.png` });
      await box.press('ArrowDown');
      const chosen = (await suggestions.first().locator('.suggestion__title').textContent())?.trim() ?? '';
      expect(chosen).toMatch(/^Kiilleklinikka/);
      await box.press('Enter');
      await expect.poll(() => box.inputValue()).toBe(chosen);
      await expect(page.locator('#search-suggestions').count()).resolves.toBe(0);
      await expect
        .poll(() => page.locator('#search-results [role="option"]').first().textContent(), {
          timeout: 10_000,
        })
        .toContain(chosen);

      // Back to the marker: three services, counted per type and region.
      await box.fill(MARKER);
      await expect.poll(() => chipCount(page, 'Pohjanmaa'), { timeout: 10_000 }).toBe('2');
      expect(await chipCount(page, 'Etelä-Karjala')).toBe('1');
      expect(await chipCount(page, 'Palvelu')).toBe('3');
      // Escape closes open suggestions and keeps the query (with none open it clears the query): wait until they are
      // there, as they are asked for only after the results arrive.
      await expect.poll(() => suggestions.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await box.press('Escape');
      await expect(page.locator('#search-suggestions').count()).resolves.toBe(0);
      expect(await box.inputValue()).toBe(MARKER);

      await page.getByTestId('more-filters-toggle').click();
      await expect.poll(() => chipLabels(page, 'Kohderyhmä')).toEqual(['Aikuiset', 'Lapset']);
      expect(await chipCount(page, 'Lapset')).toBe('1');
      await page.locator('button.chip', { has: page.locator('.chip__label', { hasText: 'Lapset' }) }).click();
      await expect
        .poll(() => page.locator('#search-results [role="option"] .result__title').allTextContents())
        .toEqual([`Kiilleklinikka lapsille ${MARKER}`]);
      if (shots) await page.screenshot({ path: `${shots}/facets.png` });

      await page.getByRole('button', { name: 'Svenska' }).click();
      await expect.poll(() => chipLabels(page, 'Välfärdsområde')).toEqual(['Södra Karelen', 'Österbotten']);
    } finally {
      await page.close();
    }
  });
});
