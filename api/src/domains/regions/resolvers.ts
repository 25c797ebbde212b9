import type { ApiContext } from '../../context.js';
import { DEFAULT_LOCALE, type Locale } from '../../models.js';

export const regionsResolvers = {
  Query: {
    regions: (_p: unknown, args: { locale?: Locale | null }, ctx: ApiContext) =>
      ctx.services.regions.regions(args.locale ?? DEFAULT_LOCALE),
  },
};
