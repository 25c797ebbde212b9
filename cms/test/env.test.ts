/** The CMS configuration (cms/src/env.ts). */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/env';

const random = () => randomBytes(32).toString('base64url');
const KEY_A = random();
const KEY_B = random();
const SECRETS = {
  APP_KEYS: `${KEY_A},${KEY_B}`,
  API_TOKEN_SALT: random(),
  ADMIN_JWT_SECRET: random(),
  TRANSFER_TOKEN_SALT: random(),
  JWT_SECRET: random(),
  ENCRYPTION_KEY: random(),
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
    expect(loadConfig({ NODE_ENV: 'production', ...SECRETS }).secrets.appKeys).toEqual([KEY_A, KEY_B]);
  });

  it('refuses the development defaults from the repository in production, naming the variable', () => {
    // What loadConfig falls back to outside production: the very values a production start must refuse.
    const defaults = loadConfig({}).secrets;
    const attempt = (env: Record<string, string>) => () =>
      loadConfig({ NODE_ENV: 'production', ...SECRETS, ...env });
    expect(attempt({ ADMIN_JWT_SECRET: defaults.adminJwtSecret })).toThrow(
      /ADMIN_JWT_SECRET: is the development default/,
    );
    expect(attempt({ ENCRYPTION_KEY: defaults.encryptionKey })).toThrow(
      /ENCRYPTION_KEY: is the development default/,
    );
    // One development key among random ones is refused too.
    expect(attempt({ APP_KEYS: `${KEY_A},${defaults.appKeys[0]}` })).toThrow(
      /APP_KEYS: each key is the development default/,
    );
  });

  it('refuses short or predictable secrets in production without echoing them', () => {
    const short = () => loadConfig({ NODE_ENV: 'production', ...SECRETS, JWT_SECRET: 'x' });
    expect(short).toThrow(/JWT_SECRET: must be at least 32 characters/);
    const repeated = 'q'.repeat(48);
    const predictable = () => loadConfig({ NODE_ENV: 'production', ...SECRETS, API_TOKEN_SALT: repeated });
    expect(predictable).toThrow(/API_TOKEN_SALT: is too predictable/);
    expect(predictable).not.toThrow(new RegExp(repeated));
    expect(() => loadConfig({ NODE_ENV: 'production', ...SECRETS, APP_KEYS: `${KEY_A},short` })).toThrow(
      /APP_KEYS: each key must be at least 32 characters/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', ...SECRETS, CMS_WRITE_TOKEN: 'w'.repeat(40) })).toThrow(
      /CMS_WRITE_TOKEN: is too predictable/,
    );
    // Outside production short development values stay allowed (tests, `strapi develop`).
    expect(loadConfig({ JWT_SECRET: 'x' }).secrets.jwtSecret).toBe('x');
  });

  it('allows the CMS its own origin and CMS_CORS_ORIGINS only', () => {
    expect(loadConfig({ CMS_PORT: '1400' }).corsOrigins).toEqual([
      'http://127.0.0.1:1400',
      'http://localhost:1400',
    ]);
    expect(
      loadConfig({
        CMS_HOST: '0.0.0.0',
        CMS_PUBLIC_URL: 'https://cms.example.fi/',
        CMS_CORS_ORIGINS: 'https://editors.example.fi, https://admin.example.fi',
      }).corsOrigins,
    ).toEqual([
      'https://cms.example.fi',
      'http://0.0.0.0:1337',
      'https://editors.example.fi',
      'https://admin.example.fi',
    ]);
    expect(() => loadConfig({ CMS_CORS_ORIGINS: 'https://ok.example.fi,*' })).toThrow(/CMS_CORS_ORIGINS/);
    expect(() => loadConfig({ CMS_CORS_ORIGINS: 'https://x.example.fi/path' })).toThrow(/CMS_CORS_ORIGINS/);
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
