/**
 * Search as you type over the api's citizen search, self-care guides only. Each change of the query sends a search
 * after a short pause (a burst of keystrokes becomes one request) and aborts the one still running, so a slow answer
 * to an older query never replaces a newer one.
 */
import type { Locale } from '@neuvo/content-models/locales';
import { isAbortError, SiteSearchDocument, type SiteSearchQuery } from '@neuvo/graphql-contract';
import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { siteApi } from './site-api.js';

export type SearchHit = SiteSearchQuery['search']['hits'][number];
export type SearchState = 'idle' | 'searching' | 'done' | 'failed';

/** Longest query the api accepts. */
export const MAX_QUERY_LENGTH = 200;
/** Pause that joins a burst of keystrokes into one request: short enough to feel instant. */
const PAUSE_MS = 80;

export function useGuideSearch(query: Ref<string>, locale: Ref<Locale>, limit: number) {
  const state = ref<SearchState>('idle');
  const hits = shallowRef<readonly SearchHit[]>([]);
  const total = ref(0);
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(text: string, language: Locale): Promise<void> {
    controller?.abort();
    if (text === '') {
      controller = null;
      state.value = 'idle';
      hits.value = [];
      total.value = 0;
      return;
    }
    const own = new AbortController();
    controller = own;
    state.value = 'searching';
    try {
      const { search } = await siteApi.request(
        SiteSearchDocument,
        { query: text, locale: language, limit },
        { signal: own.signal },
      );
      if (controller !== own) return;
      hits.value = search.hits;
      total.value = search.total;
      state.value = 'done';
    } catch (error) {
      // A newer keystroke aborted this request: its answer is no longer wanted.
      if (isAbortError(error) || controller !== own) return;
      state.value = 'failed';
    }
  }

  watch(
    [query, locale],
    ([text, language]) => {
      clearTimeout(timer);
      const trimmed = text.trim().slice(0, MAX_QUERY_LENGTH);
      if (trimmed === '') void run('', language);
      else timer = setTimeout(() => void run(trimmed, language), PAUSE_MS);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    clearTimeout(timer);
    controller?.abort();
  });

  return { state, hits, total };
}

/** What the live region says about a search: searching, how many guides were found, none, or that it failed. */
export function searchStatus(
  strings: {
    searchSearching: string;
    searchResultsOne: string;
    searchResultsMany: string;
    searchNoResults: string;
    searchFailed: string;
  },
  state: SearchState,
  found: number,
): string {
  switch (state) {
    case 'idle':
      return '';
    case 'searching':
      return strings.searchSearching;
    case 'failed':
      return strings.searchFailed;
    case 'done':
      if (found === 0) return strings.searchNoResults;
      return found === 1
        ? strings.searchResultsOne
        : strings.searchResultsMany.replace('{count}', String(found));
  }
}
