/**
 * `npm start`: the whole stack on one machine.
 *
 * .env → Meilisearch → CMS build (when sources changed) → Strapi → seed → search-indexer → api →
 * public-site publisher (first build, then live re-publishing) → agent-portal build (when sources changed) →
 * static server → URL box.
 * Ctrl-C / SIGTERM stops everything in reverse order and exits 0. A failing step prints its name and
 * the last output lines of its process, stops what was started and exits 1.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DomainError, type DomainErrorCode } from '@neuvo/content-models/errors';
import { searchKeyFor } from '@neuvo/node-kit';
import { hashInputs, isUpToDate, writeStamp } from './build-stamp.js';
import { ensureAndLoadEnv } from '../kit/env.js';
import { dataDir, repoRoot } from '../kit/paths.js';
import {
  ProcessError,
  describeExit,
  isPortFree,
  runProcess,
  spawnProcess,
  stopAllProcesses,
  waitForHealth,
  type ManagedProcess,
} from '../kit/process.js';
import { startApi } from '../kit/stack/api.js';
import { startSignIn, type SignInHandle } from '../kit/stack/idp.js';
import { CMS_NODE_FLAGS } from '../kit/stack/cms.js';
import { startIndexer } from '../kit/stack/indexer.js';
import { servesMeiliDashboard, startMeili } from '../kit/stack/meili.js';
import { startSitePublisher } from '../kit/stack/site.js';
import { serveStatic } from '../kit/stack/static.js';

/** Settings of one `npm start`, read once from the environment (after `.env` is loaded). */
interface StartConfig {
  cmsPort: number;
  apiPort: number;
  portalPort: number;
  sitePort: number;
  meiliPort: number;
  /** The local sign-in provider's port; unused when `OIDC_ISSUER` points at a real provider. */
  idpPort: number;
  /** A real provider (`OIDC_ISSUER` in the environment): no local one is started. */
  externalIssuer: boolean;
  /** External Meilisearch; when unset one is started. */
  meiliUrl: string | undefined;
  meiliDataDir: string;
  secrets: {
    cmsWriteToken: string;
    cmsReadToken: string;
    meiliMasterKey: string;
    oidcClientSecret: string;
    contactEncryptionKeys: string;
    contactIndexKey: string;
    adminEmail: string;
    adminPassword: string;
  };
}

/** The stack cannot start: mostly its configuration (the message says what to set), else what failed. */
class StartError extends DomainError {
  override readonly name: string = 'StartError';
  constructor(message: string, code: DomainErrorCode = 'CONFIG_INVALID') {
    super(code, message);
  }
}

function readConfig(env: NodeJS.ProcessEnv): StartConfig {
  const problems: string[] = [];
  const port = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 65535)
      problems.push(`${name} must be a port number (1-65535)`);
    return value;
  };
  const secret = (name: string): string => {
    const value = env[name];
    if (!value) problems.push(`${name} is empty in .env (delete the line to have it generated again)`);
    return value ?? '';
  };
  const config: StartConfig = {
    cmsPort: port('CMS_PORT', 1337),
    apiPort: port('API_PORT', 4000),
    portalPort: port('PORTAL_PORT', 5173),
    sitePort: port('SITE_PORT', 5174),
    meiliPort: port('MEILI_PORT', 7700),
    idpPort: port('IDP_PORT', 4001),
    externalIssuer: Boolean(env.OIDC_ISSUER),
    meiliUrl: env.MEILI_URL ? env.MEILI_URL.replace(/\/+$/, '') : undefined,
    meiliDataDir: env.MEILI_DATA_DIR || join(dataDir, 'meili'),
    secrets: {
      cmsWriteToken: secret('CMS_WRITE_TOKEN'),
      cmsReadToken: secret('CMS_READ_TOKEN'),
      meiliMasterKey: secret('MEILI_MASTER_KEY'),
      oidcClientSecret: secret('OIDC_CLIENT_SECRET'),
      contactEncryptionKeys: secret('CONTACT_ENCRYPTION_KEYS'),
      contactIndexKey: secret('CONTACT_INDEX_KEY'),
      adminEmail: secret('STRAPI_ADMIN_EMAIL'),
      adminPassword: secret('STRAPI_ADMIN_PASSWORD'),
    },
  };
  if (problems.length > 0) throw new StartError(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return config;
}

/** Something started that must be stopped on the way out, in reverse order. */
interface Running {
  name: string;
  stop(): Promise<void>;
  /** Long-running child whose unexpected exit brings the stack down. */
  process?: ManagedProcess;
}

const running: Running[] = [];
let shutdown: Promise<void> | undefined;
let signalled = false;
let currentStep = '';

