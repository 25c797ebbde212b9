import { fileURLToPath } from 'node:url';
import { FINNISH_ANALYSIS_MODES, type FinnishAnalysisMode } from '@neuvo/analysis';
import { LOG_FORMATS, type LogFormat } from '@neuvo/node-kit';
import { z } from 'zod';
import { ConfigError, weakSecretReason } from './models.js';

export { ConfigError };
import { parseRoleMap, type ClaimMapping } from './domains/auth/claims.js';
import { parseContactKeys, type ContactKeys } from './domains/contacts/keys.js';
import { parseCaseworkRules, type CaseworkRules } from './domains/casework/rules.js';

/** The embedded default of the operational store: `<repo>/.data/api.db`. */
export const DEFAULT_DATABASE_FILENAME = fileURLToPath(new URL('../../.data/api.db', import.meta.url));

/** Thrown by {@link loadConfig}: the environment is incomplete or wrong; the message says what to set. */
function configError(problems: readonly string[]): ConfigError {
  return new ConfigError(
    `The api cannot start. Fix its environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    { problems },
  );
}

const url = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL, e.g. http://127.0.0.1:7700` });

const required = (name: string, hint: string) =>
  z
    .string({ error: `set ${name} (${hint})` })
    .trim()
    .min(1, `set ${name} (${hint})`);

/** Ten years: a longer retention is almost certainly a typo (days taken for hours, an extra digit). */
const MAX_RETENTION_DAYS = 3650;
const RETENTION_PROBLEM = `SEARCH_ANALYTICS_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}`;

