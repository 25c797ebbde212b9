/**
 * `@neuvo/scripts`: the test kit. Starts Meilisearch, Strapi, the indexer, the api and static servers as real
 * processes (for the tests of every package, `npm start` and the benchmarks), and generates and loads the local
 * `.env`. The fake PTV server is its own entry, `@neuvo/scripts/fake-ptv`.
 */
export {
  ManagedProcess,
  ProcessError,
  describeExit,
  freePort,
  groupCpuSeconds,
  isPortFree,
  runProcess,
  spawnProcess,
  stopAllProcesses,
  tsxCommand,
  waitForExit,
  waitForHealth,
  waitForLine,
} from './process.js';
export type {
  OutputMode,
  ProcessFailure,
  ProcessExit,
  SpawnOptions,
  WaitForHealthOptions,
} from './process.js';
export { dataDir, defaultMeiliBin, repoRoot } from './paths.js';
export {
  DEFAULT_ADMIN_EMAIL,
  ENV_KEYS,
  defaultEnvPath,
  ensureAndLoadEnv,
  ensureEnvFile,
  generateAdminPassword,
  generateEnvValues,
  isValidAdminPassword,
  loadEnvFile,
} from './env.js';
export type { EnsureEnvResult } from './env.js';
export { ensureCmsAdminBuild, ensureCmsServerBuild, startCms } from './stack/cms.js';
export type { CmsHandle, StartCmsOptions } from './stack/cms.js';
export { startMeili } from './stack/meili.js';
export type { MeiliHandle, StartMeiliOptions } from './stack/meili.js';
export { INDEXER_READY_LINE, runIndexerRebuild, startIndexer } from './stack/indexer.js';
export type { IndexerHandle, IndexerOptions } from './stack/indexer.js';
export { startApi } from './stack/api.js';
export { LOCAL_CLIENT_ID, startSignIn } from './stack/idp.js';
export type { SignInHandle, SignInSettings, StartSignInOptions } from './stack/idp.js';
export type { ApiHandle, StartApiOptions } from './stack/api.js';
export { CONTENT_TYPES, contentTypeFor, serveStatic } from './stack/static.js';
export type { ServeStaticOptions, StaticServer } from './stack/static.js';
export { SITE_READY_LINE, startSitePublisher } from './stack/site.js';
export type { SitePublisherHandle, SitePublisherOptions } from './stack/site.js';
export { startPlatform, startStack } from './stack/stack.js';
export type { PlatformOptions, PlatformStack, Stack, StackOptions } from './stack/stack.js';
