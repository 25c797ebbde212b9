/**
 * The CMS configuration: every environment variable the Strapi app reads, validated once with zod into a
 * frozen object. Strapi's config files (`config/*.ts`) and the bootstrap import `config` from here;
 * nothing else reads `process.env`.
 *
 * Secrets have development defaults so `strapi develop` works without a `.env`, but with
 * `NODE_ENV=production` every secret must be set: a misconfigured deployment refuses to start and the
 * message names the variables to set.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { weakSecretReason } from '@neuvo/content-models';

/** The cms package directory: the nearest parent of this file with the `@neuvo/cms` package.json (works from `src/` and `dist/src/`). */
function findCmsDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === '@neuvo/cms')
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`cms: cannot find the @neuvo/cms package above ${start}`);
  }
}

/** Absolute path of the cms package. */
export const CMS_DIR = findCmsDir(__dirname);
/** Absolute path of the repository root. */
export const REPO_DIR = path.dirname(CMS_DIR);

const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

// Development-only fallbacks. They are public (in git), so they are refused in production.
const DEV_SECRETS: Record<(typeof SECRET_NAMES)[number], string> = {
  APP_KEYS: 'neuvo-dev-app-key-1,neuvo-dev-app-key-2',
  API_TOKEN_SALT: 'neuvo-dev-api-token-salt',
  ADMIN_JWT_SECRET: 'neuvo-dev-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'neuvo-dev-transfer-token-salt',
  JWT_SECRET: 'neuvo-dev-jwt-secret',
  ENCRYPTION_KEY: 'neuvo-dev-encryption-key',
};

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const booleanFlag = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0'], { message: "expected 'true' or 'false'" })
      .optional()
      .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1')),
  );
const apiTokenValue = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .min(16, 'must be at least 16 characters')
    .regex(/^\S+$/, 'must not contain whitespace')
    .optional(),
);

