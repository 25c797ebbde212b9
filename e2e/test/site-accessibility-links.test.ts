import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, type PlatformStack } from '@neuvo/scripts';
import { launchChromium } from '../src/browser.js';
import { waitForSiteGuideCounts } from '../src/live-site.js';
import { seedSampleContent } from '../src/sample-content.js';

/**
 * The live public site over the sample content, as citizens and their assistive technology meet it: every page
 * reachable from the three home pages is crawled, every internal link must answer 200, and axe-core checks one page
 * of every kind (home, topic, A-Z, guide, untranslated-guide fallback, search, accessibility statement, 404) in
 * Finnish, Swedish and English: no serious or critical violation.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HOMES = ['/', '/sv/', '/en/'];
/** The crawl stops here; the sample site has about 150 pages. */
const MAX_PAGES = 600;

let stack: PlatformStack;
let browser: Browser;
let site: string;

/** Every same-site page an `<a href>` of the HTML points to, without fragment or query. */
function internalLinks(html: string, from: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)) {
    const href = match[1]!.replaceAll('&amp;', '&');
    if (/^(mailto|tel):/.test(href)) continue;
    const url = new URL(href, from);
    if (url.origin !== site) continue;
    url.hash = '';
    url.search = '';
    links.push(url.href);
  }
  return links;
}

interface CrawledPage {
  readonly url: string;
  readonly html: string;
}

/** Breadth-first over internal links from the home pages; a link answering anything but 200 is a broken link. */
async function crawl(): Promise<{ pages: CrawledPage[]; broken: string[] }> {
  const queue = HOMES.map((path) => new URL(path, site).href);
  const seen = new Set(queue);
  const referrer = new Map<string, string>();
  const pages: CrawledPage[] = [];
  const broken: string[] = [];
  while (queue.length > 0 && pages.length < MAX_PAGES) {
    const url = queue.shift()!;
    const res = await fetch(url);
    const html = await res.text();
    if (res.status !== 200) {
      broken.push(`${url} (HTTP ${res.status}, linked from ${referrer.get(url) ?? 'the start'})`);
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    pages.push({ url, html });
    for (const link of internalLinks(html, url)) {
      if (seen.has(link)) continue;
      seen.add(link);
      referrer.set(link, url);
      queue.push(link);
    }
  }
  return { pages, broken };
}

/**
 * The kind of page, from its place in the site: the locale prefix, then the first path segment (guide pages and
 * their fallbacks told apart by `noindex`). One page of each kind is checked with axe.
 */
function pageKind({ url, html }: CrawledPage): string {
  const path = new URL(url).pathname;
  const locale = /^\/(sv|en)\//.exec(path)?.[1] ?? 'fi';
  const rest = locale === 'fi' ? path.slice(1) : path.slice(locale.length + 2);
  const [first = '', second] = rest.split('/');
  const section = first.replace(/\.html$/, '') || 'home';
  const detail = second === undefined || second === '' || second === 'index.html' ? 'index' : 'page';
  const fallback = /<meta name="robots" content="noindex/.test(html) ? ' (fallback)' : '';
  return `${locale} ${section} ${detail}${fallback}`;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

async function seriousViolations(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${url}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

beforeAll(async () => {
  stack = await startPlatform({ site: {} });
  browser = await launchChromium();
  await seedSampleContent(stack.cms);
  site = new URL(stack.site!.url).origin;
  // The publisher rebuilds the site after the seed reaches it through the outbox: wait for every published guide.
  const counts: Record<string, number> = {};
  for (const locale of ['fi', 'sv', 'en']) {
    const res = await fetch(`${stack.cms.url}/api/self-care-guides?locale=${locale}&pagination[pageSize]=1`, {
      headers: { authorization: `Bearer ${stack.cms.readToken}` },
    });
    counts[locale] = (
      (await res.json()) as { meta: { pagination: { total: number } } }
    ).meta.pagination.total;
  }
  await waitForSiteGuideCounts(site, counts);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the public site over the sample content', () => {
  let pages: CrawledPage[] = [];

  it('has no broken internal link on any page reachable from the home pages', async () => {
    const result = await crawl();
    pages = result.pages;
    expect(result.broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(60);
  }, 300_000);

  it('has no serious or critical accessibility violation on any kind of page, in fi, sv and en', async () => {
    const byKind = new Map<string, string>();
    for (const page of pages) if (!byKind.has(pageKind(page))) byKind.set(pageKind(page), page.url);
    // Pages no link leads to: the search pages with results (the search box's Enter opens them) and the 404 page.
    const pagesWithoutLinks = {
      fi: ['/haku.html?q=kuume', '/no-such-page.html'],
      sv: ['/sv/sok.html?q=feber', '/sv/no-such-page.html'],
      en: ['/en/search.html?q=fever', '/en/no-such-page.html'],
    };
    for (const [locale, [search, missing]] of Object.entries(pagesWithoutLinks)) {
      byKind.set(`${locale} search`, `${site}${search}`);
      byKind.set(`${locale} 404`, `${site}${missing}`);
    }
    // Every kind of page is among those checked, in every language.
    const statement = {
      fi: 'saavutettavuusseloste',
      sv: 'tillganglighetsutlatande',
      en: 'accessibility-statement',
    };
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const required = [
        'home index',
        'guides index',
        'guides page',
        'topics page',
        'a-z index',
        `${statement[locale]} index`,
        'search',
        '404',
      ];
      if (locale !== 'fi') required.push('guides page (fallback)');
      for (const kind of required) expect(byKind.has(`${locale} ${kind}`), `${locale} ${kind}`).toBe(true);
    }
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const url of byKind.values()) problems.push(...(await seriousViolations(page, url)));
    await page.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
