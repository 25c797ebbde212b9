/**
 * Keystroke-to-paint benchmark of the agent portal, on loopback with real processes from the test kit: the platform
 * (Strapi, Meilisearch, the search-indexer, the api with its default per-client rate limits, the built portal) with
 * the sample content, and headless Chromium signed in as an agent.
 *
 * A scripted list of queries is typed into the search box character by character at a realistic pace
 * (`BENCH_TYPING_DELAY_MS`, default 150 ms between keys). Measured in the page: from the last key's `keydown`
 * (`event.timeStamp`) to the frame after the results for exactly that text are on screen (the panel's
 * `data-results-for` attribute changes; a `requestAnimationFrame` and then a task mark the frame as painted). Two
 * tabs in one browser alternate query by query: the portal as deployed (a request the moment the text changes) and
 * the baseline, the same build told through its runtime configuration to wait a fixed 120 ms after the last key
 * (the wait it had before). Bounded: `BENCH_TYPING_QUERIES` queries (default 24) per tab and `BENCH_TYPING_BUDGET_S`
 * (default 300 s) of typing; 127.0.0.1 only.
 */
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import {
  BENCH_AGENT,
  launchBenchChromium,
  signInThroughPortal,
  startSeededPlatform,
  waitSearchable,
} from './portal-session.js';
import type { Benchmark, BenchRow } from './types.js';

const NAME = 'portal-typing';
/** The wait the portal had after the last key before it searched: the baseline. */
const BASELINE_DEBOUNCE_MS = 120;
const TARGET_P50_MS = 80;

/** What an agent types, all found in the sample content (Finnish, as the agents' first language). */
export const TYPED_QUERIES: readonly string[] = [
  'hammaslääkäri',
  'kuume',
  'rokotus',
  'neuvola',
  'kotihoito',
  'päihdepalvelut',
  'mielenterveys',
  'kurkkukipu',
  'flunssa',
  'yskä',
  'korvakipu',
  'virtsatieinfektio',
  'ripuli',
  'päänsärky',
  'ihottuma',
  'palovamma',
  'unettomuus',
  'ahdistus',
  'selkäkipu',
  'nilkan nyrjähdys',
  'lapsen kuume',
  'silmälääkäri',
  'raskaus',
  'hyönteisen pisto',
];

const num = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Installed in each tab before anything is typed (browser code, kept as text: this package has no DOM types):
 * remembers the last key and when each text's results were painted.
 */
const PROBE_SCRIPT = `(() => {
  const probe = { lastKeyAt: 0, paints: [] };
  window.__typingProbe = probe;
  document.addEventListener('keydown', (event) => { probe.lastKeyAt = event.timeStamp; }, true);
  const panel = document.querySelector('.search-panel');
  new MutationObserver(() => {
    const text = panel.getAttribute('data-results-for');
    if (text === null) return;
    // requestAnimationFrame runs just before the frame is painted; a task posted from it runs after that paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.paints.push({ text, at: performance.now() });
      channel.port2.postMessage(null);
    });
  }).observe(panel, { attributes: true, attributeFilter: ['data-results-for'] });
})()`;

/** Browser code: ms from the last keydown to the paint of the results for `expected`, or null while not yet painted. */
const PAINTED_AFTER_LAST_KEY = `(expected) => {
  const probe = window.__typingProbe;
  const paint = probe.paints.find((p) => p.text === expected && p.at >= probe.lastKeyAt);
  return paint ? paint.at - probe.lastKeyAt : null;
}`;

/** Types `text` at the given pace and resolves with ms from its last keydown to its results painted. */
async function typeAndMeasure(page: Page, text: string, delayMs: number): Promise<number> {
  // Only the tab in front paints at full speed (a hidden tab's animation frames are held back).
  await page.bringToFront();
  const box = page.locator('#search-input');
  await box.fill('');
  await page.waitForFunction("!document.querySelector('.search-panel').hasAttribute('data-results-for')");
  await page.evaluate('window.__typingProbe.paints = []');
  await box.pressSequentially(text, { delay: delayMs });
  const handle = await page.waitForFunction(
    `(${PAINTED_AFTER_LAST_KEY})(${JSON.stringify(text.trim())})`,
    undefined,
    {
      timeout: 15_000,
      polling: 50,
    },
  );
  return (await handle.jsonValue()) as number;
}

