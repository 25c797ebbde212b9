import { describe, expect, it } from 'vitest';
import { SearchResultCache } from './result-cache.js';

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

describe('SearchResultCache', () => {
  it('answers a repeated key from the cache within one generation', async () => {
    const source = generation();
    const cache = new SearchResultCache(10, source);
    const meili = counter();
    expect(await cache.getOrLoad('a', meili.load('A'))).toEqual({ value: 'A', cached: false });
    expect(await cache.getOrLoad('a', meili.load('other'))).toEqual({ value: 'A', cached: true });
    expect(meili.calls).toBe(1);
  });

  it('drops every entry once the generation moved', async () => {
    const source = generation();
    const cache = new SearchResultCache(10, source);
    await cache.getOrLoad('a', async () => 'old');
    source.value = 2;
    expect(await cache.getOrLoad('a', async () => 'new')).toEqual({ value: 'new', cached: false });
    expect(await cache.getOrLoad('a', async () => 'newer')).toEqual({ value: 'new', cached: true });
    expect(cache.stats().invalidations).toBe(1);
  });

  it('does not keep an answer when the generation moved while the search ran', async () => {
    const source = generation();
    const cache = new SearchResultCache(10, source);
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
    const cache = new SearchResultCache(10, source);
    const meili = counter();
    await cache.getOrLoad('a', meili.load('A'));
    await cache.getOrLoad('a', meili.load('A'));
    expect(meili.calls).toBe(2);
    expect(cache.stats()).toMatchObject({ entries: 0, bypassed: 2, hits: 0 });
  });

  it('stores nothing with 0 entries', async () => {
    const cache = new SearchResultCache(0, generation());
    const meili = counter();
    await cache.getOrLoad('a', meili.load('A'));
    await cache.getOrLoad('a', meili.load('A'));
    expect(meili.calls).toBe(2);
    expect(cache.enabled).toBe(false);
  });

  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const cache = new SearchResultCache(2, generation());
    await cache.getOrLoad('a', async () => 'A');
    await cache.getOrLoad('b', async () => 'B');
    await cache.getOrLoad('a', async () => 'A2'); // a is now the most recently used
    await cache.getOrLoad('c', async () => 'C'); // evicts b
    expect(cache.stats().entries).toBe(2);
    expect((await cache.getOrLoad('a', async () => 'A3')).cached).toBe(true);
    expect((await cache.getOrLoad('b', async () => 'B2')).cached).toBe(false);
  });

  it('joins an identical search in flight instead of sending it twice', async () => {
    const cache = new SearchResultCache(10, generation());
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
    const cache = new SearchResultCache(10, generation());
    await expect(
      cache.getOrLoad('a', async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
    expect(await cache.getOrLoad('a', async () => 'A')).toEqual({ value: 'A', cached: false });
  });
});