const tty = process.stdout.isTTY;
const startedAt = Date.now();
const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const say = (message: string): void => console.log(`${tty ? '\x1b[1m[start]\x1b[0m' : '[start]'} ${message}`);

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  currentStep = name;
  const t0 = Date.now();
  say(`▶ ${name}`);
  const result = await run();
  say(`✓ ${name} (${seconds(t0)})`);
  return result;
}

function track(item: Running): void {
  running.push(item);
  void item.process?.exited.then((exit) => {
    if (shutdown) return;
    void fail(
      `${item.name} stopped unexpectedly`,
      new ProcessError('EXITED', item.name, `${item.name} ${describeExit(exit)}`, item.process?.tail() ?? []),
    );
  });
}

/** Stops what was started, in reverse order, then any child still running (a build mid-way). Runs once. */
function stopEverything(): Promise<void> {
  shutdown ??= (async () => {
    for (const item of [...running].reverse()) {
      const t0 = Date.now();
      try {
        await item.stop();
        say(`stopped ${item.name} (${seconds(t0)})`);
      } catch (error) {
        say(`could not stop ${item.name}: ${(error as Error).message}`);
      }
    }
    await stopAllProcesses();
  })();
  return shutdown;
}

async function fail(what: string, error: unknown): Promise<never> {
  if (!shutdown) {
    console.error(`\n${tty ? '\x1b[31m' : ''}[start] ✗ ${what}${tty ? '\x1b[0m' : ''}`);
    console.error(error instanceof Error ? error.message : String(error));
  }
  await stopEverything();
  // A step that fails because Ctrl-C stopped its process is not a failure.
  process.exit(signalled ? 0 : 1);
}

async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new StartError(
      `port ${port} for ${what} is already in use (another npm start?); stop it or set ${envName}`,
    );
  }
}

function npmRun(
  name: string,
  workspace: string,
  script: string,
  env: Record<string, string | undefined> = {},
) {
  return runProcess({
    name,
    command: 'npm',
    args: ['run', script, '-w', workspace, '--silent'],
    cwd: repoRoot,
    env,
    output: 'prefix',
    timeoutMs: 15 * 60_000,
  });
}

function printBox(lines: readonly (readonly [string, string])[]): void {
  const labelWidth = Math.max(...lines.map(([label]) => label.length));
  const rows = lines.map(([label, value]) => (label ? `${label.padEnd(labelWidth)}  ${value}` : ''));
  const width = Math.max(...rows.map((row) => row.length));
  const bar = '─'.repeat(width + 2);
  const out = [`┌${bar}┐`, ...rows.map((row) => `│ ${row.padEnd(width)} │`), `└${bar}┘`];
  console.log('\n' + out.join('\n') + '\n');
}

