import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_USERS, type LocalUser } from '@neuvo/local-idp';
import {
  freePort,
  repoRoot,
  runProcess,
  serveStatic,
  startApi,
  startCms,
  startIndexer,
  startMeili,
  startSignIn,
  type ApiHandle,
  type SignInHandle,
  type CmsHandle,
  type IndexerHandle,
  type MeiliHandle,
  type StaticServer,
} from '@neuvo/scripts';
import { searchKeyFor } from '@neuvo/search-indexer';
import { agentHeaders, E2E_AGENT } from './sign-in.js';

/** Every part of the platform running on 127.0.0.1, each on its own free port and temp data. */
export interface Stack {
  cms: CmsHandle;
  meili: MeiliHandle;
  indexer: IndexerHandle;
  api: ApiHandle;
  portal: StaticServer;
  /** The local sign-in provider the api trusts. */
  signIn: SignInHandle;
  /** Headers of a signed-in agent (a real sign-in at the local provider, made once). */
  agentHeaders(): Promise<Record<string, string>>;
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

/**
 * Starts the whole stack; stops what was started when a later part fails. The local provider knows
 * {@link E2E_AGENT}, the sample agents and supervisors, and `users`.
 */
export async function startStack(options: { users?: readonly LocalUser[] } = {}): Promise<Stack> {
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
    // The provider registers the api's exact callback and the api the portal's origin: both ports come first.
    const [apiPort, portalPort] = [await freePort(), await freePort()];
    const portalUrl = `http://127.0.0.1:${portalPort}`;
    const signIn = await startSignIn({
      apiPort,
      portalUrl,
      users: [E2E_AGENT, ...SAMPLE_USERS, ...(options.users ?? [])],
    });
    started.push(signIn);
    const api = await startApi({
      port: apiPort,
      cmsUrl: cms.url,
      cmsReadToken: cms.readToken,
      meiliUrl: meili.url,
      meiliSearchKey: searchKeyFor(meili.masterKey),
      signIn: signIn.settings,
    });
    started.push(api);
    const portal = await serveStatic(portalDir, portalPort, {
      spaFallback: true,
      extraFiles: { '/config.json': { apiUrl: api.graphqlUrl } },
    });
    started.push(portal);
    let agent: Promise<Record<string, string>> | undefined;
    return {
      cms,
      meili,
      indexer,
      api,
      portal,
      signIn,
      agentHeaders: () => (agent ??= agentHeaders(api.url, portalUrl)),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
