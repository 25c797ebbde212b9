import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';
import { E2E_AGENT, platformAgentHeaders, signInInBrowser } from '../src/sign-in.js';

/**
 * Reading everything in the agent portal, end to end in headless Chromium: an agent signs in through the local
 * provider, opens an instruction in full (its Markdown rendered), follows a service's link to a triage protocol, copies
 * a phone number with one click, marks a favourite and finds it in the list shown while the search box is empty.
 */

// Words no other content contains, so each search has exactly the hit published below.
const TAG = Date.now().toString(36);
const INSTRUCTION_WORD = `lukuohje${TAG}`;
const SERVICE_WORD = `lukupalvelu${TAG}`;
const PHONE = '06 218 4321';
/** Screenshots for looking at the views (not compared): set E2E_SCREENSHOTS to a folder. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let stack: PlatformStack;
let browser: Browser;
let instructionId = '';

async function publish(path: string, data: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${stack.cms.url}/api/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  });
  if (!res.ok) throw new Error(`publish ${path}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { documentId: string } }).data.documentId;
}

async function waitUntilSearchable(word: string): Promise<void> {
  const headers = { 'content-type': 'application/json', ...(await platformAgentHeaders(stack)) };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await fetch(stack.api.graphqlUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'query($q: String!) { search(query: $q) { total } }',
        variables: { q: word },
      }),
    }).then((r) => r.json() as Promise<{ data?: { search: { total: number } } }>);
    if ((found.data?.search.total ?? 0) > 0) return;
    if (Date.now() > deadline) throw new Error(`${word} did not become searchable`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The instruction's updatedAt as the agent search answers it. */
async function indexedUpdatedAt(): Promise<string | undefined> {
  const headers = { 'content-type': 'application/json', ...(await platformAgentHeaders(stack)) };
  const body = (await fetch(stack.api.graphqlUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: 'query($q: String!) { search(query: $q) { hits { documentId updatedAt } } }',
      variables: { q: INSTRUCTION_WORD },
    }),
  }).then((r) => r.json())) as { data?: { search: { hits: { documentId: string; updatedAt: string }[] } } };
  return body.data?.search.hits.find((h) => h.documentId === instructionId)?.updatedAt;
}

/** The instruction's updatedAt as the api reads it for an agent. */
async function readUpdatedAt(): Promise<string | undefined> {
  const headers = { 'content-type': 'application/json', ...(await platformAgentHeaders(stack)) };
  const body = (await fetch(stack.api.graphqlUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: 'query($id: ID!) { professionalInstruction(id: $id) { updatedAt } }',
      variables: { id: instructionId },
    }),
  }).then((r) => r.json())) as { data?: { professionalInstruction: { updatedAt: string } | null } };
  return body.data?.professionalInstruction?.updatedAt;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function searchAndOpen(page: Page, word: string, title: string): Promise<void> {
  const box = page.locator('#search-input');
  await box.fill('');
  await box.pressSequentially(word, { delay: 20 });
  const hit = page.locator('.result', { hasText: title });
  await hit.first().waitFor({ timeout: 10_000 });
  await hit.first().click();
}

