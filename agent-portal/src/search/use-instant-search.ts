import { inject, onScopeDispose, shallowRef, type InjectionKey, type ShallowRef } from 'vue';
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { searchContent, type SearchParams } from '../graphql/queries';
import {
  InstantSearch,
  SEARCH_DEBOUNCE_MS,
  type SearchState,
  type SettledSearchState,
} from './instant-search';

/** The wait after a keystroke (runtime config `searchDebounceMs`); provided by main.ts, 0 when not provided. */
export const SEARCH_DEBOUNCE_KEY: InjectionKey<number> = Symbol('neuvo-search-debounce');

export interface UseInstantSearch {
  readonly state: Readonly<ShallowRef<SearchState>>;
  update(params: SearchParams, options?: { immediate?: boolean }): void;
  clear(): void;
  /** The state the latest text settles in; `undefined` when newer text replaces it first. */
  settled(): Promise<SettledSearchState | undefined>;
}

/** Vue binding of {@link InstantSearch}; stops timers and requests when the owning scope ends. */
export function useInstantSearch(client: GraphQLClient): UseInstantSearch {
  const state = shallowRef<SearchState>({ status: 'idle' });
  const search = new InstantSearch({
    debounceMs: inject(SEARCH_DEBOUNCE_KEY, SEARCH_DEBOUNCE_MS),
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
    settled: () => search.settled(),
  };
}
