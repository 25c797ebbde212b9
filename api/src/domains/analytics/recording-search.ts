import type { SearchService } from '../search/service.js';
import { audienceFor } from '../search/service.js';
import type { SearchAnalytics } from './service.js';

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
      const searchId = analytics.recordSearch({
        query: result.query,
        locale: input.locale,
        audience: audienceFor(role),
        resultCount: result.total,
        latencyMs: performance.now() - started,
      });
      return { ...result, searchId };
    },
  };
}
