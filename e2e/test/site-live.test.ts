import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfCareGuide } from '@neuvo/content-models';
import { createStrapiRest, type StrapiRest } from '@neuvo/node-kit';
import type { Browser, Page } from 'playwright-core';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';

/**
 * The public site stays current while it runs: an editor publishes a guide in Strapi and it appears on the live site,
 * edits its title and the page follows, unpublishes it and its page is gone; the site is never restarted. The site
 * publisher follows the CMS outbox, rebuilds and switches to each new build atomically.
 */

// Each change reaches the site within one build, or after the api's content cache time (10 s) plus one more build
// when the first build still got the api's cached answer.
const WITHIN_MS = 90_000;
/** A test waits for up to two such changes. */
const TEST_TIMEOUT_MS = 2 * WITHIN_MS + 30_000;
const MARKER = Date.now().toString(36);
const FIRST = { slug: `nuha-${MARKER}`, title: `Nuha ${MARKER}` };
const SECOND = { slug: `yska-${MARKER}`, title: `Yskä ${MARKER}` };
const EDITED_TITLE = `Nuha ja tukkoinen nenä ${MARKER}`;

let stack: PlatformStack;
let browser: Browser;
let page: Page;
let editor: StrapiRest;
let site: string;

/** Polls `read` every 250 ms until `accept` holds; fails after {@link WITHIN_MS}. Returns how long it took. */
async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
): Promise<number> {
  const started = performance.now();
  let last: T | undefined;
  while (performance.now() - started < WITHIN_MS) {
    last = await read();
    if (accept(last)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen within ${WITHIN_MS / 1000} s (last: ${JSON.stringify(last)})`);
}

async function get(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${site}${path}`);
  return { status: res.status, html: await res.text() };
}

function publish(guide: { slug: string; title: string }): Promise<string> {
  return editor.create('self-care-guides', {
    slug: guide.slug,
    title: guide.title,
    summary: 'Lyhyt yhteenveto.',
    body: '## Kotihoito\n\nLepää ja juo riittävästi.',
    whenToSeekCare: ['Jos oireet pahenevat, soita Päivystysapuun 116117.'],
    sources: [],
  });
}

beforeAll(async () => {
  stack = await startPlatform({ site: { debounceMs: 200 } });
  site = stack.site!.url;
  editor = createStrapiRest({
    url: stack.cms.url,
    token: stack.cms.writeToken,
    admin: { email: stack.cms.adminEmail, password: stack.cms.adminPassword },
  });
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the live public site', () => {
  let firstId = '';

  it(
    'shows a newly published guide without a restart',
    async () => {
      // The site is up before anything is published: its guide index is empty.
      await page.goto(`${site}/guides/`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('Itsehoito-ohjeet');
      expect(await page.getByText(FIRST.title).count()).toBe(0);

      firstId = await publish(FIRST);
      const tookMs = await waitFor(
        'the new guide page',
        () => get(`/guides/${FIRST.slug}.html`),
        (r) => r.status === 200,
      );
      console.log(`publish → live: ${(tookMs / 1000).toFixed(1)} s`);

      await page.goto(`${site}/guides/${FIRST.slug}.html`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(FIRST.title);
      // Listed in the guide index too.
      await page.goto(`${site}/guides/`);
      await expect.poll(() => page.getByRole('link', { name: FIRST.title }).count()).toBe(1);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lists a guide published later next to the first one',
    async () => {
      await publish(SECOND);
      await waitFor(
        'the second guide page',
        () => get(`/guides/${SECOND.slug}.html`),
        (r) => r.status === 200,
      );
      await page.goto(`${site}/guides/`);
      await expect.poll(() => page.getByRole('link', { name: SECOND.title }).count()).toBe(1);
      expect(await page.getByRole('link', { name: FIRST.title }).count()).toBe(1);
      await page.getByRole('link', { name: SECOND.title }).click();
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(SECOND.title);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'brings an edited title to the page',
    async () => {
      await editor.update('self-care-guides', firstId, { title: EDITED_TITLE }, { locale: 'fi' });
      await waitFor(
        'the edited title',
        () => get(`/guides/${FIRST.slug}.html`),
        (r) => r.html.includes(`<h1>${EDITED_TITLE}</h1>`),
      );
      await page.goto(`${site}/guides/${FIRST.slug}.html`);
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(EDITED_TITLE);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'removes an unpublished guide: its address answers with the 404 page',
    async () => {
      await editor.unpublish(selfCareGuide.uid, firstId, 'fi');
      await waitFor(
        'the removed page',
        () => get(`/guides/${FIRST.slug}.html`),
        (r) => r.status === 404,
      );
      const res = await page.goto(`${site}/guides/${FIRST.slug}.html`);
      expect(res?.status()).toBe(404);
      await expect.poll(() => page.getByText('SIVUA EI LÖYTYNYT').count()).toBeGreaterThan(0);
      await page.goto(`${site}/guides/`);
      await expect.poll(() => page.getByRole('link', { name: SECOND.title }).count()).toBe(1);
      expect(await page.getByRole('link', { name: EDITED_TITLE }).count()).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'reports the live build to editors in /_site-status.json',
    async () => {
      const status = JSON.parse((await get('/_site-status.json')).html) as {
        state: string;
        lastGood: { pages: { fi: number }; skipped: unknown[] } | null;
        lastFailure: unknown;
      };
      expect(status.state).toBe('live');
      expect(status.lastFailure).toBeNull();
      expect(status.lastGood?.skipped).toEqual([]);
      expect(status.lastGood?.pages.fi).toBeGreaterThanOrEqual(1);
    },
    TEST_TIMEOUT_MS,
  );
});
