import type { SearchParams, SearchFacets, Suggestion } from '../graphql/queries';
import { LatestOnly } from './latest-only';

/** How long the results of a typed query stay on screen before its counts and suggestions are asked for. */
export const FOLLOW_UP_PAUSE_MS = 200;

export type FacetsRunner = (params: SearchParams, signal: AbortSignal) => Promise<SearchFacets>;
export type SuggestRunner = (params: SearchParams, signal: AbortSignal) => Promise<Suggestion[]>;

/** Facet counts of one search. */
export interface FacetsFor {
  readonly params: SearchParams;
  readonly facets: SearchFacets;
}

/** Suggestions for one typed query. */
export interface SuggestionsFor {
  readonly params: SearchParams;
  readonly suggestions: readonly Suggestion[];
}

export interface SearchFollowUpsOptions {
  facets: FacetsRunner;
  suggest: SuggestRunner;
  onFacets: (facets: FacetsFor | undefined) => void;
  onSuggestions: (suggestions: SuggestionsFor | undefined) => void;
}

/**
 * What the portal asks for once the results of a search are on screen: its facet counts and, when the query was
 * typed, suggestions for it. Asking only then keeps the results request exactly as fast as before (nothing else
 * competes with it), and a newer search cancels both, so an answer is never shown for a query that is gone.
 * Failures only mean no counts or no suggestions: the agent still has the results.
 *
 * While the agent types, they wait for a pause ({@link FOLLOW_UP_PAUSE_MS} after the results): the portal searches
 * at every keystroke, and counts and suggestions for every prefix would triple the requests and hold up the next
 * key's results in the api and Meilisearch.
 */
export class SearchFollowUps {
  readonly #options: SearchFollowUpsOptions;
  readonly #facets = new LatestOnly();
  readonly #suggest = new LatestOnly();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: SearchFollowUpsOptions) {
    this.#options = options;
  }

  /**
   * The results of `params` are shown: fetch their facets, and suggestions when `suggest` is set; after `pauseMs`
   * (typing: {@link FOLLOW_UP_PAUSE_MS}) unless a newer search cancels them first, else at once.
   */
  resultsShown(params: SearchParams, options: { suggest: boolean; pauseMs?: number }): void {
    this.#clearTimer();
    const pauseMs = options.pauseMs ?? 0;
    if (pauseMs > 0) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.resultsShown(params, { suggest: options.suggest });
      }, pauseMs);
      return;
    }
    void this.#runFacets(params);
    if (options.suggest) void this.#runSuggest(params);
    else {
      this.#suggest.cancel();
      this.#options.onSuggestions(undefined);
    }
  }

  /**
   * A new search started: answers still on their way are for an older query and are dropped. What was shown stays
   * (the caller may dim it) until the new search's follow-ups replace it.
   */
  cancel(): void {
    this.#clearTimer();
    this.#facets.cancel();
    this.#suggest.cancel();
  }

  /** Back to nothing: cancels and clears facets and suggestions. */
  clear(): void {
    this.cancel();
    this.#options.onFacets(undefined);
    this.#options.onSuggestions(undefined);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #runFacets(params: SearchParams): Promise<void> {
    const outcome = await this.#facets.run((signal) => this.#options.facets(params, signal));
    if (outcome.status === 'stale') return;
    this.#options.onFacets(outcome.status === 'fulfilled' ? { params, facets: outcome.value } : undefined);
  }

  async #runSuggest(params: SearchParams): Promise<void> {
    const outcome = await this.#suggest.run((signal) => this.#options.suggest(params, signal));
    if (outcome.status === 'stale') return;
    this.#options.onSuggestions(
      outcome.status === 'fulfilled' ? { params, suggestions: outcome.value } : undefined,
    );
  }
}
