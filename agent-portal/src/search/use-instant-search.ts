import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { searchContent, type SearchParams } from '../graphql/queries';
import { InstantSearch, type SearchState } from './instant-search';

export interface UseInstantSearch {
  readonly state: Readonly<ShallowRef<SearchState>>;
  update(params: SearchParams, options?: { immediate?: boolean }): void;
  clear(): void;
}

/** Vue binding of {@link InstantSearch}; stops timers and requests when the owning scope ends. */
export function useInstantSearch(client: GraphQLClient): UseInstantSearch {
  const state = shallowRef<SearchState>({ status: 'idle' });
  const search = new InstantSearch({
    runner: (params, signal) => searchContent(client, params, { signal }),
    onChange: (next) => {
      state.value = next;
    },
  });
  onScopeDispose(() => search.dispose());
  return {
    state,
    update: (params, options) => search.update(params, options),
    clear: () => search.clear(),
  };
}
