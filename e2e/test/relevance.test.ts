import { SEARCH_TEXT_ATTRIBUTES } from '@neuvo/content-models';
import { startCms, startMeili, type CmsHandle, type MeiliHandle } from '@neuvo/scripts';
import { seedSampleContent } from '../src/sample-content.js';
import { searchKeyFor, silentLogger } from '@neuvo/node-kit';
import { createIndexer, loadConfig } from '@neuvo/search-indexer';
import { startApiWithSignIn, type SignedInApi } from '../src/sign-in.js';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FINNISH_QUERIES,
  REGION_RULE_QUERIES,
  SWEDISH_QUERIES,
  isExpected,
  type RegionRuleQuery,
  type RelevanceQuery,
} from '../src/relevance-queries.js';

/**
 * Relevance of agent search over the real sample content: Strapi seeded once with `cms/seed/content`, indexed
 * twice (Voikko, and the Snowball fallback) into two Meilisearch instances, searched through the real api
 * processes, and compared in the same run with Meilisearch alone (the words as typed, in the text as written).
 * Measure: recall@5, the share of queries with an expected document among the first five hits.
 */

const TOP = 5;
type Mode = 'baseline' | 'snowball' | 'voikko';
const MODES: readonly Mode[] = ['baseline', 'snowball', 'voikko'];
const LABELS: Record<Mode, string> = {
  baseline: 'Meilisearch alone',
  snowball: 'Snowball fallback',
  voikko: 'Voikko + Snowball',
};
const SETS = { fi: FINNISH_QUERIES, sv: SWEDISH_QUERIES } as const;
type Locale = keyof typeof SETS;

interface Hit {
  type: string;
  slug: string | null;
}
interface Outcome {
  query: RelevanceQuery;
  rank: number | null;
  hits: Hit[];
  ms: number;
}

let cms: CmsHandle;
const meili: Partial<Record<'voikko' | 'snowball', MeiliHandle>> = {};
const api: Partial<Record<'voikko' | 'snowball', SignedInApi>> = {};
const results = new Map<string, Outcome[]>(); // `${mode}:${locale}`

async function apiSearch(handle: SignedInApi, locale: Locale, query: string): Promise<Hit[]> {
  const res = await fetch(handle.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...handle.agent },
    body: JSON.stringify({
      query: `query($q: String!, $l: Locale) { search(query: $q, locale: $l, limit: ${TOP}) { hits { type slug } } }`,
      variables: { q: query, l: locale },
    }),
  });
  const body = (await res.json()) as { data?: { search: { hits: Hit[] } }; errors?: unknown[] };
  if (!body.data) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
  return body.data.search.hits;
}

async function run(mode: Mode, locale: Locale): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  // Meilisearch alone: what the api sent before the analysis, on the same documents and settings.
  const plain = new Meilisearch({
    host: meili.voikko!.url,
    apiKey: searchKeyFor(meili.voikko!.masterKey),
  }).index(`agent-${locale}`);
  for (const query of SETS[locale]) {
    const started = performance.now();
    const hits =
      mode === 'baseline'
        ? ((
            await plain.search(query.q, {
              limit: TOP,
              attributesToSearchOn: [...SEARCH_TEXT_ATTRIBUTES],
              attributesToRetrieve: ['type', 'slug'],
            })
          ).hits as Hit[])
        : await apiSearch(api[mode]!, locale, query.q);
    const ms = performance.now() - started;
    const index = hits.findIndex((hit) => query.expect.some((e) => isExpected(hit, e)));
    outcomes.push({ query, rank: index >= 0 ? index + 1 : null, hits, ms });
  }
  return outcomes;
}

interface RuleHit {
  type: string;
  slug: string | null;
  locale: string;
  region: string[];
  alsoIn: { slug: string | null; region: string[] }[];
}

/** The top five of an agent search with a home region, as the portal asks for it. */
async function regionSearch(handle: SignedInApi, rule: RegionRuleQuery): Promise<RuleHit[]> {
  const res = await fetch(handle.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...handle.agent },
    body: JSON.stringify({
      query: `query($q: String!, $l: Locale, $r: String) { search(query: $q, locale: $l, region: $r, limit: ${TOP}) {
        hits { type slug locale region alsoIn { slug region } } } }`,
      variables: { q: rule.q, l: rule.interface, r: rule.region },
    }),
  });
  const body = (await res.json()) as { data?: { search: { hits: RuleHit[] } }; errors?: unknown[] };
  if (!body.data) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
  return body.data.search.hits;
}

const recall = (outcomes: readonly Outcome[]) =>
  outcomes.filter((o) => o.rank !== null).length / outcomes.length;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

function report(): string {
  const lines = [
    `recall@${TOP} of agent search over the sample content (same run, same documents)`,
    `locale  queries  ${MODES.map((m) => LABELS[m].padStart(18)).join('')}`,
  ];
  for (const locale of Object.keys(SETS) as Locale[]) {
    const cells = MODES.map((m) =>
      recall(results.get(`${m}:${locale}`) ?? [])
        .toFixed(3)
        .padStart(18),
    );
    lines.push(`${locale.padEnd(6)}  ${String(SETS[locale].length).padStart(7)}  ${cells.join('')}`);
  }
  const all = (m: Mode) => [...(results.get(`${m}:fi`) ?? []), ...(results.get(`${m}:sv`) ?? [])];
  lines.push(
    `${'all'.padEnd(6)}  ${String(all('voikko').length).padStart(7)}  ${MODES.map((m) => recall(all(m)).toFixed(3).padStart(18)).join('')}`,
  );
  lines.push(
    `round trip ms p50/p95  ${MODES.map((m) =>
      `${percentile(
        all(m).map((o) => o.ms),
        50,
      ).toFixed(1)}/${percentile(
        all(m).map((o) => o.ms),
        95,
      ).toFixed(1)}`.padStart(18),
    ).join('')}`,
  );
  for (const mode of ['voikko', 'snowball'] as const) {
    const missed = all(mode).filter((o) => o.rank === null);
    if (missed.length > 0) {
      lines.push(`missed by ${LABELS[mode]}:`);
      for (const o of missed) {
        lines.push(
          `  ${o.query.q} [${o.query.kind}] → ${o.hits.map((h) => `${h.type}:${h.slug}`).join(', ') || 'no hits'}`,
        );
      }
    }
  }
  return lines.join('\n');
}

