import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throwaway operational database for one test file. */
export interface TestDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  /** Variables for `loadConfig`: `API_DATABASE_URL` or `API_DATABASE_FILENAME`. */
  readonly env: Record<string, string>;
  /** Where it is (for messages). */
  readonly label: string;
  drop(): Promise<void>;
}

/**
 * PostgreSQL when `DATABASE_URL` is set (CI re-runs the api tests that way): a new database on that server,
 * dropped again by `drop()`. Otherwise a SQLite file in a new temp dir.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `neuvo_api_test_${randomBytes(6).toString('hex')}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      dialect: 'postgres',
      env: { API_DATABASE_URL: url.toString() },
      label: url.toString(),
      drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'neuvo-api-db-'));
  const filename = join(dir, 'api.db');
  return {
    dialect: 'sqlite',
    env: { API_DATABASE_FILENAME: filename },
    label: filename,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