async function main(): Promise<void> {
  let signalledAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (signalled) {
        // A second Ctrl-C forces the exit (the exit hook SIGKILLs the rest). Repeats within a second
        // are the same Ctrl-C arriving twice: the terminal signals the whole process group and the
        // tsx CLI in front of this process may relay it once more.
        if (Date.now() - signalledAt > 1_000) process.exit(130);
        return;
      }
      signalled = true;
      signalledAt = Date.now();
      say(`${signal}: stopping everything (press Ctrl-C again to force)`);
      void stopEverything().then(() => process.exit(0));
    });
  }

  const envResult = await step('.env', async () => ensureAndLoadEnv());
  if (envResult.created) say(`created ${envResult.path} with generated secrets (mode 0600, never commit it)`);
  else if (envResult.added.length > 0) say(`added to ${envResult.path}: ${envResult.added.join(', ')}`);
  const config = readConfig(process.env);
  const { secrets } = config;
  const production = process.env.NODE_ENV === 'production';
  // .data holds the SQLite files (drafts, agent-only content, password hashes, token digests) and Meilisearch's
  // data: owner-only, also when an older start or `npm install` created it world-readable.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);

  await step('check ports', async () => {
    await assertPortFree(config.cmsPort, 'Strapi', 'CMS_PORT');
    await assertPortFree(config.apiPort, 'the api', 'API_PORT');
    await assertPortFree(config.portalPort, 'the agent portal', 'PORTAL_PORT');
    if (!config.externalIssuer)
      await assertPortFree(config.idpPort, 'the local sign-in provider', 'IDP_PORT');
    await assertPortFree(config.sitePort, 'the public site', 'SITE_PORT');
    if (!config.meiliUrl) await assertPortFree(config.meiliPort, 'Meilisearch', 'MEILI_PORT');
  });

  const meili = await step('meilisearch', async () => {
    if (config.meiliUrl) {
      const res = await fetch(`${config.meiliUrl}/health`).catch((error: unknown) => {
        throw new StartError(
          `MEILI_URL=${config.meiliUrl} does not answer: ${(error as Error).message}`,
          'UPSTREAM_UNAVAILABLE',
        );
      });
      if (!res.ok)
        throw new StartError(
          `MEILI_URL=${config.meiliUrl}/health answered HTTP ${res.status}`,
          'UPSTREAM_UNAVAILABLE',
        );
      if (production && (await servesMeiliDashboard(config.meiliUrl)))
        throw new StartError(
          `MEILI_URL=${config.meiliUrl} runs in development mode (it serves its dashboard): start it with --env production`,
          'CONFIG_INVALID',
        );
      say(`using the external Meilisearch at ${config.meiliUrl}`);
      return { url: config.meiliUrl };
    }
    const started = await startMeili({
      dataDir: config.meiliDataDir,
      port: config.meiliPort,
      masterKey: secrets.meiliMasterKey,
      output: 'prefix',
      logLevel: 'WARN',
      // NODE_ENV=production: no mini-dashboard, and Meilisearch itself refuses a short master key.
      environment: production ? 'production' : 'development',
    });
    say(`meilisearch ${started.url}, data in ${started.dataDir}`);
    track({ name: 'meilisearch', stop: started.stop, process: started.process });
    return { url: started.url };
  });

  await step('cms build', async () => {
    const inputs = [
      'cms/src',
      'cms/config',
      'cms/database',
      'cms/package.json',
      'cms/tsconfig.json',
      'content-models/dist',
    ];
    const hash = hashInputs(inputs, strapiVersion());
    if (isUpToDate('cms-build', hash, ['cms/dist/src/index.js', 'cms/dist/build/index.html'])) {
      say('cms sources unchanged since the last build, skipping');
      return;
    }
    await npmRun('cms build', '@neuvo/cms', 'build');
    writeStamp('cms-build', hash);
  });

  const cmsUrl = `http://127.0.0.1:${config.cmsPort}`;
  // A person watches `npm start`: readable log lines unless LOG_FORMAT asks for JSON.
  const logFormat = process.env.LOG_FORMAT || 'pretty';
  await step('strapi', async () => {
    const strapi = await startStrapi(config.cmsPort);
    track({
      name: 'strapi',
      stop: async () => void (await strapi.stop({ timeoutMs: 15_000 })),
      process: strapi,
    });
  });

  await step('seed', async () => {
    await npmRun('seed', '@neuvo/cms', 'seed', { CMS_URL: cmsUrl, CMS_WRITE_TOKEN: secrets.cmsWriteToken });
  });

  await step('search-indexer', async () => {
    const indexer = await startIndexer({
      cmsUrl,
      cmsWriteToken: secrets.cmsWriteToken,
      meiliUrl: meili.url,
      meiliMasterKey: secrets.meiliMasterKey,
      env: { LOG_FORMAT: logFormat },
      output: 'prefix',
    });
    track({ name: 'search-indexer', stop: indexer.stop, process: indexer.process });
  });

  // The sample agents and supervisors sign in at a local provider, unless OIDC_ISSUER names a real one.
  const portalUrl = `http://127.0.0.1:${config.portalPort}`;
  const signIn: SignInHandle | undefined = config.externalIssuer
    ? undefined
    : await step('local sign-in provider', async () => {
        const started = await startSignIn({
          apiPort: config.apiPort,
          portalUrl,
          clientSecret: secrets.oidcClientSecret,
          port: config.idpPort,
        });
        track({ name: 'local sign-in provider', stop: started.stop });
        return started;
      });

  const api = await step('api', async () => {
    const started = await startApi({
      port: config.apiPort,
      cmsUrl,
      cmsReadToken: secrets.cmsReadToken,
      meiliUrl: meili.url,
      meiliSearchKey: searchKeyFor(secrets.meiliMasterKey),
      ...(signIn ? { signIn: signIn.settings } : {}),
      // The operational store: PostgreSQL when API_DATABASE_URL or DATABASE_URL is set, else .data/api.db.
      env: {
        API_DATABASE_FILENAME: process.env.API_DATABASE_FILENAME || join(dataDir, 'api.db'),
        API_DATABASE_URL: process.env.API_DATABASE_URL || process.env.DATABASE_URL || undefined,
        // The kit turns the per-client rate limits off for tests; here the configured values or the api's defaults.
        RATE_LIMIT_ANONYMOUS: process.env.RATE_LIMIT_ANONYMOUS || undefined,
        RATE_LIMIT_AGENT: process.env.RATE_LIMIT_AGENT || undefined,
        LOG_FORMAT: logFormat,
        // The contact log's keys from .env (generated on first start): identity codes stay readable across restarts.
        CONTACT_ENCRYPTION_KEYS: secrets.contactEncryptionKeys,
        CONTACT_INDEX_KEY: secrets.contactIndexKey,
      },
      output: 'prefix',
    });
    track({ name: 'api', stop: started.stop, process: started.process });
    return started;
  });

  // The first build happens here, before the URL box; afterwards the publisher rebuilds the site whenever a guide is
  // published, edited or unpublished, and serves each new build as soon as it is complete.
  const site = await step('public-site publisher', async () => {
    const started = await startSitePublisher({
      apiGraphqlUrl: api.graphqlUrl,
      cmsUrl,
      cmsWriteToken: secrets.cmsWriteToken,
      port: config.sitePort,
      // SITE_REBUILD_DEBOUNCE_MS, SITE_OUTBOX_WAIT_MS and PUBLIC_API_URL reach it from this environment.
      publishDir: process.env.SITE_PUBLISH_DIR || join(dataDir, 'site'),
      output: 'prefix',
    });
    track({ name: 'public-site publisher', stop: started.stop, process: started.process });
    return started;
  });

  await step('agent-portal build', async () => {
    const inputs = [
      'agent-portal/src',
      'agent-portal/public',
      'agent-portal/index.html',
      'agent-portal/vite.config.ts',
      'agent-portal/package.json',
      'agent-portal/tsconfig.json',
      'content-models/dist',
      // The portal's operations, their generated types and its GraphQL client.
      'graphql-contract/src',
    ];
    const hash = hashInputs(inputs);
    if (isUpToDate('agent-portal-build', hash, ['agent-portal/dist/index.html'])) {
      say('agent-portal sources unchanged since the last build, skipping');
      return;
    }
    await npmRun('portal build', '@neuvo/agent-portal', 'build');
    writeStamp('agent-portal-build', hash);
  });

  const portal = await step('static server', async () => {
    const portalDir = join(repoRoot, 'agent-portal', 'dist');
    if (!existsSync(portalDir))
      throw new StartError(`${portalDir} does not exist after the build`, 'INTERNAL');
    const portal = await serveStatic(portalDir, config.portalPort, {
      spaFallback: true,
      extraFiles: { '/config.json': { apiUrl: api.graphqlUrl } },
    });
    track({ name: 'agent-portal server', stop: portal.close });
    return portal;
  });

  currentStep = '';
  printBox([
    ['Neuvo is running', `(started in ${seconds(startedAt)}; Ctrl-C stops everything)`],
    ['', ''],
    ['Agent portal', `${portal.url}/`],
    ['Public site (fi)', `${site.url}/`],
    ['Public site (sv)', `${site.url}/sv/`],
    ['Public site (en)', `${site.url}/en/`],
    ['Site status', site.statusUrl],
    ['GraphQL', api.graphqlUrl],
    ['Strapi admin', `${cmsUrl}/admin`],
    ['Meilisearch', meili.url],
    ['', ''],
    ['Admin login', `${secrets.adminEmail} / ${secrets.adminPassword}`],
    ...(signIn
      ? [
          ['', ''] as const,
          ['Sign-in provider', `${signIn.idp.issuer} (local, sample users)`] as const,
          ...signIn.idp.users.map((u) => [`  ${u.name}`, `${u.username} / ${u.password}`] as const),
        ]
      : []),
    ['Secrets', join(repoRoot, '.env')],
  ]);
}