const wholeNumber = (name: string, min: number, max: number) => {
  const problem = `${name} must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: problem }).int(problem).min(min, problem).max(max, problem);
};

const CONTACT_RETENTION_PROBLEM = `CONTACT_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}`;

const SESSION_IDLE_PROBLEM = 'SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 1440';
const SESSION_MAX_PROBLEM = 'SESSION_MAX_HOURS must be a whole number of hours from 1 to 168';

/** The embedded default's portal, the only place sign-in may return to unless `PORTAL_URL` says otherwise. */
const DEFAULT_PORTAL_URL = 'http://127.0.0.1:5173';

const EnvSchema = z.object({
  API_PORT: z.coerce
    .number({ error: 'API_PORT must be a port number (0–65535)' })
    .int('API_PORT must be a port number (0–65535)')
    .min(0, 'API_PORT must be a port number (0–65535)')
    .max(65535, 'API_PORT must be a port number (0–65535)')
    .default(4000),
  API_HOST: z.string().trim().min(1).default('127.0.0.1'),
  CMS_URL: url('CMS_URL').default('http://127.0.0.1:1337'),
  CMS_READ_TOKEN: required('CMS_READ_TOKEN', 'the read-only Strapi API token value'),
  MEILI_URL: url('MEILI_URL').default('http://127.0.0.1:7700'),
  MEILI_SEARCH_KEY: required('MEILI_SEARCH_KEY', 'the search-only Meilisearch key created by the indexer'),
  OIDC_ISSUER: url('OIDC_ISSUER').optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: url('OIDC_REDIRECT_URL').optional(),
  OIDC_SCOPES: z.string().trim().min(1).default('openid profile'),
  OIDC_ROLE_CLAIM: z.string().trim().min(1).default('roles'),
  OIDC_ROLE_MAP: z
    .string()
    .trim()
    .min(1)
    .default(
      'agent=neuvo-agent,nurse=neuvo-nurse,social_counsellor=neuvo-social-counsellor,supervisor=neuvo-supervisor',
    ),
  OIDC_REGION_CLAIM: z.string().trim().min(1).default('region'),
  OIDC_NAME_CLAIM: z.string().trim().min(1).default('name'),
  PORTAL_URL: url('PORTAL_URL').optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: SESSION_IDLE_PROBLEM })
    .int(SESSION_IDLE_PROBLEM)
    .min(1, SESSION_IDLE_PROBLEM)
    .max(24 * 60, SESSION_IDLE_PROBLEM)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number({ error: SESSION_MAX_PROBLEM })
    .int(SESSION_MAX_PROBLEM)
    .min(1, SESSION_MAX_PROBLEM)
    .max(7 * 24, SESSION_MAX_PROBLEM)
    .default(12),
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'NODE_ENV must be one of development, test, production',
    })
    .default('development'),
  CORS_ORIGINS: z.string().optional(),
  LOG_FORMAT: z
    .enum(LOG_FORMATS, { error: `LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}` })
    .default('json'),
  CONTENT_CACHE_TTL_MS: z.coerce
    .number({ error: 'CONTENT_CACHE_TTL_MS must be a number of milliseconds' })
    .int('CONTENT_CACHE_TTL_MS must be a whole number of milliseconds')
    .min(0, 'CONTENT_CACHE_TTL_MS must be ≥ 0')
    .default(10_000),
  REGIONS_CACHE_TTL_MS: z.coerce
    .number({ error: 'REGIONS_CACHE_TTL_MS must be a number of milliseconds' })
    .int('REGIONS_CACHE_TTL_MS must be a whole number of milliseconds')
    .min(0, 'REGIONS_CACHE_TTL_MS must be ≥ 0')
    .default(600_000),
  CONTACT_REASONS_CACHE_TTL_MS: z.coerce
    .number({ error: 'CONTACT_REASONS_CACHE_TTL_MS must be a number of milliseconds' })
    .int('CONTACT_REASONS_CACHE_TTL_MS must be a whole number of milliseconds')
    .min(0, 'CONTACT_REASONS_CACHE_TTL_MS must be ≥ 0')
    .default(600_000),
  FINNISH_ANALYSIS: z
    .enum(FINNISH_ANALYSIS_MODES, {
      error: `FINNISH_ANALYSIS must be one of ${FINNISH_ANALYSIS_MODES.join(', ')}`,
    })
    .default('auto'),
  VOIKKO_LIBRARY: z.string().trim().min(1).optional(),
  API_DATABASE_URL: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  API_DATABASE_FILENAME: z.string().trim().min(1).default(DEFAULT_DATABASE_FILENAME),
  SEARCH_CACHE_ENTRIES: z.coerce
    .number({ error: 'SEARCH_CACHE_ENTRIES must be a whole number of entries (0 turns the cache off)' })
    .int('SEARCH_CACHE_ENTRIES must be a whole number of entries (0 turns the cache off)')
    .min(0, 'SEARCH_CACHE_ENTRIES must be ≥ 0 (0 turns the cache off)')
    .max(1_000_000, 'SEARCH_CACHE_ENTRIES must be at most 1000000')
    .default(2000),
  SEARCH_CACHE_POLL_MS: z.coerce
    .number({ error: 'SEARCH_CACHE_POLL_MS must be a number of milliseconds (10–60000)' })
    .int('SEARCH_CACHE_POLL_MS must be a whole number of milliseconds (10–60000)')
    .min(10, 'SEARCH_CACHE_POLL_MS must be at least 10 ms')
    .max(60_000, 'SEARCH_CACHE_POLL_MS must be at most 60000 ms')
    .default(100),
  API_MAX_OPERATION_COST: wholeNumber('API_MAX_OPERATION_COST', 1, 1000).default(10),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber('RATE_LIMIT_WINDOW_SECONDS', 1, 86_400).default(60),
  RATE_LIMIT_ANONYMOUS: wholeNumber('RATE_LIMIT_ANONYMOUS', 0, 1_000_000).default(300),
  RATE_LIMIT_AGENT: wholeNumber('RATE_LIMIT_AGENT', 0, 1_000_000).default(3000),
  API_TRUST_PROXY_HOPS: wholeNumber('API_TRUST_PROXY_HOPS', 0, 10).default(0),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'REDIS_URL must be a redis:// or rediss:// URL' })
    .optional(),
  SEARCH_ANALYTICS_RETENTION_DAYS: z.coerce
    .number({ error: RETENTION_PROBLEM })
    .int(RETENTION_PROBLEM)
    .min(1, RETENTION_PROBLEM)
    .max(MAX_RETENTION_DAYS, RETENTION_PROBLEM)
    .default(365),
  CONTACT_ENCRYPTION_KEYS: z.string().optional(),
  CONTACT_INDEX_KEY: z.string().optional(),
  CONTACT_RETENTION_DAYS: z.coerce
    .number({ error: CONTACT_RETENTION_PROBLEM })
    .int(CONTACT_RETENTION_PROBLEM)
    .min(1, CONTACT_RETENTION_PROBLEM)
    .max(MAX_RETENTION_DAYS, CONTACT_RETENTION_PROBLEM)
    .default(730),
});

/**
 * Where the api keeps its operational data (search analytics today; contacts and audit events later):
 * PostgreSQL when a URL is configured, else an embedded SQLite file (`:memory:` for a throwaway store).
 */
export type DatabaseConfig =
  | { readonly dialect: 'postgres'; readonly url: string }
  | { readonly dialect: 'sqlite'; readonly filename: string };

/** Validated, frozen configuration of the api. Only {@link loadConfig} reads the environment. */
export interface ApiConfig {
  readonly port: number;
  readonly host: string;
  readonly cmsUrl: string;
  readonly cmsReadToken: string;
  readonly meiliUrl: string;
  readonly meiliSearchKey: string;
  /** Staff sign-in with OpenID Connect; `null` (development and tests only) means everyone is anonymous. */
  readonly auth: AuthConfig | null;
  readonly nodeEnv: 'development' | 'test' | 'production';
  /** How log lines are written: JSON lines (default) or readable lines (`npm start`). */
  readonly logFormat: LogFormat;
  /**
   * Browser origins allowed by CORS (exact `scheme://host[:port]`). `null` means the default: any
   * `http://localhost:<port>` or `http://127.0.0.1:<port>` origin (the embedded portal and site).
   */
  readonly corsOrigins: readonly string[] | null;
  /** How long guide and service reads from the CMS are cached; 0 turns the cache off. */
  readonly contentCacheTtlMs: number;
  /**
   * How long the list of regions is answered from memory before it is read again from the CMS (in the
   * background: the cached list keeps being answered meanwhile); 0 turns the cache off.
   */
  readonly regionsCacheTtlMs: number;
  /**
   * How long the contact reason categories are answered from memory before they are read again from the CMS (in the
   * background); 0 turns the cache off.
   */
  readonly contactReasonsCacheTtlMs: number;
  /** How queries in Finnish are analysed: Voikko when installed (`auto`), Voikko or refuse to start, Snowball only. */
  readonly finnishAnalysis: FinnishAnalysisMode;
  /** libvoikko's path when the system's loader does not find `libvoikko.so.1`. */
  readonly voikkoLibrary: string | undefined;
  /** The operational store: `API_DATABASE_URL`, else `DATABASE_URL` (PostgreSQL), else SQLite. */
  readonly database: DatabaseConfig;
  /** Meilisearch answers kept by the search-result cache (least recently used evicted first); 0 turns it off. */
  readonly searchCacheEntries: number;
  /** How often the api asks Meilisearch which batch finished last (the search-result cache's invalidation). */
  readonly searchCachePollMs: number;
  /** Searches (and their clicks) older than this many days are deleted from the operational store. */
  readonly searchAnalyticsRetentionDays: number;
  /**
   * Most cost points one GraphQL operation may have (each `search`, `suggest`, `facets` and `searchReport` field
   * counts one, aliases and fragment uses included); a costlier operation is refused before it runs.
   */
  readonly maxOperationCost: number;
  /** Per-client rate limits: cost points per window (0 = no limit for that kind of client). */
  readonly rateLimit: {
    readonly windowSeconds: number;
    /** Per IP address, for requests without a staff session. */
    readonly anonymousPoints: number;
    /** Per signed-in person (their provider's subject) and IP address. */
    readonly agentPoints: number;
    /**
     * `REDIS_URL`: where the counters live so that every api instance shares them; unset: in this process's memory.
     * Holds a password when the URL does: never logged.
     */
    readonly redisUrl: string | undefined;
  };
  /**
   * How many reverse proxies in front of the api append to `X-Forwarded-For` (0: the client is the TCP peer). The
   * client is the address that many entries from the end of that header.
   */
  readonly trustProxyHops: number;
  /** The contact log. */
  readonly contacts: ContactsConfig;
  /** Working hours, holidays and the deadlines of casework (`CASEWORK_RULES`, JSON; defaults in rules.ts). */
  readonly casework: CaseworkRules;
}

