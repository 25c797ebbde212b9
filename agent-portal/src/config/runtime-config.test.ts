import { describe, expect, it } from 'vitest';
import { resolveRuntimeConfig, RuntimeConfigError } from './runtime-config';

describe('resolveRuntimeConfig', () => {
  it('uses config.json values over the env fallback', () => {
    const config = resolveRuntimeConfig(
      { apiUrl: 'http://10.0.0.5:4000/graphql' },
      { apiUrl: 'http://env/graphql' },
    );
    expect(config).toEqual({ apiUrl: 'http://10.0.0.5:4000/graphql', searchDebounceMs: 0 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('falls back to VITE_ env values when config.json is not served', () => {
    expect(resolveRuntimeConfig(undefined, { apiUrl: 'http://env:4000/graphql' })).toEqual({
      apiUrl: 'http://env:4000/graphql',
      searchDebounceMs: 0,
    });
  });

  it('defaults the api URL only in dev', () => {
    expect(resolveRuntimeConfig(undefined, {}, { dev: true }).apiUrl).toBe('http://127.0.0.1:4000/graphql');
    expect(() => resolveRuntimeConfig(undefined, {}, { dev: false })).toThrow(RuntimeConfigError);
  });

  it('keeps no secret: a key left in an old config.json is ignored', () => {
    expect(resolveRuntimeConfig({ apiUrl: 'http://a/graphql', apiKey: 'old' }, {})).toEqual({
      apiUrl: 'http://a/graphql',
      searchDebounceMs: 0,
    });
  });

  it('searches at once unless config.json sets a wait (the benchmark baseline), and refuses a bad wait', () => {
    expect(
      resolveRuntimeConfig({ apiUrl: 'http://a/graphql', searchDebounceMs: 120 }, {}).searchDebounceMs,
    ).toBe(120);
    for (const bad of [-1, 1.5, '120', 5000])
      expect(() => resolveRuntimeConfig({ apiUrl: 'http://a/graphql', searchDebounceMs: bad }, {})).toThrow(
        /searchDebounceMs/,
      );
  });

  it('rejects non-http URLs and malformed files', () => {
    expect(() => resolveRuntimeConfig({ apiUrl: 'javascript:alert(1)' }, {})).toThrow(/http/);
    expect(() => resolveRuntimeConfig(['x'], {})).toThrow(RuntimeConfigError);
  });
});
