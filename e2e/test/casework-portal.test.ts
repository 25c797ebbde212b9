import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { identityCodeCheckCharacter } from '@neuvo/content-models/contact-log';
import { sampleUser } from '@neuvo/local-idp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';
import { agentHeaders, signInInBrowser } from '../src/sign-in.js';

/**
 * Casework end to end in headless Chromium: a contact is opened over GraphQL (the contact panel is another screen);
 * a social counsellor initiates a service-need assessment for a person the citizen is worried about; the supervisor
 * finds it in the region's pending list and among the overdue work with its clock; an agent agrees a call-back on the
 * contact and marks it done from the region's queue.
 */

const counsellor = sampleUser('sosiaaliohjaaja.pohjanmaa');
const supervisor = sampleUser('esihenkilo.pohjanmaa');
const agent = sampleUser('agentti.pohjanmaa');
// A name nothing else in this run has, and a valid identity code made for it.
const TAG = Date.now().toString(36);
const PERSON = `Eino Testinen ${TAG}`;
const CHECK = identityCodeCheckCharacter('020340', '123');
const CODE = `020340-123${CHECK}`;
/** The same code with another (valid) check character: a slip of the finger. */
const MISTYPED = `020340-123${CHECK === 'A' ? 'B' : 'A'}`;
const UNIT = `pohjanmaa-aikuissosiaalityo-${TAG}`;
/** Screenshots for looking at the screens (not compared): set E2E_SCREENSHOTS to a folder. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let stack: PlatformStack;
let browser: Browser;
let contactId = '';

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `casework-${name}.png`), fullPage: true });
}

/** A Helsinki date `days` before today (YYYY-MM-DD). */
const helsinkiDaysAgo = (days: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(
    new Date(Date.now() - days * 86_400_000),
  );

async function signedInPage(user: typeof agent, hash: string): Promise<Page> {
  const page = await browser.newPage();
  await signInInBrowser(page, stack.portal.url, user);
  await page.goto(`${stack.portal.url}/${hash}`);
  return page;
}

beforeAll(async () => {
  stack = await startPlatform();
  browser = await launchChromium();
  const headers = {
    'content-type': 'application/json',
    ...(await agentHeaders(stack.api.url, stack.portal.url, counsellor)),
  };
  const res = await fetch(stack.api.graphqlUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: 'mutation($input: OpenContactInput!) { openContact(input: $input) { id } }',
      variables: { input: { channel: 'phone', region: 'pohjanmaa', reason: { text: 'Huoli isästä' } } },
    }),
  });
  const body = (await res.json()) as { data?: { openContact: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`openContact: ${JSON.stringify(body.errors)}`);
  contactId = body.data.openContact.id;
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('casework in the portal', () => {
  it('a social counsellor initiates an assessment with the form, checked as typed', async () => {
    const page = await signedInPage(counsellor, `#/contact/${contactId}/casework`);
    try {
      const form = page.getByTestId('service-need-assessment-form');
      await form.waitFor({ timeout: 15_000 });
      // The contact's citizen is not identified: the need can only be another person's.
      expect(await page.getByTestId('sna-subject-contact_citizen').isDisabled()).toBe(true);
      await page.getByLabel('Henkilön nimi').fill(PERSON);
      const code = page.getByLabel('Henkilötunnus', { exact: true });
      await code.pressSequentially(MISTYPED, { delay: 20 });
      await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByText('Tarkistusmerkki ei täsmää').count()).toBe(1);
      await shot(page, 'form-code-error');
      await code.fill(CODE);
      await expect.poll(() => code.getAttribute('aria-invalid')).toBe('false');
      await page.getByLabel('Peruste', { exact: true }).selectOption('aged_75_or_over');
      await page.getByLabel('Suostumusta ei voitu kysyä').check();
      await page.getByLabel('Miksi suostumusta ei ole').fill('Muistisairaus, ei tavoitettu.');
      await page.getByLabel('Vastaanottava yksikkö').fill(UNIT);
      // Pending for a month: past the deadline of 7 working days, so it is overdue.
      await page.getByLabel('Tullut vireille').fill(helsinkiDaysAgo(30));
      await page.getByTestId('sna-submit').click();
      await page.getByTestId('sna-saved').waitFor();
      const listed = page.getByTestId('contact-assessments');
      await expect.poll(() => listed.textContent()).toContain(PERSON);
      expect(await listed.textContent()).toContain('020340-****');
      expect(await listed.getByTestId('casework-clock').getAttribute('data-overdue')).toBe('true');
      await shot(page, 'contact-casework-counsellor');
    } finally {
      await page.close();
    }
  });

  it('the supervisor sees it in the pending list and among the overdue work, with its clock', async () => {
    const page = await signedInPage(supervisor, '#/casework/pending');
    try {
      await expect.poll(() => page.getByTestId('casework-region').inputValue()).toBe('pohjanmaa');
      const item = page.getByTestId('assessment-item').filter({ hasText: PERSON });
      await item.waitFor({ timeout: 15_000 });
      expect(await item.getByTestId('assessment-code').textContent()).toContain('020340-****');
      expect(await item.getByTestId('casework-clock').textContent()).toMatch(/^Myöhässä \d+ pv \d+ h/);
      expect(await item.getByTestId('assessment-grounds').textContent()).toBe('Yli 75-vuotias');
      // Starting is the social counsellors'.
      expect(await item.getByTestId('pending-start').count()).toBe(0);
      await shot(page, 'pending-supervisor');

      await page.getByTestId('nav-casework-overdue').click();
      const overdue = page
        .getByTestId('overdue-assessments')
        .getByTestId('assessment-item')
        .filter({ hasText: PERSON });
      await overdue.waitFor({ timeout: 15_000 });
      expect(await overdue.getByTestId('casework-clock').textContent()).toMatch(/^Myöhässä/);
      await shot(page, 'overdue-supervisor');

      // The supervisor's reads of the listed person are in the audit trail.
      await page.getByTestId('nav-casework-audit').click();
      await page.getByTestId('audit-row').first().waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('audit-table').textContent()).toContain('Näki asiointilistassa');
      await shot(page, 'audit-supervisor');
    } finally {
      await page.close();
    }
  });

  it('an agent sees only the call-backs screen, agrees a call-back and marks it done', async () => {
    const page = await signedInPage(agent, `#/contact/${contactId}/casework`);
    try {
      await page.getByTestId('call-back-form').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('service-need-assessment-form').count()).toBe(0);
      expect(await page.getByTestId('nav-casework-overdue').count()).toBe(0);
      expect(await page.getByTestId('nav-casework-pending').count()).toBe(0);

      const phone = page.getByLabel('Puhelinnumero');
      await phone.fill('12345');
      await phone.blur();
      await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
      await phone.fill('040 123 4567');
      await expect
        .poll(() => page.getByTestId('cb-phone-normalised').textContent())
        .toContain('+358401234567');
      await page.getByLabel('Syy').fill(`Laboratoriotulokset ${TAG}`);
      await page.getByTestId('cb-submit').click();
      await page.getByTestId('cb-saved').waitFor();
      await expect
        .poll(() => page.getByTestId('contact-call-backs').textContent())
        .toContain('+358401234567');
      await shot(page, 'contact-casework-agent');

      await page.getByTestId('nav-casework-call-backs').click();
      const item = page.getByTestId('call-back-item').filter({ hasText: TAG });
      await item.waitFor({ timeout: 15_000 });
      expect(await item.getByTestId('call-back-phone').getAttribute('href')).toBe('tel:+358401234567');
      expect(await item.getByTestId('casework-clock').textContent()).toMatch(/jäljellä/);
      await shot(page, 'call-backs-agent');
      await item.getByTestId('call-back-done').click();
      await expect
        .poll(() => page.getByTestId('call-backs-notice').textContent())
        .toContain('Takaisinsoitto merkitty soitetuksi.');
      expect(await page.getByTestId('call-back-item').filter({ hasText: TAG }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
