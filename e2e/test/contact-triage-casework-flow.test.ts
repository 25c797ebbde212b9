import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sampleUser, type LocalUser } from '@neuvo/local-idp';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser.js';
import { seedSampleContent } from '../src/sample-content.js';
import { agentHeaders, signInInBrowser } from '../src/sign-in.js';

/**
 * One contact from the first ring to the receiving unit, over the sample content `npm start` seeds, in headless
 * Chromium: a nurse at the centre takes a phone call, finds the guide on a child's fever, runs the "fever in a child"
 * protocol to a disposition and saves it on the contact; a colleague's edit based on an older version is refused; a
 * social counsellor initiates a service-need assessment from the same contact; the supervisor sees it in the pending
 * list with its clock. The steps run in order and share the contact.
 */

const nurse = sampleUser('hoitaja.pohjanmaa');
const colleague = sampleUser('agentti.pohjanmaa');
const counsellor = sampleUser('sosiaaliohjaaja.pohjanmaa');
const supervisor = sampleUser('esihenkilo.pohjanmaa');
const TAG = Date.now().toString(36);
const CITIZEN = `Liisa Virtanen ${TAG}`;
/** A valid personal identity code (check character T). */
const IDENTITY_CODE = '131052-308T';
const UNIT = `pohjanmaa-lapsiperhepalvelut-${TAG}`;
/** Answers to the sample "fever in a child" protocol's number questions: a two-year-old, a day of 38.5 °C. */
const NUMBER_ANSWERS: Record<string, string> = { age_months: '24', fever_c: '38,5' };
/** Screenshots for looking at the screens (not compared): set E2E_SCREENSHOTS to a folder. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let stack: PlatformStack;
let browser: Browser;
const contexts: BrowserContext[] = [];
let nursePage: Page;
let contactHref = '';

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `flow-${name}.png`), fullPage: true });
}

async function signedInPage(user: LocalUser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await signInInBrowser(page, stack.portal.url, user);
  return page;
}

async function searchAndOpen(page: Page, query: string, title: string): Promise<void> {
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').pressSequentially(query, { delay: 20 });
  await page.locator('.result', { hasText: title }).first().click();
}

/** Answers the open protocol's steps: no to every yes/no question, the first option of a choice, NUMBER_ANSWERS. */
async function answerEveryStep(page: Page): Promise<void> {
  for (let steps = 0; steps < 40; steps++) {
    if ((await page.getByTestId('triage-result').count()) > 0) return;
    const step = page.getByTestId('triage-step');
    const before = await step.getByTestId('triage-question').textContent();
    if ((await step.getByTestId('triage-no').count()) > 0) {
      await step.getByTestId('triage-no').click();
    } else if ((await step.getByRole('radio').count()) > 0) {
      await step.getByRole('radio').first().check();
      await step.getByTestId('triage-next').click();
    } else {
      const input = step.getByTestId('triage-number');
      const id = ((await input.getAttribute('id')) ?? '').replace('triage-number-', '');
      await input.fill(NUMBER_ANSWERS[id] ?? '1');
      await input.press('Enter');
    }
    await expect
      .poll(async () =>
        (await page.getByTestId('triage-result').count()) > 0
          ? 'result'
          : await step.getByTestId('triage-question').textContent(),
      )
      .not.toBe(before);
  }
  throw new Error('the protocol did not reach a result in 40 steps');
}

