/**
 * The search-indexer process. `tsx src/main.ts` runs the poll loop until SIGINT/SIGTERM;
 * `tsx src/main.ts --rebuild` sets up Meilisearch, runs one full rebuild and exits.
 */
import { ConfigError, loadConfig } from './config.js';
import { createIndexer } from './indexer.js';
import { consoleLogger, describeError } from './log.js';

async function main(argv: readonly string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--rebuild');
  if (unknown.length > 0) {
    consoleLogger.error(`unknown argument(s): ${unknown.join(' ')} (usage: main.ts [--rebuild])`);
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
  const indexer = createIndexer({ config });

  if (argv.includes('--rebuild')) {
    try {
      await indexer.rebuild(); // includes setup
      return 0;
    } catch (error) {
      consoleLogger.error(`rebuild failed: ${describeError(error)}`);
      return 1;
    }
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    consoleLogger.info(`${signal}: stopping after the current step`);
    void indexer.stop().then(() => {
      consoleLogger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  consoleLogger.info(
    `starting: cms=${config.cmsUrl} meilisearch=${config.meiliUrl} poll=${config.pollMs} ms`,
  );
  await indexer.start();
  if (!stopping) consoleLogger.info('ready: indexes in sync with the outbox, polling');
  // The loop keeps the event loop alive until stop().
  return new Promise<number>(() => {});
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    consoleLogger.error(`fatal: ${describeError(error)}`);
    process.exit(1);
  },
);
