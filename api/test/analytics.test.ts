import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations.js';
import type { Api } from '../src/server.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql } from './support/graphql.js';
import { memoryLogger, startTestApi, type TestApi, type TestRole } from './support/api.js';
import { seedSearch } from './support/search-fixtures.js';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $locale: Locale) {
    search(query: $query, locale: $locale) {
      searchId
      total
      hits {
        documentId
      }
    }
  }
`;
const CLICK = /* GraphQL */ `
  mutation Click($searchId: ID!, $documentId: ID!) {
    recordSearchClick(searchId: $searchId, documentId: $documentId)
  }
`;
const REPORT = /* GraphQL */ `
  query Report($from: String!, $to: String!, $locale: Locale, $channel: SearchChannel, $limit: Int) {
    searchReport(from: $from, to: $to, locale: $locale, channel: $channel, limit: $limit) {
      from
      to
      locale
      channel
      searches
      zeroResultSearches
      clickedSearches
      clickThroughRate
      redactedSearches
      averageLatencyMs
      topQueries {
        query
        count
        clicks
        clickThroughRate
        averageResults
      }
      zeroResultQueries {
        query
        count
      }
    }
  }
`;

interface SearchData {
  search: { searchId: string; total: number; hits: { documentId: string }[] };
}
interface Stat {
  query: string;
  count: number;
  clicks: number;
  clickThroughRate: number;
  averageResults: number;
}
interface ReportData {
  searchReport: {
    searches: number;
    zeroResultSearches: number;
    clickedSearches: number;
    clickThroughRate: number;
    redactedSearches: number;
    averageLatencyMs: number;
    locale: string | null;
    channel: string | null;
    topQueries: Stat[];
    zeroResultQueries: { query: string; count: number }[];
  };
}

/** Helsinki calendar day, `offsetDays` from today. */
function helsinkiDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

let meili: MeiliHandle;
let database: TestDatabase;
let api: Api;
let store: OperationalDb;
let searchKey: string;
const logger = memoryLogger();

const search = async (query: string, role: TestRole, locale = 'fi') => {
  const res = await gql<SearchData>(api.url, SEARCH, { query, locale }, role);
  expect(res.errors).toBeUndefined();
  return res.data!.search;
};
const report = async (variables: Record<string, unknown> = {}, role: TestRole = 'supervisor') =>
  gql<ReportData>(api.url, REPORT, { from: helsinkiDay(-1), to: helsinkiDay(1), ...variables }, role);
const stat = (list: Stat[], query: string) => list.find((s) => s.query === query);

beforeAll(async () => {
  meili = await startMeili();
  searchKey = await seedSearch(meili.url, meili.masterKey);
  database = await createTestDatabase();
  // The test reads the store directly, through the api's own connection code.
  api = await startTestApi({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: searchKey, ...database.env }, logger, {
    analyticsFlushIntervalMs: 50,
  });
  store = await openDatabase(loadConfig({ ...validEnv, ...database.env }).database);
});

const validEnv = { CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x' };

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await database?.drop();
  await meili?.stop();
});

describe(`search analytics (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('gives every search a searchId and stores the normalised query, locale, audience, count and latency', async () => {
    const result = await search('  KUUME   Aikuisella ', 'citizen');
    expect(result.searchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.total).toBeGreaterThan(0);
    const agentResult = await search('kuume', 'agent', 'sv');
    expect(agentResult.searchId).not.toBe(result.searchId);

    await report(); // writes what is pending
    const rows = await store.db
      .selectFrom('api_search_events')
      .selectAll()
      .where('id', 'in', [result.searchId, agentResult.searchId])
      .execute();
    const citizenRow = rows.find((r) => r.id === result.searchId);
    expect(citizenRow).toMatchObject({
      query: 'kuume aikuisella',
      redacted: 0,
      locale: 'fi',
      audience: 'public',
      result_count: result.total,
    });
    expect(citizenRow!.latency_ms).toBeGreaterThan(0);
    expect(citizenRow!.latency_ms).toBeLessThan(5000);
    expect(Date.now() - Date.parse(citizenRow!.created_at)).toBeLessThan(60_000);
    expect(rows.find((r) => r.id === agentResult.searchId)).toMatchObject({
      query: 'kuume',
      locale: 'sv',
      audience: 'agent',
      // The Swedish interface also searches Finnish: the Finnish guide is its one hit.
      result_count: agentResult.total,
    });
    expect(agentResult.total).toBe(1);
  });

  it('never stores or logs a query that looks like personal data', async () => {
    const personal = ['kuume 010190-123A', 'soita 040 123 4567', '+358401234567', 'matti.m@example.fi'];
    for (const query of personal) await search(query, 'agent');
    const { data } = await report();
    expect(data!.searchReport.redactedSearches).toBeGreaterThanOrEqual(personal.length);

    // Random ids (row ids, request ids) could hold a fragment like `4567` by chance: they are left out of the check.
    const withoutIds = (text: string) =>
      text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>');
    const everything = withoutIds(
      JSON.stringify([
        await store.db.selectFrom('api_search_events').selectAll().execute(),
        await store.db.selectFrom('api_search_clicks').selectAll().execute(),
      ]),
    );
    const logged = withoutIds(JSON.stringify(logger.lines).toLowerCase());
    expect(everything).toContain('[redacted]');
    for (const fragment of ['010190', '123a', '4567', '358401234567', 'example.fi', 'matti']) {
      expect(everything).not.toContain(fragment);
      expect(logged).not.toContain(fragment);
    }
    const queries = [...data!.searchReport.topQueries, ...data!.searchReport.zeroResultQueries].map(
      (s) => s.query,
    );
    expect(queries).not.toContain('[redacted]');
  });

  it('records a chosen result and reports click-through per query', async () => {
    const first = await search('hammassärky', 'agent');
    const second = await search('Hammassärky', 'agent');
    expect(first.hits.length).toBeGreaterThan(0);
    const click = await gql<{ recordSearchClick: boolean }>(
      api.url,
      CLICK,
      { searchId: first.searchId, documentId: first.hits[0]!.documentId },
      'citizen',
    );
    expect(click.data?.recordSearchClick).toBe(true);

    const { data } = await report();
    const row = stat(data!.searchReport.topQueries, 'hammassärky');
    expect(row).toMatchObject({ count: 2, clicks: 1, clickThroughRate: 0.5 });
    expect(row!.averageResults).toBeGreaterThan(0);
    expect(data!.searchReport.clickedSearches).toBeGreaterThanOrEqual(1);
    const stored = await store.db
      .selectFrom('api_search_clicks')
      .selectAll()
      .where('search_id', '=', first.searchId)
      .execute();
    expect(stored).toEqual([expect.objectContaining({ document_id: first.hits[0]!.documentId })]);
    expect(second.searchId).not.toBe(first.searchId);
  });

  it('refuses clicks on unknown searches and malformed ids', async () => {
    const unknown = await gql<{ recordSearchClick: boolean }>(api.url, CLICK, {
      searchId: '00000000-0000-4000-8000-000000000000',
      documentId: 'abc',
    });
    expect(unknown.data?.recordSearchClick).toBe(false);
    const malformed = await gql(api.url, CLICK, { searchId: 'not-a-search', documentId: 'abc' });
    expect(codes(malformed)).toEqual(['VALIDATION_FAILED']);
    const badDocument = await gql(api.url, CLICK, {
      searchId: (await search('kuume', 'citizen')).searchId,
      documentId: '<script>',
    });
    expect(codes(badDocument)).toEqual(['VALIDATION_FAILED']);
  });

  it('refuses a click on a document that was not among the hits of that search, before and after it is written', async () => {
    const shown = await search('hammassärky', 'citizen');
    expect(shown.hits.length).toBeGreaterThan(0);
    const other = await search('kuume', 'citizen');
    const notShown = other.hits.find((hit) => !shown.hits.some((h) => h.documentId === hit.documentId));
    expect(notShown).toBeDefined();
    const attempt = () => gql(api.url, CLICK, { searchId: shown.searchId, documentId: notShown!.documentId });
    // Still in the write buffer, and then from the store.
    const buffered = await attempt();
    expect(codes(buffered)).toEqual(['VALIDATION_FAILED']);
    expect(buffered.errors?.[0]?.extensions?.field).toBe('documentId');
    await report(); // writes the buffer
    expect(codes(await attempt())).toEqual(['VALIDATION_FAILED']);
    const stored = await store.db
      .selectFrom('api_search_clicks')
      .selectAll()
      .where('search_id', '=', shown.searchId)
      .execute();
    expect(stored).toEqual([]);
    // A hit of that search is still accepted from the store.
    const ok = await gql<{ recordSearchClick: boolean }>(api.url, CLICK, {
      searchId: shown.searchId,
      documentId: shown.hits[0]!.documentId,
    });
    expect(ok.data?.recordSearchClick).toBe(true);
  });

  it('lists the most frequent queries and the queries that found nothing', async () => {
    for (let i = 0; i < 3; i++) await search('olematonhakusana', 'agent');
    await search('toinenolematon', 'agent');
    const { data } = await report();
    const r = data!.searchReport;
    // Most frequent first (ties by query text).
    expect(r.zeroResultQueries[0]).toEqual({ query: 'olematonhakusana', count: 3 });
    expect(r.zeroResultQueries).toContainEqual({ query: 'toinenolematon', count: 1 });
    expect(r.zeroResultQueries.map((q) => q.query)).not.toContain('hammassärky');
    expect(stat(r.topQueries, 'olematonhakusana')).toMatchObject({ count: 3, clicks: 0, averageResults: 0 });
    expect(r.zeroResultSearches).toBeGreaterThanOrEqual(4);
    expect(r.searches).toBeGreaterThan(r.zeroResultSearches);
    expect(r.averageLatencyMs).toBeGreaterThan(0);
    // Ordered by count, most frequent first.
    const counts = r.topQueries.map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('reports one locale when asked, and nothing for a period without searches', async () => {
    const sv = await report({ locale: 'sv' });
    expect(sv.data!.searchReport.locale).toBe('sv');
    expect(sv.data!.searchReport.topQueries.map((s) => s.query)).toEqual(['kuume']);
    const past = await report({ from: '2020-01-01', to: '2020-12-31' });
    expect(past.data!.searchReport).toMatchObject({ searches: 0, clickThroughRate: 0, topQueries: [] });
    const limited = await report({ limit: 1 });
    expect(limited.data!.searchReport.topQueries).toHaveLength(1);
  });

  it('tells the searches of the public site from those of the portal: what citizens did not find is a list of its own', async () => {
    await search('kansalaiselleeiloydy', 'citizen');
    await search('agentilleeiloydy', 'agent');
    const site = (await report({ channel: 'site' })).data!.searchReport;
    const portal = (await report({ channel: 'portal' })).data!.searchReport;
    const both = (await report()).data!.searchReport;
    expect(site.channel).toBe('site');
    expect(both.channel).toBeNull();
    expect(site.zeroResultQueries).toContainEqual({ query: 'kansalaiselleeiloydy', count: 1 });
    expect(site.zeroResultQueries.map((q) => q.query)).not.toContain('agentilleeiloydy');
    expect(portal.zeroResultQueries).toContainEqual({ query: 'agentilleeiloydy', count: 1 });
    expect(portal.zeroResultQueries.map((q) => q.query)).not.toContain('kansalaiselleeiloydy');
    expect(site.searches + portal.searches).toBe(both.searches);
    expect(site.searches).toBeGreaterThan(0);
  });

  it('counts typing steps of instant search as one search', async () => {
    for (const typed of ['hammas', 'hammassär', 'hammassärky kymenlaakso']) await search(typed, 'agent');
    const { data } = await report();
    const queries = data!.searchReport.topQueries.map((s) => s.query);
    expect(queries).toContain('hammassärky kymenlaakso');
    expect(queries).not.toContain('hammas');
    expect(queries).not.toContain('hammassär');
    // Still stored, for latency figures.
    const steps = await store.db
      .selectFrom('api_search_events')
      .select(['query', 'refined'])
      .where('query', 'in', ['hammas', 'hammassär'])
      .execute();
    expect(steps).toEqual(
      expect.arrayContaining([
        { query: 'hammas', refined: 1 },
        { query: 'hammassär', refined: 1 },
      ]),
    );
  });

  it('counts a query erased back with Backspace (a typo while typing) as a typing step, not a search', async () => {
    // Every keystroke is a search: "ihottumx" found nothing, and the agent erased the x at once.
    for (const typed of ['ihottum', 'ihottumx', 'ihottum', 'ihottuma']) await search(typed, 'agent');
    const { data } = await report();
    const zero = data!.searchReport.zeroResultQueries.map((s) => s.query);
    expect(zero).not.toContain('ihottumx');
    expect(data!.searchReport.topQueries.map((s) => s.query)).toContain('ihottuma');
    const rows = await store.db
      .selectFrom('api_search_events')
      .select(['query', 'refined'])
      .where('query', 'in', ['ihottumx', 'ihottuma'])
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { query: 'ihottumx', refined: 1 },
        { query: 'ihottuma', refined: 0 },
      ]),
    );
  });

  it('does not count a request for facet counts only (no hits) as a search', async () => {
    const shown = await search('kuumeilu', 'agent');
    const facets = await gql<{ search: { searchId: string; total: number } }>(
      api.url,
      `query($q: String!) { search(query: $q, locale: fi, limit: 1) { searchId total facets { types { value count } } } }`,
      { q: 'kuumeilu' },
      'agent',
    );
    expect(facets.errors).toBeUndefined();
    expect(facets.data!.search.total).toBe(shown.total);
    const { data } = await report();
    expect(stat(data!.searchReport.topQueries, 'kuumeilu')).toMatchObject({ count: 1 });
    const stored = await store.db
      .selectFrom('api_search_events')
      .select('id')
      .where('query', '=', 'kuumeilu')
      .execute();
    expect(stored).toEqual([{ id: shown.searchId }]);
    // Its searchId is not a search a click can be recorded on.
    const click = await gql<{ recordSearchClick: boolean }>(api.url, CLICK, {
      searchId: facets.data!.search.searchId,
      documentId: 'abc',
    });
    expect(click.data?.recordSearchClick).toBe(false);
  });

  it('is for supervisors only: a citizen is asked to sign in, an agent gets FORBIDDEN', async () => {
    const res = await report({}, 'citizen');
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await report({}, 'agent'))).toEqual(['FORBIDDEN']);
    expect(res.data?.searchReport ?? null).toBeNull();
  });

  it('validates the period', async () => {
    expect(codes(await report({ from: '2026-13-01' }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await report({ from: helsinkiDay(1), to: helsinkiDay(-1) }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await report({ limit: 0 }))).toEqual(['VALIDATION_FAILED']);
  });
});

