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
        updatedAt: null,
        locale: 'fi',
        alsoIn: [],
      },
    ],
  };
}

function params(query: string): SearchParams {
  return { query, locale: 'fi', filters: {} };
}

function setup(debounceMs?: number) {
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

  it('sends a request the moment the text changes, aborting the one before it', () => {
    const { search, calls } = setup();
    search.update(params('k'));
    expect(calls.map((call) => call.params.query)).toEqual(['k']);
    search.update(params('ki'));
    search.update(params('kip'));
    // No timer involved: every keystroke is a request at once, and only the latest is left running.
    expect(calls.map((call) => call.params.query)).toEqual(['k', 'ki', 'kip']);
    expect(calls.map((call) => call.signal.aborted)).toEqual([true, true, false]);
  });

  it('with a configured wait (the benchmark baseline) debounces typing into one request', async () => {
    const { search, calls } = setup(120);
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
    const { search, calls } = setup(120);
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
    const { search, calls, settle } = setup(120);
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

  it('settled() waits for the answer to the latest text, never an older one', async () => {
    const { search, calls, settle } = setup();
    search.update(params('kuu'));
    search.update(params('kuume'));
    const settled = search.settled();
    // The older text answers first: it is not what Enter acts on.
    calls[0]!.resolve(resultFor('kuu'));
    await settle();
    let outcome: unknown = 'pending';
    void settled.then((s) => (outcome = s));
    await settle();
    expect(outcome).toBe('pending');
    calls[1]!.resolve(resultFor('kuume'));
    expect(await settled).toMatchObject({ status: 'success', result: { query: 'kuume' } });
  });

  it('settled() answers at once when the latest text already has its answer', async () => {
    const { search, calls, settle } = setup();
    search.update(params('neuvola'));
    calls[0]!.resolve(resultFor('neuvola'));
    await settle();
    expect(await search.settled()).toMatchObject({ status: 'success', result: { query: 'neuvola' } });
  });

  it('settled() gives nothing when newer text replaces the one it waited for', async () => {
    const { search } = setup();
    search.update(params('rokotus'));
    const settled = search.settled();
    search.update(params('rokotukset'));
    expect(await settled).toBeUndefined();
  });

  it('settled() cuts a configured wait short: the agent is waiting for the answer', async () => {
    const { search, calls } = setup(120);
    search.update(params('hammas'));
    expect(calls).toHaveLength(0);
    const settled = search.settled();
    expect(calls.map((call) => call.params.query)).toEqual(['hammas']);
    calls[0]!.resolve(resultFor('hammas'));
    expect(await settled).toMatchObject({ status: 'success', params: { query: 'hammas' } });
    // The timer that was cut short sends nothing more.
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
  });
});