/** The contact log's keys and retention. */
export interface ContactsConfig {
  /**
   * The identity code keys; `null` (development and tests without keys only) turns the contact log off: its
   * operations answer `INTERNAL` and the start logs what to set.
   */
  readonly keys: ContactKeys | null;
  /** Contacts that started longer ago than this are deleted (their audit events are kept). */
  readonly retentionDays: number;
}

/** Sign-in with the county's OpenID Connect provider, and the api's own sessions. */
export interface AuthConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /**
   * The api's `/auth/callback` URL as registered at the provider. `null` outside production: the api's own
   * listening URL is used (the embedded default and the tests, where the port may be chosen at start).
   */
  readonly redirectUrl: string | null;
  readonly scopes: string;
  readonly claims: ClaimMapping;
  /** The portal's origin: the only place sign-in returns to, and a browser origin allowed with credentials. */
  readonly portalOrigin: string;
  /**
   * Whether the session cookie is `Secure`. Off only when the callback is plain http on the loopback interface
   * (the embedded default), where browsers would drop a Secure cookie.
   */
  readonly cookieSecure: boolean;
  /** openid-client refuses http issuers unless told; allowed only for a provider on the loopback interface. */
  readonly allowHttpIssuer: boolean;
  /** A session unused this long ends. */
  readonly sessionIdleMs: number;
  /** A session ends this long after sign-in however much it is used. */
  readonly sessionMaxMs: number;
}

