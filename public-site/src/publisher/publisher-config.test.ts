import { describe, expect, it } from 'vitest';
import { SiteConfigError } from '../config.js';
import { loadPublisherConfig } from './publisher-config.js';

const defaults = { publishDir: '/srv/site' };
const base = { CMS_URL: 'http://127.0.0.1:1337/', CMS_WRITE_TOKEN: 'token' };

describe('the publisher configuration', () => {
  it('has defaults for everything but the CMS and its token', () => {
    expect(loadPublisherConfig(base, defaults)).toMatchObject({
      cmsUrl: 'http://127.0.0.1:1337',
      cmsToken: 'token',
      publishDir: '/srv/site',
      port: 5174,
      debounceMs: 500,
      followUpBuildMs: 2000,
      outboxWaitMs: 20_000,
    });
  });

  it('reads the follow-up build delay, 0 turning it off', () => {
    expect(loadPublisherConfig({ ...base, SITE_FOLLOW_UP_BUILD_MS: '0' }, defaults).followUpBuildMs).toBe(0);
    expect(loadPublisherConfig({ ...base, SITE_FOLLOW_UP_BUILD_MS: '3500' }, defaults).followUpBuildMs).toBe(
      3500,
    );
  });

  it('refuses to start without the CMS, naming every problem', () => {
    let error: unknown;
    try {
      loadPublisherConfig(
        { SITE_REBUILD_DEBOUNCE_MS: 'soon', SITE_FOLLOW_UP_BUILD_MS: '-1', SITE_OUTBOX_WAIT_MS: '60000' },
        defaults,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteConfigError);
    expect((error as SiteConfigError).problems).toEqual([
      'CMS_URL must be the CMS base URL, e.g. http://127.0.0.1:1337',
      'CMS_WRITE_TOKEN must be a full-access Strapi API token (the outbox route requires one)',
      'SITE_REBUILD_DEBOUNCE_MS must be an integer from 0 to 600000',
      'SITE_FOLLOW_UP_BUILD_MS must be an integer from 0 to 600000',
      'SITE_OUTBOX_WAIT_MS must be an integer from 0 to 25000',
    ]);
  });
});
