import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'dotenv';
import {
  ENV_KEYS,
  ensureEnvFile,
  generateAdminPassword,
  isValidAdminPassword,
  loadEnvFile,
} from '../src/kit/index.js';

describe('ensureEnvFile', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'neuvo-env-'));
    path = join(dir, '.env');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a file with every key, strong values and mode 0600', () => {
    const result = ensureEnvFile(path);
    expect(result.created).toBe(true);
    expect(result.added).toEqual([...ENV_KEYS]);
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const env = parse(readFileSync(path, 'utf8'));
    for (const key of [
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
      'CMS_WRITE_TOKEN',
      'CMS_READ_TOKEN',
      'MEILI_MASTER_KEY',
      'OIDC_CLIENT_SECRET',
      'CONTACT_ENCRYPTION_KEYS',
      'CONTACT_INDEX_KEY',
      'STRAPI_ADMIN_EMAIL',
      'STRAPI_ADMIN_PASSWORD',
    ]) {
      expect(env[key], key).toBeTruthy();
    }
    const appKeys = env.APP_KEYS!.split(',');
    expect(appKeys).toHaveLength(4);
    expect(new Set(appKeys).size).toBe(4);
    for (const key of [
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'JWT_SECRET',
      'MEILI_MASTER_KEY',
      'OIDC_CLIENT_SECRET',
      'CMS_READ_TOKEN',
      'CONTACT_INDEX_KEY',
    ]) {
      expect(env[key]!.length, key).toBeGreaterThanOrEqual(32);
    }
    expect(env.CMS_READ_TOKEN).not.toBe(env.CMS_WRITE_TOKEN);
    expect(env.STRAPI_ADMIN_EMAIL).toBe('admin@neuvo.local');
    expect(isValidAdminPassword(env.STRAPI_ADMIN_PASSWORD!)).toBe(true);
  });

  it('keeps existing values, adds only missing keys and tightens the mode', () => {
    writeFileSync(
      path,
      '# mine\nMEILI_MASTER_KEY=keep-this-master-key\nSTRAPI_ADMIN_EMAIL=me@example.fi\nOTHER=1',
      {
        mode: 0o644,
      },
    );
    const result = ensureEnvFile(path);
    expect(result.created).toBe(false);
    expect(result.added).not.toContain('MEILI_MASTER_KEY');
    expect(result.added).not.toContain('STRAPI_ADMIN_EMAIL');
    expect(result.added).toContain('APP_KEYS');

    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# mine\n')).toBe(true);
    const env = parse(text);
    expect(env.MEILI_MASTER_KEY).toBe('keep-this-master-key');
    expect(env.STRAPI_ADMIN_EMAIL).toBe('me@example.fi');
    expect(env.OTHER).toBe('1');
    for (const key of ENV_KEYS) expect(env[key], key).toBeTruthy();
    expect(statSync(path).mode & 0o777).toBe(0o600);

    // A second run changes nothing.
    const again = ensureEnvFile(path);
    expect(again.added).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('loadEnvFile does not override variables already set', () => {
    writeFileSync(path, 'NEUVO_TEST_A=from-file\nNEUVO_TEST_B=from-file\n');
    process.env.NEUVO_TEST_A = 'from-env';
    try {
      loadEnvFile(path);
      expect(process.env.NEUVO_TEST_A).toBe('from-env');
      expect(process.env.NEUVO_TEST_B).toBe('from-file');
    } finally {
      delete process.env.NEUVO_TEST_A;
      delete process.env.NEUVO_TEST_B;
    }
  });
});

describe('generateAdminPassword', () => {
  it('always satisfies Strapi rules', () => {
    for (let i = 0; i < 200; i++) expect(isValidAdminPassword(generateAdminPassword())).toBe(true);
    expect(isValidAdminPassword('alllowercase1')).toBe(false);
    expect(isValidAdminPassword('Short1')).toBe(false);
  });
});
