import type { ApiContext } from '../../context.js';
import type { Locale } from '../../models.js';

export const guideViewsResolvers = {
  Query: {
    popularGuides: (
      _parent: unknown,
      args: { locale?: Locale | null; limit?: number | null },
      ctx: ApiContext,
    ) => ctx.services.guideViews.popular(args.locale ?? 'fi', args.limit ?? 5),
  },
  Mutation: {
    recordGuideView: (_parent: unknown, args: { slug: string; locale: Locale }, ctx: ApiContext) =>
      ctx.services.guideViews.record(ctx.client, args.slug, args.locale),
  },
};
