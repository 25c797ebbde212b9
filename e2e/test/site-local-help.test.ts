import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';
import { waitForSitePage } from '../src/live-site.js';

/**
 * Local help on the public site, end to end: the live site of a running platform, opened in headless Chromium at
 * phone width. The reader opens a guide, chooses a county
 * with the keyboard, sees that county's phone number as a tel: link with "open now", and after a reload the choice is
 * remembered; changing the county shows the other county's number.
 */

const TAG = Date.now().toString(36);
const GUIDE = `flunssa-${TAG}`;
const COAST = { code: `rannikko-${TAG}`, name: `Rannikon hyvinvointialue ${TAG}` };
const INLAND = { code: `sisamaa-${TAG}`, name: `Sisämaan hyvinvointialue ${TAG}` };
const COAST_PHONE = { shown: '06 218 4321', href: 'tel:+35862184321' };
const INLAND_PHONE = { shown: '05 000 0999', href: 'tel:+35850000999' };
/** Screenshots for looking at the page (not compared): set E2E_SCREENSHOTS to a folder. */
const SHOTS = process.env.E2E_SCREENSHOTS;
const PHONE_VIEWPORT = { width: 390, height: 844 };
const ALWAYS_OPEN = { alwaysOpen: true, weekly: [], exceptions: [] };

let stack: PlatformStack;
let site = '';
let browser: Browser;

async function publish(path: string, data: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${stack.cms.url}/api/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data }),
  });
  if (!res.ok) throw new Error(`publish ${path}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { documentId: string } }).data.documentId;
}

async function publishContent(): Promise<void> {
  const coast = await publish('regions?locale=fi&status=published', COAST);
  const inland = await publish('regions?locale=fi&status=published', INLAND);
  const guide = await publish('self-care-guides?locale=fi&status=published', {
    slug: GUIDE,
    title: `Flunssa ${TAG}`,
    summary: 'Flunssa paranee yleensä itsestään.',
    body: 'Lepää ja juo riittävästi.',
    whenToSeekCare: ['Hengitys vaikeutuu'],
  });
  await publish('service-entries?locale=fi&status=published', {
    slug: `rannikon-terveysasema-${TAG}`,
    source: 'local',
    name: 'Rannikon terveysasema',
    regions: [coast],
    phoneChannels: [
      {
        name: 'Ajanvaraus',
        number: COAST_PHONE.shown,
        chargeType: 'charged',
        serviceHours: 'Joka päivä ympäri vuorokauden',
        structuredHours: ALWAYS_OPEN,
      },
    ],
    serviceLocations: [
      {
        name: 'Terveysasema',
        street: 'Rantatie 1',
        postalCode: '65100',
        postOffice: 'Vaasa',
        structuredHours: ALWAYS_OPEN,
      },
    ],
    eServices: [{ name: 'Ajanvaraus verkossa', url: 'https://example.fi/ajanvaraus' }],
    guides: [guide],
    agentInstructions: 'Sisäinen ohje, ei kansalaisille.',
  });
  await publish('service-entries?locale=fi&status=published', {
    slug: `sisamaan-terveysasema-${TAG}`,
    source: 'local',
    name: 'Sisämaan terveysasema',
    regions: [inland],
    phoneChannels: [
      { name: 'Ajanvaraus', number: INLAND_PHONE.shown, chargeType: 'charged', structuredHours: ALWAYS_OPEN },
    ],
    guides: [guide],
  });
}

async function shot(page: Page, name: string): Promise<Buffer> {
  const image = await page.screenshot({
    fullPage: true,
    ...(SHOTS ? { path: join(SHOTS, `${name}.png`) } : {}),
  });
  return image;
}

beforeAll(async () => {
  stack = await startPlatform({ site: {} });
  site = stack.site!.url;
  await publishContent();
  // The publisher rebuilds the live site after the guide's publish reaches it through the outbox.
  await waitForSitePage(site, `/guides/${GUIDE}.html`);
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('local help on a guide page', () => {
  it('asks for the county, shows its services with tel: links, and remembers the choice', async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'fi-FI' });
    const page = await context.newPage();
    await page.goto(`${site}/guides/${GUIDE}.html`);
    const help = page.locator('.neuvo-local-help');

    // The box comes right after "when to seek care", with the emergency numbers whatever the county.
    await expect(help.locator('a[href="tel:112"]').textContent()).resolves.toContain('112');
    await expect(help.locator('a[href="tel:116117"]').textContent()).resolves.toContain('116117');
    expect(
      await page.evaluate(
        () => document.querySelector('.neuvo-guide__seek-care')?.parentElement?.nextElementSibling?.className,
      ),
    ).toContain('neuvo-local-help');

    // No county yet: the labelled picker, listing the api's regions by name.
    const select = page.getByLabel('Hyvinvointialue');
    await select.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.neuvo-county option').length >= 3);
    const names = await select.locator('option').allTextContents();
    expect(names).toEqual(expect.arrayContaining([COAST.name, INLAND.name]));
    await shot(page, 'local-help-picker');

    // Confirming without a choice says what is missing; then the keyboard alone chooses.
    await page.getByRole('button', { name: 'Näytä palvelut' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Valitse alue listasta.');
    await select.selectOption(COAST.code);
    await page.getByRole('button', { name: 'Näytä palvelut' }).focus();
    await page.keyboard.press('Enter');

    const coastPhone = help.locator(`a[href="${COAST_PHONE.href}"]`);
    await coastPhone.waitFor();
    expect(await coastPhone.textContent()).toBe(COAST_PHONE.shown);
    expect(await help.textContent()).toContain(`Alueesi: ${COAST.name}`);
    expect(await help.textContent()).toContain('Avoinna nyt');
    expect(await help.locator('a[href="https://example.fi/ajanvaraus"]').count()).toBe(1);
    expect(await help.locator(`a[href="${INLAND_PHONE.href}"]`).count()).toBe(0);
    expect(await help.textContent()).not.toContain('Sisäinen ohje');
    // Focus returns to the county line, so the keyboard user continues from the answer.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vaihda aluetta');
    expect(await page.evaluate(() => localStorage.getItem('neuvo.county'))).toBe(COAST.code);
    expect((await context.cookies()).length).toBe(0);
    const image = await shot(page, 'local-help-390');
    expect(image.length).toBeGreaterThan(10_000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE_VIEWPORT.width,
    );

    // Reload: the county is remembered, no picker.
    await page.reload();
    await help.locator(`a[href="${COAST_PHONE.href}"]`).waitFor();
    expect(await page.locator('.neuvo-county').count()).toBe(0);

    // Changeable: the other county's number replaces it, and that choice is remembered in turn.
    await page.getByRole('button', { name: 'Vaihda aluetta' }).click();
    await page.getByLabel('Hyvinvointialue').selectOption(INLAND.code);
    await page.getByRole('button', { name: 'Näytä palvelut' }).click();
    await help.locator(`a[href="${INLAND_PHONE.href}"]`).waitFor();
    expect(await help.locator(`a[href="${COAST_PHONE.href}"]`).count()).toBe(0);
    await page.reload();
    await help.locator(`a[href="${INLAND_PHONE.href}"]`).waitFor();
    await context.close();
  });

  it('has no accessibility violations in the local help box (axe-core)', async () => {
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${site}/guides/${GUIDE}.html`);
    await page.evaluate((code) => localStorage.setItem('neuvo.county', code), COAST.code);
    await page.reload();
    await page.locator(`.neuvo-local-help a[href="${COAST_PHONE.href}"]`).waitFor();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: string) => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      return (await axe.run('.neuvo-local-help')).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
