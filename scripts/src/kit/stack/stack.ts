/**
 * The platform for integration and end-to-end tests, in one call: Strapi and a restartable Meilisearch, and on
 * request the search-indexer, the api, the agent portal and the live public site, each on its own free port with temp
 * data.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_USERS, type LocalUser } from '@neuvo/local-idp';
import { searchKeyFor } from '@neuvo/node-kit';
import { repoRoot } from '../paths.js';
import { freePort, runProcess } from '../process.js';
import { startApi, type ApiHandle, type StartApiOptions } from './api.js';
import { startCms, type CmsHandle, type StartCmsOptions } from './cms.js';
import { startIndexer, type IndexerHandle } from './indexer.js';
import { startSignIn, type SignInHandle } from './idp.js';
import { startMeili, type MeiliHandle } from './meili.js';
import { startSitePublisher, type SitePublisherHandle } from './site.js';
import { serveStatic, type StaticServer } from './static.js';

export interface StackOptions {
  /** How Strapi is started (e.g. `{ database: 'sqlite' }`); default: the test kit's default. */
  readonly cms?: StartCmsOptions;
}

/** Options of {@link startPlatform}. */
export interface PlatformOptions extends StackOptions {
  /** Accounts the local sign-in provider knows besides its sample agents and supervisors. */
  readonly users?: readonly LocalUser[];
  /** More for the api, e.g. `{ env: { RATE_LIMIT_AGENT: undefined } }` to keep its default rate limits. */
  readonly api?: Pick<StartApiOptions, 'env'>;
  /**
   * Also start the public-site publisher (built from this api, following the CMS outbox, served live), e.g.
   * `{ site: { debounceMs: 200 } }`. Off by default: its first build takes a while.
   */
  readonly site?: { readonly debounceMs?: number };
}

/** Strapi and Meilisearch, side by side. */
export interface Stack {
  readonly cms: CmsHandle;
  /** The current Meilisearch (replaced by {@link Stack.startMeiliAgain}). */
  readonly meili: MeiliHandle;
  /** Stops Meilisearch; `startMeiliAgain` brings it back on the same port, data dir and master key. */
  stopMeili(): Promise<void>;
  startMeiliAgain(): Promise<void>;
  /** Stops everything that was started and removes its data. */
  stop(): Promise<void>;
}

/** The whole platform: {@link Stack} plus the search-indexer following the outbox, the api and the agent portal. */
export interface PlatformStack extends Stack {
  readonly indexer: IndexerHandle;
  readonly api: ApiHandle;
  /** The agent portal built into a temp folder, served with its `/config.json`. */
  readonly portal: StaticServer;
  /** The local OpenID Connect provider the api signs staff in at (sign-in returns to {@link PlatformStack.portal}). */
  readonly signIn: SignInHandle;
  /** The live public site, when {@link PlatformOptions.site} asked for it. */
  readonly site: SitePublisherHandle | undefined;
}

/** Starts Strapi and a Meilisearch with its own data dir (so it can be stopped and started again). */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const meiliDir = mkdtempSync(join(tmpdir(), 'neuvo-stack-meili-'));
  const meiliOptions = {
    dataDir: meiliDir,
    port: await freePort(),
    masterKey: randomBytes(24).toString('base64url'),
  };
  const [meili, cms] = await Promise.allSettled([startMeili(meiliOptions), startCms(options.cms)]);
  if (meili.status === 'rejected' || cms.status === 'rejected') {
    if (meili.status === 'fulfilled') await meili.value.stop();
    if (cms.status === 'fulfilled') await cms.value.stop();
    rmSync(meiliDir, { recursive: true, force: true });
    throw meili.status === 'rejected' ? meili.reason : (cms as PromiseRejectedResult).reason;
  }
  let current = meili.value;
  let running = true;
  return {
    cms: cms.value,
    get meili() {
      return current;
    },
    async stopMeili() {
      await current.stop();
      running = false;
    },
    async startMeiliAgain() {
      current = await startMeili(meiliOptions);
      running = true;
    },
    async stop() {
      await Promise.allSettled([running ? current.stop() : Promise.resolve(), cms.value.stop()]);
      rmSync(meiliDir, { recursive: true, force: true });
    },
  };
}

/** Builds the agent portal into `outDir` (the repository's own `dist` is left to `npm start`). */
async function buildPortal(outDir: string): Promise<void> {
  await runProcess({
    name: 'portal-build',
    command: join(repoRoot, 'node_modules', '.bin', 'vite'),
    args: ['build', '--outDir', outDir, '--emptyOutDir'],
    cwd: join(repoRoot, 'agent-portal'),
    timeoutMs: 120_000,
  });
}

/**
 * Starts the whole platform; stops what was started when a later part fails. The local sign-in provider knows the
 * sample agents and supervisors and `options.users`.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<PlatformStack> {
  const portalDir = mkdtempSync(join(tmpdir(), 'neuvo-portal-'));
  const started: Array<() => Promise<void>> = [
    async () => rmSync(portalDir, { recursive: true, force: true }),
  ];
  const stopAll = async (): Promise<void> => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };
  try {
    const [base] = await Promise.all([startStack(options), buildPortal(portalDir)]);
    started.push(() => base.stop());
    const indexer = await startIndexer({
      cmsUrl: base.cms.url,
      cmsWriteToken: base.cms.writeToken,
      meiliUrl: base.meili.url,
      meiliMasterKey: base.meili.masterKey,
    });
    started.push(() => indexer.stop());
    // The provider registers the api's exact callback and the api the portal's origin: both ports come first.
    const [apiPort, portalPort] = [await freePort(), await freePort()];
    const signIn = await startSignIn({
      apiPort,
      portalUrl: `http://127.0.0.1:${portalPort}`,
      users: [...SAMPLE_USERS, ...(options.users ?? [])],
    });
    started.push(() => signIn.stop());
    const api = await startApi({
      port: apiPort,
      cmsUrl: base.cms.url,
      cmsReadToken: base.cms.readToken,
      meiliUrl: base.meili.url,
      meiliSearchKey: searchKeyFor(base.meili.masterKey),
      signIn: signIn.settings,
      ...(options.api?.env ? { env: options.api.env } : {}),
    });
    started.push(() => api.stop());
    const portal = await serveStatic(portalDir, portalPort, {
      spaFallback: true,
      extraFiles: { '/config.json': { apiUrl: api.graphqlUrl } },
    });
    started.push(() => portal.close());
    const site = options.site
      ? await startSitePublisher({
          apiGraphqlUrl: api.graphqlUrl,
          cmsUrl: base.cms.url,
          cmsWriteToken: base.cms.writeToken,
          ...(options.site.debounceMs !== undefined ? { debounceMs: options.site.debounceMs } : {}),
        })
      : undefined;
    if (site) started.push(() => site.stop());
    return {
      cms: base.cms,
      get meili() {
        return base.meili;
      },
      stopMeili: () => base.stopMeili(),
      startMeiliAgain: () => base.startMeiliAgain(),
      indexer,
      api,
      portal,
      signIn,
      site,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
