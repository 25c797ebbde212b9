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
    },
  };
};
