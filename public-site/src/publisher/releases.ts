/**
 * Built sites on disk: `<dir>/releases/<n>/` (one complete `vitepress build` each) and `<dir>/current`, a symlink to
 * the release being served. A new release is switched to by replacing the symlink with `rename()`, which is atomic:
 * a reader resolves `current` to the old or the new release, never to a half-written one. Any static file server
 * (ours, or nginx in production) can serve `<dir>/current`.
 */
import { mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** Releases kept on disk: the current one and the one before (pages already open still find their old assets). */
export const RELEASES_KEPT = 2;

export interface ReleaseStore {
  readonly dir: string;
  /** The path of `current` (a symlink once a release exists). */
  readonly currentLink: string;
  /** A new, empty release directory to build into (numbered after every existing release). */
  nextReleaseDir(): Promise<string>;
  /** Makes `releaseDir` the served release (atomic), then prunes all but the newest {@link RELEASES_KEPT}. */
  activate(releaseDir: string): Promise<void>;
  /** Removes a release that was never activated (a failed build). */
  discard(releaseDir: string): Promise<void>;
  /** The served release directory, or `null` before the first successful build. */
  current(): Promise<string | null>;
  /** Every release directory, oldest first. */
  list(): Promise<string[]>;
}

export async function openReleaseStore(dir: string): Promise<ReleaseStore> {
  const releasesDir = join(dir, 'releases');
  const currentLink = join(dir, 'current');
  await mkdir(releasesDir, { recursive: true });

  async function numbers(): Promise<number[]> {
    const names = await readdir(releasesDir);
    return names
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .sort((a, b) => a - b);
  }

  async function current(): Promise<string | null> {
    try {
      // Relative target (`releases/<n>`), so the whole directory can be moved.
      return join(dir, await readlink(currentLink));
    } catch {
      return null;
    }
  }

  return {
    dir,
    currentLink,
    async nextReleaseDir() {
      const existing = await numbers();
      const next = (existing[existing.length - 1] ?? 0) + 1;
      const path = join(releasesDir, String(next));
      await mkdir(path);
      return path;
    },
    async activate(releaseDir) {
      const temporary = join(dir, `current.${process.pid}.tmp`);
      await rm(temporary, { force: true });
      await symlink(join('releases', basename(releaseDir)), temporary);
      await rename(temporary, currentLink);
      const active = basename(releaseDir);
      const older = (await numbers()).map(String).filter((name) => name !== active);
      // Keep the newest ones below the active release; anything else (older, or left over by a crashed build) goes.
      const keep = new Set(older.filter((name) => Number(name) < Number(active)).slice(-(RELEASES_KEPT - 1)));
      for (const name of older) {
        if (!keep.has(name)) await rm(join(releasesDir, name), { recursive: true, force: true });
      }
    },
    async discard(releaseDir) {
      if ((await current()) === releaseDir) return;
      await rm(releaseDir, { recursive: true, force: true });
    },
    current,
    async list() {
      return (await numbers()).map((n) => join(releasesDir, String(n)));
    },
  };
}
