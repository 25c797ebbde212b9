/**
 * The CMS against a hostile caller, on a real Strapi (SQLite, so the database file's mode can be checked): CORS,
 * public registration, Strapi's default API tokens, the database file's permissions.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers';

const EDITORS_ORIGIN = 'https://editors.example.fi';
const EVIL_ORIGIN = 'https://evil.example';

let cms: CmsHandle;
let tempDir: string;
let databaseFile: string;

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'neuvo-cms-security-'));
  // A folder that does not exist yet: the CMS creates it.
  databaseFile = join(tempDir, 'data', 'cms.db');
  cms = await startCms({
    database: 'sqlite',
    env: { DATABASE_FILENAME: databaseFile, CMS_CORS_ORIGINS: EDITORS_ORIGIN },
  });
});

afterAll(async () => {
  await cms?.stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** Signs in as the super admin: the access token, and the refresh cookie the admin panel keeps. */
async function adminLogin(): Promise<{ accessToken: string; cookie: string }> {
  const res = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: cms.adminEmail, password: cms.adminPassword }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { data: { token: string } };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { accessToken: body.data.token, cookie };
}

describe('CORS', () => {
  it('does not let another origin read a fresh admin token with the refresh cookie', async () => {
    const { cookie } = await adminLogin();
    const attack = await fetch(`${cms.url}/admin/access-token`, {
      method: 'POST',
      headers: { origin: EVIL_ORIGIN, cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    // The browser shows the answer to the other site only if it is named here; it is not.
    expect(attack.headers.get('access-control-allow-origin')).toBeNull();
    expect(attack.headers.get('access-control-allow-credentials')).toBeNull();

    const preflight = await fetch(`${cms.url}/admin/access-token`, {
      method: 'OPTIONS',
      headers: { origin: EVIL_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the CMS itself and the origins in CMS_CORS_ORIGINS', async () => {
    for (const origin of [EDITORS_ORIGIN, cms.url]) {
      const preflight = await fetch(`${cms.url}/admin/access-token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    }
  });
});

describe('end-user registration', () => {
  it('is closed: nobody can create a user through the public register route', async () => {
    const res = await api(cms.url, '/auth/local/register', {
      method: 'POST',
      body: { username: 'intruder', email: 'intruder@example.fi', password: 'Intruder-Password-1' },
    });
    expect(res.status).toBe(403);
    expect(res.body?.jwt).toBeUndefined();
    // Signing in as the would-be user fails as well: it was never created.
    const login = await api(cms.url, '/auth/local', {
      method: 'POST',
      body: { identifier: 'intruder@example.fi', password: 'Intruder-Password-1' },
    });
    expect(login.status).toBe(400);
  });
});

describe('API tokens', () => {
  it("keeps only the platform's tokens, none of Strapi's default ones", async () => {
    const { accessToken } = await adminLogin();
    const res = await fetch(`${cms.url}/admin/api-tokens`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { name: string }[] };
    expect(body.data.map((t) => t.name).sort()).toEqual(['neuvo-read', 'neuvo-write']);
  });
});

describe('the SQLite database', () => {
  it('is readable by its owner only, and so is the folder the CMS created for it', () => {
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dirname(databaseFile))).toBe(0o700);
    // The write-ahead log is open while Strapi runs.
    for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`])
      expect(mode(file)).toBe(0o600);
  });
});