const EnvSchema = z
  .object({
    NODE_ENV: z.preprocess(
      emptyToUndefined,
      z.enum(['development', 'test', 'production']).default('development'),
    ),
    CMS_HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
    CMS_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(1337)),
    /** Public URL of the CMS when it sits behind a proxy (Strapi `server.url`). */
    CMS_PUBLIC_URL: z.preprocess(emptyToUndefined, z.url().optional()),
    CMS_SERVE_ADMIN: booleanFlag(true),
    /**
     * Browser origins (comma-separated `scheme://host[:port]`) allowed to call the CMS with credentials, besides the
     * CMS's own URL. Unset: only the CMS itself.
     */
    CMS_CORS_ORIGINS: optionalString,
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for SQLite)')
        .optional(),
    ),
    DATABASE_SSL: booleanFlag(false),
    DATABASE_FILENAME: z.preprocess(
      emptyToUndefined,
      z.string().default(path.join(REPO_DIR, '.data', 'cms.db')),
    ),
    STRAPI_ADMIN_EMAIL: z.preprocess(emptyToUndefined, z.email().optional()),
    STRAPI_ADMIN_PASSWORD: z.preprocess(
      emptyToUndefined,
      // Strapi's own rule for admin passwords.
      z
        .string()
        .min(8, 'must be at least 8 characters')
        .regex(/[a-z]/, 'must contain a lower-case letter')
        .regex(/[A-Z]/, 'must contain an upper-case letter')
        .regex(/\d/, 'must contain a number')
        .refine((value) => Buffer.byteLength(value) <= 72, 'must be at most 72 bytes')
        .optional(),
    ),
    CMS_WRITE_TOKEN: apiTokenValue,
    CMS_READ_TOKEN: apiTokenValue,
    /** PTV Open API v11 base URL (the fake PTV in tests). */
    PTV_BASE_URL: z.preprocess(
      emptyToUndefined,
      z.url().default('https://api.palvelutietovaranto.suomi.fi/api/v11'),
    ),
    /** Cron rule (Strapi/node-schedule syntax) for incremental PTV syncs of every region; unset = off. */
    PTV_SYNC_CRON: optionalString,
    /** Cron rule for full PTV syncs (PTV advises weekly); unset = off. */
    PTV_FULL_SYNC_CRON: optionalString,
    PTV_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).default(120_000)),
    PTV_MAX_RETRIES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(20).default(6)),
    /** Services per chunk and checkpoint (≤ 100). */
    PTV_SYNC_CHUNK_SIZE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(100)),
    ...Object.fromEntries(SECRET_NAMES.map((name) => [name, optionalString])),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      for (const name of SECRET_NAMES) {
        const value = (env as Record<string, unknown>)[name];
        if (typeof value !== 'string' || !value) {
          ctx.addIssue({ code: 'custom', path: [name], message: 'is required when NODE_ENV=production' });
          continue;
        }
        // The development defaults are in git, so anyone could sign admin sessions or decrypt tokens with them.
        const parts = name === 'APP_KEYS' ? value.split(',').map((key) => key.trim()) : [value];
        const devParts = DEV_SECRETS[name].split(',');
        const problem = parts.some((part) => devParts.includes(part))
          ? 'is the development default from the repository: generate a random value'
          : parts.map((part) => weakSecretReason(part)).find((reason) => reason !== undefined);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: `${name === 'APP_KEYS' ? 'each key ' : ''}${problem} (NODE_ENV=production)`,
          });
      }
    }
    if (env.NODE_ENV === 'production') {
      // Whoever has the write token can change every published page.
      for (const name of ['CMS_WRITE_TOKEN', 'CMS_READ_TOKEN'] as const) {
        const value = env[name];
        const problem = value === undefined ? undefined : weakSecretReason(value);
        if (problem)
          ctx.addIssue({ code: 'custom', path: [name], message: `${problem} (NODE_ENV=production)` });
      }
    }
    for (const origin of (env.CMS_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)) {
      if (!isOrigin(origin))
        ctx.addIssue({
          code: 'custom',
          path: ['CMS_CORS_ORIGINS'],
          message: 'must be a comma-separated list of origins like https://cms.example.fi',
        });
    }
    if (Boolean(env.STRAPI_ADMIN_EMAIL) !== Boolean(env.STRAPI_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.STRAPI_ADMIN_EMAIL ? 'STRAPI_ADMIN_PASSWORD' : 'STRAPI_ADMIN_EMAIL'],
        message: 'STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD are set together',
      });
    }
    if (env.CMS_WRITE_TOKEN && env.CMS_WRITE_TOKEN === env.CMS_READ_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['CMS_READ_TOKEN'], message: 'must differ from CMS_WRITE_TOKEN' });
    }
  });

/** True for an exact `http(s)://host[:port]` origin (no path, no trailing slash). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * The origins a browser may call the CMS from with credentials: the CMS's own URL (as configured, and as
 * `localhost` too when it listens on the loopback address) plus `CMS_CORS_ORIGINS`. Strapi's default reflects any
 * origin, which with credentials lets another site use an editor's admin session.
 */
function corsOrigins(env: {
  CMS_HOST: string;
  CMS_PORT: number;
  CMS_PUBLIC_URL?: string | undefined;
  CMS_CORS_ORIGINS?: string | undefined;
}): string[] {
  const origins = new Set<string>();
  if (env.CMS_PUBLIC_URL) origins.add(new URL(env.CMS_PUBLIC_URL).origin);
  const host = env.CMS_HOST.includes(':') ? `[${env.CMS_HOST}]` : env.CMS_HOST;
  origins.add(`http://${host}:${env.CMS_PORT}`);
  if (env.CMS_HOST === '127.0.0.1' || env.CMS_HOST === 'localhost') {
    origins.add(`http://localhost:${env.CMS_PORT}`);
    origins.add(`http://127.0.0.1:${env.CMS_PORT}`);
  }
  for (const origin of (env.CMS_CORS_ORIGINS ?? '').split(',')) if (origin.trim()) origins.add(origin.trim());
  return [...origins];
}

