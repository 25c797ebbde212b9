import { ConfigError } from '@neuvo/content-models/errors';

/** Configuration of the site build, read once from the environment by the build script. */
export interface SiteBuildConfig {
  /** The api's GraphQL endpoint. */
  readonly apiUrl: string;
}

export const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/** `API_URL` is not usable; the message says how to set it. */
export class SiteConfigError extends ConfigError {
  override readonly name: string = 'SiteConfigError';
}

/**
 * `API_URL` may be the GraphQL endpoint (`http://host:4000/graphql`) or the api's base URL
 * (`http://host:4000`), in which case `/graphql` is appended.
 */
export function loadSiteBuildConfig(env: Readonly<Record<string, string | undefined>>): SiteBuildConfig {
  const raw = env['API_URL']?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteConfigError(`API_URL is not a valid URL: set it like ${DEFAULT_API_URL}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteConfigError('API_URL must be an http(s) URL');
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return Object.freeze({ apiUrl: url.href });
}
