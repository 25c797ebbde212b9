import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import {
  freePort,
  spawnProcess,
  tsxCommand,
  waitForHealth,
  type ManagedProcess,
  type OutputMode,
} from '../process.js';
import type { SignInSettings } from './idp.js';

/** Options for {@link startApi}. */
export interface StartApiOptions {
  /** Default: a free port. */
  port?: number;
  cmsUrl: string;
  cmsReadToken: string;
  meiliUrl: string;
  /** The search-only key (see `searchKeyFor` in `@neuvo/search-indexer`). */
  meiliSearchKey: string;
  /** Staff sign-in (see `startSignIn`); without it the api has no sign-in and answers everyone as a citizen. */
  signIn?: SignInSettings;
  /**
   * More variables for the api (e.g. `CORS_ORIGINS`, or `RATE_LIMIT_ANONYMOUS` / `RATE_LIMIT_AGENT`, which the kit
   * sets to 0 = unlimited); `undefined` removes one. Without `API_DATABASE_URL` or
   * `API_DATABASE_FILENAME` here, the api gets a throwaway SQLite file (removed by `stop()`), never the
   * `DATABASE_URL` of the surrounding environment.
   */
  env?: Readonly<Record<string, string | undefined>>;
  output?: OutputMode;
  /** How long to wait for /health (default 60 s). */
  timeoutMs?: number;
}

/** A running api started by {@link startApi}. */
export interface ApiHandle {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `<url>/graphql` */
  graphqlUrl: string;
  port: number;
  process: ManagedProcess;
  stop(): Promise<void>;
}

/** Starts the api (`tsx api/src/main.ts`) and resolves once `GET /health` answers 2xx. */
export async function startApi(options: StartApiOptions): Promise<ApiHandle> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const { command, args } = tsxCommand(join(repoRoot, 'api', 'src', 'main.ts'));
  const ownsDatabase =
    options.env?.['API_DATABASE_URL'] === undefined && options.env?.['API_DATABASE_FILENAME'] === undefined;
  const databaseDir = ownsDatabase ? mkdtempSync(join(tmpdir(), 'neuvo-api-')) : undefined;
  const removeDatabase = () => {
    if (databaseDir) rmSync(databaseDir, { recursive: true, force: true });
  };
  const proc = spawnProcess({
    name: 'api',
    command,
    args,
    cwd: join(repoRoot, 'api'),
    env: {
      // Tests and benchmarks send many requests from 127.0.0.1 (the search benchmark: 16 clients as fast as they
      // can): no per-client rate limit unless the caller sets one. The per-operation cost limit stays on.
      RATE_LIMIT_ANONYMOUS: '0',
      RATE_LIMIT_AGENT: '0',
      // Fresh contact log keys for a throwaway store (npm start passes the ones kept in .env).
      CONTACT_ENCRYPTION_KEYS: `kit:${randomBytes(32).toString('base64url')}`,
      CONTACT_INDEX_KEY: randomBytes(32).toString('base64url'),
      ...(databaseDir
        ? {
            API_DATABASE_FILENAME: join(databaseDir, 'api.db'),
            API_DATABASE_URL: undefined,
            DATABASE_URL: undefined,
          }
        : {}),
      ...options.env,
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      CMS_URL: options.cmsUrl,
      CMS_READ_TOKEN: options.cmsReadToken,
      MEILI_URL: options.meiliUrl,
      MEILI_SEARCH_KEY: options.meiliSearchKey,
      ...(options.signIn
        ? {
            OIDC_ISSUER: options.signIn.issuer,
            OIDC_CLIENT_ID: options.signIn.clientId,
            OIDC_CLIENT_SECRET: options.signIn.clientSecret,
            PORTAL_URL: options.signIn.portalUrl,
          }
        : {}),
      // The api must never see the indexer's or the CMS's secrets.
      MEILI_MASTER_KEY: undefined,
      CMS_WRITE_TOKEN: undefined,
    },
    output: options.output,
  });
  try {
    await waitForHealth(`${url}/health`, { process: proc, timeoutMs: options.timeoutMs ?? 60_000 });
  } catch (error) {
    await proc.stop();
    removeDatabase();
    throw error;
  }
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    port,
    process: proc,
    stop: async () => {
      await proc.stop();
      removeDatabase();
    },
  };
}