/** Database connection settings. */
export type DatabaseConfig =
  | { readonly client: 'sqlite'; readonly filename: string }
  | { readonly client: 'postgres'; readonly url: string; readonly ssl: boolean };

/** The validated CMS configuration. */
export interface CmsConfig {
  readonly env: 'development' | 'test' | 'production';
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string | undefined;
  readonly serveAdmin: boolean;
  /** Browser origins allowed by CORS (the CMS's own URL and `CMS_CORS_ORIGINS`). */
  readonly corsOrigins: readonly string[];
  readonly database: DatabaseConfig;
  readonly secrets: {
    readonly appKeys: readonly string[];
    readonly apiTokenSalt: string;
    readonly adminJwtSecret: string;
    readonly transferTokenSalt: string;
    readonly jwtSecret: string;
    readonly encryptionKey: string;
  };
  /** Super admin created at bootstrap when no admin exists. */
  readonly admin: { readonly email: string; readonly password: string } | undefined;
  /** API token values ensured at bootstrap. */
  readonly tokens: { readonly write: string | undefined; readonly read: string | undefined };
  /** PTV sync: where PTV is and when the scheduled syncs run (undefined = not scheduled). */
  readonly ptv: {
    readonly baseUrl: string;
    readonly timeoutMs: number;
    readonly maxRetries: number;
    readonly chunkSize: number;
    readonly cron: string | undefined;
    readonly fullCron: string | undefined;
  };
}

/** Parses an environment (default `process.env`); throws one error listing every problem. */
export function loadConfig(source: Record<string, string | undefined> = process.env): CmsConfig {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new Error(`Invalid CMS configuration, set these environment variables:\n${lines.join('\n')}`);
  }
  const env = parsed.data as z.output<typeof EnvSchema> &
    Record<(typeof SECRET_NAMES)[number], string | undefined>;
  const secret = (name: (typeof SECRET_NAMES)[number]) => env[name] ?? DEV_SECRETS[name];
  const database: DatabaseConfig = env.DATABASE_URL
    ? { client: 'postgres', url: env.DATABASE_URL, ssl: env.DATABASE_SSL }
    : { client: 'sqlite', filename: path.resolve(REPO_DIR, env.DATABASE_FILENAME) };
  return deepFreeze({
    env: env.NODE_ENV,
    host: env.CMS_HOST,
    port: env.CMS_PORT,
    publicUrl: env.CMS_PUBLIC_URL,
    serveAdmin: env.CMS_SERVE_ADMIN,
    corsOrigins: corsOrigins(env),
    database,
    secrets: {
      appKeys: secret('APP_KEYS')
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
      apiTokenSalt: secret('API_TOKEN_SALT'),
      adminJwtSecret: secret('ADMIN_JWT_SECRET'),
      transferTokenSalt: secret('TRANSFER_TOKEN_SALT'),
      jwtSecret: secret('JWT_SECRET'),
      encryptionKey: secret('ENCRYPTION_KEY'),
    },
    admin:
      env.STRAPI_ADMIN_EMAIL && env.STRAPI_ADMIN_PASSWORD
        ? { email: env.STRAPI_ADMIN_EMAIL, password: env.STRAPI_ADMIN_PASSWORD }
        : undefined,
    tokens: { write: env.CMS_WRITE_TOKEN, read: env.CMS_READ_TOKEN },
    ptv: {
      baseUrl: env.PTV_BASE_URL,
      timeoutMs: env.PTV_TIMEOUT_MS,
      maxRetries: env.PTV_MAX_RETRIES,
      chunkSize: env.PTV_SYNC_CHUNK_SIZE,
      cron: env.PTV_SYNC_CRON as string | undefined,
      fullCron: env.PTV_FULL_SYNC_CRON as string | undefined,
    },
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

let cached: CmsConfig | undefined;

/** The configuration of this process, parsed on first use. */
export function getConfig(): CmsConfig {
  cached ??= loadConfig();
  return cached;
}
