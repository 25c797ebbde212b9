import { describe, expect, it } from 'vitest';
import { resolveRuntimeConfig, RuntimeConfigError } from './runtime-config';

describe('resolveRuntimeConfig', () => {
  it('uses config.json values over the env fallback', () => {
    const config = resolveRuntimeConfig(
      { apiUrl: 'http://10.0.0.5:4000/graphql' },
      { apiUrl: 'http://env/graphql' },
    );
    expect(config).toEqual({ apiUrl: 'http://10.0.0.5:4000/graphql' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('falls back to VITE_ env values when config.json is not served', () => {
    expect(resolveRuntimeConfig(undefined, { apiUrl: 'http://env:4000/graphql' })).toEqual({
      apiUrl: 'http://env:4000/graphql',
    });
  });

  it('defaults the api URL only in dev', () => {
    expect(resolveRuntimeConfig(undefined, {}, { dev: true }).apiUrl).toBe('http://127.0.0.1:4000/graphql');
    expect(() => resolveRuntimeConfig(undefined, {}, { dev: false })).toThrow(RuntimeConfigError);
  });

  it('keeps no secret: a key left in an old config.json is ignored', () => {
    expect(resolveRuntimeConfig({ apiUrl: 'http://a/graphql', apiKey: 'old' }, {})).toEqual({
      apiUrl: 'http://a/graphql',
    });
  });

  it('rejects non-http URLs and malformed files', () => {
    expect(() => resolveRuntimeConfig({ apiUrl: 'javascript:alert(1)' }, {})).toThrow(/http/);
    expect(() => resolveRuntimeConfig(['x'], {})).toThrow(RuntimeConfigError);
  });
});
