import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createFormatError, redactValues, requestScope } from '../src/errors.js';
import { ConfigError, DomainError } from '../src/models.js';
import type { Api } from '../src/server.js';
import { codes, gql } from './support/graphql.js';
import { memoryLogger, startTestApi } from './support/api.js';

let api: Api;
let production: Api;

beforeAll(async () => {
  api = await startTestApi({});
  // Production refuses to start without a provider or with guessable secrets; this provider is never asked (discovery
  // happens at the first sign-in).
  production = await startTestApi(
    {
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://neuvo.example.fi',
      CMS_READ_TOKEN: randomBytes(48).toString('hex'),
      MEILI_SEARCH_KEY: randomBytes(32).toString('hex'),
      OIDC_ISSUER: 'https://login.example.fi/tenant/v2.0',
      OIDC_CLIENT_ID: 'neuvo-api',
      OIDC_CLIENT_SECRET: randomBytes(32).toString('base64url'),
      OIDC_REDIRECT_URL: 'https://api.neuvo.example.fi/auth/callback',
      PORTAL_URL: 'https://agents.neuvo.example.fi',
    },
    memoryLogger(),
    { signIn: false },
  );
});

afterAll(async () => {
  await api?.stop();
  await production?.stop();
});

describe('http', () => {
  it('answers GET /health with 200 JSON', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', service: 'api' });
    // The search cache's counters (no queries in them).
    expect(body['searchCache']).toMatchObject({ hits: expect.any(Number), misses: expect.any(Number) });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${api.url}/nope`)).status).toBe(404);
    const put = await fetch(`${api.url}/graphql`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('allows localhost origins by default and only the configured ones when CORS_ORIGINS is set', async () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const local = await preflight(api.url, 'http://localhost:5173');
    expect(local.status).toBe(204);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(local.headers.get('access-control-allow-headers')).toContain('content-type');
    // Credentials (the staff session cookie) for no origin but the portal's.
    expect(local.headers.get('access-control-allow-credentials')).toBeNull();

    const foreign = await preflight(api.url, 'https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    const configured = await preflight(production.url, 'https://neuvo.example.fi');
    expect(configured.headers.get('access-control-allow-origin')).toBe('https://neuvo.example.fi');
    expect(configured.headers.get('access-control-allow-credentials')).toBeNull();
    const notListed = await preflight(production.url, 'http://localhost:5173');
    expect(notListed.headers.get('access-control-allow-origin')).toBeNull();
    const portal = await preflight(production.url, 'https://agents.neuvo.example.fi');
    expect(portal.headers.get('access-control-allow-origin')).toBe('https://agents.neuvo.example.fi');
    expect(portal.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('rejects bodies over 64 KiB and bodies that are not JSON', async () => {
    const big = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ guides { slug } } # ${'x'.repeat(70_000)}` }),
    });
    expect(big.status).toBe(413);
    const broken = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
    expect(
      ((await broken.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('blocks simple cross-site GET requests (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ guides { slug } }')}`);
    expect(res.status).toBe(400);
  });
});

describe.each(['citizen', 'agent'] as const)('graphql limits as %s', (role) => {
  // No type of the first schema nests deeper than 4 levels, so a tighter api checks the depth wiring.
  let shallow: Api;
  beforeAll(async () => {
    shallow = await startTestApi({}, memoryLogger(), { limits: { maxDepth: 3, maxFields: 300 } });
  });
  afterAll(async () => {
    await shallow?.stop();
  });

  it('rejects an operation deeper than the depth limit with VALIDATION_FAILED before running it', async () => {
    const deep = '{ serviceEntry(id: "abc") { channels { phones { number } } } }';
    const r = await gql(shallow.url, deep, {}, role);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(r.errors?.[0]?.message).toBe('The operation is too deep: at most 3 levels of fields are allowed.');
    // The same operation passes validation on the default api (and then fails only because no CMS runs here).
    const ok = await gql(api.url, deep, {}, role);
    expect(codes(ok)).toEqual(['UPSTREAM_UNAVAILABLE']);
  });

  it('rejects operations over the size limit before running them', async () => {
    const wide = Array.from({ length: 400 }, (_, i) => `f${i}: __typename`).join(' ');
    const r = await gql(api.url, `{ ${wide} }`, {}, role);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(r.errors?.[0]?.message).toMatch(/too large/);
  });

  it('rejects malformed documents with VALIDATION_FAILED and does not echo literal values', async () => {
    const r = await gql(api.url, '{ search(query: "a", limit: "010190-123A") { total } }', {}, role);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(r.errors)).not.toContain('010190-123A');
    const v = await gql(
      api.url,
      'query($l: Int) { search(query: "a", limit: $l) { total } }',
      { l: '010190-123A' },
      role,
    );
    expect(codes(v)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(v.errors)).not.toContain('010190-123A');
  });

  it('does not echo a value given for an enum, as a variable or inline', async () => {
    const variable = await gql(
      api.url,
      'query($l: Locale) { search(query: "a", locale: $l) { total } }',
      { l: '131052-308T' },
      role,
    );
    expect(codes(variable)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(variable.errors)).not.toMatch(/131052|308T/i);
    // An enum value is a GraphQL name, so inline it can be anything name-shaped the user typed.
    const inline = await gql(
      api.url,
      '{ search(query: "a", locale: Matti_Meikalainen_131052) { total } }',
      {},
      role,
    );
    expect(codes(inline)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(inline.errors)).not.toMatch(/Matti|131052/);
    // An input object's unknown key, from variables.
    const key = await gql(
      api.url,
      'query($f: SearchFilters) { search(query: "a", filters: $f) { total } }',
      { f: { '131052-308T': ['x'] } },
      role,
    );
    expect(codes(key)).toEqual(['VALIDATION_FAILED']);
    expect(JSON.stringify(key.errors)).not.toMatch(/131052/);
  });
});

describe('introspection', () => {
  const q = '{ __schema { queryType { name } } }';
  it('is on outside production', async () => {
    const r = await gql<{ __schema: { queryType: { name: string } } }>(api.url, q);
    expect(r.data?.__schema.queryType.name).toBe('Query');
  });
  it('is off in production', async () => {
    const r = await gql(production.url, q);
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
  });
});

describe('landing page', () => {
  const page = (url: string) => fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
  it('is served outside production', async () => {
    const res = await page(api.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });
  it('is not served in production', async () => {
    const res = await page(production.url);
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toMatch(/<html/i);
  });
});

describe('formatError', () => {
  const format = (error: unknown, requestId = 'req-12345678') => {
    const logger = memoryLogger();
    const formatted = requestScope.run({ requestId }, () =>
      createFormatError(logger)(
        { message: error instanceof Error ? error.message : 'x', path: ['search'] },
        new GraphQLError(error instanceof Error ? error.message : 'x', { originalError: error as Error }),
      ),
    );
    return { formatted, logger };
  };

  it('maps domain errors to their code and keeps their message', () => {
    const { formatted } = format(new DomainError('NOT_FOUND', 'No published self-care guide has this slug.'));
    expect(formatted).toEqual({
      message: 'No published self-care guide has this slug.',
      path: ['search'],
      extensions: { code: 'NOT_FOUND' },
    });
    expect(format(new DomainError('CONFLICT', 'x')).formatted.extensions?.['code']).toBe('CONFLICT');
  });

  it('sends a configuration error as INTERNAL without its message, and RATE_LIMITED as itself', () => {
    const config = format(
      new ConfigError('Set CMS_READ_TOKEN (the read-only Strapi API token value)'),
      'req-cfg12345',
    );
    expect(config.formatted.extensions).toEqual({ code: 'INTERNAL', requestId: 'req-cfg12345' });
    expect(config.formatted.message).not.toContain('CMS_READ_TOKEN');
    expect(format(new DomainError('RATE_LIMITED', 'Too many requests.')).formatted.extensions).toEqual({
      code: 'RATE_LIMITED',
    });
  });

  it('hides unknown errors behind INTERNAL and logs them with the request id', () => {
    const { formatted, logger } = format(
      new TypeError('cannot read secret-detail of undefined'),
      'req-abcdefgh',
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL', requestId: 'req-abcdefgh' });
    expect(formatted.message).not.toContain('secret-detail');
    expect(formatted.message).toContain('req-abcdefgh');
    expect(logger.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        event: 'graphql_internal_error',
        fields: expect.objectContaining({ requestId: 'req-abcdefgh', errorName: 'TypeError' }),
      }),
    ]);
  });

  it('redacts values quoted in GraphQL messages', () => {
    expect(
      redactValues(
        'Variable "$l" got invalid value "010190-123A"; Int cannot represent non-integer value: "010190-123A"',
      ),
    ).toBe('Variable "$l" got invalid value <redacted>; Int cannot represent non-integer value: <redacted>');
    expect(redactValues('Int cannot represent non-integer value: "abc"')).toBe(
      'Int cannot represent non-integer value: <redacted>',
    );
    expect(redactValues('Enum "Locale" cannot represent non-enum value: "de".')).toBe(
      'Enum "Locale" cannot represent non-enum value: <redacted>.',
    );
    expect(redactValues('Syntax Error: Unterminated string "010190-123A.')).not.toContain('010190');
  });
});
