import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const valid = {
  CMS_READ_TOKEN: 'read-token',
  MEILI_SEARCH_KEY: 'search-key',
  AGENT_API_KEY: 'a'.repeat(24),
};

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to refuse');
}

describe('loadConfig', () => {
  it('applies the documented defaults and freezes the result', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      cmsUrl: 'http://127.0.0.1:1337',
      meiliUrl: 'http://127.0.0.1:7700',
      nodeEnv: 'development',
      corsOrigins: null,
      contentCacheTtlMs: 10_000,
      regionsCacheTtlMs: 600_000,
      searchAnalyticsRetentionDays: 365,
      searchCacheEntries: 2000,
      searchCachePollMs: 100,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('writes JSON log lines unless LOG_FORMAT asks for readable ones', () => {
    expect(loadConfig(valid).logFormat).toBe('json');
    expect(loadConfig({ ...valid, LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(problemsOf({ ...valid, LOG_FORMAT: 'xml' }).join()).toMatch(
      /LOG_FORMAT must be one of json, pretty/,
    );
  });

  it('refuses to start without secrets and names every variable to set', () => {
    const problems = problemsOf({});
    expect(problems.join('\n')).toMatch(/CMS_READ_TOKEN/);
    expect(problems.join('\n')).toMatch(/MEILI_SEARCH_KEY/);
    expect(problems.join('\n')).toMatch(/AGENT_API_KEY/);
    // Empty values in a .env file count as unset.
    expect(problemsOf({ ...valid, CMS_READ_TOKEN: '' }).join('\n')).toMatch(/set CMS_READ_TOKEN/);
  });

  it('requires an agent key of at least 24 characters without echoing it', () => {
    const problems = problemsOf({ ...valid, AGENT_API_KEY: 'short-secret' });
    expect(problems).toEqual(['AGENT_API_KEY must be at least 24 characters long']);
    expect(problems.join('')).not.toContain('short-secret');
  });

  it('refuses short or predictable keys in production, naming the variable and not the value', () => {
    const strong = {
      CMS_READ_TOKEN: randomBytes(48).toString('hex'),
      MEILI_SEARCH_KEY: randomBytes(32).toString('hex'),
      AGENT_API_KEY: randomBytes(32).toString('base64url'),
    };
    expect(loadConfig({ ...strong, NODE_ENV: 'production' }).nodeEnv).toBe('production');
    const weakAgent = 'key-'.repeat(10);
    const problems = problemsOf({ ...strong, NODE_ENV: 'production', AGENT_API_KEY: weakAgent });
    expect(problems).toEqual([
      'AGENT_API_KEY is too predictable (too few different characters): generate a random value (NODE_ENV=production)',
    ]);
    expect(problems.join('')).not.toContain(weakAgent);
    expect(problemsOf({ ...strong, NODE_ENV: 'production', CMS_READ_TOKEN: 'x' }).join()).toMatch(
      /CMS_READ_TOKEN must be at least 32 characters/,
    );
    expect(
      problemsOf({ ...strong, NODE_ENV: 'production', MEILI_SEARCH_KEY: 'a'.repeat(64) }).join(),
    ).toMatch(/MEILI_SEARCH_KEY is too predictable/);
    // The 24-character minimum still holds outside production; the strength check does not.
    expect(loadConfig({ ...valid }).agentApiKey).toBe('a'.repeat(24));
  });

  it('reads the cost and rate limits, 0 turning a rate limit off', () => {
    expect(loadConfig(valid)).toMatchObject({
      maxOperationCost: 10,
      rateLimit: { windowSeconds: 60, anonymousPoints: 300, agentPoints: 3000 },
      trustProxyHops: 0,
    });
    expect(
      loadConfig({
        ...valid,
        RATE_LIMIT_ANONYMOUS: '0',
        API_MAX_OPERATION_COST: '3',
        API_TRUST_PROXY_HOPS: '1',
      }),
    ).toMatchObject({ maxOperationCost: 3, rateLimit: { anonymousPoints: 0 }, trustProxyHops: 1 });
    expect(problemsOf({ ...valid, API_MAX_OPERATION_COST: '0' }).join()).toMatch(/API_MAX_OPERATION_COST/);
    expect(problemsOf({ ...valid, RATE_LIMIT_AGENT: '-1' }).join()).toMatch(/RATE_LIMIT_AGENT/);
  });

  it('rejects malformed URLs, ports and CORS origins', () => {
    expect(problemsOf({ ...valid, MEILI_URL: 'not a url' }).join()).toMatch(/MEILI_URL/);
    expect(problemsOf({ ...valid, API_PORT: '70000' }).join()).toMatch(/API_PORT/);
    expect(
      problemsOf({ ...valid, CORS_ORIGINS: 'https://ok.example, https://bad.example/path' }).join(),
    ).toMatch(/CORS_ORIGINS/);
  });

  it('reads a CORS origin list and strips trailing slashes from URLs', () => {
    const config = loadConfig({
      ...valid,
      CORS_ORIGINS: 'https://portal.example.fi, https://neuvo.example.fi',
      CMS_URL: 'http://cms.internal:1337/',
    });
    expect(config.corsOrigins).toEqual(['https://portal.example.fi', 'https://neuvo.example.fi']);
    expect(config.cmsUrl).toBe('http://cms.internal:1337');
  });

  it('analyses Finnish with Voikko when installed unless told otherwise, and rejects an unknown mode', () => {
    expect(loadConfig(valid)).toMatchObject({ finnishAnalysis: 'auto', voikkoLibrary: undefined });
    expect(
      loadConfig({ ...valid, FINNISH_ANALYSIS: 'snowball', VOIKKO_LIBRARY: '/opt/lib/libvoikko.so.1' }),
    ).toMatchObject({ finnishAnalysis: 'snowball', voikkoLibrary: '/opt/lib/libvoikko.so.1' });
    expect(problemsOf({ ...valid, FINNISH_ANALYSIS: 'stemmer' }).join()).toMatch(
      /FINNISH_ANALYSIS must be one of auto, voikko, snowball/,
    );
  });

  it('reads the search analytics retention in whole days and refuses anything else', () => {
    expect(loadConfig({ ...valid, SEARCH_ANALYTICS_RETENTION_DAYS: '90' }).searchAnalyticsRetentionDays).toBe(
      90,
    );
    for (const bad of ['0', '-5', '30.5', 'a year', '36500'])
      expect(problemsOf({ ...valid, SEARCH_ANALYTICS_RETENTION_DAYS: bad })).toEqual([
        'SEARCH_ANALYTICS_RETENTION_DAYS must be a whole number of days from 1 to 3650',
      ]);
  });

  it('reads the search cache size (0 = off) and poll interval, and refuses nonsense', () => {
    const config = loadConfig({ ...valid, SEARCH_CACHE_ENTRIES: '0', SEARCH_CACHE_POLL_MS: '250' });
    expect(config).toMatchObject({ searchCacheEntries: 0, searchCachePollMs: 250 });
    for (const bad of ['-1', '1.5', 'many'])
      expect(problemsOf({ ...valid, SEARCH_CACHE_ENTRIES: bad }).join()).toMatch(/SEARCH_CACHE_ENTRIES/);
    for (const bad of ['0', '5', '60001', 'often'])
      expect(problemsOf({ ...valid, SEARCH_CACHE_POLL_MS: bad }).join()).toMatch(/SEARCH_CACHE_POLL_MS/);
  });

  it('reads how long regions are cached (0 = off)', () => {
    expect(loadConfig({ ...valid, REGIONS_CACHE_TTL_MS: '0' }).regionsCacheTtlMs).toBe(0);
    expect(problemsOf({ ...valid, REGIONS_CACHE_TTL_MS: '-1' }).join()).toMatch(/REGIONS_CACHE_TTL_MS/);
  });
});
