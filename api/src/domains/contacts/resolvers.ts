import type { ApiContext } from '../../context.js';
import { can, type Permission } from '../auth/roles.js';
import { DomainError } from '../../models.js';
import type { Actor } from './service.js';

/** The signed-in staff member acting, if their roles grant `permission`; FORBIDDEN otherwise. */
export function actorWith(ctx: ApiContext, permission: Permission, what: string): Actor {
  if (ctx.viewer.kind !== 'staff' || !can(ctx.viewer, permission))
    throw new DomainError('FORBIDDEN', `${what} is for signed-in staff with the right role only.`);
  const { subject, name } = ctx.viewer.identity;
  return { subject, name, requestId: ctx.requestId };
}

export const contactsResolvers = {
  Query: {
    contact: (_p: unknown, args: { id: string }, ctx: ApiContext) =>
      ctx.services.contacts.get(actorWith(ctx, 'readContacts', 'The contact log'), args.id),
    myContacts: (_p: unknown, args: { first?: number | null; after?: string | null }, ctx: ApiContext) =>
      ctx.services.contacts.mine(
        actorWith(ctx, 'readContacts', 'The contact log'),
        args.first ?? 20,
        args.after ?? null,
      ),
    contactsByIdentityCode: (_p: unknown, args: { identityCode: string }, ctx: ApiContext) =>
      ctx.services.contacts.findByIdentityCode(
        actorWith(ctx, 'readContacts', 'The contact log'),
        args.identityCode,
      ),
    contactAuditTrail: (
      _p: unknown,
      args: { contactId?: string | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      actorWith(ctx, 'readContactAudit', 'The audit trail');
      return ctx.services.contacts.auditTrail(args.contactId ?? null, args.first ?? 50, args.after ?? null);
    },
  },
  Mutation: {
    openContact: (_p: unknown, args: { input: unknown }, ctx: ApiContext) =>
      ctx.services.contacts.open(actorWith(ctx, 'writeContacts', 'The contact log'), args.input),
    updateContact: (_p: unknown, args: { id: string; version: number; input: unknown }, ctx: ApiContext) =>
      ctx.services.contacts.update(
        actorWith(ctx, 'writeContacts', 'The contact log'),
        args.id,
        args.version,
        args.input,
      ),
    closeContact: (_p: unknown, args: { id: string; version: number }, ctx: ApiContext) =>
      ctx.services.contacts.close(actorWith(ctx, 'writeContacts', 'The contact log'), args.id, args.version),
    revealIdentityCode: (_p: unknown, args: { contactId: string; reason: string }, ctx: ApiContext) =>
      ctx.services.contacts.revealIdentityCode(
        actorWith(ctx, 'readContacts', 'The contact log'),
        args.contactId,
        args.reason,
      ),
  },
};
