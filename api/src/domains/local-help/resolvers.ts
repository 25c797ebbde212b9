import type { ApiContext } from '../../context.js';
import { DEFAULT_LOCALE, type Locale } from '../../models.js';

export const localHelpResolvers = {
  Query: {
    guideLocalServices: (
      _p: unknown,
      args: { slug: string; locale?: Locale | null; region: string },
      ctx: ApiContext,
    ) => ctx.services.localHelp.guideLocalServices(args.slug, args.locale ?? DEFAULT_LOCALE, args.region),
  },
};
