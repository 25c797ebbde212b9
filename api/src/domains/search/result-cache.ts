/**
 * The search-result cache: a bounded LRU of Meilisearch answers, valid for one **index generation** only.
 *
 * The generation comes from a {@link GenerationSource} (in production the {@link IndexWatch} that polls Meilisearch's
 * finished batches). Every entry carries the generation that was current BEFORE its search was sent, and is served
 * only while that generation is still current: once anything finished in a search index, every older entry is
 * dropped. When the generation is unknown (Meilisearch's tasks cannot be read, or have not been read recently), the
 * cache is bypassed: nothing is served from it and nothing is stored, so it never serves a result it cannot vouch for.
 */

/** Where the cache learns the current index generation. */
export interface GenerationSource {
  /**
   * The current generation, or `null` when it is not known well enough to serve cached results (the cache is then
   * bypassed). Compared with `===` only: any change invalidates.
   */
  current(): number | null;
}

/** What {@link SearchResultCache.getOrLoad} answered. */
export interface CacheAnswer<V> {
  readonly value: V;
  /** True when no Meilisearch request was made for this call (a stored entry, or an identical search in flight). */
  readonly cached: boolean;
}

/** Counters since start (for logs and tests; no queries). */
export interface CacheStats {
  readonly entries: number;
  /** Answered from a stored entry. */
  readonly hits: number;
  /** Answered by joining an identical search already in flight. */
  readonly joined: number;
  /** Sent to Meilisearch (and stored when the generation did not change meanwhile). */
  readonly misses: number;
  /** Sent to Meilisearch without the cache: disabled, or generation unknown. */
  readonly bypassed: number;
  /** Times the entries were dropped because the generation changed. */
  readonly invalidations: number;
}

interface Entry {
  readonly generation: number;
  readonly value: unknown;
}

interface Flight {
  readonly generation: number;
  readonly promise: Promise<unknown>;
}

/**
 * A bounded LRU of search answers keyed by everything that shapes them (the caller builds the key from the index
 * name and the exact Meilisearch request), valid for one index generation.
 */
export class SearchResultCache {
  readonly #entries = new Map<string, Entry>();
  readonly #flights = new Map<string, Flight>();
  #generation: number | null = null;
  #hits = 0;
  #joined = 0;
  #misses = 0;
  #bypassed = 0;
  #invalidations = 0;

  /**
   * @param maxEntries at most this many answers are kept (least recently used evicted first); 0 disables the cache
   * @param source the current index generation
   */
  constructor(
    readonly maxEntries: number,
    private readonly source: GenerationSource,
  ) {}

  /** True when the cache may store anything at all (`maxEntries` > 0). */
  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  /**
   * The stored answer for `key` when it was made in the current generation; otherwise `load()` (an identical call
   * already in flight in the current generation is joined instead of sending a second search). The generation is
   * read BEFORE `load` starts: if an index changes while the search runs, the answer is not stored, so a change that
   * finishes mid-search never leaves a stale entry.
   */
  async getOrLoad<V>(key: string, load: () => Promise<V>): Promise<CacheAnswer<V>> {
    const generation = this.enabled ? this.source.current() : null;
    if (generation === null) {
      this.#bypassed++;
      return { value: await load(), cached: false };
    }
    this.#sync(generation);

    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      // Least recently used order: move to the end.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.#hits++;
      return { value: entry.value as V, cached: true };
    }

    const flight = this.#flights.get(key);
    if (flight !== undefined && flight.generation === generation) {
      this.#joined++;
      return { value: (await flight.promise) as V, cached: true };
    }

    this.#misses++;
    const promise = load();
    this.#flights.set(key, { generation, promise });
    try {
      const value = await promise;
      // Stored only if nothing finished meanwhile (and the generation is still vouched for).
      if (this.source.current() === generation && this.#generation === generation) this.#store(key, value);
      return { value, cached: false };
    } finally {
      if (this.#flights.get(key)?.promise === promise) this.#flights.delete(key);
    }
  }

  /**
   * Tells the cache the generation changed (or became unknown): every entry is dropped at once, which frees the
   * memory right away instead of at the next lookup.
   */
  invalidate(): void {
    if (this.#entries.size > 0 || this.#flights.size > 0) this.#invalidations++;
    this.#entries.clear();
    this.#flights.clear();
    this.#generation = null;
  }

  stats(): CacheStats {
    return {
      entries: this.#entries.size,
      hits: this.#hits,
      joined: this.#joined,
      misses: this.#misses,
      bypassed: this.#bypassed,
      invalidations: this.#invalidations,
    };
  }

  /** Drops everything when the generation moved since the last call (the source may not have told us). */
  #sync(generation: number): void {
    if (this.#generation === generation) return;
    if (this.#generation !== null) this.invalidate();
    this.#generation = generation;
  }

  #store(key: string, value: unknown): void {
    this.#entries.delete(key);
    this.#entries.set(key, { generation: this.#generation as number, value });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }
}
