import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { getConfig } from '../src/env';

export default () => {
  const { database } = getConfig();
  if (database.client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: database.url,
          ssl: database.ssl ? { rejectUnauthorized: true } : false,
        },
        pool: { min: 0, max: 10 },
      },
    };
  }
  restrictSqliteFiles(database.filename);
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: database.filename },
      useNullAsDefault: true,
      pool: {
        // Write-ahead log: readers do not block the writer and a commit appends to the log instead of
        // rewriting pages through a rollback journal; synchronous=NORMAL syncs at checkpoints rather than
        // at every commit (a power cut may lose the last commits, never corrupt the file). Together they
        // make many small transactions (editors, the outbox, the PTV sync) several times cheaper.
        afterCreate(
          conn: { pragma(source: string): unknown },
          done: (err: Error | null, conn: unknown) => void,
        ) {
          try {
            conn.pragma('journal_mode = WAL');
            conn.pragma('synchronous = NORMAL');
            done(null, conn);
          } catch (error) {
            done(error as Error, conn);
          }
        },
      },
    },
  };
};

/**
 * The SQLite file holds drafts, agent-only content, admin password hashes and token digests: it is created
 * owner-only (0600) in a folder created owner-only (0700). SQLite gives the `-wal` and `-shm` files it creates
 * later the main file's mode; ones left by an older start are tightened here too. A folder that already exists
 * keeps its mode (it may be shared on purpose); `npm start` makes its own `.data` owner-only.
 */
function restrictSqliteFiles(filename: string): void {
  // better-sqlite3 does not create missing directories.
  mkdirSync(path.dirname(filename), { recursive: true, mode: 0o700 });
  if (!existsSync(filename)) closeSync(openSync(filename, 'a', 0o600));
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
