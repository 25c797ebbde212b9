import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openReleaseStore, type ReleaseStore } from './releases.js';

let dir: string;
let store: ReleaseStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'site-releases-'));
  store = await openReleaseStore(dir);
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function release(content: string): Promise<string> {
  const path = await store.nextReleaseDir();
  await writeFile(join(path, 'index.html'), content);
  return path;
}

describe('the release store', () => {
  it('has no current release before the first activation', async () => {
    expect(await store.current()).toBeNull();
  });

  it('switches current to the activated release; a reader through current sees one whole release', async () => {
    const first = await release('one');
    await store.activate(first);
    expect(await readFile(join(store.currentLink, 'index.html'), 'utf8')).toBe('one');
    const second = await release('two');
    // Built but not activated: readers still get the first release.
    expect(await readFile(join(store.currentLink, 'index.html'), 'utf8')).toBe('one');
    await store.activate(second);
    expect(await readFile(join(store.currentLink, 'index.html'), 'utf8')).toBe('two');
    expect(await store.current()).toBe(second);
    // No temporary link is left behind.
    expect((await readdir(dir)).sort()).toEqual(['current', 'releases']);
  });

  it('keeps the current and the previous release and removes older ones', async () => {
    const built: string[] = [];
    for (const content of ['1', '2', '3', '4']) {
      built.push(await release(content));
      await store.activate(built[built.length - 1]!);
    }
    expect((await store.list()).map((p) => basename(p))).toEqual(['3', '4']);
  });

  it('numbers releases after every existing one, also after a restart', async () => {
    await store.activate(await release('1'));
    const reopened = await openReleaseStore(dir);
    expect(basename(await reopened.nextReleaseDir())).toBe('2');
    expect(await reopened.current()).toBe(join(dir, 'releases', '1'));
  });

  it('discards a release that was never activated, never the current one', async () => {
    const good = await release('good');
    await store.activate(good);
    const broken = await release('half');
    await store.discard(broken);
    await store.discard(good);
    expect(await store.list()).toEqual([good]);
  });
});
