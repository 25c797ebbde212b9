import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sampleUser } from '@neuvo/local-idp';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser.js';
import { waitForSitePage } from '../src/live-site.js';
import { agentHeaders, signInInBrowser } from '../src/sign-in.js';

/**
 * The public site over the whole platform, in headless Chromium: a citizen types an inflected word into the search box
 * of the home page and finds the fever guide, opens it, is asked to remove a phone number from their feedback, sends
 * it, and the supervisor reads it over GraphQL; a search that finds nothing reaches the search report as a site search,
 * the search page keeps its query in the address for the back button, and the guide read shows as most read.
 */

const TAG = Date.now().toString(36);
const SLUG = `kuume-aikuisella-${TAG}`;
const TITLE = 'Kuume aikuisella';
const NOTHING = `olematonoire${TAG}`;
const supervisor = sampleUser('esihenkilo.pohjanmaa');
/** Screenshots for looking at the views (not compared): set E2E_SCREENSHOTS to a folder. */
const SHOTS = process.env.E2E_SCREENSHOTS;
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe-core violations inside `selector` (the site's own parts, not the VitePress theme). */
async function accessibilityViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown) => Promise<{ violations: { id: string; impact: string | null }[] }> };
      }
    ).axe;
    const { violations } = await axe.run({ include: [include] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  }, selector);
}

let stack: PlatformStack;
let browser: Browser;
let site = '';