const isLoopbackHttp = (value: string): boolean => {
  const u = new URL(value);
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
};

type AuthEnv = z.infer<typeof EnvSchema>;

function parseAuth(e: AuthEnv, problems: string[]): AuthConfig | null {
  const production = e.NODE_ENV === 'production';
  if (e.OIDC_ISSUER === undefined) {
    if (production)
      problems.push(
        "set OIDC_ISSUER (the county's OpenID Connect provider, e.g. https://login.microsoftonline.com/<tenant>/v2.0), OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URL and PORTAL_URL: staff sign in there",
      );
    return null;
  }
  if (e.OIDC_CLIENT_ID === undefined)
    problems.push("set OIDC_CLIENT_ID (the api's client id at the provider)");
  if (e.OIDC_CLIENT_SECRET === undefined)
    problems.push("set OIDC_CLIENT_SECRET (the api's client secret at the provider)");
  if (production) {
    if (e.OIDC_REDIRECT_URL === undefined)
      problems.push(
        'set OIDC_REDIRECT_URL (https://<api host>/auth/callback, as registered at the provider)',
      );
    if (e.PORTAL_URL === undefined) problems.push("set PORTAL_URL (the agent portal's https URL)");
  }
  for (const [name, value] of [
    ['OIDC_ISSUER', e.OIDC_ISSUER],
    ['OIDC_REDIRECT_URL', e.OIDC_REDIRECT_URL],
    ['PORTAL_URL', e.PORTAL_URL],
  ] as const) {
    // Plain http only on the loopback interface (the embedded default, a benchmark on one machine): there the
    // browser, the api and the provider are one computer, and a redirect to 127.0.0.1 reaches no one else.
    if (value === undefined || value.startsWith('https:')) continue;
    if (!isLoopbackHttp(value)) problems.push(`${name} must be an https URL (plain http only for 127.0.0.1)`);
  }
  const roleMap = parseRoleMap(e.OIDC_ROLE_MAP);
  problems.push(...roleMap.problems);
  const redirectUrl = e.OIDC_REDIRECT_URL ?? null;
  return Object.freeze({
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID ?? '',
    clientSecret: e.OIDC_CLIENT_SECRET ?? '',
    redirectUrl,
    scopes: e.OIDC_SCOPES,
    claims: Object.freeze({
      roleClaim: e.OIDC_ROLE_CLAIM,
      roleMap: roleMap.map,
      regionClaim: e.OIDC_REGION_CLAIM,
      nameClaim: e.OIDC_NAME_CLAIM,
    }),
    portalOrigin: new URL(e.PORTAL_URL ?? DEFAULT_PORTAL_URL).origin,
    cookieSecure: redirectUrl !== null && redirectUrl.startsWith('https:'),
    allowHttpIssuer: isLoopbackHttp(e.OIDC_ISSUER),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
  });
}

function parseDatabase(
  e: {
    API_DATABASE_URL?: string | undefined;
    DATABASE_URL?: string | undefined;
    API_DATABASE_FILENAME: string;
  },
  problems: string[],
): DatabaseConfig {
  const url = e.API_DATABASE_URL ?? e.DATABASE_URL;
  if (url === undefined) return Object.freeze({ dialect: 'sqlite', filename: e.API_DATABASE_FILENAME });
  let ok = false;
  try {
    const parsed = new URL(url);
    ok = parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:';
  } catch {
    ok = false;
  }
  // The URL holds a password: it never goes into the message.
  if (!ok)
    problems.push(
      `${e.API_DATABASE_URL !== undefined ? 'API_DATABASE_URL' : 'DATABASE_URL'} must be a postgres:// URL (or unset for SQLite)`,
    );
  return Object.freeze({ dialect: 'postgres', url });
}

const CONTACT_KEYS_PROBLEM =
  'set CONTACT_ENCRYPTION_KEYS (<key id>:<base64 32 bytes>, e.g. k1:$(openssl rand -base64 32)) and CONTACT_INDEX_KEY ($(openssl rand -base64 32)): personal identity codes in the contact log are encrypted and indexed with them';