/**
 * `strapi start` in cms/ on the persistent database (`.data/cms.db`, or `DATABASE_URL`) with the
 * secrets, admin login and API tokens from `.env` (already in process.env), admin panel served.
 * (`startCms` from ./stack/cms.ts is the test variant: throwaway database, generated secrets.)
 */
async function startStrapi(port: number): Promise<ManagedProcess> {
  const cmsDir = join(repoRoot, 'cms');
  const require = createRequire(join(cmsDir, 'package.json'));
  const bin = join(dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
  const proc = spawnProcess({
    name: 'strapi',
    command: process.execPath,
    args: [...CMS_NODE_FLAGS, bin, 'start'],
    cwd: cmsDir,
    env: {
      CMS_HOST: '127.0.0.1',
      CMS_PORT: String(port),
      CMS_SERVE_ADMIN: 'true',
      STRAPI_TELEMETRY_DISABLED: 'true',
    },
    output: 'prefix',
    // Keep Strapi's per-request log lines (the indexer polls the outbox several times a second, the
    // site build reads every guide) out of the terminal; they stay in the buffer shown on failure.
    quiet: /\bhttp: [A-Z]+ \//,
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}/_health`, {
      process: proc,
      timeoutMs: 180_000,
      intervalMs: 200,
    });
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return proc;
}

/** Part of the CMS build stamp: a Strapi upgrade needs a new admin build. */
function strapiVersion(): string {
  try {
    const require = createRequire(join(repoRoot, 'cms', 'package.json'));
    const manifest = readFileSync(require.resolve('@strapi/strapi/package.json'), 'utf8');
    return (JSON.parse(manifest) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) =>
  fail(currentStep ? `step "${currentStep}" failed` : 'npm start failed', error),
);
