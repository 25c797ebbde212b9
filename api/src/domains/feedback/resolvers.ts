import type { ApiContext } from '../../context.js';
import type { Locale } from '../../models.js';
import { requireStaff } from '../auth/require.js';
import type { GuideFeedbackInput } from './service.js';

interface ReportArgs {
  from: string;
  to: string;
  locale?: Locale | null;
  limit?: number | null;
}

export const feedbackResolvers = {
  Query: {
    guideFeedbackReport: (_parent: unknown, args: ReportArgs, ctx: ApiContext) => {
      requireStaff(ctx.viewer, 'readGuideFeedback');
      return ctx.services.feedback.report({
        from: args.from,
        to: args.to,
        locale: args.locale ?? null,
        limit: args.limit ?? 20,
      });
    },
  },
  Mutation: {
    sendGuideFeedback: async (_parent: unknown, args: { input: GuideFeedbackInput }, ctx: ApiContext) => {
      await ctx.services.feedback.send(ctx.client, args.input);
      return true;
    },
  },
};
