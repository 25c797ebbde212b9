import { join } from 'node:path';
import { repoRoot } from '../paths.js';
import {
  runProcess,
  spawnProcess,
  tsxCommand,
  waitForLine,
  type ManagedProcess,
  type OutputMode,
} from '../process.js';

/** Options for {@link startIndexer} and {@link runIndexerRebuild}. */
export interface IndexerOptions {
  cmsUrl: string;
  /** Full-access Strapi API token value. */
  cmsWriteToken: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Outbox poll interval (`INDEXER_POLL_MS`); default: the indexer's own (250 ms). */
  pollMs?: number;
  /** More variables; `undefined` removes one. */
  env?: Readonly<Record<string, string | undefined>>;
  output?: OutputMode;
  /** How long to wait for readiness or for the rebuild (default 120 s). */
  timeoutMs?: number;
}

/** A running search-indexer started by {@link startIndexer}. */
export interface IndexerHandle {
  process: ManagedProcess;
  stop(): Promise<void>;
}

/**
 * The log event `search-indexer/src/main.ts` writes once the indexes are in sync and it is polling (as a JSON line or,
 * under `LOG_FORMAT=pretty`, a readable one).
 */
export const INDEXER_READY_LINE = /"event":"indexer_ready"|search-indexer indexer_ready\b/;

function indexerProcess(options: IndexerOptions, args: string[]) {
  const { command, args: fullArgs } = tsxCommand(join(repoRoot, 'search-indexer', 'src', 'main.ts'), args);
  return {
    name: 'search-indexer',
    command,
    args: fullArgs,
    cwd: join(repoRoot, 'search-indexer'),
    env: {
      ...options.env,
      CMS_URL: options.cmsUrl,
      CMS_WRITE_TOKEN: options.cmsWriteToken,
      MEILI_URL: options.meiliUrl,
      MEILI_MASTER_KEY: options.meiliMasterKey,
      ...(options.pollMs !== undefined ? { INDEXER_POLL_MS: String(options.pollMs) } : {}),
    },
    output: options.output,
  };
}

/**
 * Starts the indexer in follow mode (`tsx search-indexer/src/main.ts`): it sets up Meilisearch
 * (indexes, settings, the search-only key), rebuilds when its cursor is missing, then follows the CMS
 * outbox. Resolves once it prints its ready line.
 */
export async function startIndexer(options: IndexerOptions): Promise<IndexerHandle> {
  const proc = spawnProcess(indexerProcess(options, []));
  try {
    await waitForLine(proc, INDEXER_READY_LINE, { timeoutMs: options.timeoutMs ?? 120_000 });
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return {
    process: proc,
    stop: async () => {
      await proc.stop();
    },
  };
}

/** Runs one full rebuild (`main.ts --rebuild`) and resolves when it exited with code 0. */
export async function runIndexerRebuild(options: IndexerOptions): Promise<ManagedProcess> {
  return runProcess({ ...indexerProcess(options, ['--rebuild']), timeoutMs: options.timeoutMs ?? 120_000 });
}
