/**
 * The site publisher: builds the site, serves the current release, follows the CMS outbox and rebuilds (debounced,
 * one build at a time) when a self-care guide changes, switching to each new release atomically.
 */
import { mkdir } from 'node:fs/promises';
import { selfCareGuide } from '@neuvo/content-models';
import type { GuideSource } from '../api-client.js';
import { buildRelease, type BuiltRelease } from './build-release.js';
import { followOutbox, outboxHead } from './outbox-follower.js';
import { createPublishing } from './publishing.js';
import type { SitePublishStatus } from './publish-status.js';
import { createRebuildScheduler } from './rebuild-scheduler.js';
import { openReleaseStore } from './releases.js';
import { startSiteServer } from './site-server.js';

/**
 * Content types whose changes change the site. Pages show self-care guides only (related guides included); services
 * and regions are not on the site, so their changes cause no build.
 */
export const SITE_CONTENT_UIDS: ReadonlySet<string> = new Set([selfCareGuide.uid]);

export interface SitePublisherOptions {
  readonly source: GuideSource;
  /** The public-site package directory (its `site/` is what gets built). */
  readonly packageDir: string;
  readonly publishDir: string;
  readonly cmsUrl: string;
  readonly cmsToken: string;
  readonly outboxWaitMs: number;
  readonly debounceMs: number;
  /** One more build follows the last change after this long (0: none); see `PublisherConfig.followUpBuildMs`. */
  readonly followUpBuildMs: number;
  readonly port: number;
  readonly host?: string;
  readonly log: (message: string) => void;
  /** The build (default: {@link buildRelease} from `source`). */
  readonly build?: (outDir: string) => Promise<BuiltRelease>;
}

export interface SitePublisher {
  /** Where the site is served. */
  readonly url: string;
  status(): SitePublishStatus;
  /** Stops following, waits for a running build, closes the server. */
  stop(): Promise<void>;
}

/** The first build failed and there is no earlier site to serve. */
export class FirstBuildError extends Error {
  override readonly name: string = 'FirstBuildError';
}

/**
 * Builds the site once (before serving, so the first request finds it), then serves it and keeps it current.
 * Fails when the first build fails and no earlier release exists on disk.
 */
export async function startSitePublisher(options: SitePublisherOptions): Promise<SitePublisher> {
  const { log } = options;
  await mkdir(options.publishDir, { recursive: true });
  const releases = await openReleaseStore(options.publishDir);
  const publishing = await createPublishing({
    releases,
    log,
    hidePaths: [options.packageDir, options.publishDir],
    build:
      options.build ??
      ((outDir) => buildRelease({ source: options.source, packageDir: options.packageDir, outDir, log })),
  });
  const outbox = { cmsUrl: options.cmsUrl, token: options.cmsToken };
  // Read before the first build: whatever is published after this point is seen by the follower.
  const head = await outboxHead(outbox);
  if ((await publishing.publish()) === 'failed' && !(await releases.current())) {
    throw new FirstBuildError(
      `the first build of the site failed (${publishing.status().lastFailure?.message ?? 'unknown'})`,
    );
  }

  const scheduler = createRebuildScheduler({
    debounceMs: options.debounceMs,
    // After the search indexer applied the change, when the api has dropped its cached reads of the old guide.
    ...(options.followUpBuildMs > 0 ? { followUpMs: options.followUpBuildMs } : {}),
    build: async () => void (await publishing.publish()),
  });
  const server = await startSiteServer({
    releases,
    status: publishing.status,
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
  });
  const following = new AbortController();
  const followed = followOutbox(
    {
      ...outbox,
      uids: SITE_CONTENT_UIDS,
      waitMs: options.outboxWaitMs,
      log,
      onChange: (events) => {
        log(
          `${events.length} change(s) to guides (outbox up to ${events[events.length - 1]!.id}); rebuilding`,
        );
        scheduler.request();
      },
    },
    head,
    following.signal,
  );
  log(`serving ${server.url} from ${releases.currentLink}; following ${options.cmsUrl} outbox from ${head}`);

  return {
    url: server.url,
    status: publishing.status,
    async stop() {
      following.abort();
      await followed;
      await scheduler.stop();
      await server.close();
    },
  };
}
