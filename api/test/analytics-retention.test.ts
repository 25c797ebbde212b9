/**
 * Retention of search analytics on the real store: SQLite, or PostgreSQL when DATABASE_URL is set (as CI's second
 * run does). Rows are written with the store's own insert, then purged.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import type { SearchEventTable } from '../src/db/schema.js';
import { startSearchAnalyticsRetention } from '../src/domains/analytics/retention.js';
import { createAnalyticsStore, type AnalyticsStore } from '../src/domains/analytics/store.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { memoryLogger, startTestApi } from './support/api.js';

const DAY = 86_400_000;
const validEnv = { CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x' };

let database: TestDatabase;
let store: OperationalDb;
let analytics: AnalyticsStore;

function event(ageDays: number, query = 'kuume'): SearchEventTable {
  return {
    id: randomUUID(),
    created_at: new Date(Date.now() - ageDays * DAY).toISOString(),
    query,
    redacted: 0,
    locale: 'fi',
    audience: 'agent',
    result_count: 3,
    latency_ms: 4.2,
    refined: 0,
    hit_ids: null,
  };
}

async function insert(events: SearchEventTable[], clickOn: SearchEventTable[] = []): Promise<void> {
  await analytics.insertEvents(events);
  await analytics.insertClicks(
    clickOn.map((e) => ({
      id: randomUUID(),
      search_id: e.id,
      document_id: 'doc1',
      created_at: e.created_at,
    })),
  );
}

const ids = async (table: 'api_search_events' | 'api_search_clicks') =>
  (
    await store.db
      .selectFrom(table)
      .select(table === 'api_search_events' ? 'id' : 'search_id as id')
      .execute()
  )
    .map((r) => r.id)
    .sort();

const activeTimers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

beforeAll(async () => {
  database = await createTestDatabase();
  store = await openDatabase(loadConfig({ ...validEnv, ...database.env }).database);
  analytics = createAnalyticsStore(store.db);
});

afterAll(async () => {
  await store?.destroy();
  await database?.drop();
});

describe(`search analytics retention (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  beforeEach(async () => {
    await sql`delete from api_search_clicks`.execute(store.db);
    await sql`delete from api_search_events`.execute(store.db);
  });

  it('deletes searches older than the retention period with their clicks, in bounded batches', async () => {
    const old = Array.from({ length: 7 }, (_, i) => event(31 + i));
    const kept = [event(29), event(1), event(0)];
    await insert([...old, ...kept], [old[0]!, old[6]!, kept[0]!]);

    const logger = memoryLogger();
    const retention = startSearchAnalyticsRetention({
      store: analytics,
      logger,
      retentionDays: 30,
      batchSize: 3,
    });
    // The purge started on creation; purge() joins it.
    const result = await retention.purge();
    await retention.stop();

    expect(result).toMatchObject({ deleted: 7, batches: 3 });
    expect(await ids('api_search_events')).toEqual(kept.map((e) => e.id).sort());
    expect(await ids('api_search_clicks')).toEqual([kept[0]!.id]);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        event: 'search_analytics_purged',
        fields: expect.objectContaining({ deleted: 7 }),
      }),
    );
  });

  it('deletes nothing when every search is within the period', async () => {
    const recent = [event(364.9), event(10)];
    await insert(recent, recent);
    const retention = startSearchAnalyticsRetention({
      store: analytics,
      logger: memoryLogger(),
      retentionDays: 365,
    });
    expect(await retention.purge()).toMatchObject({ deleted: 0, batches: 1 });
    await retention.stop();
    expect(await ids('api_search_events')).toHaveLength(2);
    expect(await ids('api_search_clicks')).toHaveLength(2);
  });

  it('purges again on its timer, which does not keep the process alive', async () => {
    const timersBefore = activeTimers();
    const retention = startSearchAnalyticsRetention({
      store: analytics,
      logger: memoryLogger(),
      retentionDays: 30,
      intervalMs: 100,
    });
    expect(activeTimers()).toBe(timersBefore);
    await retention.purge();
    // Rows that age past the period later are picked up by a later run.
    const later = event(45);
    await insert([later]);
    const deadline = Date.now() + 5000;
    while ((await ids('api_search_events')).includes(later.id) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await retention.stop();
    expect(await ids('api_search_events')).not.toContain(later.id);

    // Stopped: no more purges.
    const afterStop = event(45);
    await insert([afterStop]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await ids('api_search_events')).toContain(afterStop.id);
  });

  it('logs a failing store without failing, and tries again on the next run', async () => {
    const logger = memoryLogger();
    let calls = 0;
    const failingOnce: AnalyticsStore = {
      ...analytics,
      deleteSearchesBefore: (before, limit) => {
        calls++;
        if (calls === 1)
          return Promise.reject(Object.assign(new Error('kuume 040 123 4567'), { code: '57P01' }));
        return analytics.deleteSearchesBefore(before, limit);
      },
    };
    await insert([event(40)]);
    const retention = startSearchAnalyticsRetention({ store: failingOnce, logger, retentionDays: 30 });
    expect(await retention.purge()).toMatchObject({ deleted: 0 });
    expect(logger.lines).toContainEqual({
      level: 'error',
      event: 'search_analytics_purge_failed',
      fields: { deleted: 0, errorName: 'Error', dbCode: '57P01' },
    });
    expect(JSON.stringify(logger.lines)).not.toContain('040');
    expect(await retention.purge()).toMatchObject({ deleted: 1 });
    await retention.stop();
  });
});

describe('the api', () => {
  let own: TestDatabase;
  afterEach(async () => {
    await own?.drop();
  });

  it('purges searches older than SEARCH_ANALYTICS_RETENTION_DAYS when it starts', async () => {
    own = await createTestDatabase();
    const direct = await openDatabase(loadConfig({ ...validEnv, ...own.env }).database);
    const old = event(8);
    const recent = event(6);
    await createAnalyticsStore(direct.db).insertEvents([old, recent]);

    const api = await startTestApi({ ...own.env, SEARCH_ANALYTICS_RETENTION_DAYS: '7' });
    try {
      const left = async () =>
        (await direct.db.selectFrom('api_search_events').select('id').execute()).map((r) => r.id);
      const deadline = Date.now() + 10_000;
      while ((await left()).includes(old.id) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(await left()).toEqual([recent.id]);
    } finally {
      await api.stop();
      await direct.destroy();
    }
  });
});
