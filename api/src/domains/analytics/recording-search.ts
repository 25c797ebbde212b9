import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from '../search/resolvers.js';
import type { SearchService } from '../search/service.js';
import { audienceFor } from '../search/service.js';
import type { SearchAnalytics } from './service.js';

/** `false` while a `search` field that selects no hits is resolved (see {@link recordOnlySearchesShowingHits}). */
const showsHits = new AsyncLocalStorage<boolean>();

/**
 * Wraps the search service so that every successful search is recorded and its result carries a `searchId`
 * (for `recordSearchClick`). Recording only appends to a buffer: the search answer never waits for the
 * database. Other methods of the service pass through unchanged.
 */
export function withSearchAnalytics<S extends SearchService>(inner: S, analytics: SearchAnalytics): S {
  return {
    ...inner,
    async search(role, input) {
      const started = performance.now();
      const result = await inner.search(role, input);
      // Counting what matches (facets only, no hits) is not a search anyone saw results of: not recorded.
      if (showsHits.getStore() === false) return { ...result, searchId: randomUUID() };
      const searchId = analytics.recordSearch({
        query: result.query,
        locale: input.locale,
        audience: audienceFor(role),
        resultCount: result.total,
        latencyMs: performance.now() - started,
        hitIds: result.hits.map((hit) => hit.documentId),
      });
      return { ...result, searchId };
    },
  };
}

type Resolver<P, A, C, R> = (parent: P, args: A, ctx: C, info: GraphQLResolveInfo) => R;

/**
 * Wraps the `search` resolver: a `search` field that selects no `hits` (the agent portal asks for facet counts
 * that way, after it has shown the results of the same query) is resolved without being recorded, so one search
 * is counted once. Its `searchId` is then unknown to `recordSearchClick`.
 */
export function recordOnlySearchesShowingHits<P, A, C, R>(
  resolve: Resolver<P, A, C, R>,
): Resolver<P, A, C, R> {
  return (parent, args, ctx, info) =>
    showsHits.run(selects(info, ['hits']), () => resolve(parent, args, ctx, info));
}
