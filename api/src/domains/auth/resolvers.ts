import type { ApiContext } from '../../context.js';

export const authResolvers = {
  Query: {
    me: (_parent: unknown, _args: unknown, ctx: ApiContext) =>
      ctx.viewer.kind === 'staff'
        ? {
            name: ctx.viewer.identity.name,
            roles: ctx.viewer.identity.roles,
            homeRegion: ctx.viewer.identity.homeRegion,
          }
        : null,
  },
};
