import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { ApiContext } from '../../context.js';
import { DEFAULT_LOCALE, type Locale, type SearchDocType } from '../../models.js';
import type { SearchInput } from './service.js';

/** Arguments as GraphQL passes them: an explicit `null` overrides the SDL default, so defaults are re-applied. */
interface SearchArgs {
  query: string;
  locale?: Locale | null;
  region?: string | null;
  filters?: SearchInput['filters'];
  limit?: number | null;
  offset?: number | null;
  page?: number | null;
}

interface SuggestArgs {
  prefix: string;
  locale?: Locale | null;
  types?: SearchDocType[] | null;
  limit?: number | null;
}

/**
 * True when the operation selects the field at `path` below the resolved field (`['facets']`, `['hits', 'snippet']`),
 * through inline fragments and fragment spreads too.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, rest: readonly string[], depth: number): boolean =>
    depth < 16 &&
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case 'Field':
          if (selection.name.value !== rest[0]) return false;
          return rest.length === 1 || visit(selection.selectionSet, rest.slice(1), depth + 1);
        case 'InlineFragment':
          return visit(selection.selectionSet, rest, depth + 1);
        case 'FragmentSpread': {
          const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
          return visit(fragment?.selectionSet, rest, depth + 1);
        }
        default:
          return false;
      }
    });
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet, path, 0));
}

export const searchResolvers = {
  Query: {
    search: (_parent: unknown, args: SearchArgs, ctx: ApiContext, info: GraphQLResolveInfo) =>
      ctx.services.search.search(ctx.role, {
        query: args.query,
        locale: args.locale ?? DEFAULT_LOCALE,
        region: args.region ?? null,
        filters: args.filters ?? null,
        limit: args.limit ?? 20,
        offset: args.offset ?? 0,
        page: args.page ?? null,
        // Facet counts and snippets cost Meilisearch extra work: compute them only for clients that show them.
        withFacets: selects(info, ['facets']),
        withHits: selects(info, ['hits']),
        withSnippets: selects(info, ['hits', 'snippet']),
      }),
    suggest: (_parent: unknown, args: SuggestArgs, ctx: ApiContext) =>
      ctx.services.search.suggest(ctx.role, {
        prefix: args.prefix,
        locale: args.locale ?? DEFAULT_LOCALE,
        types: args.types ?? null,
        limit: args.limit ?? 8,
      }),
  },
};
