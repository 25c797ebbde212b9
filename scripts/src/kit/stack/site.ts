import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import {
  freePort,
  spawnProcess,
  tsxCommand,
  waitForLine,
  type ManagedProcess,
  type OutputMode,
} from '../process.js';

/** Options for {@link startSitePublisher}. */
export interface SitePublisherOptions {
  /** The api's GraphQL endpoint the pages are generated from (and citizens' browsers call). */
  apiGraphqlUrl: string;
  cmsUrl: string;
  /** Full-access Strapi API token: the CMS outbox route requires one. */
  cmsWriteToken: string;
  /** Default: a free port. */
  port?: number;
  /** Releases, `current` and `status.json`. Default: a temp dir, removed by `stop()`. */
  publishDir?: string;
  /** `SITE_REBUILD_DEBOUNCE_MS`; default: the publisher's own (500 ms). */
  debounceMs?: number;
  /** More variables; `undefined` removes one. */
  env?: Readonly<Record<string, string | undefined>>;
  output?: OutputMode;
  /** How long to wait for the first build (default 300 s). */
  timeoutMs?: number;
}

/** A running site publisher started by {@link startSitePublisher}. */
export interface SitePublisherHandle {
  /** `http://127.0.0.1:<port>`: the live site. */
  url: string;
  /** `<url>/_site-status.json` */
  statusUrl: string;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/** The line `public-site/scripts/publish-site.ts` prints once the first build is served. */
export const SITE_READY_LINE = /\[site-publisher\] site_ready (http\S+)/;

/**
 * Starts the public-site publisher (`tsx public-site/scripts/publish-site.ts`): it builds the site, serves it, and
 * rebuilds it when guides change in the CMS. Resolves once the first build is served.
 */
export async function startSitePublisher(options: SitePublisherOptions): Promise<SitePublisherHandle> {
  const port = options.port ?? (await freePort());
  const ownDir = options.publishDir ? undefined : mkdtempSync(join(tmpdir(), 'neuvo-site-'));
  const { command, args } = tsxCommand(join(repoRoot, 'public-site', 'scripts', 'publish-site.ts'));
  const proc = spawnProcess({
    name: 'site-publisher',
    command,
    args,
    cwd: join(repoRoot, 'public-site'),
    env: {
      // The address in the sitemap and canonical links: the site's own unless a public address is configured.
      SITE_URL: process.env.SITE_URL || `http://127.0.0.1:${port}`,
      ...options.env,
      API_URL: options.apiGraphqlUrl,
      CMS_URL: options.cmsUrl,
      CMS_WRITE_TOKEN: options.cmsWriteToken,
      SITE_PORT: String(port),
      SITE_PUBLISH_DIR: options.publishDir ?? ownDir,
      ...(options.debounceMs !== undefined ? { SITE_REBUILD_DEBOUNCE_MS: String(options.debounceMs) } : {}),
    },
    output: options.output,
  });
  const removeDir = () => {
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
  };
  try {
    await waitForLine(proc, SITE_READY_LINE, { timeoutMs: options.timeoutMs ?? 300_000 });
  } catch (error) {
    await proc.stop();
    removeDir();
    throw error;
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    statusUrl: `${url}/_site-status.json`,
    process: proc,
    stop: async () => {
      // A build in progress finishes first (it may take a while on a large site).
      await proc.stop({ timeoutMs: 60_000 });
      removeDir();
    },
  };
}
