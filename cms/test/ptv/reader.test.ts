/**
 * The v11 reader and its HTTP client against the fake PTV server (real HTTP, v11 wire format).
 */
import { fakeId, startFakePtv, type FakePtvServer } from '@neuvo/scripts/fake-ptv';
import { afterEach, describe, expect, it } from 'vitest';
import { PtvError, PtvHttpClient, parseRetryAfter } from '../../src/ptv/http-client';
import { V11PtvReader } from '../../src/ptv/v11-reader';

let fake: FakePtvServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const fastClient = (baseUrl: string, extra: Partial<ConstructorParameters<typeof PtvHttpClient>[0]> = {}) =>
  new PtvHttpClient({ baseUrl, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5000, ...extra });

describe('V11PtvReader', () => {
  it('follows the paging envelope (pageCount, itemList null on empty pages) and tolerates a BOM', async () => {
    fake = await startFakePtv({
      generate: { services: 2500, channels: 10 },
      pageSize: 1000,
      bom: 'alternate',
    });
    const reader = new V11PtvReader(fastClient(fake.baseUrl));
    const ids = await reader.listChangedIds('service', 'published', null);
    expect(ids).toHaveLength(2500);
    expect(fake.stats.byPath.get('/api/v11/Service')).toBe(3);
    // Nothing changed since 2030: itemList null, pageCount 0.
    expect(await reader.listChangedIds('service', 'published', new Date('2030-01-01T00:00:00Z'))).toEqual([]);
  });

  it('filters by modification time (UTC) and status', async () => {
    fake = await startFakePtv({ generate: { services: 50, channels: 10 } });
    const at = new Date('2026-03-01T12:00:00Z');
    fake.touch('service', [fakeId.service(3), fakeId.service(7)], at);
    fake.setStatus('service', fakeId.service(9), 'Archived', at);
    const reader = new V11PtvReader(fastClient(fake.baseUrl));
    const since = new Date('2026-03-01T11:55:00Z');
    expect((await reader.listChangedIds('service', 'published', since)).sort()).toEqual([
      fakeId.service(3),
      fakeId.service(7),
    ]);
    expect(await reader.listChangedIds('service', 'archived', since)).toEqual([fakeId.service(9)]);
    expect(await reader.listChangedIds('service', 'withdrawn', since)).toEqual([]);
  });

  it('fetches in batches of at most 100 ids, at most 4 requests in flight', async () => {
    fake = await startFakePtv({ generate: { services: 10, channels: 1000 }, latencyMs: 30 });
    const reader = new V11PtvReader(fastClient(fake.baseUrl), { batchSize: 100 });
    const ids = Array.from({ length: 1000 }, (_, j) => fakeId.channel(j));
    const batch = await reader.fetch('channel', ids);
    expect(batch.items).toHaveLength(1000);
    expect(batch.rejected).toEqual([]);
    expect(fake.stats.byPath.get('/api/v11/ServiceChannel/list')).toBe(10);
    expect(fake.stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(fake.stats.maxInFlight).toBeGreaterThan(1);
    // every channel type of the flat v11 format came through
    expect(new Set(batch.items.map((c) => c.type))).toEqual(
      new Set(['phone', 'serviceLocation', 'webPage', 'eService', 'printableForm']),
    );
  });

  it('treats 404 "Services not found." on a batch as empty and reports the ids as missing', async () => {
    fake = await startFakePtv({ generate: { services: 5, channels: 5 } });
    const reader = new V11PtvReader(fastClient(fake.baseUrl));
    const unknown = ['11111111-1111-4111-8111-111111111111'];
    expect(await reader.fetch('service', unknown)).toEqual({ items: [], rejected: [], missing: unknown });
  });

  it('retries 429 honouring Retry-After, and 5xx with backoff', async () => {
    fake = await startFakePtv({ generate: { services: 5, channels: 5 } });
    fake.fail({ path: /\/Service\/list/, status: 429, retryAfter: 1 });
    fake.fail({ path: /\/Service\/list/, status: 502, times: 2 });
    const waits: number[] = [];
    const client = fastClient(fake.baseUrl, {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const batch = await new V11PtvReader(client).fetch('service', [fakeId.service(1)]);
    expect(batch.items.map((s) => s.id)).toEqual([fakeId.service(1)]);
    expect(waits[0]).toBe(1000); // Retry-After: 1
    expect(waits).toHaveLength(3);
    expect(waits.slice(1).every((ms) => ms <= 20)).toBe(true); // backoff with jitter, capped
    expect(client.stats.retries).toBe(3);
  });

  it('halves the batch on repeated 504 and still fetches everything', async () => {
    fake = await startFakePtv({ generate: { services: 5, channels: 40 } });
    // The first two requests for a 40-id batch time out; halves of 20 work.
    fake.fail({ path: /\/ServiceChannel\/list\?guids=([^%]+%2C){39}[^%]+$/, status: 504, times: 2 });
    const reader = new V11PtvReader(fastClient(fake.baseUrl), { batchSize: 40 });
    const batch = await reader.fetch(
      'channel',
      Array.from({ length: 40 }, (_, j) => fakeId.channel(j)),
    );
    expect(batch.items).toHaveLength(40);
    expect(reader.currentBatchSize).toBe(20);
    expect(fake.stats.faultsServed).toBe(2);
  });

  it('gives up with UPSTREAM_UNAVAILABLE when PTV stays down', async () => {
    fake = await startFakePtv({ generate: { services: 5, channels: 5 } });
    fake.down = true;
    const reader = new V11PtvReader(fastClient(fake.baseUrl, { maxRetries: 2 }));
    const error = await reader.listChangedIds('service', 'published', null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PtvError);
    expect((error as PtvError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect((error as PtvError).status).toBe(503);
  });

  it('skips a malformed record with its id and reason and keeps the rest of the batch', async () => {
    fake = await startFakePtv({ generate: { services: 5, channels: 5 } });
    const bad = { ...fake.record('service', fakeId.service(2))!, serviceNames: 'not a list' };
    fake.put('service', bad);
    const batch = await new V11PtvReader(fastClient(fake.baseUrl)).fetch('service', [
      fakeId.service(1),
      fakeId.service(2),
    ]);
    expect(batch.items.map((s) => s.id)).toEqual([fakeId.service(1)]);
    expect(batch.rejected).toEqual([
      { kind: 'service', id: fakeId.service(2), reason: expect.stringMatching(/^serviceNames: /) },
    ]);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(null)).toBeNull();
  });
});
