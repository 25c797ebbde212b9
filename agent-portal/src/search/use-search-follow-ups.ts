import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { fetchSearchFacets, fetchSuggestions, MAX_SUGGEST_PREFIX_LENGTH } from '../graphql/queries';
import { SearchFollowUps, type FacetsFor, type SuggestionsFor } from './follow-ups';

export interface UseSearchFollowUps {
  readonly facets: Readonly<ShallowRef<FacetsFor | undefined>>;
  readonly suggestions: Readonly<ShallowRef<SuggestionsFor | undefined>>;
  readonly followUps: SearchFollowUps;
}

/** Vue binding of {@link SearchFollowUps}; stops requests when the owning scope ends. */
export function useSearchFollowUps(client: GraphQLClient): UseSearchFollowUps {
  const facets = shallowRef<FacetsFor | undefined>();
  const suggestions = shallowRef<SuggestionsFor | undefined>();
  const followUps = new SearchFollowUps({
    facets: (params, signal) => fetchSearchFacets(client, params, { signal }),
    // Longer queries are not completed (the api takes 1–100 characters): no suggestions, no request.
    suggest: (params, signal) =>
      params.query.length > MAX_SUGGEST_PREFIX_LENGTH
        ? Promise.resolve([])
        : fetchSuggestions(client, params, { signal }),
    onFacets: (next) => {
      facets.value = next;
    },
    onSuggestions: (next) => {
      suggestions.value = next;
    },
  });
  onScopeDispose(() => followUps.cancel());
  return { facets, suggestions, followUps };
}
