/** The embedded operational store's files are readable by their owner only. */
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite operational store', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('creates its folder 0700 and its database, WAL and shared-memory files 0600', async () => {
    dir = mkdtempSync(join(tmpdir(), 'neuvo-api-files-'));
    const filename = join(dir, 'data', 'api.db');
    const store = await openDatabase({ dialect: 'sqlite', filename });
    try {
      // Written through the WAL, which is open until the store is closed.
      await store.db.selectFrom('api_search_events').select('id').execute();
      expect(mode(dirname(filename))).toBe(0o700);
      for (const file of [filename, `${filename}-wal`, `${filename}-shm`])
        expect(mode(file), file).toBe(0o600);
    } finally {
      await store.destroy();
    }
  });

  it('tightens a world-readable file left by an older start', async () => {
    dir = mkdtempSync(join(tmpdir(), 'neuvo-api-files-'));
    const filename = join(dir, 'api.db');
    writeFileSync(filename, '');
    chmodSync(filename, 0o644);
    const store = await openDatabase({ dialect: 'sqlite', filename });
    await store.destroy();
    expect(mode(filename)).toBe(0o600);
  });
});
