import type { ApiContext } from '../../context.js';
import { DEFAULT_LOCALE, type Locale } from '../../models.js';
import { requireStaff } from '../auth/require.js';
import type { Permission } from '../auth/roles.js';
import type { Actor } from './service.js';

/** The signed-in staff member acting: UNAUTHENTICATED without a session, FORBIDDEN without `permission`. */
export function actorWith(ctx: ApiContext, permission: Permission): Actor {
  const { subject, name } = requireStaff(ctx.viewer, permission);
  return { subject, name, requestId: ctx.requestId };
}

export const contactsResolvers = {
  Query: {
    contactReasonCategories: (_p: unknown, args: { locale?: Locale | null }, ctx: ApiContext) => {
      actorWith(ctx, 'readContacts');
      return ctx.services.reasonCategories.categories(args.locale ?? DEFAULT_LOCALE);
    },
    contact: (_p: unknown, args: { id: string }, ctx: ApiContext) =>
      ctx.services.contacts.get(actorWith(ctx, 'readContacts'), args.id),
    myContacts: (_p: unknown, args: { first?: number | null; after?: string | null }, ctx: ApiContext) =>
      ctx.services.contacts.mine(actorWith(ctx, 'readContacts'), args.first ?? 20, args.after ?? null),
    contactsByIdentityCode: (_p: unknown, args: { identityCode: string }, ctx: ApiContext) =>
      ctx.services.contacts.findByIdentityCode(actorWith(ctx, 'readContacts'), args.identityCode),
    contactAuditTrail: (
      _p: unknown,
      args: { contactId?: string | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      actorWith(ctx, 'readContactAudit');
      return ctx.services.contacts.auditTrail(args.contactId ?? null, args.first ?? 50, args.after ?? null);
    },
  },
  Mutation: {
    openContact: (_p: unknown, args: { input: unknown }, ctx: ApiContext) =>
      ctx.services.contacts.open(actorWith(ctx, 'writeContacts'), args.input),
    updateContact: (_p: unknown, args: { id: string; version: number; input: unknown }, ctx: ApiContext) =>
      ctx.services.contacts.update(actorWith(ctx, 'writeContacts'), args.id, args.version, args.input),
    closeContact: (_p: unknown, args: { id: string; version: number }, ctx: ApiContext) =>
      ctx.services.contacts.close(actorWith(ctx, 'writeContacts'), args.id, args.version),
    revealIdentityCode: (_p: unknown, args: { contactId: string; reason: string }, ctx: ApiContext) =>
      ctx.services.contacts.revealIdentityCode(actorWith(ctx, 'readContacts'), args.contactId, args.reason),
  },
};
