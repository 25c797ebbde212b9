/**
 * Runtime configuration of the built portal.
 *
 * The built app reads `config.json` served next to `index.html`: `{ "apiUrl": "http://127.0.0.1:4000/graphql" }`.
 * The start script writes it, so one build works in every environment. It holds no secret: agents sign in at the
 * api (`/auth/login`), which keeps their session in an httpOnly cookie. When the file is missing (e.g. `vite dev`),
 * `VITE_API_URL` fills in.
 */
import { ConfigError } from '@neuvo/content-models/errors';
export interface RuntimeConfig {
  /** Absolute URL of the api's GraphQL endpoint; sign-in and sign-out live next to it (`/auth/*`). */
  readonly apiUrl: string;
  /**
   * Wait after a keystroke before searching, in ms (default 0: search at once). Only the keystroke-to-paint benchmark
   * sets it, to measure the old fixed wait as its baseline in the same run; deployments leave it out.
   */
  readonly searchDebounceMs: number;
}

/** The most `searchDebounceMs` may be. */
export const MAX_SEARCH_DEBOUNCE_MS = 1000;

export interface EnvFallback {
  readonly apiUrl?: string | undefined;
}

/** The portal's runtime configuration is missing or invalid (a ConfigError of the closed list: CONFIG_INVALID). */
export class RuntimeConfigError extends ConfigError {
  override readonly name: string = 'RuntimeConfigError';
}

const DEV_DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Merges the parsed `config.json` (may be `undefined` when not served) with the env fallback and validates it.
 * Pure, so it can be tested without a server.
 */
export function resolveRuntimeConfig(
  file: unknown,
  env: EnvFallback,
  options: { dev: boolean } = { dev: false },
): RuntimeConfig {
  if (file !== undefined && (typeof file !== 'object' || file === null || Array.isArray(file))) {
    throw new RuntimeConfigError('config.json must be a JSON object like {"apiUrl": "..."}');
  }
  const record = (file ?? {}) as Record<string, unknown>;
  const apiUrl =
    nonEmptyString(record.apiUrl) ??
    nonEmptyString(env.apiUrl) ??
    (options.dev ? DEV_DEFAULT_API_URL : undefined);
  if (apiUrl === undefined) {
    throw new RuntimeConfigError(
      'apiUrl is missing: serve config.json next to index.html or set VITE_API_URL',
    );
  }
  let parsed: URL;
  try {
    // Relative URLs (e.g. "/graphql" behind a reverse proxy) are resolved against the page.
    parsed = new URL(apiUrl, globalThis.location?.href ?? 'http://localhost/');
  } catch {
    throw new RuntimeConfigError('apiUrl is not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new RuntimeConfigError('apiUrl must be an http(s) URL');
  }
  const debounce = record.searchDebounceMs ?? 0;
  if (
    typeof debounce !== 'number' ||
    !Number.isInteger(debounce) ||
    debounce < 0 ||
    debounce > MAX_SEARCH_DEBOUNCE_MS
  ) {
    throw new RuntimeConfigError(
      `searchDebounceMs must be a whole number of milliseconds from 0 to ${MAX_SEARCH_DEBOUNCE_MS}`,
    );
  }
  return Object.freeze({ apiUrl: parsed.href, searchDebounceMs: debounce });
}

/**
 * Fetches `config.json` relative to the app and resolves the configuration. A missing file (404, or the dev
 * server's HTML fallback) is not an error by itself: the env fallback may cover it.
 */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  let file: unknown;
  try {
    const response = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, {
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    const contentType = response.headers.get('content-type') ?? '';
    if (response.ok && contentType.includes('json')) {
      file = await response.json();
    }
  } catch (error) {
    if (error instanceof SyntaxError) throw new RuntimeConfigError('config.json is not valid JSON');
    // Network failure while loading our own origin: fall through to the env fallback.
  }
  return resolveRuntimeConfig(file, { apiUrl: import.meta.env.VITE_API_URL }, { dev: import.meta.env.DEV });
}
