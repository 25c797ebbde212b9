/** The CMS configuration (cms/src/env.ts). */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/env';

const SECRETS = {
  APP_KEYS: 'a,b',
  API_TOKEN_SALT: 'salt',
  ADMIN_JWT_SECRET: 'jwt',
  TRANSFER_TOKEN_SALT: 'transfer',
  JWT_SECRET: 'users-jwt',
  ENCRYPTION_KEY: 'enc',
};

describe('loadConfig', () => {
  it('has working defaults for development: SQLite under .data, 127.0.0.1:1337, admin panel on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', host: '127.0.0.1', port: 1337, serveAdmin: true });
    expect(config.database).toEqual({
      client: 'sqlite',
      filename: expect.stringMatching(/\/\.data\/cms\.db$/),
    });
    expect(Object.isFrozen(config) && Object.isFrozen(config.secrets)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/cms',
      CMS_SERVE_ADMIN: 'false',
      CMS_PORT: '4010',
    });
    expect(config.database).toEqual({ client: 'postgres', url: 'postgres://u@db:5432/cms', ssl: false });
    expect(config.serveAdmin).toBe(false);
    expect(config.port).toBe(4010);
  });

  it('refuses to start in production without secrets and names each missing variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /APP_KEYS: is required when NODE_ENV=production[\s\S]*ENCRYPTION_KEY: is required when NODE_ENV=production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', ...SECRETS }).secrets.appKeys).toEqual(['a', 'b']);
  });

  it('rejects bad values with the variable name', () => {
    expect(() => loadConfig({ CMS_PORT: 'http' })).toThrow(/CMS_PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ URL/,
    );
    expect(() => loadConfig({ STRAPI_ADMIN_EMAIL: 'a@b.fi' })).toThrow(/STRAPI_ADMIN_PASSWORD/);
    expect(() => loadConfig({ CMS_WRITE_TOKEN: 'short' })).toThrow(
      /CMS_WRITE_TOKEN: must be at least 16 characters/,
    );
    const same = 'x'.repeat(20);
    expect(() => loadConfig({ CMS_WRITE_TOKEN: same, CMS_READ_TOKEN: same })).toThrow(
      /CMS_READ_TOKEN: must differ/,
    );
  });
});
