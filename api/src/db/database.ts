import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { migrateToLatest } from './migrations.js';
import type { Database } from './schema.js';

/** The api's operational store: a Kysely instance plus what differs between the two dialects. */
export interface OperationalDb {
  readonly db: Kysely<Database>;
  readonly dialect: DatabaseConfig['dialect'];
  /** Closes the connection (pool). */
  destroy(): Promise<void>;
}

/**
 * The store holds search analytics today and contacts and audit events later: its SQLite file is created owner-only
 * (0600) in a folder created owner-only (0700). SQLite gives the `-wal` and `-shm` files it creates the main file's
 * mode; ones left by an older start are tightened here. A folder that already exists keeps its mode.
 */
function restrictSqliteFiles(filename: string): void {
  mkdirSync(dirname(filename), { recursive: true, mode: 0o700 });
  if (!existsSync(filename)) closeSync(openSync(filename, 'a', 0o600));
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

/**
 * Opens the operational store and runs its migrations (in code, Kysely's Migrator) before returning.
 * SQLite: the file's folder is created, WAL mode on (readers never wait for the writer). PostgreSQL:
 * a small pool; several api instances may start at once (the Migrator takes a lock).
 */
export async function openDatabase(config: DatabaseConfig): Promise<OperationalDb> {
  let db: Kysely<Database>;
  if (config.dialect === 'sqlite') {
    if (config.filename !== ':memory:') restrictSqliteFiles(config.filename);
    const sqlite = new SQLite(config.filename);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  } else {
    const pool = new pg.Pool({ connectionString: config.url, max: 5, connectionTimeoutMillis: 5000 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return { db, dialect: config.dialect, destroy: () => db.destroy() };
}
