/**
 * The search-indexer process. `tsx src/main.ts` runs the poll loop until SIGINT/SIGTERM;
 * `tsx src/main.ts --rebuild` sets up Meilisearch, runs one full rebuild and exits.
 */
import { createLogger } from '@neuvo/node-kit';
import { ConfigError, loadConfig } from './config.js';
import { describeError } from './describe-error.js';
import { createIndexer } from './indexer.js';

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--rebuild');
  if (unknown.length > 0) {
    console.error(`search-indexer: unknown argument(s): ${unknown.join(' ')} (usage: main.ts [--rebuild])`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const log = createLogger({ service: 'search-indexer', format: config.logFormat });
  const indexer = createIndexer({ config, log });

  if (argv.includes('--rebuild')) {
    try {
      await indexer.rebuild(); // includes setup
      return 0;
    } catch (error) {
      log.error('rebuild_failed', { error: describeError(error) });
      return 1;
    }
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal, after: 'the current step' });
    void indexer.stop().then(() => {
      log.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  log.info('starting', { cmsUrl: config.cmsUrl, meiliUrl: config.meiliUrl, pollMs: config.pollMs });
  await indexer.start();
  // `indexer_ready` is what the orchestration waits for (INDEXER_READY_LINE in the scripts).
  if (!stopping) log.info('indexer_ready', { state: 'indexes in sync with the outbox, polling' });
  // The loop keeps the event loop alive until stop().
  return new Promise<number>(() => {});
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`search-indexer: fatal: ${describeError(error)}`);
    process.exit(1);
  },
);
