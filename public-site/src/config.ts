import { ConfigError } from '@neuvo/content-models/errors';

/** Configuration of the site build, read once from the environment by the build script. */
export interface SiteBuildConfig {
  /** The api's GraphQL endpoint, as the build reaches it. */
  readonly apiUrl: string;
  /**
   * The api's GraphQL endpoint as citizens' browsers reach it (search, feedback, local help), baked into the
   * built pages: `PUBLIC_API_URL`, else `API_URL`.
   */
  readonly browserApiUrl: string;
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
  const apiUrl = graphqlUrl('API_URL', env['API_URL']?.trim() || DEFAULT_API_URL);
  const publicApiUrl = env['PUBLIC_API_URL']?.trim();
  return Object.freeze({
    apiUrl,
    browserApiUrl: publicApiUrl ? graphqlUrl('PUBLIC_API_URL', publicApiUrl) : apiUrl,
  });
}

function graphqlUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteConfigError(`${name} is not a valid URL: set it like ${DEFAULT_API_URL}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteConfigError(`${name} must be an http(s) URL`);
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url.href;
}
