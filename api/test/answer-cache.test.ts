/**
 * The time-to-live cache that also follows an index generation (the content cache). The generation here is set by
 * the test, as the index watch sets it from Meilisearch's finished batches; the end-to-end behaviour with a real
 * Strapi, Meilisearch and indexer is in content-freshness.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { AnswerCache, type GenerationSource } from '../src/cache.js';

/** A generation the test moves by hand; `null` = unknown. */
function settableGeneration(initial: number | null): GenerationSource & { value: number | null } {
  return {
    value: initial,
    current() {
      return this.value;
    },
  };
}

/** A loader that answers `answer-<n>` for its n-th call, so a reload is visible in the value. */
function countingLoad(): { load: () => Promise<string>; calls: () => number } {
  let n = 0;
  return { load: async () => `answer-${++n}`, calls: () => n };
}

const read = async (cache: AnswerCache, load: () => Promise<string>) =>
  (await cache.getOrLoad('key', load)).value;

describe('a time-to-live cache with an index generation', () => {
  it('keeps an answer while the generation stays, and reads again once it changes', async () => {
    const generation = settableGeneration(7);
    const cache = new AnswerCache(10, { ttlMs: 60_000, generation });
    const { load, calls } = countingLoad();
    expect(await read(cache, load)).toBe('answer-1');
    expect(await read(cache, load)).toBe('answer-1');
    generation.value = 8;
    expect(await read(cache, load)).toBe('answer-2');
    expect(calls()).toBe(2);
  });

  it('still expires answers after the TTL while the generation stays', async () => {
    const cache = new AnswerCache(10, { ttlMs: 30, generation: settableGeneration(1) });
    const { load } = countingLoad();
    expect(await read(cache, load)).toBe('answer-1');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await read(cache, load)).toBe('answer-2');
  });

  it('falls back to the TTL alone while the generation is unknown, and drops those answers once it is known', async () => {
    const generation = settableGeneration(null);
    const cache = new AnswerCache(10, { ttlMs: 60_000, generation });
    const { load } = countingLoad();
    expect(await read(cache, load)).toBe('answer-1');
    expect(await read(cache, load)).toBe('answer-1');
    expect(cache.stats().bypassed).toBe(0);
    // Nothing is known about what changed while the generation was unknown.
    generation.value = 3;
    expect(await read(cache, load)).toBe('answer-2');
    expect(await read(cache, load)).toBe('answer-2');
    generation.value = null;
    expect(await read(cache, load)).toBe('answer-3');
  });

  it('does not keep an answer whose load overlapped a generation change', async () => {
    const generation = settableGeneration(1);
    const cache = new AnswerCache(10, { ttlMs: 60_000, generation });
    const { load } = countingLoad();
    const racing = async () => {
      const value = await load();
      generation.value = 2; // the indexer finished a change while the CMS read ran
      return value;
    };
    expect(await read(cache, racing)).toBe('answer-1');
    expect(await read(cache, load)).toBe('answer-2');
    expect(await read(cache, load)).toBe('answer-2');
  });
});
