import { describe, expect, it, vi } from 'vitest';
import type { SearchParams, SearchFacets, Suggestion } from '../graphql/queries';
import { SearchFollowUps, type FacetsFor, type SuggestionsFor } from './follow-ups';

const params = (query: string): SearchParams => ({ query, locale: 'fi', filters: {} });
const facets = (count: number): SearchFacets => ({
  types: [{ value: 'service', count }],
  regions: [],
  serviceClasses: [],
  targetGroups: [],
});
const suggestion = (title: string): Suggestion => ({
  id: `guide-${title}`,
  documentId: title,
  type: 'guide',
  title,
  titleHighlight: title,
});

interface Pending<T> {
  params: SearchParams;
  signal: AbortSignal;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function setup() {
  const facetCalls: Pending<SearchFacets>[] = [];
  const suggestCalls: Pending<Suggestion[]>[] = [];
  const shownFacets: (FacetsFor | undefined)[] = [];
  const shownSuggestions: (SuggestionsFor | undefined)[] = [];
  const followUps = new SearchFollowUps({
    // Like fetch, a runner does not settle by itself when aborted: the test decides when it answers.
    facets: (p, signal) =>
      new Promise((resolve, reject) => facetCalls.push({ params: p, signal, resolve, reject })),
    suggest: (p, signal) =>
      new Promise((resolve, reject) => suggestCalls.push({ params: p, signal, resolve, reject })),
    onFacets: (f) => shownFacets.push(f),
    onSuggestions: (s) => shownSuggestions.push(s),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { followUps, facetCalls, suggestCalls, shownFacets, shownSuggestions, settle };
}

describe('SearchFollowUps', () => {
  it('fetches facets, and suggestions when asked, for the search whose results are shown', async () => {
    const t = setup();
    t.followUps.resultsShown(params('hamm'), { suggest: true });
    expect(t.facetCalls.map((c) => c.params.query)).toEqual(['hamm']);
    expect(t.suggestCalls.map((c) => c.params.query)).toEqual(['hamm']);
    t.facetCalls[0]!.resolve(facets(3));
    t.suggestCalls[0]!.resolve([suggestion('Hammashoito')]);
    await t.settle();
    expect(t.shownFacets).toEqual([{ params: params('hamm'), facets: facets(3) }]);
    expect(t.shownSuggestions).toEqual([
      { params: params('hamm'), suggestions: [suggestion('Hammashoito')] },
    ]);
  });

  it('never shows the answers for a search that a newer one replaced', async () => {
    const t = setup();
    t.followUps.resultsShown(params('hamm'), { suggest: true });
    t.followUps.cancel();
    expect(t.facetCalls[0]!.signal.aborted).toBe(true);
    expect(t.suggestCalls[0]!.signal.aborted).toBe(true);
    t.facetCalls[0]!.resolve(facets(1));
    t.suggestCalls[0]!.resolve([suggestion('Hammashoito')]);
    await t.settle();
    expect(t.shownFacets).toEqual([]);
    expect(t.shownSuggestions).toEqual([]);

    // Out of order: the older answer arrives after the newer one and is dropped.
    t.followUps.resultsShown(params('hammas'), { suggest: true });
    t.followUps.resultsShown(params('hammass'), { suggest: true });
    t.facetCalls[2]!.resolve(facets(2));
    t.facetCalls[1]!.resolve(facets(9));
    await t.settle();
    expect(t.shownFacets).toEqual([{ params: params('hammass'), facets: facets(2) }]);
  });

  it('does not ask for suggestions unless told, and drops the earlier ones', async () => {
    const t = setup();
    t.followUps.resultsShown(params('kuume'), { suggest: false });
    expect(t.suggestCalls).toEqual([]);
    expect(t.shownSuggestions).toEqual([undefined]);
  });

  it('shows nothing rather than failing when a follow-up fails', async () => {
    const t = setup();
    t.followUps.resultsShown(params('kuume'), { suggest: true });
    t.facetCalls[0]!.reject(new Error('down'));
    t.suggestCalls[0]!.reject(new Error('down'));
    await t.settle();
    expect(t.shownFacets).toEqual([undefined]);
    expect(t.shownSuggestions).toEqual([undefined]);
  });

  it('clears what is shown when the search box is emptied', () => {
    const t = setup();
    t.followUps.resultsShown(params('kuume'), { suggest: true });
    t.followUps.clear();
    expect(t.facetCalls[0]!.signal.aborted).toBe(true);
    expect(t.shownFacets).toEqual([undefined]);
    expect(t.shownSuggestions).toEqual([undefined]);
  });

  it('after a typing pause only: a newer search within the pause asks for nothing', async () => {
    vi.useFakeTimers();
    try {
      const { followUps, facetCalls, suggestCalls } = setup();
      followUps.resultsShown(params('kuu'), { suggest: true, pauseMs: 200 });
      await vi.advanceTimersByTimeAsync(150);
      expect(facetCalls).toHaveLength(0);
      // The next key: a new search starts before the pause is over.
      followUps.cancel();
      followUps.resultsShown(params('kuum'), { suggest: true, pauseMs: 200 });
      await vi.advanceTimersByTimeAsync(200);
      expect(facetCalls.map((c) => c.params.query)).toEqual(['kuum']);
      expect(suggestCalls.map((c) => c.params.query)).toEqual(['kuum']);
    } finally {
      vi.useRealTimers();
    }
  });
});
