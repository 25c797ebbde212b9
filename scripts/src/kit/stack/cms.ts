/**
 * Test kit: a real Strapi (the `cms` package) as a child process, on a throwaway database.
 *
 * `startCms()` makes sure the server build (`cms/dist`, TypeScript only — no admin panel) is current,
 * starts `strapi start` on a free port with generated secrets, a super admin and the two API tokens
 * (CMS_WRITE_TOKEN full access, CMS_READ_TOKEN read-only), and resolves once `GET /_health` answers.
 * The database is a fresh SQLite file in a temp dir, or a fresh PostgreSQL database created next to
 * `DATABASE_URL` (dropped again by `stop()`).
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateAdminPassword } from '../env.js';
import { dataDir, repoRoot } from '../paths.js';
import {
  freePort,
  runProcess,
  spawnProcess,
  waitForHealth,
  type ManagedProcess,
  type OutputMode,
} from '../process.js';

const cmsDir = join(repoRoot, 'cms');
const distDir = join(cmsDir, 'dist');
const buildStamp = join(distDir, '.neuvo-server-build');
// Resolve the CMS's own dependencies (strapi, typescript, pg) the way the cms package sees them.
const cmsRequire = createRequire(join(cmsDir, 'package.json'));
const strapiBin = join(dirname(cmsRequire.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

/**
 * V8 old-space cap for Strapi. Its live heap stays around 150 MB even during a national-scale PTV sync,
 * but with V8's default limit (a quarter of RAM) the heap grows lazily to 600–1 000 MB before collecting;
 * the cap makes the collector keep the resident size near the live set (measured: cms/README.md, PTV sync).
 */
export const CMS_NODE_FLAGS = ['--max-old-space-size=384'] as const;

/** Options for {@link startCms}. */
export interface StartCmsOptions {
  /** Default: a free port. */
  port?: number;
  /**
   * `'sqlite'`: a new SQLite file in a temp dir. `{ postgresUrl }`: a new database on that server
   * (the URL's own database is only used to create and drop it). Default: `{ postgresUrl: DATABASE_URL }`
   * when DATABASE_URL is set, else `'sqlite'`.
   */
  database?: 'sqlite' | { postgresUrl: string };
  /** More variables for Strapi (e.g. `CMS_SERVE_ADMIN: 'true'`); `undefined` removes one. */
  env?: Readonly<Record<string, string | undefined>>;
  output?: OutputMode;
  /** How long to wait for /_health (default 120 s). */
  timeoutMs?: number;
}

/** A running CMS started by {@link startCms}. */
export interface CmsHandle {
  /** `http://127.0.0.1:<port>` (REST at `/api`). */
  url: string;
  port: number;
  /** Value of the full-access API token (CMS_WRITE_TOKEN). */
  writeToken: string;
  /** Value of the read-only API token (CMS_READ_TOKEN). */
  readToken: string;
  adminEmail: string;
  adminPassword: string;
  /** The database Strapi uses: a SQLite file path or a postgres:// URL. */
  database: string;
  /**
   * The variables Strapi was started with (secrets included), for a second process on the same app and database
   * (e.g. a bulk loader using the Document Service). Keep it out of logs.
   */
  env: Readonly<Record<string, string | undefined>>;
  process: ManagedProcess;
  /** Stops Strapi (the whole process group) and removes its database. */
  stop(): Promise<void>;
}

