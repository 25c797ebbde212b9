/**
 * One publish: build a new release, switch to it when the build succeeded, and keep the last good site (and say
 * why) when it failed. The status it keeps is what editors see.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SITE_LOCALES } from '../site-i18n.js';
import { SiteBuildError, type BuiltRelease } from './build-release.js';
import { INITIAL_STATUS, statusMessage, writeStatusFile, type SitePublishStatus } from './publish-status.js';
import type { ReleaseStore } from './releases.js';

export interface PublishingOptions {
  readonly releases: ReleaseStore;
  /** Builds the whole site into `outDir` (an empty directory). */
  readonly build: (outDir: string) => Promise<BuiltRelease>;
  readonly log: (message: string) => void;
  /** Directory names never shown in the status (the machine's paths in build errors). */
  readonly hidePaths?: readonly string[];
}

export interface Publishing {
  /** Builds and, on success, switches the site to the new release. Never throws: failures go into the status. */
  publish(): Promise<'live' | 'failed'>;
  status(): SitePublishStatus;
}

export async function createPublishing(options: PublishingOptions): Promise<Publishing> {
  const { releases, log } = options;
  let status: SitePublishStatus = (await previousStatus(releases)) ?? INITIAL_STATUS;
  let builds = 0;

  async function setStatus(next: SitePublishStatus): Promise<void> {
    status = Object.freeze(next);
    try {
      await writeStatusFile(releases.dir, status);
    } catch (error) {
      log(`could not write ${join(releases.dir, 'status.json')}: ${(error as Error).message}`);
    }
  }

  return {
    status: () => status,
    async publish() {
      const number = ++builds;
      const startedAt = Date.now();
      await setStatus({ ...status, building: true });
      let outDir: string | undefined;
      try {
        outDir = await releases.nextReleaseDir();
        const built = await options.build(outDir);
        await releases.activate(outDir);
        const durationMs = Date.now() - startedAt;
        const pages = Object.fromEntries(SITE_LOCALES.map((l) => [l, built.pages[l].length])) as Record<
          (typeof SITE_LOCALES)[number],
          number
        >;
        await setStatus({
          ...status,
          state: 'live',
          building: false,
          lastGood: {
            release: basename(outDir),
            finishedAt: new Date().toISOString(),
            durationMs,
            pages,
            skipped: built.skipped,
          },
        });
        log(
          `build ${number}: live as release ${basename(outDir)} in ${(durationMs / 1000).toFixed(1)} s ` +
            `(${SITE_LOCALES.map((l) => `${l} ${pages[l]}`).join(', ')} guide pages; ${built.skipped.length} left out)`,
        );
        return 'live';
      } catch (error) {
        if (outDir) await releases.discard(outDir).catch(() => undefined);
        const step = error instanceof SiteBuildError ? error.step : 'unknown';
        const message = statusMessage(error, options.hidePaths ?? []);
        await setStatus({
          ...status,
          state: 'failed',
          building: false,
          lastFailure: { step, message, at: new Date().toISOString() },
        });
        const kept = status.lastGood
          ? `still serving release ${status.lastGood.release}`
          : 'no site to serve yet';
        log(
          `build ${number}: FAILED after ${((Date.now() - startedAt) / 1000).toFixed(1)} s in ${step} (${message}); ${kept}`,
        );
        return 'failed';
      }
    },
  };
}

/** The status written by an earlier run, when it describes the release still served (a restart keeps it). */
async function previousStatus(releases: ReleaseStore): Promise<SitePublishStatus | null> {
  const current = await releases.current();
  if (!current) return null;
  try {
    const saved = JSON.parse(await readFile(join(releases.dir, 'status.json'), 'utf8')) as SitePublishStatus;
    if (saved.lastGood?.release !== basename(current)) return null;
    return { ...saved, building: false };
  } catch {
    return null;
  }
}