beforeAll(async () => {
  const [cmsHandle, voikkoMeili, snowballMeili] = await Promise.all([
    startCms({ database: 'sqlite' }),
    startMeili({ logLevel: 'WARN' }),
    startMeili({ logLevel: 'WARN' }),
  ]);
  cms = cmsHandle;
  meili.voikko = voikkoMeili;
  meili.snowball = snowballMeili;

  // The sample content, as `npm start` seeds it.
  await seedSampleContent(cms);

  await Promise.all(
    (['voikko', 'snowball'] as const).map(async (mode) => {
      const target = meili[mode]!;
      const indexer = createIndexer({
        config: loadConfig({
          CMS_URL: cms.url,
          CMS_WRITE_TOKEN: cms.writeToken,
          MEILI_URL: target.url,
          MEILI_MASTER_KEY: target.masterKey,
          FINNISH_ANALYSIS: mode,
        }),
        log: silentLogger,
      });
      await indexer.rebuild();
      indexer.analysis.close();
      api[mode] = await startApiWithSignIn({
        cmsUrl: cms.url,
        cmsReadToken: cms.readToken,
        meiliUrl: target.url,
        meiliSearchKey: searchKeyFor(target.masterKey),
        // `voikko` makes the api refuse to start without Voikko: this run really compares the two engines.
        env: {
          FINNISH_ANALYSIS: mode,
          NODE_ENV: 'test',
          API_DATABASE_FILENAME: ':memory:',
          API_DATABASE_URL: undefined,
          DATABASE_URL: undefined,
        },
      });
    }),
  );

  for (const mode of MODES) {
    for (const locale of Object.keys(SETS) as Locale[])
      results.set(`${mode}:${locale}`, await run(mode, locale));
  }
  console.log(report());
});

afterAll(async () => {
  await Promise.allSettled([
    api.voikko?.stop(),
    api.snowball?.stop(),
    meili.voikko?.stop(),
    meili.snowball?.stop(),
    cms?.stop(),
  ]);
});

describe('relevance test set', () => {
  it('has at least 60 Finnish and 20 Swedish queries, each with an expected document', () => {
    expect(FINNISH_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(SWEDISH_QUERIES.length).toBeGreaterThanOrEqual(20);
    for (const query of [...FINNISH_QUERIES, ...SWEDISH_QUERIES])
      expect(query.expect.length).toBeGreaterThan(0);
  });

  it('names only documents that exist in the sample content', () => {
    // A misspelt expected slug would fail its query in every mode: every expected document must turn up somewhere.
    const seen = [...results.values()].flat().flatMap((o) => o.hits);
    const never = [...FINNISH_QUERIES, ...SWEDISH_QUERIES]
      .flatMap((query) => query.expect)
      .filter((expected) => !seen.some((hit) => isExpected(hit, expected)));
    expect(never).toEqual([]);
  });
});

describe.each(Object.keys(SETS) as Locale[])('recall@5 in %s', (locale) => {
  const of = (mode: Mode) => recall(results.get(`${mode}:${locale}`) ?? []);

  it('is at least 0.9 with the Voikko analysis', () => {
    expect(of('voikko')).toBeGreaterThanOrEqual(0.9);
  });

  it('is at least 0.85 with the Snowball fallback', () => {
    expect(of('snowball')).toBeGreaterThanOrEqual(0.85);
  });

  it('is higher with the analysis than with Meilisearch alone', () => {
    expect(of('voikko')).toBeGreaterThan(of('baseline'));
    expect(of('snowball')).toBeGreaterThan(of('baseline'));
  });
});

describe.each(
  REGION_RULE_QUERIES.map((rule) => [rule.kind, rule.q, rule.interface, rule.region, rule] as const),
)('region and language rules: %s (%s, interface %s, home %s)', (_kind, _q, _interface, _region, rule) => {
  it('puts the home region entry first, in the expected language, each service once', async () => {
    const hits = await regionSearch(api.voikko!, rule);
    const [type, slug] = rule.first.split(':');
    expect(hits[0]).toMatchObject({ type, slug, locale: rule.locale });
    // One hit per service: the top five never hold two counties' entries of the same service.
    const services = hits.map(
      (h) => `${h.type}:${(h.slug ?? '').replace(/^(pohjanmaa|kymenlaakso|etela-karjala)-/, '')}`,
    );
    expect(new Set(services).size).toBe(services.length);
    // The other counties' entries of the first hit are listed under it.
    const regions = [hits[0]?.region ?? [], ...(hits[0]?.alsoIn.map((e) => e.region) ?? [])].flat();
    if (rule.kind === 'home region first')
      expect(regions.sort()).toEqual(['etela-karjala', 'kymenlaakso', 'pohjanmaa']);
  });
});

describe('Finnish analysis', () => {
  it('beats the Snowball fallback, which beats Meilisearch alone, on Finnish', () => {
    const fi = (mode: Mode) => recall(results.get(`${mode}:fi`) ?? []);
    expect(fi('voikko')).toBeGreaterThanOrEqual(fi('snowball'));
    expect(fi('snowball') - fi('baseline')).toBeGreaterThanOrEqual(0.1);
  });
});
