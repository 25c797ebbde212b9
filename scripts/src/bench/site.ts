/**
 * Public-site benchmark (`npm run bench -- site`):
 *
 * 1. Full build of `BENCH_SITE_GUIDES` (default 1,000) guides in Finnish, Swedish and English through the publisher's
 *    own build (staging copy, page generation, `vitepress build`), the guides served by an in-memory source instead of
 *    the api (`public-site/scripts/bench-site-build.ts`, a child process). When it misses its target, the floor is
 *    measured too: the same number of near-empty pages.
 * 2. The transferred weight of one guide page of that build: HTML and the scripts, modules and stylesheets it loads at
 *    once, each gzip-compressed.
 * 3. Publish → live: `BENCH_SITE_PUBLISHES` (default 10) guides published through Strapi REST against the real
 *    platform (Strapi, Meilisearch, indexer, api, site publisher), each polled on the live site until its page
 *    answers. Publishes are spaced 11 s apart, as between editors' publishes (the spacing once chosen to outlast the
 *    api's 10 s content cache, kept so figures compare; that cache now also follows the search indexes, see
 *    public-site/README.md).
 */
import { join } from 'node:path';
import { createStrapiRest } from '@neuvo/node-kit';
import { repoRoot } from '../kit/paths.js';
import { runProcess, tsxCommand } from '../kit/process.js';
import { startPlatform } from '../kit/stack/stack.js';
import type { Benchmark, BenchRow } from './types.js';

const NAME = 'site';
const BUILD_TARGET_S = 90;
const LIVE_TARGET_S = 10;
const WEIGHT_TARGET_KB = 100;
/** Between two publishes (see the module comment). */
const PUBLISH_SPACING_MS = 11_000;

const num = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

interface BuildResult {
  guides: number;
  pages: number;
  skipped: number;
  buildMs: number;
  weight: { html: number; js: number; css: number; files: number } | null;
}

async function buildSite(guides: number, floor: boolean): Promise<BuildResult> {
  const { command, args } = tsxCommand(join(repoRoot, 'public-site', 'scripts', 'bench-site-build.ts'), [
    '--guides',
    String(guides),
    ...(floor ? ['--floor'] : []),
  ]);
  const proc = await runProcess({
    name: 'site-build',
    command,
    args,
    cwd: join(repoRoot, 'public-site'),
    timeoutMs: 30 * 60_000,
    output: 'capture',
  });
  const line = proc.tail(Number.MAX_SAFE_INTEGER).find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error('the site build printed no result');
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as BuildResult;
}

function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

interface LiveResult {
  /** Publish → page answers, sorted. */
  latencies: number[];
  /** The publisher's own build time of each build that made a guide live (from its status), sorted. */
  builds: number[];
}

async function publishToLive(publishes: number): Promise<LiveResult> {
  const stack = await startPlatform({ site: {} });
  try {
    const site = stack.site!.url;
    const editor = createStrapiRest({ url: stack.cms.url, token: stack.cms.writeToken });
    const marker = Date.now().toString(36);
    const latencies: number[] = [];
    const builds: number[] = [];
    let lastLive = performance.now();
    for (let i = 0; i < publishes; i++) {
      const wait = PUBLISH_SPACING_MS - (performance.now() - lastLive);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const slug = `bench-${marker}-${i}`;
      const started = performance.now();
      await editor.create('self-care-guides', {
        slug,
        title: `Mittausohje ${i}`,
        summary: 'Lyhyt yhteenveto.',
        body: '## Kotihoito\n\nLepää ja juo riittävästi.',
        whenToSeekCare: [],
        sources: [],
      });
      for (;;) {
        const res = await fetch(`${site}/guides/${slug}.html`, { method: 'HEAD' });
        if (res.status === 200) break;
        if (performance.now() - started > 120_000) throw new Error(`guide ${i} was not live within 120 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      lastLive = performance.now();
      latencies.push(lastLive - started);
      const status = (await (await fetch(stack.site!.statusUrl)).json()) as {
        lastGood: { durationMs: number } | null;
      };
      if (status.lastGood) builds.push(status.lastGood.durationMs);
    }
    const sort = (values: number[]) => values.sort((a, b) => a - b);
    return { latencies: sort(latencies), builds: sort(builds) };
  } finally {
    await stack.stop();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const siteBenchmark: Benchmark = {
  name: NAME,
  description: 'public site: full build of 1,000 guides × 3 languages, guide page weight, publish → live p95',
  async run() {
    const rows: BenchRow[] = [];
    const guides = num('BENCH_SITE_GUIDES', 1000);
    const full = await buildSite(guides, false);
    const buildS = full.buildMs / 1000;
    rows.push({
      benchmark: NAME,
      case: `full build, ${guides} guides × fi/sv/en (in-memory source)`,
      value: `${buildS.toFixed(1)} s`,
      target: `< ${BUILD_TARGET_S} s`,
      ok: buildS < BUILD_TARGET_S,
      note: `${full.pages} pages, ${full.skipped} left out`,
    });
    if (buildS >= BUILD_TARGET_S) {
      const floor = await buildSite(guides, true);
      rows.push({
        benchmark: NAME,
        case: `floor: ${guides} near-empty pages × fi/sv/en`,
        value: `${(floor.buildMs / 1000).toFixed(1)} s`,
        note: `the same build with one-line pages: VitePress's own cost per page`,
      });
    }
    if (full.weight) {
      const total = full.weight.html + full.weight.js + full.weight.css;
      rows.push({
        benchmark: NAME,
        case: 'guide page weight (HTML + JS + CSS, gzip)',
        value: kb(total),
        target: `< ${WEIGHT_TARGET_KB} KB`,
        ok: total < WEIGHT_TARGET_KB * 1024,
        note: `HTML ${kb(full.weight.html)}, JS ${kb(full.weight.js)}, CSS ${kb(full.weight.css)} in ${full.weight.files} files; fonts not counted`,
      });
    }
    const publishes = num('BENCH_SITE_PUBLISHES', 10);
    const { latencies, builds } = await publishToLive(publishes);
    const p95 = percentile(latencies, 95) / 1000;
    rows.push({
      benchmark: NAME,
      case: `publish → live p95 (${publishes} publishes, real platform)`,
      value: `${p95.toFixed(1)} s`,
      target: `< ${LIVE_TARGET_S} s`,
      ok: p95 < LIVE_TARGET_S,
      note: `p50 ${(percentile(latencies, 50) / 1000).toFixed(1)} s, max ${(latencies[latencies.length - 1]! / 1000).toFixed(1)} s`,
    });
    rows.push({
      benchmark: NAME,
      case: "floor: the publisher's build of that small site",
      value: `${(percentile(builds, 50) / 1000).toFixed(1)} s`,
      note: `median of the builds that made each guide live (p95 ${(percentile(builds, 95) / 1000).toFixed(1)} s); the rest is outbox, debounce, api`,
    });
    return rows;
  },
};
