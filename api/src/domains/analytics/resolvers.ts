import type { ApiContext } from '../../context.js';
import { requireStaff } from '../auth/require.js';
import type { Locale } from '../../models.js';
import type { SearchChannel } from './service.js';

interface ReportArgs {
  from: string;
  to: string;
  locale?: Locale | null;
  channel?: SearchChannel | null;
  limit?: number | null;
}

export const analyticsResolvers = {
  Query: {
    searchReport: (_parent: unknown, args: ReportArgs, ctx: ApiContext) => {
      requireStaff(ctx.viewer, 'readSearchReport');
      return ctx.services.analytics.report({
        from: args.from,
        to: args.to,
        locale: args.locale ?? null,
        channel: args.channel ?? null,
        limit: args.limit ?? 20,
      });
    },
  },
  Mutation: {
    recordSearchClick: (_parent: unknown, args: { searchId: string; documentId: string }, ctx: ApiContext) =>
      ctx.services.analytics.recordClick(args.searchId, args.documentId),
  },
};