beforeAll(async () => {
  stack = await startPlatform();
  browser = await launchChromium();
  // The sample content, with as `npm start` seeds it; the indexer follows the outbox.
  await seedSampleContent(stack.cms);
  const headers = {
    'content-type': 'application/json',
    ...(await agentHeaders(stack.api.url, stack.portal.url, nurse)),
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const found = await fetch(stack.api.graphqlUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'query($q: String!) { search(query: $q) { hits { title } } }',
        variables: { q: 'kuume lapsi' },
      }),
    }).then((r) => r.json() as Promise<{ data?: { search: { hits: { title: string }[] } } }>);
    const titles = found.data?.search.hits.map((h) => h.title) ?? [];
    if (titles.includes('Kuume, lapsi') && titles.includes('Kuume lapsella')) break;
    if (Date.now() > deadline) throw new Error(`the sample protocol and guide were not indexed: ${titles}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 400_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await stack?.stop();
});

describe('a phone contact from triage to the receiving unit', () => {
  it('a nurse takes the call, finds the guide, runs "fever in a child" to a disposition and saves it on the contact', async () => {
    nursePage = await signedInPage(nurse);
    const page = nursePage;
    // The search box has the focus after sign-in (where `n` is a letter): the header's button opens the contact.
    await page.getByTestId('new-contact').click();
    const panel = page.getByTestId('contact-panel');
    await panel.waitFor();
    expect(await panel.locator('#panel-contact-channel').inputValue()).toBe('phone');
    await panel.getByTestId('contact-identified').check();
    await panel.getByLabel('Nimi').fill(CITIZEN);
    await panel.getByTestId('contact-identity-code').fill(IDENTITY_CODE);
    await panel.getByTestId('contact-save').click();
    await expect.poll(() => panel.getByTestId('contact-state').textContent()).toContain('Tallennettu');

    await searchAndOpen(page, 'kuume lapsella', 'Kuume lapsella');
    await page.getByTestId('guide-view').waitFor();
    await searchAndOpen(page, 'kuume lapsi', 'Kuume, lapsi');
    await page.getByTestId('protocol-view').waitFor();
    await page.getByTestId('triage-start').click();
    await answerEveryStep(page);
    // A disposition with its advice, and no emergency: nothing was a red flag.
    expect(await page.getByTestId('triage-emergency').count()).toBe(0);
    expect((await page.getByTestId('triage-advice').textContent())?.trim()).not.toBe('');
    await shot(page, 'triage-result');

    await page.getByTestId('triage-save-to-contact').click();
    await page.getByTestId('triage-saved').waitFor();
    expect(await panel.getByTestId('contact-outcome-triage_performed').isChecked()).toBe(true);
    const used = await panel.getByTestId('contact-content-used').textContent();
    expect(used).toContain('Kuume lapsella');
    expect(used).toContain('Kuume, lapsi');
    await panel.getByTestId('contact-notes').fill('Kotihoito-ohjeet annettu, ei muita toimenpiteitä.');
    await panel.getByTestId('contact-save').click();
    await expect.poll(() => panel.getByTestId('contact-state').textContent()).toContain('Tallennettu');
    await shot(page, 'contact-saved');
    contactHref = (await panel.getByRole('link', { name: 'Avaa koko näkymä' }).getAttribute('href')) ?? '';
    expect(contactHref).toMatch(/^#\/contact\/[0-9a-f-]{36}$/);

    // The saved assessment shows the questions as they were asked.
    const view = await signedInPage(nurse);
    await view.goto(`${stack.portal.url}/${contactHref}`);
    const assessment = view.getByTestId('contact-assessment');
    await assessment.waitFor();
    expect(await assessment.textContent()).toContain('Lapsen ikä täysinä kuukausina');
  });

  it("refuses a colleague's edit based on an older version", async () => {
    const page = await signedInPage(colleague);
    await page.goto(`${stack.portal.url}/${contactHref}`);
    const form = page.getByTestId('contact-view').getByTestId('contact-form');
    await expect
      .poll(() => form.getByTestId('contact-notes').inputValue())
      .toBe('Kotihoito-ohjeet annettu, ei muita toimenpiteitä.');

    // The nurse changes the contact after the colleague opened it.
    const panel = nursePage.getByTestId('contact-panel');
    await panel
      .getByTestId('contact-notes')
      .fill('Soitetaan takaisin, jos kuume jatkuu yli kolme vuorokautta.');
    await panel.getByTestId('contact-save').click();
    await expect.poll(() => panel.getByTestId('contact-state').textContent()).toContain('Tallennettu');

    await form.getByTestId('contact-notes').fill('Kollegan lisäys.');
    await form.getByTestId('contact-save').click();
    await form.getByTestId('contact-conflict').waitFor();
    expect(await form.getByTestId('contact-conflict').textContent()).toContain(
      'Joku muu muutti tätä yhteydenottoa',
    );
    await shot(page, 'stale-edit-refused');
  });

  it('a social counsellor initiates a service-need assessment from the contact', async () => {
    const page = await signedInPage(counsellor);
    await page.goto(`${stack.portal.url}/${contactHref}/casework`);
    const form = page.getByTestId('service-need-assessment-form');
    await form.waitFor({ timeout: 15_000 });
    await form.getByTestId('sna-subject-contact_citizen').check();
    await form.getByTestId('sna-grounds').selectOption('family_and_caregiving');
    await form.getByTestId('sna-grounds-text').fill('Yksinhuoltaja uupunut, pyytää tukea lastenhoitoon.');
    await form.getByTestId('sna-consent-given').check();
    await form.getByTestId('sna-unit').fill(UNIT);
    await form.getByTestId('sna-submit').click();
    await form.getByTestId('sna-saved').waitFor();
    await expect.poll(() => page.getByTestId('contact-assessments').textContent()).toContain(CITIZEN);
    await shot(page, 'assessment-initiated');
  });

  it('the supervisor sees it in the pending list with its clock', async () => {
    const page = await signedInPage(supervisor);
    await page.goto(`${stack.portal.url}/#/casework/pending`);
    const item = page.getByTestId('assessment-item').filter({ hasText: CITIZEN });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getByTestId('assessment-code').textContent()).toContain('131052-****');
    // Initiated today: days left to the deadline, not overdue.
    expect(await item.getByTestId('casework-clock').textContent()).toMatch(/jäljellä/);
    expect(await item.getByTestId('casework-clock').getAttribute('data-overdue')).toBe('false');
    await shot(page, 'pending-supervisor');
  });
});
