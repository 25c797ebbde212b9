import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCmsAdminBuild, startCms, type CmsHandle } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';
import { seedSampleContent } from '../src/sample-content.js';

/**
 * The editors' list of translations in the real Strapi admin (built panel, headless Chromium), over the sample
 * content: a guide never translated into Swedish shows "puuttuu"; after an edit of the Finnish text a translated
 * guide's Swedish shows "vanhentunut" until the Swedish text is saved again.
 */

const GUIDES = 'self-care-guides';
/** Screenshots for looking at the views (not compared): set E2E_SCREENSHOTS to a folder. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let cms: CmsHandle;
let browser: Browser;
let page: Page;

interface GuideRow {
  documentId: string;
  slug: string;
  title: string;
}

async function rest<T>(method: string, path: string, data?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${cms.url}/api/${path}`, {
    method,
    headers: { authorization: `Bearer ${cms.writeToken}`, 'content-type': 'application/json' },
    ...(data ? { body: JSON.stringify({ data }) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const guidesIn = async (locale: string): Promise<GuideRow[]> =>
  (
    await rest<{ data: GuideRow[] }>(
      'GET',
      `${GUIDES}?locale=${locale}&pagination[pageSize]=100&fields[0]=slug&fields[1]=title`,
    )
  ).data;

/** The status badge of one guide's translation in the list, e.g. "ruotsi, puuttuu". */
const badge = (title: string, language: string) =>
  page.getByRole('link', { name: new RegExp(`^${title}: ${language},`) });

async function openList(): Promise<void> {
  await page.goto(`${cms.url}/admin/neuvo/translations`);
  await page.getByRole('heading', { name: 'Käännösten tila' }).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  await ensureCmsAdminBuild();
  cms = await startCms({ database: 'sqlite', env: { CMS_SERVE_ADMIN: 'true' } });
  await seedSampleContent(cms);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // The admin's interface language, as an editor picks it in their profile.
  await context.addInitScript(() => localStorage.setItem('strapi-admin-language', 'fi'));
  page = await context.newPage();
  await page.goto(`${cms.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(cms.adminEmail);
  await page.locator('input[name="password"]').fill(cms.adminPassword);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
  // Building the admin panel takes a minute or two on its own.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('the translation status page of the Strapi admin', () => {
  it('names the guides whose Swedish text is missing, and one whose Swedish is older than its Finnish text', async () => {
    const [finnish, swedish] = await Promise.all([guidesIn('fi'), guidesIn('sv')]);
    const translated = new Set(swedish.map((guide) => guide.documentId));
    const untranslated = finnish.find((guide) => !translated.has(guide.documentId));
    const edited = finnish.find((guide) => translated.has(guide.documentId));
    if (!untranslated || !edited) throw new Error('the sample content needs guides with and without Swedish');

    await openList();
    await expect(badge(untranslated.title, 'ruotsi').textContent()).resolves.toBe('puuttuu');
    await expect(badge(edited.title, 'ruotsi').textContent()).resolves.toBe('ajan tasalla');

    // An editor changes the Finnish text: the Swedish translation is now older than it.
    await rest('PUT', `${GUIDES}/${edited.documentId}?locale=fi`, { summary: 'Päivitetty tiivistelmä.' });
    await openList();
    await expect(badge(edited.title, 'ruotsi').textContent()).resolves.toBe('vanhentunut');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'cms-translation-status.png'), fullPage: true });
    }

    // The Swedish text is checked and saved again: current.
    await rest('PUT', `${GUIDES}/${edited.documentId}?locale=sv`, { summary: 'Uppdaterad sammanfattning.' });
    await openList();
    await expect(badge(edited.title, 'ruotsi').textContent()).resolves.toBe('ajan tasalla');
    // The badge opens the guide in that language in the content manager.
    await badge(edited.title, 'ruotsi').click();
    await page.waitForURL(
      (url) => url.pathname.includes(edited.documentId) && url.search.includes('locale]=sv'),
    );
  });
});
