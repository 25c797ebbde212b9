import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStrapiRest } from '@neuvo/node-kit';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser.js';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { E2E_AGENT, platformAgentHeaders, signInInBrowser } from '../src/sign-in.js';

/** The search box (the home-region select is a combobox too). */
const SEARCH_BOX = 'Hae palveluita, ohjeita ja protokollia';

/**
 * The platform end to end: an editor publishes a self-care guide in Strapi, the outbox carries it to
 * Meilisearch, the api finds it within 2 s, an agent finds it by typing in the portal (headless
 * Chromium), and after the editor unpublishes it, it is gone from both.
 */

const GUIDE_UID = 'api::self-care-guide.self-care-guide';
// A word no sample content contains, so a hit can only be this guide.
const MARKER = `kurkunkutina${Date.now().toString(36)}`;
const TITLE = `Testiohje ${MARKER}`;

interface SearchResult {
  total: number;
  hits: Array<{ documentId: string; title: string; type: string }>;
}

let stack: PlatformStack;
let browser: Browser;

async function search(query: string, asAgent: boolean): Promise<SearchResult> {
  const res = await fetch(stack.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(asAgent ? await platformAgentHeaders(stack) : {}) },
    body: JSON.stringify({
      query: 'query($q: String!) { search(query: $q, locale: fi) { total hits { documentId title type } } }',
      variables: { q: query },
    }),
  });
  const body = (await res.json()) as { data?: { search: SearchResult }; errors?: unknown[] };
  if (!body.data) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
  return body.data.search;
}

/** Polls the api until `accept` holds; returns how long it took. Fails after `withinMs`. */
async function waitForSearch(
  query: string,
  asAgent: boolean,
  accept: (r: SearchResult) => boolean,
  withinMs: number,
) {
  const started = performance.now();
  for (;;) {
    const result = await search(query, asAgent);
    const elapsed = performance.now() - started;
    if (accept(result)) return { result, elapsedMs: elapsed };
    if (elapsed > withinMs) throw new Error(`search for "${query}" did not settle within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  stack = await startPlatform({ users: [E2E_AGENT] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('publish → search → portal → unpublish', () => {
  let documentId = '';

  // The first publish after the stack starts is the slowest case (fresh processes and indexes). Meilisearch used to take
  // up to 2 s per task here until its indexing memory was bounded (`DEFAULT_MAX_INDEXING_MEMORY` in the test kit).
  // The steady-state target (publish → searchable p95 < 1 s) is measured by `npm run bench -- search`.
  it('finds a guide through the api within 2 s of the first publish after start', async () => {
    const res = await fetch(`${stack.cms.url}/api/self-care-guides?status=published&locale=fi`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.cms.writeToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        data: {
          slug: `testiohje-${MARKER}`,
          title: TITLE,
          summary: 'Lyhyt yhteenveto testiä varten.',
          body: `## Kotihoito\n\nLepää ja juo riittävästi. ${MARKER} on testisana.`,
          whenToSeekCare: ['Jos oireet pahenevat, soita Päivystysapuun 116117.'],
          sources: [],
        },
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    documentId = ((await res.json()) as { data: { documentId: string } }).data.documentId;

    const { result, elapsedMs } = await waitForSearch(MARKER, false, (r) => r.total > 0, 2_000);
    expect(result.hits[0]).toMatchObject({ documentId, title: TITLE, type: 'guide' });
    expect(elapsedMs).toBeLessThan(2_000);
  });

  it('lets an agent find the guide by typing in the portal', async () => {
    const page = await browser.newPage();
    try {
      await signInInBrowser(page, stack.portal.url);
      // The search box is an ARIA combobox (it owns the result listbox).
      const box = page.getByRole('combobox', { name: SEARCH_BOX });
      await box.waitFor();
      // Type like a person, a letter at a time: results must follow as the query grows.
      await box.pressSequentially(MARKER.slice(0, 12), { delay: 40 });
      await expect.poll(() => page.getByText(TITLE).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('removes the guide from search once an editor unpublishes it', async () => {
    // As an editor does it in the admin: the content manager's unpublish, after an admin login.
    const editor = createStrapiRest({
      url: stack.cms.url,
      token: stack.cms.writeToken,
      admin: { email: stack.cms.adminEmail, password: stack.cms.adminPassword },
    });
    await editor.unpublish(GUIDE_UID, documentId, 'fi');
    // Gone for citizens and for agents (the guide was in both the public and the agent index).
    for (const asAgent of [false, true]) {
      const { result } = await waitForSearch(MARKER, asAgent, (r) => r.total === 0, 5_000);
      expect(result.hits).toEqual([]);
    }
  });
});
