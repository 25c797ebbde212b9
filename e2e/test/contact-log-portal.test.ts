import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleUser } from '@neuvo/local-idp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';
import { E2E_AGENT, platformAgentHeaders, signInInBrowser } from '../src/sign-in.js';

/**
 * The contact log in the agent portal, end to end in headless Chromium: an agent searches, opens a guide and presses
 * `n`; the contact opens beside the guide prefilled with the home region, the search words and the guide. The agent
 * identifies the citizen, saves, and a colleague in another browser changes the same contact; the agent's next save
 * is refused with a clear message that keeps what they typed, they load the latest version, end the contact and find
 * it in My contacts, where the identity code shows masked until a reason is given. A nurse saves a triage assessment
 * to the contact she is handling and exports it as FHIR.
 */

const TAG = Date.now().toString(36);
const WORD = `yhteysohje${TAG}`;
const GUIDE_TITLE = `Kuumeen kotihoito ${WORD}`;
/** A valid personal identity code (check character T). */
const IDENTITY_CODE = '131052-308T';
const agent = sampleUser('agentti.pohjanmaa');
const nurse = sampleUser('hoitaja.pohjanmaa');
/** Screenshots for looking at the views (not compared): set E2E_SCREENSHOTS to a folder. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let stack: PlatformStack;
let browser: Browser;
let protocolId = '';
const contexts: BrowserContext[] = [];

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function signedInPage(user = agent): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await signInInBrowser(page, stack.portal.url, user);
  return page;
}

beforeAll(async () => {
  stack = await startPlatform({ users: [E2E_AGENT] });
  browser = await launchChromium();
  const res = await fetch(`${stack.cms.url}/api/self-care-guides?locale=fi&status=published`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      data: { slug: `kuume-${TAG}`, title: GUIDE_TITLE, body: 'Lepää, juo riittävästi ja seuraa lämpöä.' },
    }),
  });
  if (!res.ok) throw new Error(`publish: HTTP ${res.status} ${await res.text()}`);
  const protocol = await fetch(`${stack.cms.url}/api/triage-protocols?status=published`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      data: {
        code: `kuume-${TAG}`,
        version: 1,
        complaint: { fi: 'Kuume aikuisella' },
        audience: 'adult',
        questions: [{ id: 'hengitys', text: { fi: 'Onko hengenahdistusta?' }, type: 'boolean' }],
        redFlags: [
          {
            id: 'hengenahdistus',
            when: { question: 'hengitys', equals: true },
            outcome: 'emergency_112',
            reason: { fi: 'Kuume ja hengenahdistus' },
          },
        ],
        rules: [],
        outcomes: [
          {
            urgency: 'emergency_112',
            advice: { fi: 'Soita heti 112.' },
            disposition: { kind: 'queue', queueCode: 'ei-jonoa' },
          },
          {
            urgency: 'self_care',
            advice: { fi: 'Lepää ja juo riittävästi.' },
            disposition: { kind: 'guide', guideSlug: `kuume-${TAG}` },
          },
        ],
        defaultOutcome: 'self_care',
      },
    }),
  });
  if (!protocol.ok) throw new Error(`publish protocol: HTTP ${protocol.status} ${await protocol.text()}`);
  protocolId = ((await protocol.json()) as { data: { documentId: string } }).data.documentId;
  // A reason category to choose (agent-only content).
  const reason = await fetch(`${stack.cms.url}/api/contact-reasons?locale=fi&status=published`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      data: {
        code: 'symptom_or_illness',
        label: 'Oire tai sairaus',
        description: 'Akuutti oire, sairastuminen tai tapaturma.',
        sortOrder: 10,
      },
    }),
  });
  if (!reason.ok) throw new Error(`publish reason: HTTP ${reason.status} ${await reason.text()}`);
  const headers = { 'content-type': 'application/json', ...(await platformAgentHeaders(stack)) };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await fetch(stack.api.graphqlUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'query($q: String!) { search(query: $q) { total } }',
        variables: { q: WORD },
      }),
    }).then((r) => r.json() as Promise<{ data?: { search: { total: number } } }>);
    if ((found.data?.search.total ?? 0) > 0) break;
    if (Date.now() > deadline) throw new Error(`${WORD} did not become searchable`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await stack?.stop();
});

describe('the contact log in the agent portal', () => {
  it('opens a prefilled contact with n, saves and ends it, refuses a stale edit, and lists it in My contacts', async () => {
    const page = await signedInPage();
    await page.locator('#search-input').pressSequentially(WORD, { delay: 20 });
    await page.locator('.result', { hasText: GUIDE_TITLE }).first().click();
    await page.getByTestId('guide-view').waitFor();

    // `?` lists the key, and the key opens the contact beside the guide.
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Aloita yhteydenotto');
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    const panel = page.getByTestId('contact-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('#panel-contact-region').inputValue()).toBe('pohjanmaa');
    expect(await panel.locator('#panel-contact-channel').inputValue()).toBe('phone');
    expect(await panel.getByTestId('contact-reason').inputValue()).toBe(WORD);
    expect(await panel.getByTestId('contact-content-used').textContent()).toContain(GUIDE_TITLE);
    // Focus is in the form: the agent types at once.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-contact-channel');
    await shot(page, 'contact-prefilled');

    await panel.getByTestId('contact-identified').check();
    await panel.getByLabel('Nimi').fill('Maija Meikäläinen');
    await panel.getByTestId('contact-identity-code').fill('131052-308U');
    await expect
      .poll(() => panel.getByTestId('contact-identity-code-error').textContent())
      .toContain('Tarkistusmerkki ei täsmää');
    await panel.getByTestId('contact-identity-code').fill(IDENTITY_CODE);
    await expect.poll(() => panel.getByTestId('contact-identity-code-error').count()).toBe(0);
    await panel.getByLabel('Syyluokka').selectOption({ label: 'Oire tai sairaus' });
    expect(await panel.textContent()).toContain('Akuutti oire, sairastuminen tai tapaturma.');
    await panel.getByTestId('contact-outcome-guidance_given').check();
    await panel.getByTestId('contact-notes').fill('Neuvottu kuumeen kotihoidossa.');
    await panel.getByTestId('contact-save').click();
    await expect.poll(() => panel.getByTestId('contact-state').textContent()).toContain('Tallennettu');
    expect(await panel.getByTestId('contact-clock').textContent()).toMatch(/jäljellä|Myöhässä/);
    await shot(page, 'contact-saved');
    const href = await panel.getByRole('link', { name: 'Avaa koko näkymä' }).getAttribute('href');
    expect(href).toMatch(/^#\/contact\/[0-9a-f-]{36}$/);

    // A colleague in another browser changes the same contact first.
    const colleague = await signedInPage(nurse);
    await colleague.goto(`${stack.portal.url}/${href}`);
    const form = colleague.getByTestId('contact-view').getByTestId('contact-form');
    await expect
      .poll(() => form.getByTestId('contact-notes').inputValue())
      .toBe('Neuvottu kuumeen kotihoidossa.');
    await form.getByTestId('contact-notes').fill('Hoitaja: soita takaisin, jos kuume nousee.');
    await form.getByTestId('contact-save').click();
    await expect.poll(() => form.getByTestId('contact-state').textContent()).toContain('Tallennettu');

    // The agent's next save is stale: refused, explained, and nothing typed is lost.
    await panel.getByTestId('contact-notes').fill('Ohjattu lisäksi itsehoito-ohjeeseen.');
    await panel.getByTestId('contact-save').click();
    await panel.getByTestId('contact-conflict').waitFor();
    expect(await panel.getByTestId('contact-conflict').textContent()).toContain(
      'Joku muu muutti tätä yhteydenottoa',
    );
    expect(await panel.getByTestId('contact-notes').inputValue()).toBe(
      'Ohjattu lisäksi itsehoito-ohjeeseen.',
    );
    await shot(page, 'contact-conflict');
    await panel.getByTestId('contact-load-latest').click();
    await expect
      .poll(() => panel.getByTestId('contact-notes').inputValue())
      .toBe('Hoitaja: soita takaisin, jos kuume nousee.');
    expect(await panel.getByTestId('contact-typed').textContent()).toContain(
      'Ohjattu lisäksi itsehoito-ohjeeseen.',
    );
    await shot(page, 'contact-latest-loaded');

    await panel.getByTestId('contact-end').click();
    await panel.getByTestId('contact-ended').waitFor();
    await shot(page, 'contact-ended');
    await panel.getByTestId('contact-dismiss').click();
    await expect.poll(() => panel.count()).toBe(0);

    await page.getByTestId('nav-contacts').click();
    const row = page.getByTestId('my-contacts-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Päättynyt');
    expect(await row.textContent()).toContain(WORD);
    await shot(page, 'my-contacts');

    // The identity code shows masked until the agent gives a reason.
    await row.getByRole('link').click();
    const view = page.getByTestId('contact-view');
    await expect.poll(() => view.getByTestId('identity-code').textContent()).toBe('131052-****');
    await view.getByTestId('identity-code-show').click();
    await view.getByTestId('identity-code-reason').fill('Asiakas pyysi tarkistamaan tiedot');
    await view.getByTestId('identity-code-confirm').click();
    await expect.poll(() => view.getByTestId('identity-code').textContent()).toBe(IDENTITY_CODE);
    expect(await view.getByTestId('contact-view-status').textContent()).toContain('Päättynyt');
    expect(await view.getByTestId('contact-view-summary').textContent()).toContain('Oire tai sairaus');
    await shot(page, 'contact-view');

    // Found again by the exact identity code.
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-find-code').fill(IDENTITY_CODE);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect
      .poll(() => page.locator('#my-contacts-title').textContent())
      .toBe('Henkilötunnuksella löytyneet yhteydenotot');
    expect(await page.getByTestId('my-contacts-row').count()).toBeGreaterThan(0);
    await shot(page, 'contacts-by-identity-code');
  });
  it('lets a nurse save a triage assessment to the contact and export it as FHIR', async () => {
    const page = await signedInPage(nurse);
    await page.getByTestId('new-contact').click();
    const panel = page.getByTestId('contact-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('#panel-contact-region').inputValue()).toBe('pohjanmaa');
    await panel.getByTestId('contact-save').click();
    await expect.poll(() => panel.getByTestId('contact-state').textContent()).toContain('Tallennettu');

    // The protocol opens beside the contact (the hash changes; the contact stays).
    await page.evaluate((id) => {
      location.hash = `#/protocol/${id}`;
    }, protocolId);
    await page.getByTestId('triage-start').click();
    await page.getByTestId('triage-no').click();
    await page.getByTestId('triage-result').waitFor();
    await page.getByTestId('triage-save-to-contact').click();
    await page.getByTestId('triage-saved').waitFor();
    expect(await panel.getByTestId('contact-outcome-triage_performed').isChecked()).toBe(true);
    expect(await panel.getByTestId('contact-content-used').textContent()).toContain('Kuume aikuisella');
    await shot(page, 'triage-saved-to-contact');

    await panel.getByRole('link', { name: 'Avaa koko näkymä' }).click();
    const assessment = page.getByTestId('contact-assessment');
    await assessment.waitFor();
    expect(await assessment.textContent()).toContain('Itsehoito');
    expect(await assessment.textContent()).toContain('Onko hengenahdistusta?');
    await shot(page, 'contact-assessments');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      assessment.getByTestId('assessment-export-fhir').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^triage-assessment-.+\.fhir\.json$/);
    const path = await download.path();
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
      resourceType: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(
      expect.arrayContaining(['Questionnaire', 'QuestionnaireResponse']),
    );
  });
});
