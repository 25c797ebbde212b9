import type { ApiContext } from '../../context.js';
import { DEFAULT_LOCALE, type Locale } from '../../models.js';
import type { SearchInput } from './service.js';

/** Arguments as GraphQL passes them: an explicit `null` overrides the SDL default, so defaults are re-applied. */
interface SearchArgs {
  query: string;
  locale?: Locale | null;
  filters?: SearchInput['filters'];
  limit?: number | null;
  offset?: number | null;
}

export const searchResolvers = {
  Query: {
    search: (_parent: unknown, args: SearchArgs, ctx: ApiContext) =>
      ctx.services.search.search(ctx.role, {
        query: args.query,
        locale: args.locale ?? DEFAULT_LOCALE,
        filters: args.filters ?? null,
        limit: args.limit ?? 20,
        offset: args.offset ?? 0,
      }),
  },
};
