import { GraphQLRequestError } from '@neuvo/graphql-contract';
import type { SearchParams, SearchResult } from '../graphql/queries';
import { LatestOnly } from './latest-only';

/** Search as the agent types: debounce, abort stale requests, never show an older answer after a newer one. */
export type SearchState =
  | { readonly status: 'idle' }
  /** `previous` keeps the last shown result on screen (dimmed) while the new one loads. */
  | { readonly status: 'loading'; readonly params: SearchParams; readonly previous: SearchResult | undefined }
  | { readonly status: 'success'; readonly params: SearchParams; readonly result: SearchResult }
  | { readonly status: 'error'; readonly params: SearchParams; readonly error: GraphQLRequestError };

export type SearchRunner = (params: SearchParams, signal: AbortSignal) => Promise<SearchResult>;

export const SEARCH_DEBOUNCE_MS = 120;
/** The api accepts 1–200 characters after trimming. */
export const MAX_QUERY_LENGTH = 200;

export interface InstantSearchOptions {
  runner: SearchRunner;
  onChange: (state: SearchState) => void;
  debounceMs?: number;
}

export class InstantSearch {
  readonly #runner: SearchRunner;
  readonly #onChange: (state: SearchState) => void;
  readonly #debounceMs: number;
  readonly #latest = new LatestOnly();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #state: SearchState = { status: 'idle' };
  #lastResult: SearchResult | undefined;

  constructor(options: InstantSearchOptions) {
    this.#runner = options.runner;
    this.#onChange = options.onChange;
    this.#debounceMs = options.debounceMs ?? SEARCH_DEBOUNCE_MS;
  }

  get state(): SearchState {
    return this.#state;
  }

  /**
   * New search parameters. Typing goes through the debounce; filter and locale changes pass
   * `immediate: true`. Whatever was in flight becomes stale at once, so its answer can never be shown.
   */
  update(params: SearchParams, options: { immediate?: boolean } = {}): void {
    this.#clearTimer();
    this.#latest.cancel();
    const query = params.query.trim().slice(0, MAX_QUERY_LENGTH);
    if (query === '') {
      this.#lastResult = undefined;
      this.#set({ status: 'idle' });
      return;
    }
    const normalized: SearchParams = { ...params, query };
    this.#set({ status: 'loading', params: normalized, previous: this.#lastResult });
    if (options.immediate) {
      void this.#run(normalized);
    } else {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.#run(normalized);
      }, this.#debounceMs);
    }
  }

  /** Stops the pending debounce and any request in flight, and goes back to idle. */
  clear(): void {
    this.#clearTimer();
    this.#latest.cancel();
    this.#lastResult = undefined;
    this.#set({ status: 'idle' });
  }

  dispose(): void {
    this.#clearTimer();
    this.#latest.cancel();
  }

  async #run(params: SearchParams): Promise<void> {
    const outcome = await this.#latest.run((signal) => this.#runner(params, signal));
    if (outcome.status === 'stale') return;
    if (outcome.status === 'fulfilled') {
      this.#lastResult = outcome.value;
      this.#set({ status: 'success', params, result: outcome.value });
    } else {
      const error =
        outcome.error instanceof GraphQLRequestError
          ? outcome.error
          : new GraphQLRequestError('INTERNAL', 'Search failed', { cause: outcome.error });
      this.#set({ status: 'error', params, error });
    }
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #set(state: SearchState): void {
    this.#state = state;
    this.#onChange(state);
  }
}
