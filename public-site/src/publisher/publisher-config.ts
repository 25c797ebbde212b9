import { OUTBOX_MAX_WAIT_MS } from '@neuvo/content-models/outbox';
import { loadSiteBuildConfig, SiteConfigError, type SiteBuildConfig } from '../config.js';

/** Configuration of the site publisher, read once from the environment by `scripts/publish-site.ts`. */
export interface PublisherConfig extends SiteBuildConfig {
  /** The CMS base URL whose outbox is followed (`CMS_URL`). */
  readonly cmsUrl: string;
  /** A token the CMS outbox route accepts (`CMS_WRITE_TOKEN`: it requires a full-access token today). */
  readonly cmsToken: string;
  /** Where releases, `current` and `status.json` live (`SITE_PUBLISH_DIR`). */
  readonly publishDir: string;
  /** Port of the site server (`SITE_PORT`, default 5174; 0 = any free port). */
  readonly port: number;
  /** Quiet time after a change before rebuilding (`SITE_REBUILD_DEBOUNCE_MS`, default 500). */
  readonly debounceMs: number;
  /**
   * One more build follows the last change after this long (`SITE_FOLLOW_UP_BUILD_MS`, default 2000; 0 = none). The
   * api drops its cached guide reads once the search indexer applied a change (within about a second), so a build
   * that started before that and still got the old answer is corrected by this one.
   */
  readonly followUpBuildMs: number;
  /** Long-poll wait on the outbox (`SITE_OUTBOX_WAIT_MS`, default 20000, at most 25000). */
  readonly outboxWaitMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 500;
export const DEFAULT_OUTBOX_WAIT_MS = 20_000;
export const DEFAULT_SITE_PORT = 5174;
export const DEFAULT_FOLLOW_UP_BUILD_MS = 2000;

export function loadPublisherConfig(
  env: Readonly<Record<string, string | undefined>>,
  defaults: { publishDir: string },
): PublisherConfig {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const cmsUrl = env['CMS_URL']?.trim() ?? '';
  if (!/^https?:\/\/[^\s]+$/.test(cmsUrl))
    problems.push('CMS_URL must be the CMS base URL, e.g. http://127.0.0.1:1337');
  const cmsToken = env['CMS_WRITE_TOKEN']?.trim() ?? '';
  if (!cmsToken)
    problems.push('CMS_WRITE_TOKEN must be a full-access Strapi API token (the outbox route requires one)');
  const config = {
    ...loadSiteBuildConfig(env),
    cmsUrl: cmsUrl.replace(/\/+$/, ''),
    cmsToken,
    publishDir: env['SITE_PUBLISH_DIR']?.trim() || defaults.publishDir,
    port: integer('SITE_PORT', DEFAULT_SITE_PORT, 0, 65535),
    debounceMs: integer('SITE_REBUILD_DEBOUNCE_MS', DEFAULT_DEBOUNCE_MS, 0, 600_000),
    followUpBuildMs: integer('SITE_FOLLOW_UP_BUILD_MS', DEFAULT_FOLLOW_UP_BUILD_MS, 0, 600_000),
    outboxWaitMs: integer('SITE_OUTBOX_WAIT_MS', DEFAULT_OUTBOX_WAIT_MS, 0, OUTBOX_MAX_WAIT_MS),
  };
  if (problems.length > 0) {
    throw new SiteConfigError(`invalid configuration:\n  - ${problems.join('\n  - ')}`, { problems });
  }
  return Object.freeze(config);
}
