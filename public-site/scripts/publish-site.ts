/**
 * The site publisher, a long-running process: builds the site, serves it on SITE_PORT and rebuilds it whenever a
 * self-care guide is published, edited, unpublished or deleted in the CMS (followed through the CMS outbox).
 *
 *   npm run publish -w @neuvo/public-site
 *
 * Env: API_URL, PUBLIC_API_URL (as for the build), CMS_URL and CMS_WRITE_TOKEN (the outbox), SITE_PORT (5174),
 * SITE_PUBLISH_DIR (public-site/.publish), SITE_REBUILD_DEBOUNCE_MS (500), SITE_OUTBOX_WAIT_MS (20000),
 * SITE_FOLLOW_UP_BUILD_MS (2000: one more build follows the last change after it; 0 = none).
 * Prints `site_ready <url>` once the first build is served. SIGTERM/SIGINT stop it (a running build finishes first).
 */
import { fileURLToPath } from 'node:url';
import { createGraphQLGuideSource } from '../src/api-client.js';
import { SiteConfigError } from '../src/config.js';
import { loadPublisherConfig } from '../src/publisher/publisher-config.js';
import { FirstBuildError, startSitePublisher, type SitePublisher } from '../src/publisher/publisher.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const log = (message: string) => console.log(`[site-publisher] ${message}`);

let publisher: SitePublisher | undefined;
let stopping = false;

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    // During the first build there is nothing to serve or hand over yet.
    if (!publisher) process.exit(0);
    publisher.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

async function main(): Promise<void> {
  const config = loadPublisherConfig(process.env, {
    publishDir: fileURLToPath(new URL('../.publish', import.meta.url)),
  });
  publisher = await startSitePublisher({
    source: createGraphQLGuideSource({ apiUrl: config.apiUrl }),
    packageDir,
    publishDir: config.publishDir,
    cmsUrl: config.cmsUrl,
    cmsToken: config.cmsToken,
    outboxWaitMs: config.outboxWaitMs,
    debounceMs: config.debounceMs,
    followUpBuildMs: config.followUpBuildMs,
    port: config.port,
    log,
  });
  log(`site_ready ${publisher.url}`);
}

main().catch((error: unknown) => {
  if (error instanceof SiteConfigError || error instanceof FirstBuildError) log(error.message);
  else console.error('[site-publisher] failed:', error);
  process.exit(1);
});
