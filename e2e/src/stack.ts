import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  repoRoot,
  runProcess,
  serveStatic,
  startApi,
  startCms,
  startIndexer,
  startMeili,
  type ApiHandle,
  type CmsHandle,
  type IndexerHandle,
  type MeiliHandle,
  type StaticServer,
} from '@neuvo/scripts';
import { searchKeyFor } from '@neuvo/node-kit';

/** Every part of the platform running on 127.0.0.1, each on its own free port and temp data. */
export interface Stack {
  cms: CmsHandle;
  meili: MeiliHandle;
  indexer: IndexerHandle;
  api: ApiHandle;
  portal: StaticServer;
  agentKey: string;
  stop(): Promise<void>;
}

/** Builds the agent portal into a temp folder (the repo's own dist is left to `npm start`). */
async function buildPortal(outDir: string): Promise<void> {
  await runProcess({
    name: 'portal-build',
    command: join(repoRoot, 'node_modules', '.bin', 'vite'),
    args: ['build', '--outDir', outDir, '--emptyOutDir'],
    cwd: join(repoRoot, 'agent-portal'),
    timeoutMs: 120_000,
  });
}

/** Starts the whole stack; stops what was started when a later part fails. */
export async function startStack(): Promise<Stack> {
  const started: Array<{ stop(): Promise<void> } | { close(): Promise<void> }> = [];
  const stopAll = async () => {
    for (const part of started.reverse()) {
      await ('stop' in part ? part.stop() : part.close()).catch(() => undefined);
    }
  };
  try {
    const portalDir = await mkdtemp(join(tmpdir(), 'neuvo-portal-'));
    started.push({ stop: () => rm(portalDir, { recursive: true, force: true }) });
    const [cms, meili] = await Promise.all([startCms(), startMeili(), buildPortal(portalDir)]);
    started.push(cms, meili);
    const indexer = await startIndexer({
      cmsUrl: cms.url,
      cmsWriteToken: cms.writeToken,
      meiliUrl: meili.url,
      meiliMasterKey: meili.masterKey,
    });
    started.push(indexer);
    const agentKey = randomBytes(24).toString('hex');
    const api = await startApi({
      cmsUrl: cms.url,
      cmsReadToken: cms.readToken,
      meiliUrl: meili.url,
      meiliSearchKey: searchKeyFor(meili.masterKey),
      agentApiKey: agentKey,
    });
    started.push(api);
    const portal = await serveStatic(portalDir, 0, {
      spaFallback: true,
      extraFiles: { '/config.json': { apiUrl: api.graphqlUrl, agentKey } },
    });
    started.push(portal);
    return { cms, meili, indexer, api, portal, agentKey, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