beforeAll(async () => {
  stack = await startPlatform({ users: [E2E_AGENT] });
  browser = await launchChromium();
  const guide = await publish('self-care-guides?locale=fi&status=published', {
    slug: `rintakipu-kotona-${TAG}`,
    title: 'Rintakipu kotona',
    body: 'Lepää ja seuraa oireita.',
  });
  const instruction = (instructionId = await publish('professional-instructions?locale=fi&status=published', {
    slug: `ohje-${TAG}`,
    title: `Rintakivun puhelinohje ${INSTRUCTION_WORD}`,
    body: `Kysy ensin **hengitys**.\n\n## Soita 112\n\nJos kipu säteilee, ohjaa hätänumeroon.\n\n## Kirjaus\n\nKirjaa ${INSTRUCTION_WORD}.`,
    category: 'triage',
    audience: ['agent', 'nurse'],
  }));
  const protocol = await publish('triage-protocols?status=published', {
    code: `rintakipu-${TAG}`,
    version: 1,
    complaint: { fi: 'Rintakipu aikuisella' },
    audience: 'adult',
    questions: [
      { id: 'hengitys', text: { fi: 'Onko hengenahdistusta?' }, type: 'boolean' },
      { id: 'ika', text: { fi: 'Potilaan ikä' }, type: 'number', unit: 'v', min: 0, max: 120 },
    ],
    redFlags: [
      {
        id: 'hengenahdistus',
        when: { question: 'hengitys', equals: true },
        outcome: 'emergency_112',
        reason: { fi: 'Rintakipu ja hengenahdistus' },
      },
    ],
    rules: [{ when: { question: 'ika', gte: 65 }, outcome: 'urgent_same_day' }],
    outcomes: [
      {
        urgency: 'emergency_112',
        advice: { fi: 'Soita heti 112.' },
        disposition: { kind: 'queue', queueCode: 'ei-jonoa' },
      },
      {
        urgency: 'urgent_same_day',
        advice: { fi: 'Päivystykseen tänään.' },
        disposition: { kind: 'queue', queueCode: 'ei-jonoa' },
      },
      {
        urgency: 'self_care',
        advice: { fi: 'Seuraa kotona.' },
        disposition: { kind: 'guide', guideSlug: `rintakipu-kotona-${TAG}` },
      },
    ],
    defaultOutcome: 'self_care',
  });
  await publish('service-entries?locale=fi&status=published', {
    slug: `sydanpalvelu-${TAG}`,
    source: 'local',
    name: `Sydänpoliklinikka ${SERVICE_WORD}`,
    summary: 'Sydänoireiden arvio.',
    phoneChannels: [{ name: 'Ajanvaraus', number: PHONE, chargeType: 'charged' }],
    instructions: [instruction],
    protocols: [protocol],
    guides: [guide],
  });
  await waitUntilSearchable(INSTRUCTION_WORD);
  await waitUntilSearchable(SERVICE_WORD);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('reading content in the portal', () => {
  it('opens an instruction in full, follows a service to its protocol, copies a phone and keeps a favourite', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.portal.url });
    const page = await context.newPage();
    try {
      await signInInBrowser(page, stack.portal.url);

      // The instruction in full: its Markdown is rendered, section by section.
      await searchAndOpen(page, INSTRUCTION_WORD, 'Rintakivun puhelinohje');
      const body = page.getByTestId('instruction-body');
      await body.waitFor({ timeout: 10_000 });
      expect(await body.locator('strong').first().textContent()).toBe('hengitys');
      expect(await body.locator('h2').allTextContents()).toEqual(['Soita 112', 'Kirjaus']);
      expect(page.url()).toMatch(/#\/instruction\/[A-Za-z0-9]+$/);
      await shot(page, '1-instruction');

      // A service, and from it its protocol through a real link.
      await searchAndOpen(page, SERVICE_WORD, 'Sydänpoliklinikka');
      const protocolLink = page.getByRole('link', { name: 'Rintakipu aikuisella (versio 1)' });
      await protocolLink.waitFor({ timeout: 10_000 });
      expect(await protocolLink.getAttribute('href')).toMatch(/^#\/protocol\/[A-Za-z0-9]+$/);
      await shot(page, '2-service');
      await protocolLink.click();
      const flags = page.getByTestId('red-flags');
      await flags.waitFor({ timeout: 10_000 });
      expect(await flags.textContent()).toContain('Rintakipu ja hengenahdistus');
      expect(await flags.textContent()).toContain('Hätätilanne: soita 112');
      expect(await flags.textContent()).toContain('”Onko hengenahdistusta?” kyllä');
      const questions = await page.getByTestId('questions').textContent();
      expect(questions).toContain('Onko hengenahdistusta?');
      expect(questions).toContain('Luku (0–120) v');
      expect(await page.getByRole('link', { name: 'Rintakipu kotona' }).getAttribute('href')).toBe(
        `#/guide/rintakipu-kotona-${TAG}`,
      );
      // The search results stay beside the view.
      expect(await page.locator('.result', { hasText: 'Sydänpoliklinikka' }).count()).toBe(1);
      await shot(page, '3-protocol');
      // Another UI language: the open protocol stays open, in that language (Finnish texts where not translated).
      await page.locator('button.locale-switch__button[lang="sv"]').click();
      await expect.poll(() => flags.textContent(), { timeout: 10_000 }).toContain('Varningstecken');
      expect(await flags.textContent()).toContain('Nödsituation: ring 112');
      await shot(page, '3-protocol-sv');
      await page.locator('button.locale-switch__button[lang="fi"]').click();
      await expect.poll(() => flags.textContent(), { timeout: 10_000 }).toContain('Hälytysmerkit');

      // Back to the service with the browser's back button; one click copies the phone number.
      await page.goBack();
      await page.getByRole('button', { name: `Kopioi: Ajanvaraus ${PHONE}` }).click();
      await expect.poll(() => page.getByTestId('copy-toast').textContent()).toContain('Kopioitu');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PHONE);

      // The keyboard way: c numbers the copy targets, a digit copies one.
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('c');
      await page.getByTestId('copy-number').first().waitFor();
      await shot(page, '4-copy-numbers');
      await page.keyboard.press('1');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe('Sydänoireiden arvio.');

      // An editor changes the instruction after the agent opened it: the result and the view say so.
      const before = await indexedUpdatedAt();
      const edit = await fetch(
        `${stack.cms.url}/api/professional-instructions/${instructionId}?locale=fi&status=published`,
        {
          method: 'PUT',
          headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ data: { body: `Uusi ohje.\n\n## Kirjaus\n\nKirjaa ${INSTRUCTION_WORD}.` } }),
        },
      );
      expect(edit.ok).toBe(true);
      await expect.poll(indexedUpdatedAt, { timeout: 30_000, interval: 300 }).not.toBe(before);
      // The api drops what it read from the CMS once the indexes changed (a poll later): wait until it reads the new text.
      await expect.poll(readUpdatedAt, { timeout: 30_000, interval: 500 }).toBe(await indexedUpdatedAt());
      await page.locator('#search-input').fill('');
      await page.locator('#search-input').pressSequentially(INSTRUCTION_WORD, { delay: 20 });
      const changedHit = page.locator('.result', { hasText: 'Rintakivun puhelinohje' });
      await changedHit.getByTestId('result-changed').waitFor({ timeout: 10_000 });
      expect(await changedHit.getByTestId('result-changed').textContent()).toBe('Muuttunut');
      await changedHit.click();
      await page.getByTestId('view-changed').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('view-changed').textContent()).toBe('Muuttunut');
      await shot(page, '5-changed');
      // Opened again: no longer changed since the last opening.
      await page.locator('#search-input').fill('');
      await page.locator('#search-input').pressSequentially(INSTRUCTION_WORD, { delay: 20 });
      await page.locator('.result', { hasText: 'Rintakivun puhelinohje' }).first().waitFor();
      expect(await page.getByTestId('result-changed').count()).toBe(0);

      // Back to the service for a favourite.
      await searchAndOpen(page, SERVICE_WORD, 'Sydänpoliklinikka');
      await page.getByTestId('favourite-toggle').waitFor();

      // A favourite, kept on the server and listed while the search box is empty.
      const star = page.getByTestId('favourite-toggle');
      await star.click();
      await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
      await page.locator('#search-input').fill('');
      const favourites = page.getByTestId('favourites');
      await expect.poll(() => favourites.textContent(), { timeout: 10_000 }).toContain('Sydänpoliklinikka');
      expect(await favourites.getByRole('link').first().getAttribute('href')).toMatch(/^#\/service\//);
      await shot(page, '6-favourites');

      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in').waitFor();
    } finally {
      await context.close();
    }
  });
});
