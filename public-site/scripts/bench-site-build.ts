/**
 * The build half of `npm run bench -- site` (scripts/src/bench/site.ts runs this as a child process): builds a site
 * of generated guides, from an in-memory guide source instead of the api, through the publisher's own build
 * (`buildRelease`: staging copy, `generateGuidePages`, `vitepress build`), and measures the weight a browser transfers
 * for one guide page. Prints one line `BENCH_RESULT {json}`.
 *
 *   tsx scripts/bench-site-build.ts --guides 1000            # realistic guides in fi, sv and en
 *   tsx scripts/bench-site-build.ts --guides 1000 --floor    # the same number of near-empty pages (VitePress's floor)
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GUIDE_TOPICS, type Locale } from '@neuvo/content-models';
import type { GuideSource, SiteGuide } from '../src/api-client.js';
import { buildRelease } from '../src/publisher/build-release.js';
import { SITE_LOCALES } from '../src/site-i18n.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const guides = Number(args[args.indexOf('--guides') + 1] ?? 1000);
const floor = args.includes('--floor');

const WORDS: Record<Locale, string[]> = {
  fi: [
    'lepää',
    'juo',
    'vettä',
    'kuume',
    'yskä',
    'kipu',
    'oireet',
    'lääkäri',
    'kotihoito',
    'seuraa',
    'vointia',
    'päivää',
  ],
  sv: [
    'vila',
    'drick',
    'vatten',
    'feber',
    'hosta',
    'smärta',
    'symtom',
    'läkare',
    'egenvård',
    'följ',
    'måendet',
    'dagar',
  ],
  en: [
    'rest',
    'drink',
    'water',
    'fever',
    'cough',
    'pain',
    'symptoms',
    'doctor',
    'self-care',
    'follow',
    'wellbeing',
    'days',
  ],
};

function sentence(locale: Locale, seed: number, length: number): string {
  const words = WORDS[locale];
  const text = Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** A guide about as long as the sample guides (about 2 KB of Markdown), or a near-empty one for the floor. */
function guide(n: number, locale: Locale): SiteGuide {
  const slug = `ohje-${String(n).padStart(4, '0')}`;
  const title = `${sentence(locale, n, 3).slice(0, -1)} ${n}`;
  if (floor) {
    return {
      slug,
      locale,
      title,
      summary: null,
      body: '.',
      whenToSeekCare: [],
      lastReviewed: null,
      nextReview: null,
      topic: 'other',
      sources: [],
      relatedGuides: [],
    };
  }
  const paragraph = (k: number) =>
    Array.from({ length: 4 }, (_, i) => sentence(locale, n + k + i, 12)).join(' ');
  return {
    slug,
    locale,
    title,
    summary: sentence(locale, n, 16),
    body: [
      paragraph(1),
      `## ${sentence(locale, n + 1, 3)}`,
      paragraph(2),
      Array.from({ length: 5 }, (_, i) => `- ${sentence(locale, n + i, 8)}`).join('\n'),
      `## ${sentence(locale, n + 2, 3)}`,
      paragraph(3),
      `### ${sentence(locale, n + 3, 2)}`,
      paragraph(4),
    ].join('\n\n'),
    whenToSeekCare: [sentence(locale, n + 5, 10), sentence(locale, n + 6, 10), sentence(locale, n + 7, 10)],
    lastReviewed: '2026-10-01',
    nextReview: '2027-10-01',
    // Spread over the topics, so topic pages are part of the build.
    topic: GUIDE_TOPICS[n % GUIDE_TOPICS.length]!,
    sources: [{ title: 'Terveyskylä', url: 'https://www.terveyskyla.fi/' }],
    relatedGuides: [1, 2, 3]
      .map((d) => ((n + d * 17) % guides) + 1)
      .map((m) => ({
        slug: `ohje-${String(m).padStart(4, '0')}`,
        title: `${sentence(locale, m, 3).slice(0, -1)} ${m}`,
      })),
  };
}

const all = new Map<Locale, SiteGuide[]>(
  SITE_LOCALES.map((locale) => [locale, Array.from({ length: guides }, (_, i) => guide(i + 1, locale))]),
);
const source: GuideSource = {
  guides: async (locale) =>
    all
      .get(locale)!
      .map(({ slug, title, summary, locale: l, topic }) => ({ slug, title, summary, locale: l, topic })),
  guide: async (slug, locale) => all.get(locale)!.find((g) => g.slug === slug) ?? null,
};

/** gzip-compressed bytes of one page: its HTML and every script, module and stylesheet it loads at once. */
async function pageWeight(
  outDir: string,
  page: string,
): Promise<{ html: number; js: number; css: number; files: number }> {
  const html = await readFile(join(outDir, page), 'utf8');
  const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 6 }).length;
  const refs = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const url = /\b(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/.exec(tag)?.[1];
    if (url && (/^<script/.test(tag) || /rel="[^"]*\b(?:modulepreload|stylesheet)\b/.test(tag)))
      refs.add(url);
  }
  let js = 0;
  let css = 0;
  for (const url of refs) {
    const size = gz(await readFile(join(outDir, url)));
    if (url.endsWith('.css')) css += size;
    else js += size;
  }
  return { html: gz(html), js, css, files: refs.size };
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'neuvo-site-bench-'));
  try {
    const t0 = performance.now();
    const result = await buildRelease({ source, packageDir, outDir });
    const buildMs = performance.now() - t0;
    const pages = Object.values(result.pages).reduce((sum, list) => sum + list.length, 0);
    const weight = floor ? null : await pageWeight(outDir, 'guides/ohje-0001.html');
    console.log(
      `BENCH_RESULT ${JSON.stringify({ guides, floor, pages, skipped: result.skipped.length, buildMs, weight })}`,
    );
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
