/**
 * One complete build of the site into a release directory, never touching the served one: the site sources are
 * copied into a fresh staging directory (without generated pages, cache or output), the guide pages are generated
 * there from the api, and `vitepress build` writes into `outDir`. The staging directory is removed afterwards.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vitepress';
import type { GuideSource } from '../api-client.js';
import { generateGuidePages, type GenerateResult } from '../generate-pages.js';

/** The stage of a build that failed, as the publishing status reports it. */
export type BuildStep = 'copy-sources' | 'generate-pages' | 'vitepress-build';

/** A build failed in `step`; `cause` is the original error. */
export class SiteBuildError extends Error {
  override readonly name: string = 'SiteBuildError';
  constructor(
    readonly step: BuildStep,
    options: { cause: unknown },
  ) {
    super(
      `${step} failed: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`,
      options,
    );
  }
}

export interface BuildReleaseOptions {
  source: GuideSource;
  /** The public-site package directory; `site/` in it is the source, staging directories are created next to it. */
  packageDir: string;
  /** Where `vitepress build` writes (an empty release directory). */
  outDir: string;
  log?: (message: string) => void;
}

/** What a successful build produced. */
export type BuiltRelease = GenerateResult;

/**
 * The site's sources are its `.vitepress` folder (config and theme); every page is generated. VitePress's cache and
 * output are left behind, and so are pages a local `npm run generate` left in `site/`.
 */
const GENERATED = /[\\/]\.vitepress[\\/](cache|dist)$/;

export async function buildRelease(options: BuildReleaseOptions): Promise<BuiltRelease> {
  // Staging sits next to site/ so that the copied config's relative imports (../../src/…) resolve to this package.
  let staging: string | undefined;
  try {
    staging = await runStep('copy-sources', async () => {
      const dir = await mkdtemp(join(options.packageDir, '.site-staging-'));
      await cp(join(options.packageDir, 'site', '.vitepress'), join(dir, '.vitepress'), {
        recursive: true,
        filter: (path) => !GENERATED.test(path),
      });
      return dir;
    });
    const siteDir = staging;
    const result = await runStep('generate-pages', () =>
      // The one entry point that writes guide pages; the publisher decides only where.
      generateGuidePages({ source: options.source, siteDir, ...(options.log ? { log: options.log } : {}) }),
    );
    await runStep('vitepress-build', () => build(siteDir, { outDir: options.outDir }));
    return result;
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}

async function runStep<T>(step: BuildStep, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new SiteBuildError(step, { cause: error });
  }
}