function parseContacts(e: AuthEnv, problems: string[]): ContactsConfig {
  const retentionDays = e.CONTACT_RETENTION_DAYS;
  if (e.CONTACT_ENCRYPTION_KEYS === undefined && e.CONTACT_INDEX_KEY === undefined) {
    // No default in production: a generated key would make every stored identity code unreadable after a restart.
    if (e.NODE_ENV === 'production') problems.push(CONTACT_KEYS_PROBLEM);
    return Object.freeze({ keys: null, retentionDays });
  }
  if (e.CONTACT_ENCRYPTION_KEYS === undefined || e.CONTACT_INDEX_KEY === undefined) {
    problems.push(CONTACT_KEYS_PROBLEM);
    return Object.freeze({ keys: null, retentionDays });
  }
  const keys = parseContactKeys(e.CONTACT_ENCRYPTION_KEYS, e.CONTACT_INDEX_KEY, problems);
  return Object.freeze({ keys: keys ?? null, retentionDays });
}

function parseOrigins(raw: string | undefined, problems: string[]): string[] | null {
  if (raw === undefined || raw.trim() === '') return null;
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    let ok = false;
    try {
      const parsed = new URL(origin);
      ok = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === origin;
    } catch {
      ok = false;
    }
    if (!ok)
      problems.push('CORS_ORIGINS must be a comma-separated list of origins like https://neuvo.example.fi');
  }
  return origins;
}

/**
 * Reads and validates the api's environment once. Throws {@link ConfigError} naming every variable
 * to set or fix; the returned object is frozen.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ApiConfig {
  // Empty strings count as unset, so `FOO=` in a .env file gets the default or a clear error.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (!problems.includes(issue.message)) problems.push(issue.message);
    }
  }
  const corsOrigins = parseOrigins(env['CORS_ORIGINS'], problems);
  if (result.success && result.data.NODE_ENV === 'production') checkProductionSecrets(result.data, problems);
  const database = result.success ? parseDatabase(result.data, problems) : undefined;
  const auth = result.success ? parseAuth(result.data, problems) : undefined;
  const contacts = result.success ? parseContacts(result.data, problems) : undefined;
  const casework = parseCaseworkRules(cleaned['CASEWORK_RULES'], problems);
  if (
    !result.success ||
    database === undefined ||
    auth === undefined ||
    contacts === undefined ||
    problems.length > 0
  )
    throw configError([...new Set(problems)]);
  const e = result.data;
  return Object.freeze({
    port: e.API_PORT,
    host: e.API_HOST,
    cmsUrl: e.CMS_URL.replace(/\/+$/, ''),
    cmsReadToken: e.CMS_READ_TOKEN,
    meiliUrl: e.MEILI_URL.replace(/\/+$/, ''),
    meiliSearchKey: e.MEILI_SEARCH_KEY,
    auth,
    nodeEnv: e.NODE_ENV,
    logFormat: e.LOG_FORMAT,
    corsOrigins: corsOrigins === null ? null : Object.freeze(corsOrigins),
    contentCacheTtlMs: e.CONTENT_CACHE_TTL_MS,
    regionsCacheTtlMs: e.REGIONS_CACHE_TTL_MS,
    contactReasonsCacheTtlMs: e.CONTACT_REASONS_CACHE_TTL_MS,
    finnishAnalysis: e.FINNISH_ANALYSIS,
    voikkoLibrary: e.VOIKKO_LIBRARY,
    database,
    searchCacheEntries: e.SEARCH_CACHE_ENTRIES,
    searchCachePollMs: e.SEARCH_CACHE_POLL_MS,
    searchAnalyticsRetentionDays: e.SEARCH_ANALYTICS_RETENTION_DAYS,
    maxOperationCost: e.API_MAX_OPERATION_COST,
    rateLimit: Object.freeze({
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      anonymousPoints: e.RATE_LIMIT_ANONYMOUS,
      agentPoints: e.RATE_LIMIT_AGENT,
      redisUrl: e.REDIS_URL,
    }),
    trustProxyHops: e.API_TRUST_PROXY_HOPS,
    contacts,
    casework,
  });
}

/**
 * Production refuses secrets a person could guess: the CMS token, the Meilisearch key and the OpenID Connect client
 * secret (when sign-in is configured) must be long and random-looking. The messages name the variable, never the
 * value.
 */
function checkProductionSecrets(
  e: { CMS_READ_TOKEN: string; MEILI_SEARCH_KEY: string; OIDC_CLIENT_SECRET?: string | undefined },
  problems: string[],
): void {
  for (const [name, value] of [
    ['CMS_READ_TOKEN', e.CMS_READ_TOKEN],
    ['MEILI_SEARCH_KEY', e.MEILI_SEARCH_KEY],
    ['OIDC_CLIENT_SECRET', e.OIDC_CLIENT_SECRET],
  ] as const) {
    if (value === undefined) continue;
    const reason = weakSecretReason(value);
    if (reason) problems.push(`${name} ${reason} (NODE_ENV=production)`);
  }
}
