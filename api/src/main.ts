import { ConfigError, loadConfig } from './config.js';
import { createApi } from './server.js';

// The only place besides config.ts that touches process.env: it hands the whole environment to loadConfig.
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

let api;
try {
  api = await createApi(config);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write(
      `The api cannot start: ${config.host}:${config.port} is in use. Set API_PORT to a free port.\n`,
    );
    process.exit(1);
  }
  throw error;
}
process.stdout.write(`api: GraphQL at ${api.url}/graphql, health at ${api.url}/health\n`);

const running = api;
const shutdown = (signal: string) => {
  process.stdout.write(`api: ${signal}, stopping\n`);
  running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