async function gqlAs(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(stack.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

function helsinkiDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

beforeAll(async () => {
  stack = await startPlatform({ site: {} });
  browser = await launchChromium();
  const res = await fetch(`${stack.cms.url}/api/self-care-guides?status=published&locale=fi`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      data: {
        slug: SLUG,
        title: TITLE,
        summary: 'Kuume on elimistön tapa puolustautua tulehdusta vastaan.',
        body: '## Kotihoito\n\nLepää, juo riittävästi ja alenna kuumetta tarvittaessa kuumelääkkeellä.',
        whenToSeekCare: ['Jos kuume kestää yli kolme vuorokautta, ota yhteyttä terveysasemalle.'],
        sources: [],
      },
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  // Indexed for citizens before the site is built (the build lists guides from the CMS, search needs the index).
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = await gqlAs('query($q: String!) { search(query: $q) { hits { slug } } }', { q: TITLE });
    const slugs = (found.data?.['search'] as { hits: { slug: string }[] } | undefined)?.hits.map(
      (h) => h.slug,
    );
    if (slugs?.includes(SLUG)) break;
    if (Date.now() > deadline) throw new Error('the guide was not indexed');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // The publisher rebuilds the live site after the guide's publish reaches it through the outbox.
  site = stack.site!.url;
  await waitForSitePage(site, `/guides/${SLUG}.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the public site: search, feedback, most read', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('finds the fever guide from the home page by an inflected word, and opens it with the keyboard', async () => {
    await page.goto(`${site}/`);
    const box = page.getByRole('searchbox', { name: 'Hae ohjeista' });
    await box.pressSequentially('kuumeessa', { delay: 30 });
    const hit = page.locator('#neuvo-search-box-results a', { hasText: TITLE });
    await hit.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'löytyi' }).count())
      .toBeGreaterThan(0);
    expect(await accessibilityViolations(page, '.neuvo-search-box')).toEqual([]);
    await box.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toContain(TITLE);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/guides/${SLUG}.html`);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain(TITLE);
  });

  it('asks to remove a phone number from the feedback and stores nothing, then sends the feedback', async () => {
    const feedback = page.locator('.neuvo-feedback');
    await feedback.getByRole('button', { name: 'Kyllä' }).click();
    const text = feedback.getByLabel('Kerro halutessasi lisää (vapaaehtoinen)');
    await text.fill('Hyvä ohje, soittakaa minulle 040 123 4567');
    await feedback.getByRole('button', { name: 'Lähetä palaute' }).click();
    await expect
      .poll(() => feedback.getByRole('alert').first().textContent())
      .toContain('Poista puhelinnumero palautteesta');
    expect(await accessibilityViolations(page, '.neuvo-feedback')).toEqual([]);
    await text.fill('Selkeä ohje, kuume laski.');
    await feedback.getByRole('button', { name: 'Lähetä palaute' }).click();
    await expect.poll(() => feedback.getByRole('status').textContent()).toContain('Kiitos palautteesta!');
  });

  it('shows the feedback to the supervisor over GraphQL, without the refused text', async () => {
    const headers = await agentHeaders(stack.api.url, stack.portal.url, supervisor);
    const { data, errors } = await gqlAs(
      `query($from: String!, $to: String!) { guideFeedbackReport(from: $from, to: $to) {
        guides { slug helpful notHelpful latestComments { text helpful } } } }`,
      { from: helsinkiDay(-1), to: helsinkiDay(1) },
      headers,
    );
    expect(errors).toBeUndefined();
    const guides = (data!['guideFeedbackReport'] as { guides: unknown[] }).guides;
    expect(guides).toEqual([
      {
        slug: SLUG,
        helpful: 1,
        notHelpful: 0,
        latestComments: [{ text: 'Selkeä ohje, kuume laski.', helpful: true }],
      },
    ]);
  });

  it('shows the feedback to the supervisor in the agent portal, under the search report', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const portal = await context.newPage();
    await signInInBrowser(portal, stack.portal.url, supervisor);
    await portal.getByTestId('nav-report').click();
    const report = portal.getByTestId('guide-feedback-report');
    await expect.poll(() => report.textContent(), { timeout: 15_000 }).toContain('Selkeä ohje, kuume laski.');
    expect(await report.textContent()).not.toContain('040 123 4567');
    // The guide by its title, from the CMS.
    expect(await report.locator('tbody td').first().textContent()).toBe(TITLE);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await report.screenshot({ path: join(SHOTS, 'portal-guide-feedback.png') });
    }
    await context.close();
  });

  it('keeps the search page query in the address: the back button returns to the results', async () => {
    await page.goto(`${site}/haku.html?q=${encodeURIComponent('kuumeen')}`);
    const hit = page.locator('.neuvo-search-page__results a', { hasText: TITLE });
    await hit.waitFor({ timeout: 10_000 });
    const field = page.getByRole('searchbox', { name: 'Hae ohjeista' });
    await field.fill(NOTHING);
    await expect
      .poll(() => page.locator('.neuvo-search-page__status').textContent())
      .toContain('Ohjeita ei löytynyt');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(NOTHING);
    expect(await accessibilityViolations(page, '.neuvo-search-page')).toEqual([]);
    await field.fill('kuumeen');
    await hit.click();
    await page.waitForURL(`**/guides/${SLUG}.html`);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('kuumeen');
    await expect.poll(() => field.inputValue()).toBe('kuumeen');
    await hit.waitFor({ timeout: 10_000 });
  });

  it('reports the site search that found nothing to the supervisor as a site search', async () => {
    const headers = await agentHeaders(stack.api.url, stack.portal.url, supervisor);
    const report = async (channel: string) => {
      const { data } = await gqlAs(
        `query($from: String!, $to: String!, $channel: SearchChannel) {
          searchReport(from: $from, to: $to, channel: $channel) { zeroResultQueries { query } } }`,
        { from: helsinkiDay(-1), to: helsinkiDay(1), channel },
        headers,
      );
      return (data!['searchReport'] as { zeroResultQueries: { query: string }[] }).zeroResultQueries.map(
        (q) => q.query,
      );
    };
    expect(await report('site')).toContain(NOTHING);
    expect(await report('portal')).not.toContain(NOTHING);
  });

  it('lists the guide read as most read on the home page', async () => {
    await page.goto(`${site}/`);
    const popular = page.getByRole('region', { name: 'Luetuimmat ohjeet' });
    await popular.getByRole('link', { name: TITLE }).waitFor({ timeout: 10_000 });
    await popular.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/guides/${SLUG}.html`);
  });
});
