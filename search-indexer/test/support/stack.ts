/**
 * Real services for the integration tests: a Meilisearch (restartable) and a Strapi on a temp SQLite database,
 * both from the `@neuvo/scripts` test kit.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startCms as startKitCms, startMeili, type MeiliHandle } from '@neuvo/scripts';
import { loadConfig, type IndexerConfig } from '../../src/index.js';

export interface CmsHandle {
  url: string;
  writeToken: string;
  admin: { email: string; password: string };
  stop(): Promise<void>;
}

export interface Stack {
  /** The current Meilisearch (replaced by {@link Stack.startMeiliAgain}). */
  meili: MeiliHandle;
  /** Stops Meilisearch; `startMeiliAgain` brings it back on the same port, data dir and master key. */
  stopMeili(): Promise<void>;
  startMeiliAgain(): Promise<void>;
  cms: CmsHandle;
  /** Indexer config pointing at both. */
  config(overrides?: Partial<Record<string, string>>): IndexerConfig;
  stop(): Promise<void>;
}

/** A real Strapi on a fresh SQLite database, from the test kit. */
async function startCms(): Promise<CmsHandle> {
  const handle = await startKitCms({ database: 'sqlite' });
  return {
    url: handle.url,
    writeToken: handle.writeToken,
    admin: { email: handle.adminEmail, password: handle.adminPassword },
    stop: () => handle.stop(),
  };
}

/** Starts Meilisearch (own data dir, so it can be restarted) and Strapi side by side. */
export async function startStack(): Promise<Stack> {
  const meiliDir = mkdtempSync(join(tmpdir(), 'neuvo-indexer-meili-'));
  const meiliOptions = {
    dataDir: meiliDir,
    port: await freePort(),
    masterKey: randomBytes(24).toString('base64url'),
  };
  const [meili, cms] = await Promise.allSettled([startMeili(meiliOptions), startCms()]);
  if (meili.status === 'rejected' || cms.status === 'rejected') {
    if (meili.status === 'fulfilled') await meili.value.stop();
    if (cms.status === 'fulfilled') await cms.value.stop();
    rmSync(meiliDir, { recursive: true, force: true });
    throw meili.status === 'rejected' ? meili.reason : (cms as PromiseRejectedResult).reason;
  }
  let meiliRunning = true;
  const stack: Stack = {
    meili: meili.value,
    cms: cms.value,
    async stopMeili() {
      await stack.meili.stop();
      meiliRunning = false;
    },
    async startMeiliAgain() {
      stack.meili = await startMeili(meiliOptions);
      meiliRunning = true;
    },
    config: (overrides = {}) =>
      loadConfig({
        CMS_URL: cms.value.url,
        CMS_WRITE_TOKEN: cms.value.writeToken,
        MEILI_URL: stack.meili.url,
        MEILI_MASTER_KEY: stack.meili.masterKey,
        ...overrides,
      }),
    async stop() {
      await Promise.allSettled([meiliRunning ? stack.meili.stop() : Promise.resolve(), cms.value.stop()]);
      rmSync(meiliDir, { recursive: true, force: true });
    },
  };
  return stack;
}
