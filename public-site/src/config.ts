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
  /** The site's own address, for the sitemap, canonical links and `hreflang` alternates: `SITE_URL`. */
  readonly siteUrl: string;
  /** Where the accessibility statement asks for feedback: `ACCESSIBILITY_FEEDBACK_EMAIL`. */
  readonly accessibilityFeedbackEmail: string;
}

export const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';
/** Where `npm start` serves the built site. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:5174';
/** The feedback address of the accessibility statement unless `ACCESSIBILITY_FEEDBACK_EMAIL` is set. */
export const DEFAULT_ACCESSIBILITY_FEEDBACK_EMAIL = 'saavutettavuus@neuvo.fi';

const EMAIL = /^[^\s@<>"'&]{1,64}@[a-z0-9.-]{1,190}\.[a-z]{2,}$/i;

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
  const email = env['ACCESSIBILITY_FEEDBACK_EMAIL']?.trim() || DEFAULT_ACCESSIBILITY_FEEDBACK_EMAIL;
  if (!EMAIL.test(email)) {
    throw new SiteConfigError(
      'ACCESSIBILITY_FEEDBACK_EMAIL is not an email address: set it like saavutettavuus@alue.fi',
    );
  }
  return Object.freeze({
    apiUrl,
    browserApiUrl: publicApiUrl ? graphqlUrl('PUBLIC_API_URL', publicApiUrl) : apiUrl,
    siteUrl: siteUrl(env['SITE_URL']?.trim() || DEFAULT_SITE_URL),
    accessibilityFeedbackEmail: email,
  });
}

/** `SITE_URL` as an origin with an optional path, without a trailing slash: `https://neuvo.fi`. */
function siteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteConfigError(`SITE_URL is not a valid URL: set it like ${DEFAULT_SITE_URL}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SiteConfigError('SITE_URL must be an http(s) URL');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
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