export const portalTypingBenchmark: Benchmark = {
  name: NAME,
  description: `portal keystroke → results painted in headless Chromium, search at once vs a fixed ${BASELINE_DEBOUNCE_MS} ms wait`,
  async run(): Promise<BenchRow[]> {
    const count = Math.min(num('BENCH_TYPING_QUERIES', TYPED_QUERIES.length), TYPED_QUERIES.length);
    const delayMs = num('BENCH_TYPING_DELAY_MS', 150);
    const budgetMs = num('BENCH_TYPING_BUDGET_S', 300) * 1000;
    const rows: BenchRow[] = [];
    const row = (r: Omit<BenchRow, 'benchmark'>) => {
      rows.push({ benchmark: NAME, ...r });
      console.error(`  ${r.case}: ${r.value}${r.note ? ` (${r.note})` : ''}`);
    };
    const load0 = loadavg()[0]!;
    // The api keeps its default per-client rate limits here (the kit turns them off): every keystroke is a request,
    // and the agent must never be refused for typing.
    const stack = await startSeededPlatform({
      users: [BENCH_AGENT],
      api: { env: { RATE_LIMIT_ANONYMOUS: undefined, RATE_LIMIT_AGENT: undefined } },
    });
    let browser: Browser | undefined;
    try {
      browser = await launchBenchChromium();
      const context = await browser.newContext();
      let refused = 0;
      context.on('response', (response) => {
        if (response.status() === 429) refused++;
      });
      const instant = await context.newPage();
      await signInThroughPortal(instant, stack.portal.url, BENCH_AGENT);
      await waitSearchable(stack, instant, TYPED_QUERIES);
      // The baseline tab: the same build and session, its config.json asking for the old fixed wait.
      const baseline = await context.newPage();
      await baseline.route('**/config.json', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ apiUrl: stack.api.graphqlUrl, searchDebounceMs: BASELINE_DEBOUNCE_MS }),
        }),
      );
      await baseline.goto(stack.portal.url);
      for (const page of [instant, baseline]) {
        await page.locator('#search-input').waitFor();
        await page.evaluate(PROBE_SCRIPT);
      }

      // One untimed query per tab warms the browser, the api's connections and Meilisearch's caches alike.
      for (const page of [instant, baseline]) await typeAndMeasure(page, 'lääkäri', delayMs);

      const samples = { instant: [] as number[], baseline: [] as number[] };
      const started = Date.now();
      for (let i = 0; i < count && Date.now() - started < budgetMs; i++) {
        const text = TYPED_QUERIES[i]!;
        // Alternate which tab goes first, so that neither always types into a machine the other just warmed.
        const order = i % 2 === 0 ? (['instant', 'baseline'] as const) : (['baseline', 'instant'] as const);
        const measured: string[] = [];
        for (const mode of order) {
          const value = await typeAndMeasure(mode === 'instant' ? instant : baseline, text, delayMs);
          samples[mode].push(value);
          measured.push(`${mode} ${value.toFixed(0)} ms`);
        }
        console.error(`  ${text}: ${measured.join(', ')}`);
      }

      const fmt = (v: number) => (v >= 100 ? `${Math.round(v)}` : v.toFixed(1));
      const stats = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
      };
      const now = stats(samples.instant);
      const before = stats(samples.baseline);
      row({
        case: `keystroke → results painted, fixed ${BASELINE_DEBOUNCE_MS} ms wait (baseline)`,
        value: `p50 ${fmt(before.p50)} / p95 ${fmt(before.p95)} ms`,
        note: `${before.n} queries typed at ${delayMs} ms a key`,
      });
      row({
        case: 'keystroke → results painted, search at once',
        value: `p50 ${fmt(now.p50)} / p95 ${fmt(now.p95)} ms`,
        target: `p50 < ${TARGET_P50_MS} ms`,
        ok: now.p50 < TARGET_P50_MS,
        note: `${now.n} queries; ${fmt(before.p50 - now.p50)} ms faster at p50; load average ${load0.toFixed(1)} at start`,
      });
      row({
        case: 'requests refused by the rate limit while typing',
        value: `${refused}`,
        target: '0',
        ok: refused === 0,
        note: 'the api with its default per-client limits',
      });
      return rows;
    } finally {
      await browser?.close();
      await stack.stop();
    }
  },
};
