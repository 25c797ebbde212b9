import { createApi, type Api, type CreateApiOptions } from '../../src/server.js';
import { loadConfig } from '../../src/config.js';
import { memoryLogger, type Logger } from '@neuvo/node-kit';
import { createTestDatabase } from './database.js';

export { memoryLogger };

export const AGENT_KEY = 'test-agent-key-0123456789abcdef';

/** Headers that make a request an agent's or a citizen's. */
export const roleHeaders = (role: 'citizen' | 'agent'): Record<string, string> =>
  role === 'agent' ? { 'x-agent-key': AGENT_KEY } : {};

/**
 * Starts the api in-process on a free port with test configuration and a throwaway operational database
 * (SQLite, or PostgreSQL when DATABASE_URL is set) unless `env` names one; `stop()` also drops it.
 */
export async function startTestApi(
  env: Record<string, string | undefined>,
  logger: Logger = memoryLogger(),
  options: Omit<CreateApiOptions, 'logger'> = {},
): Promise<Api> {
  const ownDatabase =
    env['API_DATABASE_URL'] === undefined && env['API_DATABASE_FILENAME'] === undefined
      ? await createTestDatabase()
      : undefined;
  const config = loadConfig({
    API_PORT: '0',
    NODE_ENV: 'test',
    CMS_URL: 'http://127.0.0.1:9',
    CMS_READ_TOKEN: 'unused-in-this-test',
    MEILI_URL: 'http://127.0.0.1:9',
    MEILI_SEARCH_KEY: 'unused-in-this-test',
    AGENT_API_KEY: AGENT_KEY,
    CONTENT_CACHE_TTL_MS: '0',
    // Many requests from 127.0.0.1: no per-client rate limit unless a test sets one.
    RATE_LIMIT_ANONYMOUS: '0',
    RATE_LIMIT_AGENT: '0',
    ...ownDatabase?.env,
    ...env,
  });
  let api: Api;
  try {
    api = await createApi(config, { ...options, logger });
  } catch (error) {
    await ownDatabase?.drop();
    throw error;
  }
  if (!ownDatabase) return api;
  return {
    url: api.url,
    stop: async () => {
      await api.stop();
      await ownDatabase.drop();
    },
  };
}
