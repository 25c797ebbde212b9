import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const valid = {
  CMS_READ_TOKEN: 'read-token',
  MEILI_SEARCH_KEY: 'search-key',
};

/** A production environment complete apart from what a test leaves out. */
const production = {
  // Production refuses guessable secrets.
  CMS_READ_TOKEN: randomBytes(48).toString('hex'),
  MEILI_SEARCH_KEY: randomBytes(32).toString('hex'),
  NODE_ENV: 'production',
  OIDC_ISSUER: 'https://login.example.fi/tenant/v2.0',
  OIDC_CLIENT_ID: 'neuvo-api',
  OIDC_CLIENT_SECRET: randomBytes(32).toString('base64url'),
  OIDC_REDIRECT_URL: 'https://api.neuvo.example.fi/auth/callback',
  PORTAL_URL: 'https://neuvo.example.fi',
  CONTACT_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  CONTACT_INDEX_KEY: randomBytes(32).toString('base64'),
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
    // Empty values in a .env file count as unset.
    expect(problemsOf({ ...valid, CMS_READ_TOKEN: '' }).join('\n')).toMatch(/set CMS_READ_TOKEN/);
  });

  it('runs without sign-in outside production (everyone anonymous) and refuses production without OIDC_ISSUER', () => {
    expect(loadConfig(valid).auth).toBeNull();
    const withoutIssuer = { ...production, OIDC_ISSUER: undefined };
    expect(problemsOf(withoutIssuer).join('\n')).toMatch(/set OIDC_ISSUER/);
  });

  it('in production requires the client, the redirect URL and the portal, all https, without echoing the secret', () => {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'PORTAL_URL'] as const) {
      const env = { ...production, [name]: undefined };
      expect(problemsOf(env).join('\n'), name).toMatch(new RegExp(`set ${name}`));
    }
    const http = problemsOf({ ...production, OIDC_ISSUER: 'http://login.example.fi/tenant/v2.0' });
    expect(http.join('\n')).toMatch(/OIDC_ISSUER must be an https URL/);
    expect(problemsOf({ ...production, PORTAL_URL: 'http://neuvo.example.fi' }).join()).toMatch(/PORTAL_URL/);
    expect(problemsOf({ ...production, OIDC_CLIENT_ID: '' }).join('\n')).not.toContain('client-secret-value');
    const config = loadConfig(production);
    expect(config.auth).toMatchObject({
      cookieSecure: true,
      allowHttpIssuer: false,
      portalOrigin: 'https://neuvo.example.fi',
    });
  });

  it('allows plain http only on 127.0.0.1, and then without Secure cookies', () => {
    const local = loadConfig({
      ...valid,
      OIDC_ISSUER: 'http://127.0.0.1:9000',
      OIDC_CLIENT_ID: 'neuvo-api',
      OIDC_CLIENT_SECRET: 'secret',
    });
    expect(local.auth).toMatchObject({
      cookieSecure: false,
      allowHttpIssuer: true,
      redirectUrl: null,
      portalOrigin: 'http://127.0.0.1:5173',
      sessionIdleMs: 30 * 60_000,
      sessionMaxMs: 12 * 3_600_000,
    });
    expect(
      problemsOf({
        ...valid,
        OIDC_ISSUER: 'http://idp.example.fi',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
      }).join(),
    ).toMatch(/OIDC_ISSUER must be an https URL/);
  });

  it('maps provider role values to Neuvo roles and refuses an unknown role name', () => {
    const config = loadConfig({
      ...production,
      OIDC_ROLE_MAP: 'agent=Neuvo.Agent|Neuvo.Nurse, supervisor=Neuvo.Supervisor',
    });
    expect([...(config.auth?.claims.roleMap ?? [])]).toEqual([
      ['Neuvo.Agent', 'agent'],
      ['Neuvo.Nurse', 'agent'],
      ['Neuvo.Supervisor', 'supervisor'],
    ]);
    expect(problemsOf({ ...production, OIDC_ROLE_MAP: 'admin=x' }).join()).toMatch(/OIDC_ROLE_MAP/);
  });

  it('refuses short or predictable secrets in production, naming the variable and not the value', () => {
    expect(loadConfig(production).nodeEnv).toBe('production');
    const weakSecret = 'key-'.repeat(10);
    const problems = problemsOf({ ...production, OIDC_CLIENT_SECRET: weakSecret });
    expect(problems).toEqual([
      'OIDC_CLIENT_SECRET is too predictable (too few different characters): generate a random value (NODE_ENV=production)',
    ]);
    expect(problems.join('')).not.toContain(weakSecret);
    expect(problemsOf({ ...production, CMS_READ_TOKEN: 'x' }).join()).toMatch(
      /CMS_READ_TOKEN must be at least 32 characters/,
    );
    expect(problemsOf({ ...production, MEILI_SEARCH_KEY: 'a'.repeat(64) }).join()).toMatch(
      /MEILI_SEARCH_KEY is too predictable/,
    );
    // Outside production the strength check does not apply.
    expect(
      loadConfig({
        ...valid,
        OIDC_ISSUER: production.OIDC_ISSUER,
        OIDC_CLIENT_ID: 'neuvo-api',
        OIDC_CLIENT_SECRET: 'dev',
      }).auth?.clientSecret,
    ).toBe('dev');
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

  it('reads the contact log keys, current key first, and its retention', () => {
    const k1 = randomBytes(32);
    const k2 = randomBytes(32);
    const config = loadConfig({
      ...valid,
      CONTACT_ENCRYPTION_KEYS: `k2:${k2.toString('base64url')}, k1:${k1.toString('base64')}`,
      CONTACT_INDEX_KEY: randomBytes(48).toString('base64'),
      CONTACT_RETENTION_DAYS: '90',
    });
    expect(config.contacts.retentionDays).toBe(90);
    expect(config.contacts.keys?.current.id).toBe('k2');
    expect(config.contacts.keys?.byId.get('k1')?.key.equals(k1)).toBe(true);
    expect(loadConfig(valid).contacts).toEqual({ keys: null, retentionDays: 730 });
  });

  it('refuses production without the contact log keys, saying what to set', () => {
    const problems = problemsOf({
      ...production,
      CONTACT_ENCRYPTION_KEYS: undefined,
      CONTACT_INDEX_KEY: undefined,
    });
    expect(problems.join('\n')).toMatch(/set CONTACT_ENCRYPTION_KEYS .* and CONTACT_INDEX_KEY/);
    expect(
      problemsOf({ ...valid, CONTACT_INDEX_KEY: randomBytes(32).toString('base64') }).join('\n'),
    ).toMatch(/set CONTACT_ENCRYPTION_KEYS/);
  });

  it('refuses malformed, short, repeated or predictable keys without quoting them', () => {
    const index = randomBytes(32).toString('base64');
    const short = randomBytes(16).toString('base64');
    const cases: [string, string, RegExp][] = [
      [`k1:${short}`, index, /key k1 must be 32 bytes/],
      [short, index, /<key id>:<base64 key> pairs/],
      [
        `k1:${randomBytes(32).toString('base64')},k1:${randomBytes(32).toString('base64')}`,
        index,
        /k1 is listed twice/,
      ],
      [`k1:${Buffer.alloc(32, 7).toString('base64')}`, index, /key k1 is too predictable/],
      [`k1:${randomBytes(32).toString('base64')}`, short, /CONTACT_INDEX_KEY must be at least 32 bytes/],
    ];
    for (const [keys, indexKey, message] of cases) {
      const problems = problemsOf({ ...valid, CONTACT_ENCRYPTION_KEYS: keys, CONTACT_INDEX_KEY: indexKey });
      expect(problems.join('\n')).toMatch(message);
      expect(problems.join('\n')).not.toContain(short);
    }
    expect(problemsOf({ ...valid, CONTACT_RETENTION_DAYS: '0' })).toEqual([
      'CONTACT_RETENTION_DAYS must be a whole number of days from 1 to 3650',
    ]);
  });

  it('reads the casework rules from CASEWORK_RULES (JSON), Helsinki Mon–Fri 8–16 by default', () => {
    const defaults = loadConfig(valid).casework;
    expect(defaults.hours).toMatchObject({ timeZone: 'Europe/Helsinki', weekdays: [1, 2, 3, 4, 5] });
    expect(defaults.serviceNeedWorkingDays('highest_care_allowance')).toBe(7);
    const own = loadConfig({
      ...valid,
      CASEWORK_RULES: JSON.stringify({
        workingHours: { start: '09:00', end: '15:00' },
        holidays: ['2026-12-31'],
      }),
    }).casework;
    expect(own.hours).toMatchObject({ startMinute: 540, endMinute: 900 });
    expect([...own.hours.holidays]).toEqual(['2026-12-31']);
    expect(problemsOf({ ...valid, CASEWORK_RULES: '{"workingDays":[0]}' })).toEqual([
      expect.stringContaining('CASEWORK_RULES workingDays.0'),
    ]);
    expect(problemsOf({ ...valid, CASEWORK_RULES: 'mon-fri 8-16' })).toEqual([
      'CASEWORK_RULES must be JSON (see the api README for its keys)',
    ]);
  });
});