describe('when the analytics store fails', () => {
  let other: TestDatabase;
  let broken: Api;
  const brokenLog = memoryLogger();

  beforeAll(async () => {
    other = await createTestDatabase();
    broken = await startTestApi(
      { MEILI_URL: meili.url, MEILI_SEARCH_KEY: searchKey, ...other.env },
      brokenLog,
      { analyticsFlushIntervalMs: 50 },
    );
    // The supervisor signs in while the store works (sessions live in it too; only the analytics tables go).
    await (broken as TestApi).headers('supervisor');
    // Break the store under the running api: its tables disappear.
    const direct = await openDatabase(loadConfig({ ...validEnv, ...other.env }).database);
    await sql`drop table api_search_clicks`.execute(direct.db);
    await sql`drop table api_search_events`.execute(direct.db);
    await direct.destroy();
  });
  afterAll(async () => {
    await broken?.stop();
    await other?.drop();
  });

  it('still answers searches, and logs the failure without the query', async () => {
    const res = await gql<SearchData>(broken.url, SEARCH, { query: 'kuume 040 765 4321 salaisuus' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.searchId).toMatch(/^[0-9a-f-]{36}$/);
    const ok = await gql<SearchData>(broken.url, SEARCH, { query: 'salaisuus kuume' });
    expect(ok.errors).toBeUndefined();
    const start = Date.now();
    while (!brokenLog.lines.some((l) => l.event === 'search_analytics_write_failed')) {
      if (Date.now() - start > 5000) throw new Error('no write failure logged');
      await new Promise((r) => setTimeout(r, 20));
    }
    const logged = JSON.stringify(brokenLog.lines);
    expect(logged).not.toContain('salaisuus');
    expect(logged).not.toContain('040 765 4321');
    expect(logged).not.toContain('0407654321'); // not '765' alone: a random port may contain it
    // The report says the store is unavailable instead of showing wrong figures.
    const rep = await gql(broken.url, REPORT, { from: helsinkiDay(-1), to: helsinkiDay(1) }, 'supervisor');
    expect(codes(rep)).toEqual(['UPSTREAM_UNAVAILABLE']);
  });
});

describe('migrations', () => {
  it('run at every start without touching existing data', async () => {
    const before = await store.db
      .selectFrom('api_search_events')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const again = await openDatabase(loadConfig({ ...validEnv, ...database.env }).database);
    const after = await again.db
      .selectFrom('api_search_events')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const applied = await sql<{ name: string }>`select name from api_migrations`.execute(again.db);
    await again.destroy();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(Number(after.n)).toBeGreaterThan(0);
    // Every migration in code was applied, once.
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS).sort());
    expect(applied.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        '0001-search-analytics',
        '0002-search-hit-ids',
        '0003-staff-sessions',
        '0005-contacts',
        '0006-session-id-token',
        '0007-casework',
      ]),
    );
  });
});
