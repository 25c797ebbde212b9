import { mkdirSync } from 'node:fs';
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
  // better-sqlite3 does not create missing directories.
  mkdirSync(path.dirname(database.filename), { recursive: true });
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
