/**
 * The session store on the real operational database (SQLite, or PostgreSQL when DATABASE_URL is set), with a
 * clock the test moves.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import {
  createSessionStore,
  LOGIN_ATTEMPT_MS,
  type SessionStore,
} from '../src/domains/auth/session-store.js';
import type { StaffIdentity } from '../src/domains/auth/roles.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const MINUTE = 60_000;
const IDLE = 30 * MINUTE;
const MAX = 12 * 60 * MINUTE;

const aino: StaffIdentity = {
  subject: 'agentti.pohjanmaa',
  name: 'Aino Asiakaspalvelu',
  roles: ['agent'],
  homeRegion: 'pohjanmaa',
};

let database: TestDatabase;
let store: OperationalDb;
let now = Date.parse('2026-12-03T08:00:00Z');
let sessions: SessionStore;

beforeAll(async () => {
  database = await createTestDatabase();
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
  sessions = createSessionStore(store.db, { idleMs: IDLE, maxMs: MAX, now: () => now });
});

afterAll(async () => {
  await store?.destroy();
  await database?.drop();
});

describe('staff sessions', () => {
  it('resolve to the identity they were created with, and store only a hash of the id', async () => {
    const id = await sessions.create(aino);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sessions.resolve(id)).toEqual(aino);
    const rows = await store.db.selectFrom('api_sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(id);
    expect(rows.map((r) => r.id_hash)).toContain(createHash('sha256').update(id).digest('hex'));
  });

  it('end after the idle limit without use, and are deleted then', async () => {
    const id = await sessions.create(aino);
    now += IDLE - MINUTE;
    expect(await sessions.resolve(id)).not.toBeNull();
    // Used a minute before the limit: the idle clock starts again.
    now += IDLE - MINUTE;
    expect(await sessions.resolve(id)).not.toBeNull();
    now += IDLE;
    expect(await sessions.resolve(id)).toBeNull();
    now -= IDLE; // even back in time, an ended session stays ended: it was deleted
    expect(await sessions.resolve(id)).toBeNull();
  });

  it('end at the absolute limit however often they are used', async () => {
    const id = await sessions.create(aino);
    for (let used = 0; used < MAX - 10 * MINUTE; used += 10 * MINUTE) {
      now += 10 * MINUTE;
      expect(await sessions.resolve(id), `after ${used / MINUTE} min`).not.toBeNull();
    }
    now += 10 * MINUTE;
    expect(await sessions.resolve(id)).toBeNull();
  });

  it('end at sign-out; unknown, empty and overlong ids resolve to nothing', async () => {
    const id = await sessions.create(aino);
    await sessions.destroy(id);
    expect(await sessions.resolve(id)).toBeNull();
    expect(await sessions.resolve('')).toBeNull();
    expect(await sessions.resolve('x'.repeat(500))).toBeNull();
    expect(await sessions.resolve(`${id.slice(0, -1)}A`)).toBeNull();
  });

  it('are purged with stale login attempts once ended', async () => {
    const live = await sessions.create(aino);
    const idle = await sessions.create({ ...aino, subject: 'other' });
    await sessions.saveLoginAttempt({
      state: 's',
      nonce: 'n',
      codeVerifier: 'v',
      returnTo: 'http://127.0.0.1:5173/',
    });
    now += IDLE - MINUTE;
    await sessions.resolve(live);
    now += 2 * MINUTE;
    expect(await sessions.purgeExpired()).toBeGreaterThanOrEqual(2);
    expect(await sessions.resolve(live)).not.toBeNull();
    expect(await sessions.resolve(idle)).toBeNull();
  });
});

describe('login attempts', () => {
  const attempt = {
    state: 'state-1',
    nonce: 'nonce-1',
    codeVerifier: 'verifier-1',
    returnTo: 'http://127.0.0.1:5173/x',
  };

  it('can be taken once', async () => {
    const id = await sessions.saveLoginAttempt(attempt);
    expect(await sessions.takeLoginAttempt(id)).toEqual(attempt);
    expect(await sessions.takeLoginAttempt(id)).toBeNull();
  });

  it('expire after ten minutes', async () => {
    const id = await sessions.saveLoginAttempt(attempt);
    now += LOGIN_ATTEMPT_MS;
    expect(await sessions.takeLoginAttempt(id)).toBeNull();
  });

  it('are stored by hash only', async () => {
    const id = await sessions.saveLoginAttempt(attempt);
    const rows = await store.db.selectFrom('api_login_attempts').select('id_hash').execute();
    expect(JSON.stringify(rows)).not.toContain(id);
  });
});
