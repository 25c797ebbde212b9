/**
 * The contact lists read the indexes made for them (SQLite, or PostgreSQL when DATABASE_URL is set): the store's own
 * statements, captured as Kysely compiles them, explained by the engine. With 1,000,000 contacts
 * (`npm run bench -- contacts`) a list that falls back to another index or a scan misses its 50 ms by far, while
 * a test-sized table answers fast whatever the plan: so the plans are checked, not the times.
 */
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import type { ContactTable, Database } from '../src/db/schema.js';
import { createCaseworkStore } from '../src/domains/casework/store.js';
import { createContactStore } from '../src/domains/contacts/store.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const REGIONS = ['pohjanmaa', 'kymenlaakso', 'etela-karjala'];

let database: TestDatabase;
let db: Kysely<Database>;
let statements: CompiledQuery[] = [];

function contact(i: number): ContactTable {
  const started = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    version: 1,
    channel: 'phone',
    region: REGIONS[i % 3]!,
    queue_code: null,
    started_at: started,
    ended_at: i % 50 === 0 ? null : started,
    agent_subject: `agent-${i % 40}`,
    agent_name: `Agentti ${i % 40}`,
    citizen_name: null,
    identity_key_id: null,
    identity_cipher: null,
    identity_index: i % 3 === 0 ? `index-${i % 500}` : null,
    reason_category: null,
    reason_text: null,
    outcomes: '[]',
    content_used: '[]',
    notes: null,
    created_at: started,
    updated_at: started,
    updated_by_subject: `agent-${i % 40}`,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const env = database.env;
  // Migrated the way the api does it; then a connection of this test that records what the stores send.
  const migrated = await openDatabase(
    database.dialect === 'sqlite'
      ? { dialect: 'sqlite', filename: env['API_DATABASE_FILENAME']! }
      : { dialect: 'postgres', url: env['API_DATABASE_URL']! },
  );
  await migrated.destroy();
  const log = (event: LogEvent) => {
    if (event.level === 'query') statements.push(event.query);
  };
  db = new Kysely<Database>({
    dialect:
      database.dialect === 'sqlite'
        ? new SqliteDialect({ database: new SQLite(env['API_DATABASE_FILENAME']!) })
        : // One connection: the planner setting below holds for every statement.
          new PostgresDialect({ pool: new pg.Pool({ connectionString: env['API_DATABASE_URL']!, max: 1 }) }),
    log,
  });
  const rows = Array.from({ length: 3000 }, (_, i) => contact(i));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('api_contacts')
      .values(rows.slice(i, i + 500))
      .execute();
  await db.executeQuery(CompiledQuery.raw('ANALYZE'));
  // A test-sized table fits in a page or two, where a scan is cheapest: what is checked is which index the engine
  // takes for the list, as it does at production size.
  if (database.dialect === 'postgres') await db.executeQuery(CompiledQuery.raw('SET enable_seqscan = off'));
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

/** The plan of the one statement `run` sends, as text. */
async function planOf(run: () => Promise<unknown>): Promise<string> {
  statements = [];
  await run();
  expect(statements).toHaveLength(1);
  const [statement] = statements as [CompiledQuery];
  const explain = database.dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN ';
  const plan = await db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(`${explain}${statement.sql}`, [...statement.parameters]),
  );
  return plan.rows.map((r) => String(r['detail'] ?? r['QUERY PLAN'])).join('\n');
}

describe('the contact lists use their indexes', () => {
  it("reads a region's overdue open contacts from the open contacts' index, in the list's order", async () => {
    const plan = await planOf(() =>
      createCaseworkStore(db).openContactsStartedBefore(
        'pohjanmaa',
        new Date(Date.UTC(2026, 2, 1)).toISOString(),
        200,
      ),
    );
    expect(plan).toContain('api_contacts_open_region_started');
    // SQLite reads the index in the list's order, so the first 200 end the read. PostgreSQL sorts the few rows of a
    // test-sized table (cheaper there) and reads the index in order only when there are many.
    if (database.dialect === 'sqlite') expect(plan).not.toMatch(/TEMP B-TREE/i);
  });

  it("reads an agent's own contacts newest first from the agent's index", async () => {
    const plan = await planOf(() => createContactStore(db).contactsOfAgent('agent-7', 21, null));
    expect(plan).toContain('api_contacts_agent_started');
    if (database.dialect === 'sqlite') expect(plan).not.toMatch(/TEMP B-TREE/i);
  });

  it('finds contacts by identity code through the blind index', async () => {
    const plan = await planOf(() => createContactStore(db).contactsByIdentityIndex('index-9', 50));
    expect(plan).toContain('api_contacts_identity_index');
  });

  it('still answers the open contacts of a region oldest first', async () => {
    const rows = await createCaseworkStore(db).openContactsStartedBefore(
      'kymenlaakso',
      new Date(Date.UTC(2026, 0, 1) + 3000 * 3_600_000).toISOString(),
      5,
    );
    expect(rows.map((r) => r.id)).toEqual(
      [100, 250, 400, 550, 700].map((i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
    expect(rows.every((r) => r.ended_at === null && r.region === 'kymenlaakso')).toBe(true);
  });
});
