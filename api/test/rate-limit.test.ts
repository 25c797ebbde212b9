/**
 * Cost and rate limits against the running api: an operation with many searches is refused before it runs, and a
 * client over its budget gets RATE_LIMITED with HTTP 429 and Retry-After, counted per IP address (anonymous) or per
 * signed-in person and address (staff).
 */
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { codes, gql } from './support/graphql.js';
import { memoryLogger, startTestApi } from './support/api.js';

const aliased = (field: string, count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field} ${selection}`).join(' ')} }`;

describe('cost limit per operation', () => {
  let api: Api;
  beforeAll(async () => {
    // No Meilisearch behind it (MEILI_URL points nowhere): an operation that ran would fail with UPSTREAM_UNAVAILABLE.
    api = await startTestApi({ API_MAX_OPERATION_COST: '10' });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it.each(['citizen', 'agent'] as const)(
    'refuses 149 aliased searches from a %s before running any',
    async (role) => {
      const r = await gql(
        api.url,
        aliased('search(query: "kuume")', 149, '{ total }'),
        {},
        role,
      );
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['VALIDATION_FAILED']);
      expect(r.errors?.[0]?.message).toMatch(/too expensive: at most 10 /);
    },
  );

  it('counts suggestions, facet counts and fragment uses too', async () => {
    const suggests = await gql(api.url, aliased('suggest(prefix: "ku")', 11, '{ prefix }'));
    expect(codes(suggests)).toEqual(['VALIDATION_FAILED']);
    // Six searches with facets cost 12; through a fragment spread twice.
    const viaFragments = await gql(
      api.url,
      `{ ...F ...F } fragment F on Query { ${Array.from({ length: 3 }, (_, i) => `s${i}: search(query: "a") { total facets { types { value } } }`).join(' ')} }`,
    );
    expect(codes(viaFragments)).toEqual(['VALIDATION_FAILED']);
  });

  it('runs an operation within the limit (it then fails only because no Meilisearch runs here)', async () => {
    const r = await gql(
      api.url,
      aliased('search(query: "kuume")', 5, '{ total facets { types { value } } }'),
    );
    expect(new Set(codes(r))).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
  });
});

describe('rate limits per client', () => {
  let api: Api;
  let proxied: Api;
  const logger = memoryLogger();
  beforeAll(async () => {
    const limits = { RATE_LIMIT_ANONYMOUS: '5', RATE_LIMIT_AGENT: '8', RATE_LIMIT_WINDOW_SECONDS: '60' };
    api = await startTestApi(limits, logger);
    proxied = await startTestApi({ ...limits, API_TRUST_PROXY_HOPS: '1' });
  });
  afterAll(async () => {
    await api?.stop();
    await proxied?.stop();
  });

  it('answers RATE_LIMITED with 429 and Retry-After once an address has spent its budget', async () => {
    for (let i = 0; i < 5; i++) {
      const ok = await gql(api.url, '{ __typename }');
      expect(ok.errors, `request ${i + 1}`).toBeUndefined();
    }
    const limited = await gql(api.url, '{ __typename }');
    expect(limited.status).toBe(429);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ retryAfterSeconds: retryAfter });
    expect(logger.lines.some((l) => l.event === 'rate_limited')).toBe(true);
  });

  it('charges an operation what it costs', async () => {
    // A fresh client (own address through the proxy header): 5 points, a 3-search operation costs 3.
    const from = { 'x-forwarded-for': '203.0.113.7' };
    const three = aliased('search(query: "a")', 3, '{ total }');
    expect(codes(await gql(proxied.url, three, {}, from))).not.toContain('RATE_LIMITED');
    const second = await gql(proxied.url, three, {}, from);
    expect(second.status).toBe(429);
    expect(codes(second)).toEqual(['RATE_LIMITED']);
  });

  it('counts a signed-in agent on their own budget, per person and address', async () => {
    // The anonymous budget of 127.0.0.1 is spent by the first test; the agent's is not.
    for (let i = 0; i < 8; i++) {
      const ok = await gql(api.url, '{ __typename }', {}, 'agent');
      expect(ok.errors, `request ${i + 1}`).toBeUndefined();
    }
    expect(codes(await gql(api.url, '{ __typename }', {}, 'agent'))).toEqual(['RATE_LIMITED']);
    // Another signed-in person at the same address has a budget of their own.
    expect(codes(await gql(api.url, '{ __typename }', {}, 'supervisor'))).toEqual([]);
  });

  it('charges invalid documents too, and refuses a client over its budget before parsing anything', async () => {
    const from = { 'x-forwarded-for': '203.0.113.99' };
    for (let i = 0; i < 3; i++)
      expect(codes(await gql(proxied.url, '{ nope }', {}, from))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await gql(proxied.url, '{ __typename  ', {}, from))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await gql(proxied.url, '{ __typename }', {}, from))).toEqual([]);
    // Five points spent: even a document that would not parse is now refused as RATE_LIMITED, with Retry-After.
    const refused = await gql(proxied.url, '{ not parsed', {}, from);
    expect(refused.status).toBe(429);
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('behind a proxy, counts the address the proxy saw, not what the client wrote before it', async () => {
    const spend = (forwarded: string) =>
      gql(proxied.url, '{ __typename }', {}, { 'x-forwarded-for': forwarded });
    for (let i = 0; i < 5; i++) expect(codes(await spend(`10.0.0.${i}, 198.51.100.1`))).toEqual([]);
    // The same client with another forged first entry is still over its budget.
    expect(codes(await spend('10.9.9.9, 198.51.100.1'))).toEqual(['RATE_LIMITED']);
    // Another client is not.
    expect(codes(await spend('198.51.100.2'))).toEqual([]);
  });
});

describe('rate limits shared through Redis', () => {
  // The machine's Redis; each run counts a client address of its own, so runs and instances never collide.
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const limits = { RATE_LIMIT_ANONYMOUS: '4', RATE_LIMIT_WINDOW_SECONDS: '60', API_TRUST_PROXY_HOPS: '1' };
  const instances: Api[] = [];
  afterAll(async () => {
    for (const instance of instances) await instance.stop();
  });

  it('charges one budget across api instances', async () => {
    const a = await startTestApi({ ...limits, REDIS_URL: redisUrl });
    instances.push(a);
    const b = await startTestApi({ ...limits, REDIS_URL: redisUrl });
    instances.push(b);
    const from = { 'x-forwarded-for': `198.18.${randomInt(256)}.${randomInt(256)}` };
    const ask = (api: Api) => gql(api.url, '{ __typename }', {}, from);
    expect(codes(await ask(a))).toEqual([]);
    expect(codes(await ask(b))).toEqual([]);
    expect(codes(await ask(a))).toEqual([]);
    expect(codes(await ask(b))).toEqual([]);
    // Four spent in total: each instance alone has seen only two.
    const limited = await ask(a);
    expect(limited.status).toBe(429);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(codes(await ask(b))).toEqual(['RATE_LIMITED']);
  });

  it('keeps answering, and limiting, in memory while Redis cannot be reached', async () => {
    const logger = memoryLogger();
    const api = await startTestApi({ ...limits, REDIS_URL: 'redis://127.0.0.1:1' }, logger);
    instances.push(api);
    const from = { 'x-forwarded-for': '198.51.100.77' };
    for (let i = 0; i < 4; i++) expect(codes(await gql(api.url, '{ __typename }', {}, from))).toEqual([]);
    expect(codes(await gql(api.url, '{ __typename }', {}, from))).toEqual(['RATE_LIMITED']);
  });
});
