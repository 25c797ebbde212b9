import { LOG_FORMATS, type LogFormat } from '@neuvo/node-kit';
import { FINNISH_ANALYSIS_MODES, type FinnishAnalysisMode } from '@neuvo/analysis';
import { z } from 'zod';
import { ConfigError, OUTBOX_MAX_WAIT_MS } from './content.js';

export { ConfigError };

/** The indexer's configuration, read once at start-up. */
export interface IndexerConfig {
  /** Strapi base URL (REST under `/api`). */
  readonly cmsUrl: string;
  /** Full-access Strapi API token (outbox + published content). */
  readonly cmsWriteToken: string;
  /** Meilisearch base URL. */
  readonly meiliUrl: string;
  /** Meilisearch master key (creates indexes, keys, settings). */
  readonly meiliMasterKey: string;
  /** Pause between outbox polls when there is nothing left to apply, in milliseconds. */
  readonly pollMs: number;
  /** Long poll: how long the cms may hold an empty outbox read until something is published (0 = plain polling). */
  readonly outboxWaitMs: number;
  /** How Finnish is analysed: Voikko when installed (`auto`), Voikko or refuse to start (`voikko`), Snowball only. */
  readonly finnishAnalysis: FinnishAnalysisMode;
  /** libvoikko's path when it is not where the system's loader finds `libvoikko.so.1`. */
  readonly voikkoLibrary: string | undefined;
  /** How log lines are written: JSON lines (default) or readable lines (`npm start`). */
  readonly logFormat: LogFormat;
}

const httpUrl = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }));

const EnvSchema = z.object({
  CMS_URL: httpUrl.default('http://127.0.0.1:1337'),
  CMS_WRITE_TOKEN: z.string().trim().min(1),
  MEILI_URL: httpUrl.default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.string().trim().min(16, 'at least 16 bytes'),
  INDEXER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  INDEXER_OUTBOX_WAIT_MS: z.coerce.number().int().min(0).max(OUTBOX_MAX_WAIT_MS).default(10_000),
  FINNISH_ANALYSIS: z.enum(FINNISH_ANALYSIS_MODES).default('auto'),
  VOIKKO_LIBRARY: z.string().trim().min(1).optional(),
  LOG_FORMAT: z.enum(LOG_FORMATS).default('json'),
});

const HINTS: Record<keyof z.infer<typeof EnvSchema>, string> = {
  CMS_URL: 'Strapi base URL, e.g. http://127.0.0.1:1337',
  CMS_WRITE_TOKEN: 'the full-access Strapi API token value',
  MEILI_URL: 'Meilisearch base URL, e.g. http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'the Meilisearch master key (at least 16 bytes)',
  INDEXER_POLL_MS: 'outbox poll interval in milliseconds (10-60000)',
  INDEXER_OUTBOX_WAIT_MS: `how long the cms may hold an empty outbox read, in milliseconds (0-${OUTBOX_MAX_WAIT_MS}; 0 = poll)`,
  FINNISH_ANALYSIS: `how Finnish is analysed: ${FINNISH_ANALYSIS_MODES.join(' | ')} (default auto)`,
  VOIKKO_LIBRARY: 'path of libvoikko (default: libvoikko.so.1 from the system)',
  LOG_FORMAT: `how log lines are written: ${LOG_FORMATS.join(' | ')} (default json)`,
};

/**
 * Reads and validates the indexer's environment variables into a frozen {@link IndexerConfig}.
 * Secrets have no defaults: a missing `CMS_WRITE_TOKEN` or `MEILI_MASTER_KEY` refuses to start.
 *
 * @param env - the environment to read (`process.env` in `main.ts`; nothing else reads it)
 * @throws {@link ConfigError} naming every missing or invalid variable
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): IndexerConfig {
  // Empty strings count as unset, so `FOO=` in a .env file gets the default or a clear error.
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((name) => [name, env[name] === '' ? undefined : env[name]]),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?') as keyof typeof HINTS;
      const state = present[name] === undefined ? 'missing' : `invalid (${issue.message})`;
      return { name, text: `  ${name}: ${state}; ${HINTS[name]}` };
    });
    const names = [...new Set(lines.map((line) => line.name))];
    // ConfigError (content-models): `variables` names every variable that is missing or invalid.
    throw new ConfigError(
      `search-indexer: invalid configuration, set these environment variables:\n${lines.map((l) => l.text).join('\n')}`,
      { variables: names, problems: lines.map((l) => l.text.trim()) },
    );
  }
  const value = parsed.data;
  return Object.freeze({
    cmsUrl: value.CMS_URL.replace(/\/+$/, ''),
    cmsWriteToken: value.CMS_WRITE_TOKEN,
    meiliUrl: value.MEILI_URL.replace(/\/+$/, ''),
    meiliMasterKey: value.MEILI_MASTER_KEY,
    pollMs: value.INDEXER_POLL_MS,
    outboxWaitMs: value.INDEXER_OUTBOX_WAIT_MS,
    finnishAnalysis: value.FINNISH_ANALYSIS,
    voikkoLibrary: value.VOIKKO_LIBRARY,
    logFormat: value.LOG_FORMAT,
  });
}