function newestMtime(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function serverBuildIsCurrent(): boolean {
  if (!existsSync(buildStamp) || !existsSync(join(distDir, 'src', 'index.js'))) return false;
  const sources = Math.max(
    newestMtime(join(cmsDir, 'src')),
    newestMtime(join(cmsDir, 'config')),
    newestMtime(join(cmsDir, 'tsconfig.json')),
  );
  return sources <= statSync(buildStamp).mtimeMs;
}

/**
 * Compiles the CMS server (`npm run build:server -w @neuvo/cms`, i.e. tsc) when `cms/dist` is missing
 * or older than its sources. Parallel test files share one build through a lock directory.
 */
export async function ensureCmsServerBuild(
  options: { output?: OutputMode; timeoutMs?: number } = {},
): Promise<void> {
  if (serverBuildIsCurrent()) return;
  await withBuildLock(options.timeoutMs, async () => {
    if (serverBuildIsCurrent()) return; // built by whoever held the lock
    await stampedBuild(() =>
      runProcess({
        name: 'cms-build',
        command: process.execPath,
        args: [cmsRequire.resolve('typescript/bin/tsc'), '-p', join(cmsDir, 'tsconfig.json')],
        cwd: cmsDir,
        output: options.output,
        timeoutMs: options.timeoutMs ?? 5 * 60_000,
      }),
    );
  });
}

const adminIndex = join(distDir, 'build', 'index.html');

function adminBuildIsCurrent(): boolean {
  if (!existsSync(adminIndex) || !serverBuildIsCurrent()) return false;
  // The admin panel bundles content-models (labels, locales, evaluators) besides its own sources.
  const sources = Math.max(
    newestMtime(join(cmsDir, 'src', 'admin')),
    newestMtime(join(repoRoot, 'content-models', 'src')),
  );
  return sources <= statSync(adminIndex).mtimeMs;
}

/**
 * Builds the CMS with its admin panel (`strapi build`: the server's TypeScript and the React admin, about a
 * minute) when the panel is missing or older than its sources, for tests that use the admin in a browser. Shares
 * the server build's lock: `strapi build` rewrites `cms/dist` as a whole.
 */
export async function ensureCmsAdminBuild(
  options: { output?: OutputMode; timeoutMs?: number } = {},
): Promise<void> {
  if (adminBuildIsCurrent()) return;
  await withBuildLock(options.timeoutMs, async () => {
    if (adminBuildIsCurrent()) return;
    await stampedBuild(() =>
      runProcess({
        name: 'cms-admin-build',
        command: process.execPath,
        args: [strapiBin, 'build'],
        cwd: cmsDir,
        env: { STRAPI_TELEMETRY_DISABLED: 'true' },
        output: options.output,
        timeoutMs: options.timeoutMs ?? 10 * 60_000,
      }),
    );
  });
}

/** Runs a build of `cms/dist` and stamps the server build with the build's start time. */
async function stampedBuild(build: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  await build();
  // Stamp with the build's start time: a source saved during the build triggers the next build.
  writeFileSync(buildStamp, `${new Date(started).toISOString()}\n`);
  utimesSync(buildStamp, started / 1000, started / 1000);
}

/** One build of `cms/dist` at a time across parallel test files: a lock directory (mkdir is atomic). */
async function withBuildLock(timeoutMs: number | undefined, build: () => Promise<void>): Promise<void> {
  const lockDir = join(dataDir, 'locks', 'cms-server-build');
  mkdirSync(join(dataDir, 'locks'), { recursive: true });
  const deadline = Date.now() + (timeoutMs ?? 5 * 60_000);
  for (;;) {
    try {
      mkdirSync(lockDir); // atomic: exactly one process gets it
      break;
    } catch {
      // Someone else is building. A lock older than 5 minutes is left over from a killed run.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 5 * 60_000)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // it disappeared meanwhile
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the CMS build lock ${lockDir}`);
      await sleep(200);
    }
  }
  try {
    await build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

// --- PostgreSQL: a throwaway database per CMS ---------------------------------------------------

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

async function withPg<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const { Client } = cmsRequire('pg') as { Client: new (config: { connectionString: string }) => PgClient };
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createPgDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `neuvo_cms_test_${randomBytes(6).toString('hex')}`;
  await withPg(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withPg(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

// --- start -----------------------------------------------------------------------------------------

const secret = () => randomBytes(24).toString('base64url');

/** Starts the CMS on a fresh database; see the module comment. */
export async function startCms(options: StartCmsOptions = {}): Promise<CmsHandle> {
  await ensureCmsServerBuild({ output: options.output });

  const database =
    options.database ?? (process.env.DATABASE_URL ? { postgresUrl: process.env.DATABASE_URL } : 'sqlite');
  const cleanups: Array<() => Promise<void> | void> = [];
  let databaseEnv: Record<string, string | undefined>;
  let databaseLabel: string;
  if (database === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'neuvo-cms-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    databaseLabel = join(dir, 'cms.db');
    databaseEnv = { DATABASE_URL: undefined, DATABASE_FILENAME: databaseLabel };
  } else {
    const db = await createPgDatabase(database.postgresUrl);
    cleanups.push(db.drop);
    databaseLabel = db.url;
    databaseEnv = { DATABASE_URL: db.url, DATABASE_FILENAME: undefined };
  }
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn();
  };

  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const writeToken = randomBytes(32).toString('hex');
  const readToken = randomBytes(32).toString('hex');
  const adminEmail = 'admin@neuvo.test';
  const adminPassword = generateAdminPassword();

  const env = {
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    CMS_HOST: '127.0.0.1',
    CMS_PORT: String(port),
    CMS_PUBLIC_URL: undefined,
    CMS_SERVE_ADMIN: 'false',
    STRAPI_ADMIN_EMAIL: adminEmail,
    STRAPI_ADMIN_PASSWORD: adminPassword,
    CMS_WRITE_TOKEN: writeToken,
    CMS_READ_TOKEN: readToken,
    ...databaseEnv,
    ...options.env,
  };
  const proc = spawnProcess({
    name: 'cms',
    command: process.execPath,
    args: [
      ...CMS_NODE_FLAGS,
      strapiBin,
      'start',
    ],
    cwd: cmsDir,
    env,
    output: options.output,
  });

  const stop = async (): Promise<void> => {
    await proc.stop({ timeoutMs: 15_000 });
    await cleanup();
  };
  try {
    await waitForHealth(`${url}/_health`, {
      process: proc,
      timeoutMs: options.timeoutMs ?? 120_000,
      intervalMs: 200,
    });
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    url,
    port,
    writeToken,
    readToken,
    adminEmail,
    adminPassword,
    database: databaseLabel,
    env,
    process: proc,
    stop,
  };
}
