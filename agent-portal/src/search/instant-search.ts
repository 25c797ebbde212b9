import { GraphQLRequestError } from '@neuvo/graphql-contract';
import type { SearchParams, SearchResult } from '../graphql/queries';
import { LatestOnly } from './latest-only';

/** Search as the agent types: a request per change, stale requests aborted, never an older answer after a newer one. */
export type SearchState =
  | { readonly status: 'idle' }
  /** `previous` keeps the last shown result on screen (dimmed) while the new one loads. */
  | { readonly status: 'loading'; readonly params: SearchParams; readonly previous: SearchResult | undefined }
  | { readonly status: 'success'; readonly params: SearchParams; readonly result: SearchResult }
  | { readonly status: 'error'; readonly params: SearchParams; readonly error: GraphQLRequestError };

/** A settled state: what the latest text got. */
export type SettledSearchState = Exclude<SearchState, { status: 'loading' }>;

export type SearchRunner = (params: SearchParams, signal: AbortSignal) => Promise<SearchResult>;

/**
 * No wait after a keystroke by default: the request goes out the moment the text changes and the previous one is
 * aborted. A wait only delayed the first results (it was most of the time from keystroke to paint); the api's
 * search cache and Meilisearch answer a prefix in a few milliseconds, and the rate limits allow every keystroke.
 */
export const SEARCH_DEBOUNCE_MS = 0;
/** The api accepts 1–200 characters after trimming. */
export const MAX_QUERY_LENGTH = 200;

export interface InstantSearchOptions {
  runner: SearchRunner;
  onChange: (state: SearchState) => void;
  /** Wait after a keystroke before searching (default {@link SEARCH_DEBOUNCE_MS}); the benchmark's baseline sets it. */
  debounceMs?: number;
}

export class InstantSearch {
  readonly #runner: SearchRunner;
  readonly #onChange: (state: SearchState) => void;
  readonly #debounceMs: number;
  readonly #latest = new LatestOnly();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Runs the search that waits in {@link InstantSearch.#timer}. */
  #pending: (() => void) | undefined;
  #state: SearchState = { status: 'idle' };
  #lastResult: SearchResult | undefined;
  /** Callers of {@link InstantSearch.settled} waiting for the search in flight. */
  #waiting: Array<(state: SettledSearchState | undefined) => void> = [];

  constructor(options: InstantSearchOptions) {
    this.#runner = options.runner;
    this.#onChange = options.onChange;
    this.#debounceMs = Math.max(0, options.debounceMs ?? SEARCH_DEBOUNCE_MS);
  }

  get state(): SearchState {
    return this.#state;
  }

  /**
   * New search parameters. Typing searches at once unless a debounce is configured; filter and locale changes
   * pass `immediate: true`. Whatever was in flight becomes stale at once, so its answer can never be shown.
   */
  update(params: SearchParams, options: { immediate?: boolean } = {}): void {
    this.#clearTimer();
    this.#latest.cancel();
    // Whoever waited for the previous text gets nothing: that text is no longer the latest.
    this.#release(undefined);
    const query = params.query.trim().slice(0, MAX_QUERY_LENGTH);
    if (query === '') {
      this.#lastResult = undefined;
      this.#set({ status: 'idle' });
      return;
    }
    const normalized: SearchParams = { ...params, query };
    this.#set({ status: 'loading', params: normalized, previous: this.#lastResult });
    if (options.immediate || this.#debounceMs === 0) {
      void this.#run(normalized);
    } else {
      this.#pending = () => void this.#run(normalized);
      this.#timer = setTimeout(() => this.#flush(), this.#debounceMs);
    }
  }

  /**
   * The state the latest text settles in: at once when it is already settled, else when its answer arrives (a
   * pending debounce is cut short: the agent is waiting). `undefined` when newer parameters replace it first.
   */
  settled(): Promise<SettledSearchState | undefined> {
    const current = this.#state;
    if (current.status !== 'loading') return Promise.resolve(current);
    const promise = new Promise<SettledSearchState | undefined>((resolve) => this.#waiting.push(resolve));
    this.#flush();
    return promise;
  }

  /** Stops the pending debounce and any request in flight, and goes back to idle. */
  clear(): void {
    this.#clearTimer();
    this.#latest.cancel();
    this.#release(undefined);
    this.#lastResult = undefined;
    this.#set({ status: 'idle' });
  }

  dispose(): void {
    this.#clearTimer();
    this.#latest.cancel();
    this.#release(undefined);
  }

  async #run(params: SearchParams): Promise<void> {
    const outcome = await this.#latest.run((signal) => this.#runner(params, signal));
    if (outcome.status === 'stale') return;
    let settled: SettledSearchState;
    if (outcome.status === 'fulfilled') {
      this.#lastResult = outcome.value;
      settled = { status: 'success', params, result: outcome.value };
    } else {
      const error =
        outcome.error instanceof GraphQLRequestError
          ? outcome.error
          : new GraphQLRequestError('INTERNAL', 'Search failed', { cause: outcome.error });
      settled = { status: 'error', params, error };
    }
    this.#set(settled);
    this.#release(settled);
  }

  /** Runs the debounced search now, if one waits. */
  #flush(): void {
    const pending = this.#pending;
    this.#clearTimer();
    pending?.();
  }

  #release(state: SettledSearchState | undefined): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve(state);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }

  #set(state: SearchState): void {
    this.#state = state;
    this.#onChange(state);
  }
}
