import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '@neuvo/graphql-contract';
import type { SearchParams, SearchResult } from '../graphql/queries';
import { InstantSearch, type SearchState } from './instant-search';

interface PendingCall {
  params: SearchParams;
  signal: AbortSignal;
  resolve: (result: SearchResult) => void;
  reject: (error: unknown) => void;
}

function resultFor(query: string): SearchResult {
  return {
    searchId: `search-${query}`,
    query,
    total: 1,
    tookMs: 1,
    hits: [
      {
        id: `service-${query}`,
        documentId: query,
        type: 'service',
        title: `Title ${query}`,
        summary: null,
        snippet: null,
        slug: null,
        url: null,
        region: [],
        locale: 'fi',
        alsoIn: [],
      },
    ],
  };
}

function params(query: string): SearchParams {
  return { query, locale: 'fi', filters: {} };
}

function setup(debounceMs = 120) {
  const calls: PendingCall[] = [];
  const states: SearchState[] = [];
  const search = new InstantSearch({
    debounceMs,
    onChange: (state) => states.push(state),
    // Like fetch, the runner does not settle by itself when aborted: the test decides when it answers.
    runner: (p, signal) =>
      new Promise<SearchResult>((resolve, reject) => calls.push({ params: p, signal, resolve, reject })),
  });
  const settle = () => vi.advanceTimersByTimeAsync(0);
  return { search, calls, states, settle };
}

describe('InstantSearch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces typing into one request for the last query', async () => {
    const { search, calls } = setup();
    search.update(params('k'));
    await vi.advanceTimersByTimeAsync(50);
    search.update(params('ki'));
    await vi.advanceTimersByTimeAsync(50);
    search.update(params('kip'));
    await vi.advanceTimersByTimeAsync(119);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.params.query)).toEqual(['kip']);
  });

  it('discards a response that arrives after a newer query was sent', async () => {
    const { search, calls, settle } = setup();
    search.update(params('hammas'), { immediate: true });
    search.update(params('hammashoito'), { immediate: true });
    expect(calls).toHaveLength(2);

    calls[1]!.resolve(resultFor('hammashoito'));
    await settle();
    // The older request answers last, e.g. because the transport ignored the abort.
    calls[0]!.resolve(resultFor('hammas'));
    await settle();

    expect(search.state).toMatchObject({ status: 'success', result: { query: 'hammashoito' } });
  });

  it('never shows an older result even if it arrives before the newer one', async () => {
    const { search, calls, states, settle } = setup();
    search.update(params('a1'), { immediate: true });
    search.update(params('a12'), { immediate: true });
    calls[0]!.resolve(resultFor('a1'));
    await settle();
    expect(states.some((s) => s.status === 'success' && s.result.query === 'a1')).toBe(false);
    expect(search.state.status).toBe('loading');
    calls[1]!.resolve(resultFor('a12'));
    await settle();
    expect(search.state).toMatchObject({ status: 'success', result: { query: 'a12' } });
  });

  it('aborts the request in flight as soon as the query changes', async () => {
    const { search, calls } = setup();
    search.update(params('rokotus'), { immediate: true });
    expect(calls[0]!.signal.aborted).toBe(false);
    search.update(params('rokotukset'));
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it('ignores errors of stale requests but reports errors of the current one', async () => {
    const { search, calls, settle } = setup();
    search.update(params('x1'), { immediate: true });
    search.update(params('x2'), { immediate: true });
    calls[0]!.reject(new GraphQLRequestError('INTERNAL', 'old'));
    await settle();
    expect(search.state.status).toBe('loading');
    calls[1]!.reject(new GraphQLRequestError('UPSTREAM_UNAVAILABLE', 'down'));
    await settle();
    expect(search.state).toMatchObject({ status: 'error', error: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('goes idle for a blank query without calling the api, and drops the pending one', async () => {
    const { search, calls, settle } = setup();
    search.update(params('kuume'), { immediate: true });
    search.update(params('   '));
    calls[0]!.resolve(resultFor('kuume'));
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    expect(search.state).toEqual({ status: 'idle' });
  });

  it('trims the query and keeps the previous result visible while loading', async () => {
    const { search, calls, settle } = setup();
    search.update(params('  flunssa '), { immediate: true });
    expect(calls[0]!.params.query).toBe('flunssa');
    calls[0]!.resolve(resultFor('flunssa'));
    await settle();
    search.update(params('flunssa kuume'));
    expect(search.state).toMatchObject({ status: 'loading', previous: { query: 'flunssa' } });
  });
});
