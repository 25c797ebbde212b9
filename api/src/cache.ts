/**
 * The api's one cache: a bounded LRU of answers from an upstream (Meilisearch searches, CMS reads), each kept while it
 * is still valid, with identical loads in flight joined. Two kinds of validity, per cache:
 *
 * - **index generation** (the search-result cache): the generation comes from a {@link GenerationSource} (in
 *   production the `IndexWatch` that polls Meilisearch's finished batches). Every entry carries the generation that
 *   was current BEFORE its search was sent, and is served only while that generation is still current: once anything
 *   finished in a search index, every older entry is dropped. When the generation is unknown (Meilisearch's tasks
 *   cannot be read, or have not been read recently), the cache is bypassed: nothing is served from it and nothing is
 *   stored, so it never serves a result it cannot vouch for.
 * - **time to live** (CMS content read often: guides, service entries): an entry is served for `ttlMs` after it was
 *   loaded; `ttlMs: 0` turns the cache off. Given a `generation` too, an entry is also dropped as soon as that
 *   generation changes (the search indexer applies every published change within about a second, so a changed guide
 *   is read again then, not after the whole TTL). While that generation is unknown the TTL alone applies: unlike the
 *   search-result cache, the content cache is not bypassed, because it served TTL-old answers before the generation
 *   existed and the TTL still bounds how old they get.
 *
 * `null` and `undefined` answers (not found) are never stored, so newly published content shows up at once.
 */

/** Where the cache learns the current index generation. */
export interface GenerationSource {
  /**
   * The current generation, or `null` when it is not known well enough to serve cached results (the cache is then
   * bypassed). Compared with `===` only: any change invalidates.
   */
  current(): number | null;
}

/**
 * How long entries stay valid: while the index generation is unchanged, or for a time (and, when a generation is
 * given, no longer than that generation stays unchanged).
 */
export type CacheValidity =
  | { readonly generation: GenerationSource }
  | { readonly ttlMs: number; readonly generation?: GenerationSource };

/** What {@link AnswerCache.getOrLoad} answered. */
export interface CacheAnswer<V> {
  readonly value: V;
  /** True when no upstream request was made for this call (a stored entry, or an identical load in flight). */
  readonly cached: boolean;
}

/** Counters since start (for logs and tests; no queries). */
export interface CacheStats {
  readonly entries: number;
  /** Answered from a stored entry. */
  readonly hits: number;
  /** Answered by joining an identical load already in flight. */
  readonly joined: number;
  /** Loaded from the upstream (and stored when the generation did not change meanwhile). */
  readonly misses: number;
  /** Loaded from the upstream without the cache: disabled, or generation unknown. */
  readonly bypassed: number;
  /** Times the entries were dropped because the generation changed. */
  readonly invalidations: number;
}

interface Entry {
  readonly generation: number;
  readonly value: unknown;
  /** `Date.now()` after which the entry is no longer served (time-to-live caches; Infinity otherwise). */
  readonly expires: number;
}

/** A time-to-live cache without a generation: its generation never moves. */
const FIXED_GENERATION: GenerationSource = { current: () => 0 };

/**
 * What a time-to-live cache with a generation uses while that generation is unknown: a value no index generation
 * takes (those are batch uids, or -1 before the first batch), so entries are kept for their TTL meanwhile and dropped
 * when the generation is known again (nothing is known about what changed in between).
 */
const TTL_ONLY = Number.MIN_SAFE_INTEGER;

/** The generation a time-to-live cache follows: `source`'s while known, {@link TTL_ONLY} otherwise. */
function ttlGeneration(source: GenerationSource | undefined): GenerationSource {
  if (source === undefined) return FIXED_GENERATION;
  return { current: () => source.current() ?? TTL_ONLY };
}

interface Flight {
  readonly generation: number;
  readonly promise: Promise<unknown>;
}

/**
 * A bounded LRU of answers keyed by everything that shapes them (the caller builds the key, e.g. from the index name
 * and the exact Meilisearch request), valid for one index generation or for a time.
 */
export class AnswerCache {
  readonly #entries = new Map<string, Entry>();
  readonly #flights = new Map<string, Flight>();
  #generation: number | null = null;
  #hits = 0;
  #joined = 0;
  #misses = 0;
  #bypassed = 0;
  #invalidations = 0;
  private readonly source: GenerationSource;
  private readonly ttlMs: number;

  /**
   * @param maxEntries at most this many answers are kept (least recently used evicted first); 0 disables the cache
   * @param validity the index generation the entries belong to, or how long they are served
   */
  constructor(
    readonly maxEntries: number,
    validity: CacheValidity,
  ) {
    if ('ttlMs' in validity) {
      this.source = ttlGeneration(validity.generation);
      this.ttlMs = validity.ttlMs;
    } else {
      this.source = validity.generation;
      this.ttlMs = Number.POSITIVE_INFINITY;
    }
  }

  /** True when the cache may store anything at all (`maxEntries` > 0 and a time to live above 0). */
  get enabled(): boolean {
    return this.maxEntries > 0 && this.ttlMs > 0;
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

    let entry = this.#entries.get(key);
    if (entry !== undefined && entry.expires <= Date.now()) {
      this.#entries.delete(key);
      entry = undefined;
    }
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
      if (
        value !== null &&
        value !== undefined &&
        this.source.current() === generation &&
        this.#generation === generation
      )
        this.#store(key, value);
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
    this.#entries.set(key, {
      generation: this.#generation as number,
      value,
      expires: Date.now() + this.ttlMs,
    });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }
}
