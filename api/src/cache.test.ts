import { describe, expect, it, vi } from 'vitest';
import { AnswerCache } from './cache.js';

/** A generation the test moves by hand (what the index watch learns from Meilisearch's batches). */
function generation(start: number | null = 1) {
  return {
    value: start,
    current(): number | null {
      return this.value;
    },
  };
}

function counter() {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    load: (value: string) => async () => {
      calls++;
      return value;
    },
  };
}

describe('AnswerCache valid for one index generation', () => {
  it('answers a repeated key from the cache within one generation', async () => {
    const source = generation();
    const cache = new AnswerCache(10, { generation: source });
    const meili = counter();
    expect(await cache.getOrLoad('a', meili.load('A'))).toEqual({ value: 'A', cached: false });
    expect(await cache.getOrLoad('a', meili.load('other'))).toEqual({ value: 'A', cached: true });
    expect(meili.calls).toBe(1);
  });

  it('drops every entry once the generation moved', async () => {
    const source = generation();
    const cache = new AnswerCache(10, { generation: source });
    await cache.getOrLoad('a', async () => 'old');
    source.value = 2;
    expect(await cache.getOrLoad('a', async () => 'new')).toEqual({ value: 'new', cached: false });
    expect(await cache.getOrLoad('a', async () => 'newer')).toEqual({ value: 'new', cached: true });
    expect(cache.stats().invalidations).toBe(1);
  });

  it('does not keep an answer when the generation moved while the search ran', async () => {
    const source = generation();
    const cache = new AnswerCache(10, { generation: source });
    // The index changed after the search was sent: its answer may predate the change.
    const answer = await cache.getOrLoad('a', async () => {
      source.value = 2;
      return 'maybe stale';
    });
    expect(answer).toEqual({ value: 'maybe stale', cached: false });
    expect(await cache.getOrLoad('a', async () => 'fresh')).toEqual({ value: 'fresh', cached: false });
    expect(cache.stats().entries).toBe(1);
  });

  it('is bypassed while the generation is unknown, and stores nothing then', async () => {
    const source = generation(null);
    const cache = new AnswerCache(10, { generation: source });
    const meili = counter();
    await cache.getOrLoad('a', meili.load('A'));
    await cache.getOrLoad('a', meili.load('A'));
    expect(meili.calls).toBe(2);
    expect(cache.stats()).toMatchObject({ entries: 0, bypassed: 2, hits: 0 });
  });

  it('stores nothing with 0 entries', async () => {
    const cache = new AnswerCache(0, { generation: generation() });
    const meili = counter();
    await cache.getOrLoad('a', meili.load('A'));
    await cache.getOrLoad('a', meili.load('A'));
    expect(meili.calls).toBe(2);
    expect(cache.enabled).toBe(false);
  });

  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const cache = new AnswerCache(2, { generation: generation() });
    await cache.getOrLoad('a', async () => 'A');
    await cache.getOrLoad('b', async () => 'B');
    await cache.getOrLoad('a', async () => 'A2'); // a is now the most recently used
    await cache.getOrLoad('c', async () => 'C'); // evicts b
    expect(cache.stats().entries).toBe(2);
    expect((await cache.getOrLoad('a', async () => 'A3')).cached).toBe(true);
    expect((await cache.getOrLoad('b', async () => 'B2')).cached).toBe(false);
  });

  it('joins an identical search in flight instead of sending it twice', async () => {
    const cache = new AnswerCache(10, { generation: generation() });
    let release: (value: string) => void = () => {};
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const first = cache.getOrLoad('a', slow);
    const second = cache.getOrLoad('a', slow);
    release('A');
    expect(await first).toEqual({ value: 'A', cached: false });
    expect(await second).toEqual({ value: 'A', cached: true });
    expect(calls).toBe(1);
  });

  it('does not keep a failed search', async () => {
    const cache = new AnswerCache(10, { generation: generation() });
    await expect(
      cache.getOrLoad('a', async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
    expect(await cache.getOrLoad('a', async () => 'A')).toEqual({ value: 'A', cached: false });
  });
});

describe('AnswerCache with a time to live', () => {
  it('answers a repeated key until the time to live has passed', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const cache = new AnswerCache(10, { ttlMs: 1000 });
      const cms = counter();
      await cache.getOrLoad('guide:fi', cms.load('A'));
      vi.setSystemTime(999);
      expect(await cache.getOrLoad('guide:fi', cms.load('B'))).toEqual({ value: 'A', cached: true });
      vi.setSystemTime(1000);
      expect(await cache.getOrLoad('guide:fi', cms.load('C'))).toEqual({ value: 'C', cached: false });
      expect(cms.calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not keep a not-found answer, so newly published content shows at once', async () => {
    const cache = new AnswerCache(10, { ttlMs: 60_000 });
    expect(await cache.getOrLoad('guide:new', async () => null)).toEqual({ value: null, cached: false });
    expect(await cache.getOrLoad('guide:new', async () => 'published')).toEqual({
      value: 'published',
      cached: false,
    });
    expect(cache.stats().entries).toBe(1);
  });

  it('stores nothing with a time to live of 0', async () => {
    const cache = new AnswerCache(10, { ttlMs: 0 });
    const cms = counter();
    await cache.getOrLoad('a', cms.load('A'));
    await cache.getOrLoad('a', cms.load('A'));
    expect(cms.calls).toBe(2);
    expect(cache.enabled).toBe(false);
  });
});
