import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const complete = { CMS_WRITE_TOKEN: 'token', MEILI_MASTER_KEY: 'a-master-key-of-32-bytes-or-so!!' };

describe('loadConfig', () => {
  it('applies the contract defaults and freezes the result', () => {
    const config = loadConfig(complete);
    expect(config).toEqual({
      cmsUrl: 'http://127.0.0.1:1337',
      cmsWriteToken: 'token',
      meiliUrl: 'http://127.0.0.1:7700',
      meiliMasterKey: complete.MEILI_MASTER_KEY,
      pollMs: 250,
      outboxWaitMs: 10_000,
      finnishAnalysis: 'auto',
      voikkoLibrary: undefined,
      logFormat: 'json',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable and strips trailing slashes from URLs', () => {
    const config = loadConfig({
      ...complete,
      CMS_URL: 'http://cms.local:1400/',
      MEILI_URL: 'https://search.example.fi',
      INDEXER_POLL_MS: '1000',
      INDEXER_OUTBOX_WAIT_MS: '0',
      FINNISH_ANALYSIS: 'snowball',
      VOIKKO_LIBRARY: '/opt/voikko/lib/libvoikko.so.1',
      LOG_FORMAT: 'pretty',
    });
    expect(config.logFormat).toBe('pretty');
    expect(config.finnishAnalysis).toBe('snowball');
    expect(config.voikkoLibrary).toBe('/opt/voikko/lib/libvoikko.so.1');
    expect(config.cmsUrl).toBe('http://cms.local:1400');
    expect(config.meiliUrl).toBe('https://search.example.fi');
    expect(config.pollMs).toBe(1000);
    expect(config.outboxWaitMs).toBe(0);
  });

  it('refuses to start without secrets and names every missing variable', () => {
    let error: unknown;
    try {
      loadConfig({ MEILI_MASTER_KEY: '', INDEXER_POLL_MS: 'often' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { message, variables } = error as ConfigError;
    expect([...variables].sort()).toEqual(['CMS_WRITE_TOKEN', 'INDEXER_POLL_MS', 'MEILI_MASTER_KEY']);
    expect(message).toMatch(/CMS_WRITE_TOKEN: missing/);
    expect(message).toMatch(/MEILI_MASTER_KEY: missing/);
    expect(message).toMatch(/INDEXER_POLL_MS: invalid/);
  });

  it('rejects an unknown log format', () => {
    expect(() => loadConfig({ ...complete, LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT: invalid/);
  });

  it('rejects an unknown Finnish analysis mode', () => {
    expect(() => loadConfig({ ...complete, FINNISH_ANALYSIS: 'stemmer' })).toThrow(
      /FINNISH_ANALYSIS: invalid/,
    );
  });

  it('rejects a URL that is not http(s)', () => {
    expect(() => loadConfig({ ...complete, CMS_URL: 'ftp://cms' })).toThrow(/CMS_URL: invalid/);
  });
});
