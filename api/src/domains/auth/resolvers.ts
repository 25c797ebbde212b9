import { createHash } from 'node:crypto';
import type { ApiContext } from '../../context.js';

/** A browser-side key for a person's preferences that does not reveal the provider's subject. */
function preferenceKey(subject: string): string {
  return createHash('sha256').update(`neuvo-preferences\u0000${subject}`).digest('hex').slice(0, 32);
}

export const authResolvers = {
  Query: {
    me: (_parent: unknown, _args: unknown, ctx: ApiContext) =>
      ctx.viewer.kind === 'staff'
        ? {
            name: ctx.viewer.identity.name,
            roles: ctx.viewer.identity.roles,
            homeRegion: ctx.viewer.identity.homeRegion,
            preferenceKey: preferenceKey(ctx.viewer.identity.subject),
          }
        : null,
  },
};
