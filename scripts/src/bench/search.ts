/**
 * Search benchmark, all on loopback with real processes from the test kit:
 *
 * 1. Generates self-care guides in Finnish and Swedish and publishes them in a real Strapi through its REST API
 *    (concurrent requests; 10,000 guides × fi + sv = 20,000 documents by default, `BENCH_SEARCH_GUIDES`). Seeding
 *    stops early at `BENCH_SEARCH_SEED_BUDGET_S` (default 900 s) and the table says how many made it.
 * 2. Full rebuild throughput: `search-indexer --rebuild` over that content (documents read, analysed and written
 *    to `public-*` and `agent-*`, per second of the rebuild's own clock).
 * 3. api `search` latency at 16 concurrent clients over two query mixes, each compared in the same run with Strapi's
 *    own REST filter search (`filters[$or][i][field][$containsi]`) over the same content, same queries and concurrency:
 *    the repeated mix (80 queries cycled: the api's search cache answers almost all) and the distinct mix (every
 *    request a new query: every api request is a cache miss). The api's cache counters (`/health`) are shown per mix.
 *    For reference, without targets: the distinct mix from one client, and straight against Meilisearch (with the
 *    api's snippets, and the cheapest search it can do), which tell the api's, the engine's and the machine's shares.
 * 4. Publish → searchable: 30 guides published through Strapi REST, each polled through the api until found.
 *
 * Request counts are bounded (`BENCH_SEARCH_REQUESTS`, default 4,000 for the api; a tenth of that for Strapi).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signInHeadless, sampleUser } from '@neuvo/local-idp';
import { searchKeyFor } from '@neuvo/node-kit';
import { repoRoot } from '../kit/paths.js';
import { freePort, groupCpuSeconds, spawnProcess, tsxCommand } from '../kit/process.js';
import { startApi } from '../kit/stack/api.js';
import { startSignIn, type SignInHandle } from '../kit/stack/idp.js';
import { startCms } from '../kit/stack/cms.js';
import { runIndexerRebuild, startIndexer } from '../kit/stack/indexer.js';
import { startMeili } from '../kit/stack/meili.js';
import { distinctQueries, generateGuide, queries } from './search-corpus.js';
import type { Benchmark, BenchRow } from './types.js';

const NAME = 'search';
const here = dirname(fileURLToPath(import.meta.url));
const CONCURRENCY = 16;
/** Requests of the one-client run over new queries. */
const ONE_CLIENT_REQUESTS = 400;
const PUBLISHES = 30;

const num = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

// --- measuring ------------------------------------------------------------------------------------

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  count: number;
  errors: number;
  seconds: number;
}

/** Runs `total` requests with `concurrency` workers; returns latency percentiles in ms. */
async function load(
  total: number,
  concurrency: number,
  request: (i: number) => Promise<void>,
): Promise<Latency> {
  const samples: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const t0 = performance.now();
        try {
          await request(i);
          samples.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    count: samples.length,
    errors,
    seconds,
  };
}

/** CPU seconds the machine's CPUs have been busy since boot (user, nice, system, irq, softirq; /proc/stat). */
function machineCpuSeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq] = fields.slice(1);
  return (user! + nice! + system! + irq! + softirq!) / 100; // USER_HZ ticks
}

const ms = (v: number) => (v >= 100 ? `${Math.round(v)}` : v.toFixed(1));
const fmtLatency = (l: Latency) => `p50 ${ms(l.p50)} / p95 ${ms(l.p95)} / p99 ${ms(l.p99)} ms`;

async function mapLimit<T>(items: number, limit: number, fn: (i: number) => Promise<T>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (;;) {
        const i = next++;
        if (i >= items) return;
        await fn(i);
      }
    }),
  );
}

// --- the benchmark --------------------------------------------------------------------------------

const SEARCH_QUERY = `query Bench($query: String!, $locale: Locale) {
  search(query: $query, locale: $locale, limit: 20) { total hits { id title snippet } }
}`;

