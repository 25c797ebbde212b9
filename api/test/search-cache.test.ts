import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { analyseSearchDoc, createAnalysis } from '@neuvo/analysis';
import { Meilisearch } from 'meilisearch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import type { SearchDoc } from '../src/models.js';
import { gql } from './support/graphql.js';
import { memoryLogger, startTestApi } from './support/api.js';
import { feverGuide, seedSearch } from './support/search-fixtures.js';

/**
 * The api's search-result cache against a real Meilisearch. Between the api and Meilisearch sits a counting proxy,
 * so the tests see which searches reached Meilisearch (and can make its task routes fail).
 */

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $locale: Locale, $filters: SearchFilters, $page: Int) {
    search(query: $query, locale: $locale, filters: $filters, page: $page, limit: 5) {
      searchId
      total
      tookMs
      hits {
        id
        title
        snippet
      }
    }
  }
`;
const SUGGEST = /* GraphQL */ `
  query Suggest($prefix: String!) {
    suggest(prefix: $prefix) {
      suggestions {
        id
        title
      }
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($from: String!, $to: String!) {
    searchReport(from: $from, to: $to) {
      topQueries {
        query
        count
      }
    }
  }
`;

interface SearchData {
  search: { searchId: string; total: number; tookMs: number; hits: { id: string; title: string }[] };
}

/** A proxy in front of Meilisearch that counts search requests and can make the task routes fail. */
interface CountingProxy {
  readonly url: string;
  /**
   * Searches forwarded so far: suggestions (`/indexes/<uid>/search`) and the ranking pass of each api search (the
   * federated `/multi-search`; the page's entries and the facets are read by further requests of the same search).
   */
  searches: number;
  /** `GET /batches` requests seen so far. */
  batchReads: number;
  /** While true, `/batches` and `/tasks` answer 503. */
  failTasks: boolean;
  close(): Promise<void>;
}

async function startProxy(target: string): Promise<CountingProxy> {
  const state = { searches: 0, batchReads: 0, failTasks: false };
  const upstream = new URL(target);
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (/^\/indexes\/[^/]+\/search\b/.test(path)) state.searches++;
    if (/^\/multi-search\b/.test(path) && body.includes('"federation"')) state.searches++;
    if (path.startsWith('/batches')) state.batchReads++;
    if (state.failTasks && /^\/(batches|tasks)\b/.test(path)) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"message":"unavailable","code":"test_unavailable","type":"system"}');
      return;
    }
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    forward.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

const POLL_MS = 20;
/** How long a change may take to show through the cache: a few polls, generously (the machine is shared). */
const VISIBLE_WITHIN_MS = 3000;

let meili: MeiliHandle;
let admin: Meilisearch;
let searchKey: string;
const analysis = createAnalysis();

beforeAll(async () => {
  meili = await startMeili();
  searchKey = await seedSearch(meili.url, meili.masterKey);
  admin = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
});

afterAll(async () => {
  analysis.close();
  await meili?.stop();
});

const running: { api: Api; proxy: CountingProxy }[] = [];
afterEach(async () => {
  for (const { api, proxy } of running.splice(0)) {
    await api.stop();
    await proxy.close();
  }
});

async function start(env: Record<string, string> = {}, key = searchKey) {
  const proxy = await startProxy(meili.url);
  const logger = memoryLogger();
  const api = await startTestApi(
    { MEILI_URL: proxy.url, MEILI_SEARCH_KEY: key, SEARCH_CACHE_POLL_MS: String(POLL_MS), ...env },
    logger,
    { analyticsFlushIntervalMs: 50 },
  );
  running.push({ api, proxy });
  const search = (variables: Record<string, unknown>, role: 'citizen' | 'agent' = 'agent') =>
    gql<SearchData>(api.url, SEARCH, variables, role);
  return { api, proxy, logger, search };
}

/** Waits (bounded) until `check` holds; the cache's first poll and each invalidation take one poll. */
async function eventually(check: () => Promise<boolean> | boolean, what: string, ms = VISIBLE_WITHIN_MS) {
  const deadline = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Until the cache answers: the api's first poll of Meilisearch's batches has come back. */
async function cacheReady(search: Awaited<ReturnType<typeof start>>['search'], proxy: CountingProxy) {
  await eventually(async () => {
    await search({ query: 'lämmittely' });
    const before = proxy.searches;
    await search({ query: 'lämmittely' });
    return proxy.searches === before;
  }, 'the cache serves a repeated search');
}

const indexed = (doc: SearchDoc) => analyseSearchDoc(analysis, doc);
const newGuide = (documentId: string, title: string): SearchDoc => ({
  ...feverGuide,
  id: `guide-${documentId}`,
  documentId,
  slug: documentId,
  title,
  summary: title,
  body: title,
});

describe('search-result cache', () => {
  it('answers a repeated search from the cache, and still records it with its own searchId', async () => {
    const { api, proxy, search } = await start();
    await cacheReady(search, proxy);

    const first = await search({ query: 'kuumeen hoito' });
    const sent = proxy.searches;
    const second = await search({ query: '  Kuumeen   HOITO ' });
    expect(proxy.searches).toBe(sent);
    expect(second.data?.search.hits).toEqual(first.data?.search.hits);
    expect(second.data?.search.hits.map((h) => h.id)).toContain(feverGuide.id);
    expect(second.data?.search.tookMs).toBe(0);
    expect(second.data?.search.searchId).not.toBe(first.data?.search.searchId);

    // Both searches are in the analytics, cached or not.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
    const report = await gql<{ searchReport: { topQueries: { query: string; count: number }[] } }>(
      api.url,
      REPORT,
      { from: today, to: today },
      'supervisor',
    );
    expect(report.data?.searchReport.topQueries).toContainEqual({ query: 'kuumeen hoito', count: 2 });
  });

  it('keys by everything that shapes the answer: filters, page, snippets, suggest vs search', async () => {
    const { proxy, api, search } = await start();
    await cacheReady(search, proxy);

    const sent = proxy.searches;
    await search({ query: 'hammashoito' });
    await search({ query: 'hammashoito', filters: { regions: ['kymenlaakso'] } });
    await search({ query: 'hammashoito', page: 2 });
    await search({ query: 'hammashoito', locale: 'sv' });
    await gql(api.url, SUGGEST, { prefix: 'hammashoito' }, 'agent');
    expect(proxy.searches - sent).toBe(5);
    const filtered = await search({ query: 'hammashoito', filters: { regions: ['kymenlaakso'] } });
    expect(filtered.data?.search.hits.map((h) => h.title)).toEqual(['Suun terveydenhuolto Kymenlaakso']);
    // The same filter values in another order are the same request.
    await search({ query: 'hammashoito', filters: { regions: ['pohjanmaa', 'kymenlaakso'] } });
    await search({ query: 'hammashoito', filters: { regions: ['kymenlaakso', 'pohjanmaa'] } });
    expect(proxy.searches - sent).toBe(6);

    // A query that reads the same in every language: only the interface language tells the two apart (the Finnish
    // entries are found from both, in the Swedish interface as hits in the other language).
    const fi = await search({ query: '116117', locale: 'fi' });
    const sv = await search({ query: '116117', locale: 'sv' });
    expect(proxy.searches - sent).toBe(8);
    expect(fi.data?.search.total).toBeGreaterThan(0);
    expect(sv.data?.search.total).toBe(fi.data?.search.total);
  });

  it('never lets a citizen and an agent share an entry for the same text', async () => {
    const { proxy, search } = await start();
    await cacheReady(search, proxy);

    const sent = proxy.searches;
    const agent = await search({ query: 'zebrakoodi' }, 'agent');
    const citizen = await search({ query: 'zebrakoodi' }, 'citizen');
    expect(proxy.searches - sent).toBe(2);
    expect(agent.data?.search.total).toBeGreaterThan(0);
    expect(citizen.data?.search).toMatchObject({ total: 0, hits: [] });

    // Repeated in the other order, each from its own entry.
    const citizenAgain = await search({ query: 'zebrakoodi' }, 'citizen');
    const agentAgain = await search({ query: 'zebrakoodi' }, 'agent');
    expect(proxy.searches - sent).toBe(2);
    expect(citizenAgain.data?.search).toMatchObject({ total: 0, hits: [] });
    expect(agentAgain.data?.search.hits).toEqual(agent.data?.search.hits);
  });

  it('shows a publish and an unpublish as soon as Meilisearch finished them, never a stale entry after', async () => {
    const { proxy, search } = await start();
    await cacheReady(search, proxy);
    const word = 'välimuistikoe';
    const guide = newGuide('guidecachetest000000001', `Ohje ${word}`);
    const ids = async (role: 'citizen' | 'agent') =>
      (await search({ query: word }, role)).data?.search.hits.map((h) => h.id) ?? [];

    // Nothing yet, and that empty answer is cached.
    expect(await ids('citizen')).toEqual([]);
    const sent = proxy.searches;
    expect(await ids('citizen')).toEqual([]);
    expect(proxy.searches).toBe(sent);

    const published = await admin
      .index('public-fi')
      .addDocuments([indexed(guide)])
      .waitTask();
    expect(published.status).toBe('succeeded');
    await eventually(async () => (await ids('citizen')).includes(guide.id), 'the published guide is found');
    // From then on every search finds it (no entry from before the publish survives).
    for (let i = 0; i < 10; i++) expect(await ids('citizen')).toEqual([guide.id]);

    const unpublished = await admin.index('public-fi').deleteDocument(guide.id).waitTask();
    expect(unpublished.status).toBe('succeeded');
    await eventually(async () => (await ids('citizen')).length === 0, 'the unpublished guide is gone');
    for (let i = 0; i < 10; i++) expect(await ids('citizen')).toEqual([]);
  });

  it('is off with SEARCH_CACHE_ENTRIES=0: every search reaches Meilisearch and nothing polls its tasks', async () => {
    const { proxy, search, logger } = await start({ SEARCH_CACHE_ENTRIES: '0' });
    const sent = proxy.searches;
    for (let i = 0; i < 3; i++)
      expect((await search({ query: 'kuume' })).data?.search.tookMs).toBeGreaterThanOrEqual(0);
    expect(proxy.searches - sent).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 5));
    expect(proxy.batchReads).toBe(0);
    expect(logger.lines.some((l) => l.event === 'search_cache_off')).toBe(true);
  });

  it('is off, with one warning, when the search key may not read tasks; searches still work', async () => {
    const searchOnly = await admin.createKey({
      description: 'api tests: search without tasks.get',
      actions: ['search'],
      indexes: ['public-*', 'agent-*'],
      expiresAt: null,
    });
    const { proxy, search, logger } = await start({}, searchOnly.key);
    await eventually(() => proxy.batchReads > 0, 'the api tried to read batches');
    const sent = proxy.searches;
    for (let i = 0; i < 3; i++) {
      const r = await search({ query: 'kuume' });
      expect(r.data?.search.hits.map((h) => h.id)).toContain(feverGuide.id);
    }
    expect(proxy.searches - sent).toBe(3);
    const warnings = logger.lines.filter((l) => l.event === 'search_cache_disabled');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe('warn');
    expect(JSON.stringify(logger.lines)).not.toContain(searchOnly.key);
  });

  it('stops answering from the cache while Meilisearch tasks cannot be read, and never serves stale', async () => {
    const { proxy, search, logger } = await start();
    await cacheReady(search, proxy);
    const word = 'katkoskoe';
    const guide = newGuide('guidecachetest000000002', `Ohje ${word}`);
    expect((await search({ query: word })).data?.search.total).toBe(0);

    proxy.failTasks = true;
    await eventually(
      () => logger.lines.some((l) => l.event === 'search_cache_paused'),
      'the api noticed that tasks cannot be read',
    );
    // Written while the api cannot learn about it: the next search must still see it.
    await admin
      .index('agent-fi')
      .addDocuments([indexed({ ...guide, audience: 'agent' })])
      .waitTask();
    const sent = proxy.searches;
    expect((await search({ query: word })).data?.search.hits.map((h) => h.id)).toEqual([guide.id]);
    expect((await search({ query: word })).data?.search.hits.map((h) => h.id)).toEqual([guide.id]);
    expect(proxy.searches - sent).toBe(2);

    proxy.failTasks = false;
    await eventually(() => logger.lines.some((l) => l.event === 'search_cache_resumed'), 'cache resumed');
    await cacheReady(search, proxy);
    expect(logger.lines.filter((l) => l.event === 'search_cache_paused')).toHaveLength(1);
    await admin.index('agent-fi').deleteDocument(guide.id).waitTask();
  });
});