export const searchBenchmark: Benchmark = {
  name: NAME,
  description:
    'api search vs Strapi $containsi on generated fi+sv guides, publish → searchable, full rebuild throughput',
  async run(): Promise<BenchRow[]> {
    const guides = num('BENCH_SEARCH_GUIDES', 10_000);
    // Meilisearch indexes with half the CPU threads by default; BENCH_MEILI_INDEXING_THREADS overrides it.
    const threads = process.env.BENCH_MEILI_INDEXING_THREADS;
    const meiliArgs = threads ? ['--max-indexing-threads', threads] : [];
    const budgetMs = num('BENCH_SEARCH_SEED_BUDGET_S', 900) * 1000;
    const apiRequests = num('BENCH_SEARCH_REQUESTS', 4000);
    const strapiRequests = Math.max(64, Math.round(apiRequests / 10));
    const run = randomBytes(3).toString('hex');
    const rows: BenchRow[] = [];
    const row = (r: Omit<BenchRow, 'benchmark'>) => {
      rows.push({ benchmark: NAME, ...r });
      console.error(`  ${r.case}: ${r.value}${r.note ? ` (${r.note})` : ''}`);
    };
    // Agent searches carry a session from a real sign-in at the local provider, as the portal's do.
    let agentCookie = '';

    const load0 = loadavg()[0]!;
    // WARN as in `npm start` (INFO logs every request).
    const meili = await startMeili({ logLevel: 'WARN', extraArgs: meiliArgs });
    const cms = await startCms();
    let api: Awaited<ReturnType<typeof startApi>> | undefined;
    let signIn: SignInHandle | undefined;
    let indexer: Awaited<ReturnType<typeof startIndexer>> | undefined;
    try {
      const writeHeaders = { authorization: `Bearer ${cms.writeToken}`, 'content-type': 'application/json' };
      const rest = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
        const res = await fetch(`${cms.url}${path}`, {
          method,
          headers: writeHeaders,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await res.text();
        if (!res.ok)
          throw new Error(`${method} ${path.split('?')[0]} → ${res.status}: ${text.slice(0, 300)}`);
        return JSON.parse(text) as Record<string, unknown>;
      };

      // 1. Seed Strapi: a sample through REST (what an editor's tool does), the bulk through the Document Service
      //    in a second process on the same app and database (transactions of 250 guides).
      const restSample = Math.min(100, guides);
      const restStarted = performance.now();
      await mapLimit(restSample, 8, async (i) => {
        const g = generateGuide(i, run);
        const fi = (await rest('POST', '/api/self-care-guides?status=published', {
          data: { slug: g.slug, ...g.fi },
        })) as { data: { documentId: string } };
        await rest('PUT', `/api/self-care-guides/${fi.data.documentId}?status=published&locale=sv`, {
          data: g.sv,
        });
      });
      const restRate = (restSample * 2) / ((performance.now() - restStarted) / 1000);
      console.error(`  seeding ${guides - restSample} more guides × fi + sv through the Document Service…`);
      const seedStarted = performance.now();
      const { command, args } = tsxCommand(join(here, 'strapi-bulk-seed.ts'), [
        String(restSample),
        String(guides - restSample),
        run,
      ]);
      const seeder = spawnProcess({ name: 'bulk-seed', command, args, cwd: repoRoot, env: cms.env });
      let seeded = 0;
      seeder.onLine((line) => {
        const m = /^seeded (\d+)/.exec(line);
        if (m) seeded = Number(m[1]);
      });
      const timer = setTimeout(() => void seeder.stop(), budgetMs);
      const exit = await seeder.exited;
      clearTimeout(timer);
      if (exit.code !== 0 && seeded < guides - restSample && performance.now() - seedStarted < budgetMs)
        throw new Error(`bulk seed failed: ${seeder.tail(20).join('\n')}`);
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      const created = restSample + seeded;
      const documents = created * 2;
      row({
        case: 'corpus in Strapi (fi + sv documents)',
        value: `${documents}`,
        target: `${guides * 2}`,
        ok: created === guides,
        note:
          `${created} guides × fi+sv: ${restSample} via REST (${restRate.toFixed(0)} docs/s, 8 parallel), ` +
          `${seeded} via the Document Service in ${seedSeconds.toFixed(0)} s (${((seeded * 2) / seedSeconds).toFixed(0)} docs/s)` +
          (created < guides ? '; stopped at the seeding time budget' : ''),
      });

      // 2. Full rebuild throughput (the indexer's own timing of the rebuild, read → analyse → write → swap).
      const indexerOptions = {
        cmsUrl: cms.url,
        cmsWriteToken: cms.writeToken,
        meiliUrl: meili.url,
        meiliMasterKey: meili.masterKey,
        timeoutMs: 30 * 60_000,
      };
      const cpuBefore = {
        cms: groupCpuSeconds(cms.process.pid!),
        meili: groupCpuSeconds(meili.process.pid!),
      };
      const machineBefore = machineCpuSeconds();
      const rebuildStarted = performance.now();
      const rebuildProc = await runIndexerRebuild(indexerOptions);
      const rebuildWallMs = performance.now() - rebuildStarted;
      const cpu = {
        machine: machineCpuSeconds() - machineBefore,
        cms: groupCpuSeconds(cms.process.pid!) - cpuBefore.cms,
        meili: groupCpuSeconds(meili.process.pid!) - cpuBefore.meili,
      };
      const applied = rebuildAppliedEvent(rebuildProc.tail(Number.MAX_SAFE_INTEGER));
      const indexDocs = applied
        ? Object.values(applied.documents).reduce((n, count) => n + count, 0)
        : Number.NaN;
      const rebuildMs = applied ? applied.durationMs : rebuildWallMs;
      const phases = applied
        ? [applied.readDoneMs, applied.tasks, applied.indexedMs, applied.meiliIndexingMs].map(String)
        : undefined;
      const rebuildRate = documents / (rebuildMs / 1000);
      row({
        case: 'full rebuild throughput',
        value: `${Math.round(rebuildRate)} docs/s`,
        target: '≥ 2000 docs/s',
        ok: rebuildRate >= 2000,
        note: `${documents} documents (${indexDocs} index entries, public + agent) in ${(rebuildMs / 1000).toFixed(1)} s${phases ? ` (reading, mapping, analysing and sending done at ${(Number(phases[0]) / 1000).toFixed(1)} s while Meilisearch indexed; its ${phases[1]} addition tasks done at ${(Number(phases[2]) / 1000).toFixed(1)} s; Meilisearch busy indexing ${(Number(phases[3]) / 1000).toFixed(1)} s)` : ''}; process wall time ${(rebuildWallMs / 1000).toFixed(1)} s; CPU meanwhile: Strapi ${cpu.cms.toFixed(1)} s, Meilisearch ${cpu.meili.toFixed(1)} s, the rest (the indexer) ${(cpu.machine - cpu.cms - cpu.meili).toFixed(1)} s, of the ${((cpus().length * rebuildWallMs) / 1000).toFixed(1)} s the ${cpus().length} CPUs had`,
      });

      indexer = await startIndexer({ ...indexerOptions, output: 'capture' });
      // The search-only key's value is derived from its fixed uid (as `npm start` does).
      const searchKey = searchKeyFor(meili.masterKey);
      const apiPort = await freePort();
      // Nothing serves this portal URL: sign-in only has to be allowed to return there.
      const portalUrl = `http://127.0.0.1:${await freePort()}`;
      signIn = await startSignIn({ apiPort, portalUrl });
      api = await startApi({
        port: apiPort,
        cmsUrl: cms.url,
        cmsReadToken: cms.readToken,
        meiliUrl: meili.url,
        meiliSearchKey: searchKey,
        signIn: signIn.settings,
        // As deployed: graphql-js checks every `instanceof` more slowly outside production (about 7 % of the api's CPU
        // per cached search, measured with --cpu-prof). Production asks for the callback URL explicitly.
        env: { NODE_ENV: 'production', OIDC_REDIRECT_URL: `http://127.0.0.1:${apiPort}/auth/callback` },
      });
      const agent = sampleUser('agentti.pohjanmaa');
      agentCookie = (
        await signInHeadless({
          apiUrl: api.url,
          returnTo: `${portalUrl}/`,
          username: agent.username,
          password: agent.password,
        })
      ).cookie;
      // Every client request of the latency rows goes over node:http keep-alive (the api, Meilisearch and Strapi
      // alike): Node 20's fetch costs the client about 2 ms of CPU per request on these 2 shared cores (measured against
      // a cached api search: p50 2.2–3.8 ms with fetch, 0.5–0.9 ms with node:http), which would be billed to the server.
      const clientAgent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
      const send = (
        url: string,
        method: 'GET' | 'POST',
        headers: Record<string, string>,
        body?: string,
      ): Promise<{ status: number; text: string }> =>
        new Promise((resolve, reject) => {
          const req = http.request(
            url,
            {
              method,
              agent: clientAgent,
              headers: {
                ...headers,
                ...(body !== undefined ? { 'content-length': Buffer.byteLength(body) } : {}),
              },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('error', reject);
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
              );
            },
          );
          req.on('error', reject);
          req.end(body);
        });

      const graphql = `${api.url}/graphql`;
      const apiSearch = async (
        query: string,
        locale: string,
        agent: boolean,
      ): Promise<{ total: number; ids: string[] }> => {
        const res = await send(
          graphql,
          'POST',
          { 'content-type': 'application/json', ...(agent ? { cookie: agentCookie } : {}) },
          JSON.stringify({ query: SEARCH_QUERY, variables: { query, locale } }),
        );
        const body = JSON.parse(res.text) as {
          data?: { search: { total: number; hits: { id: string }[] } };
          errors?: unknown[];
        };
        if (res.status !== 200 || body.errors || !body.data)
          throw new Error(`api search failed: ${res.status}`);
        return { total: body.data.search.total, ids: body.data.search.hits.map((h) => h.id) };
      };
      /** The api's search-cache counters (from /health). */
      const cacheStats = async (): Promise<{
        hits: number;
        joined: number;
        misses: number;
        bypassed: number;
      }> => {
        const res = await send(`${api!.url}/health`, 'GET', {});
        const body = JSON.parse(res.text) as {
          searchCache?: { hits?: number; joined?: number; misses?: number; bypassed?: number };
        };
        const c = body.searchCache ?? {};
        return { hits: c.hits ?? 0, joined: c.joined ?? 0, misses: c.misses ?? 0, bypassed: c.bypassed ?? 0 };
      };
      const cacheDelta = async (before: Awaited<ReturnType<typeof cacheStats>>) => {
        const after = await cacheStats();
        return {
          served: after.hits - before.hits + (after.joined - before.joined),
          misses: after.misses - before.misses,
          bypassed: after.bypassed - before.bypassed,
        };
      };

      // 3. Latency at 16 concurrent clients, over two query mixes, each also run through Strapi's filter:
      //    (a) the repeated mix: 80 distinct queries (40 fi + 40 sv) cycled, agent and citizen alternating, after a
      //        warm-up, so the api answers almost all of them from its search cache (agents repeat queries all day);
      //    (b) the distinct mix: every request a query never asked before (word pairs and prefixes), so every api
      //        request is a cache miss and goes to Meilisearch: the uncached figure.
      const qs = [
        ...queries('fi').map((q) => ({ q, locale: 'fi' })),
        ...queries('sv').map((q) => ({ q, locale: 'sv' })),
      ];
      const pick = (i: number) => qs[i % qs.length]!;
      const repeated = new Set(qs.map((x) => x.q));
      // Enough new queries for the 16-client distinct run and the one-client run after it.
      const half = Math.ceil((apiRequests + ONE_CLIENT_REQUESTS) / 2);
      const fresh = {
        fi: distinctQueries('fi', half + 64, repeated),
        sv: distinctQueries('sv', half + 64, repeated),
      };
      // Request i of the distinct mix: fi and sv alternating, each query used once (the Strapi run uses the first
      // queries of the same list; the api run comes first, so Strapi's file-system caches are not what is measured).
      const distinct = (i: number) => {
        const locale = i % 2 === 0 ? 'fi' : 'sv';
        const q = fresh[locale][Math.floor(i / 2)];
        if (q === undefined) throw new Error('not enough distinct queries');
        return { q, locale };
      };

      // Warm-up: fills the cache and lets V8 optimise the api's hot paths, as in an api that has been running for a
      // while (the first ~1,000 requests after a start run at about two thirds of the steady rate).
      await load(Math.min(2000, apiRequests), CONCURRENCY, (i) =>
        apiSearch(pick(i).q, pick(i).locale, i % 2 === 0).then(() => undefined),
      );
      let hitsSeen = 0;
      let before = await cacheStats();
      const apiRepeated = await load(apiRequests, CONCURRENCY, async (i) => {
        const r = await apiSearch(pick(i).q, pick(i).locale, i % 2 === 0);
        if (r.total > 0) hitsSeen++;
      });
      const repeatedCache = await cacheDelta(before);
      row({
        case: 'api search, repeated mix (80 queries cycled, cache warm), 16 clients',
        value: fmtLatency(apiRepeated),
        target: 'p95 < 15 ms',
        ok: apiRepeated.p95 < 15 && apiRepeated.errors === 0,
        note: `${apiRepeated.count} searches (${Math.round(apiRepeated.count / apiRepeated.seconds)}/s), ${apiRepeated.errors} errors, ${Math.round((100 * hitsSeen) / apiRepeated.count)}% with hits; from the api's cache ${repeatedCache.served}, sent to Meilisearch ${repeatedCache.misses + repeatedCache.bypassed}; agent and citizen alternating; analytics on`,
      });

      hitsSeen = 0;
      before = await cacheStats();
      const apiDistinct = await load(apiRequests, CONCURRENCY, async (i) => {
        const r = await apiSearch(distinct(i).q, distinct(i).locale, i % 4 < 2);
        if (r.total > 0) hitsSeen++;
      });
      const distinctCache = await cacheDelta(before);
      row({
        case: 'api search, distinct mix (every query new: cache misses), 16 clients',
        value: fmtLatency(apiDistinct),
        target: 'p95 < 15 ms',
        ok: apiDistinct.p95 < 15 && apiDistinct.errors === 0,
        note: `${apiDistinct.count} searches (${Math.round(apiDistinct.count / apiDistinct.seconds)}/s), ${apiDistinct.errors} errors, ${Math.round((100 * hitsSeen) / apiDistinct.count)}% with hits; from the api's cache ${distinctCache.served}, sent to Meilisearch ${distinctCache.misses + distinctCache.bypassed}; word pairs and prefixes, fi and sv, agent and citizen`,
      });

      // The same kind of new queries one at a time: what an agent waits for an uncached search while the engine is not
      // saturated. No target: the target is measured by the 16-client row above; this one tells the two costs apart.
      const apiOneClient = await load(ONE_CLIENT_REQUESTS, 1, async (i) => {
        const { q, locale } = distinct(apiRequests + i);
        await apiSearch(q, locale, i % 4 < 2);
      });
      row({
        case: 'api search, distinct mix (cache misses), 1 client',
        value: fmtLatency(apiOneClient),
        note: `${apiOneClient.count} searches one after another, ${apiOneClient.errors} errors; queries not asked before in this run`,
      });

      // The distinct mix straight against Meilisearch (search-only key, node:http keep-alive), the query as typed:
      // `snippets` with the kind of parameters the api sends (highlight, crop), what the engine alone costs; without,
      // the cheapest search the engine can do for these queries (ids only, `last` strategy): the machine's floor.
      const meiliSearch = (query: string, locale: string, agent: boolean, snippets: boolean) =>
        send(
          `${meili.url}/indexes/${agent ? 'agent' : 'public'}-${locale}/search`,
          'POST',
          { 'content-type': 'application/json', authorization: `Bearer ${searchKey}` },
          JSON.stringify({
            q: query,
            limit: 20,
            ...(snippets
              ? {
                  attributesToRetrieve: [
                    'id',
                    'documentId',
                    'type',
                    'title',
                    'summary',
                    'slug',
                    'url',
                    'region',
                  ],
                  attributesToHighlight: ['title', 'body', 'summary'],
                  attributesToCrop: ['body', 'summary'],
                  cropLength: 24,
                }
              : { attributesToRetrieve: ['id'], matchingStrategy: 'last' }),
            ...(agent ? {} : { filter: ['audience = "public"'] }),
          }),
        ).then((res) => {
          if (res.status !== 200) throw new Error(`${res.status}`);
        });
      const meiliLatency = await load(apiRequests, CONCURRENCY, (i) =>
        meiliSearch(distinct(i).q, distinct(i).locale, i % 4 < 2, true),
      );
      row({
        case: 'Meilisearch alone, distinct mix, 16 clients',
        value: fmtLatency(meiliLatency),
        note: `${meiliLatency.count} searches (${Math.round(meiliLatency.count / meiliLatency.seconds)}/s), ${meiliLatency.errors} errors; the distinct mix's queries as typed (the api adds analysed forms) with the api's highlight + crop, no cache: the engine's share of an uncached api search`,
      });
      const meiliFloor = await load(apiRequests, CONCURRENCY, (i) =>
        meiliSearch(distinct(i).q, distinct(i).locale, i % 4 < 2, false),
      );
      row({
        case: 'Meilisearch alone, distinct mix, ids only, 16 clients',
        value: fmtLatency(meiliFloor),
        note: `${meiliFloor.count} searches (${Math.round(meiliFloor.count / meiliFloor.seconds)}/s), ${meiliFloor.errors} errors; the queries as typed, no highlight or crop, only ids, \`last\` matching strategy: the cheapest uncached search on this machine, a floor no api in front of the engine can go below`,
      });

      const readHeaders = { authorization: `Bearer ${cms.readToken}` };
      const strapiSearch = async (query: string, locale: string): Promise<number> => {
        const params = new URLSearchParams({
          locale,
          status: 'published',
          'pagination[pageSize]': '20',
          'fields[0]': 'title',
          'fields[1]': 'summary',
          'fields[2]': 'slug',
          'filters[$or][0][title][$containsi]': query,
          'filters[$or][1][summary][$containsi]': query,
          'filters[$or][2][body][$containsi]': query,
        });
        const res = await send(`${cms.url}/api/self-care-guides?${params}`, 'GET', readHeaders);
        if (res.status !== 200) throw new Error(`strapi search failed: ${res.status}`);
        const body = JSON.parse(res.text) as { meta?: { pagination?: { total?: number } } };
        return body.meta?.pagination?.total ?? 0;
      };
      await load(32, CONCURRENCY, (i) => strapiSearch(pick(i).q, pick(i).locale).then(() => undefined));
      const strapiRepeated = await load(strapiRequests, CONCURRENCY, (i) =>
        strapiSearch(pick(i).q, pick(i).locale).then(() => undefined),
      );
      row({
        case: 'Strapi REST $containsi, repeated mix, 16 clients',
        value: fmtLatency(strapiRepeated),
        note: `${strapiRepeated.count} searches (${(strapiRepeated.count / strapiRepeated.seconds).toFixed(1)}/s), ${strapiRepeated.errors} errors; title, summary or body contains the query`,
      });
      const strapiDistinct = await load(strapiRequests, CONCURRENCY, (i) =>
        strapiSearch(distinct(i).q, distinct(i).locale).then(() => undefined),
      );
      row({
        case: 'Strapi REST $containsi, distinct mix, 16 clients',
        value: fmtLatency(strapiDistinct),
        note: `${strapiDistinct.count} searches (${(strapiDistinct.count / strapiDistinct.seconds).toFixed(1)}/s), ${strapiDistinct.errors} errors; the first ${strapiDistinct.count} queries of the api's distinct run`,
      });
      const ratioRow = (label: string, api: Latency, strapi: Latency) => {
        const speedup = strapi.p95 / api.p95;
        row({
          case: `api vs Strapi filter, ${label} (p95 ratio)`,
          value: `${speedup.toFixed(1)}x`,
          target: '≥ 20x',
          ok: speedup >= 20,
          note: `p50 ratio ${(strapi.p50 / api.p50).toFixed(1)}x; throughput ratio ${(api.count / api.seconds / (strapi.count / strapi.seconds)).toFixed(1)}x`,
        });
      };
      ratioRow('repeated mix', apiRepeated, strapiRepeated);
      ratioRow('distinct mix', apiDistinct, strapiDistinct);

      // 4. Publish → searchable through the api (citizen search of public-fi), one publish at a time: first with
      //    the indexer polling the outbox every INDEXER_POLL_MS (250 ms), then with the long poll (the default).
      /**
       * The newest succeeded document write into public-fi (master key): right after a guide was found, the one that
       * wrote it, as publishes go one at a time and searches create no tasks.
       */
      const lastPublicTask = async (): Promise<{
        enqueuedAt: string;
        startedAt: string;
        finishedAt: string;
      } | null> => {
        const res = await fetch(
          `${meili.url}/tasks?indexUids=public-fi&types=documentAdditionOrUpdate&statuses=succeeded&limit=20`,
          { headers: { authorization: `Bearer ${meili.masterKey}` } },
        );
        const body = (await res.json()) as {
          results: { enqueuedAt: string; startedAt: string; finishedAt: string; uid: number }[];
        };
        return body.results[0] ?? null;
      };
      const publishRun = async (label: string, note: string): Promise<void> => {
        const samples: number[] = [];
        const afterResponse: number[] = [];
        // Where the time goes, from Meilisearch's own task record of the public-fi write: publish response → task
        // enqueued (the indexer: wake-up or poll, CMS reads, compare), enqueued → started (queue), started → done.
        const toEnqueue: number[] = [];
        const queued: number[] = [];
        const processing: number[] = [];
        for (let i = 0; i < PUBLISHES; i++) {
          const word = `julkaisumitta${run}${label.replace(/\W+/g, '')}x${i}`;
          const t0 = performance.now();
          const created = (await rest('POST', '/api/self-care-guides?status=published', {
            data: {
              slug: `bench-publish-${run}-${label.replace(/\W+/g, '-')}-${i}`,
              title: `Julkaisu ${word}`,
              body: 'Mittausohje.',
            },
          })) as { data: { documentId: string } };
          const t1 = performance.now();
          const id = `guide-${created.data.documentId}`;
          for (;;) {
            const r = await apiSearch(word, 'fi', false).catch(() => ({ total: 0, ids: [] as string[] }));
            if (r.ids.includes(id)) break;
            if (performance.now() - t0 > 30_000) throw new Error(`guide ${i} not searchable after 30 s`);
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          const t2 = performance.now();
          samples.push(t2 - t0);
          afterResponse.push(t2 - t1);
          const respondedAt = Date.now() - (t2 - t1);
          const task = await lastPublicTask();
          if (task) {
            toEnqueue.push(Date.parse(task.enqueuedAt) - respondedAt);
            queued.push(Date.parse(task.startedAt) - Date.parse(task.enqueuedAt));
            processing.push(Date.parse(task.finishedAt) - Date.parse(task.startedAt));
          }
          // Spread the publishes out, as editors do (and so one does not queue behind the previous one).
          await new Promise((resolve) => setTimeout(resolve, 300 + (i % 5) * 37));
        }
        samples.sort((a, b) => a - b);
        afterResponse.sort((a, b) => a - b);
        const p95 = percentile(samples, 95);
        const split = (list: number[]) => {
          list.sort((a, b) => a - b);
          return `${Math.round(percentile(list, 50))}/${Math.round(percentile(list, 95))}`;
        };
        const breakdown =
          toEnqueue.length > 0
            ? `; p50/p95 ms: publish response → public-fi task enqueued ${split(toEnqueue)}, waiting in Meilisearch's queue ${split(queued)}, processing ${split(processing)} (${toEnqueue.length} tasks)`
            : '';
        row({
          case: `publish → searchable, ${label} (${PUBLISHES} publishes)`,
          value: `p50 ${Math.round(percentile(samples, 50))} / p95 ${Math.round(p95)} ms`,
          target: 'p95 < 1000 ms',
          ok: p95 < 1000,
          note: `${note}; from sending the publish until the api finds it (after the publish response: p50 ${Math.round(percentile(afterResponse, 50))} / p95 ${Math.round(percentile(afterResponse, 95))} ms); max ${Math.round(samples.at(-1)!)} ms${breakdown}`,
        });
      };
      await indexer.stop();
      indexer = await startIndexer({ ...indexerOptions, env: { INDEXER_OUTBOX_WAIT_MS: '0' } });
      await publishRun('polling', 'indexer polls the outbox every 250 ms (INDEXER_OUTBOX_WAIT_MS=0)');
      await indexer.stop();
      indexer = await startIndexer(indexerOptions);
      await publishRun('long poll', 'indexer waits on the outbox (cms answers when an event commits)');
      clientAgent.destroy();

      row({
        case: 'machine',
        value: `${cpus().length} CPUs, load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
        note: '1-minute load average at start and end; everything (clients, api, indexer, Strapi, Meilisearch) shares these CPUs',
      });
    } catch (error) {
      // Keep what was measured before the failure.
      row({
        case: 'error',
        value: error instanceof Error ? error.message.slice(0, 300) : String(error),
        ok: false,
      });
    } finally {
      await api?.stop();
      await signIn?.stop();
      await indexer?.stop();
      await cms.stop();
      await meili.stop();
    }
    return rows;
  },
};

/** The fields of the indexer's `rebuild_applied` log event (a JSON line) that the rebuild row reports. */
interface RebuildApplied {
  readonly documents: Record<string, number>;
  readonly durationMs: number;
  readonly readDoneMs: number;
  readonly tasks: number;
  readonly indexedMs: number;
  readonly meiliIndexingMs: number;
}

function rebuildAppliedEvent(lines: readonly string[]): RebuildApplied | undefined {
  for (const line of lines) {
    const json = line.slice(line.indexOf('{'));
    if (!json.includes('"event":"rebuild_applied"')) continue;
    return JSON.parse(json) as RebuildApplied;
  }
  return undefined;
}
