import type { ApiContext } from '../../context.js';
import { actorWith } from '../contacts/resolvers.js';
import type { Contact } from '../contacts/service.js';

export const caseworkResolvers = {
  Contact: {
    deadline: (contact: Contact, _a: unknown, ctx: ApiContext) =>
      ctx.services.casework.contactClock(contact)?.deadline ?? null,
    timeLeftMinutes: (contact: Contact, _a: unknown, ctx: ApiContext) =>
      ctx.services.casework.contactClock(contact)?.timeLeftMinutes ?? null,
    // The contact was already answered to this caller, so its casework is too.
    serviceNeedAssessments: (contact: Contact, _a: unknown, ctx: ApiContext) =>
      ctx.services.casework.assessmentsOfContact(contact.id),
    callBacks: (contact: Contact, _a: unknown, ctx: ApiContext) =>
      ctx.services.casework.callBacksOfContact(contact.id),
  },
  Query: {
    pendingServiceNeedAssessments: (
      _p: unknown,
      args: { unit?: string | null; region?: string | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) =>
      ctx.services.casework.pendingServiceNeedAssessments(
        actorWith(ctx, 'readServiceNeedAssessments'),
        { unit: args.unit ?? null, region: args.region ?? null },
        args.first ?? 50,
        args.after ?? null,
      ),
    dueCallBacks: (
      _p: unknown,
      args: { region: string; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      actorWith(ctx, 'readContacts');
      return ctx.services.casework.dueCallBacks(args.region, args.first ?? 50, args.after ?? null);
    },
    overdue: (_p: unknown, args: { region: string }, ctx: ApiContext) =>
      ctx.services.casework.overdue(actorWith(ctx, 'readOverdue'), args.region),
  },
  Mutation: {
    initiateServiceNeedAssessment: (
      _p: unknown,
      args: { contactId: string; input: unknown },
      ctx: ApiContext,
    ) =>
      ctx.services.casework.initiateServiceNeedAssessment(
        actorWith(ctx, 'initiateServiceNeedAssessment'),
        args.contactId,
        args.input,
      ),
    startServiceNeedAssessment: (_p: unknown, args: { id: string; version: number }, ctx: ApiContext) =>
      ctx.services.casework.startServiceNeedAssessment(
        actorWith(ctx, 'initiateServiceNeedAssessment'),
        args.id,
        args.version,
      ),
    agreeCallBack: (_p: unknown, args: { contactId: string; input: unknown }, ctx: ApiContext) =>
      ctx.services.casework.agreeCallBack(actorWith(ctx, 'writeContacts'), args.contactId, args.input),
    resolveCallBack: (_p: unknown, args: { id: string; version: number; state: string }, ctx: ApiContext) =>
      ctx.services.casework.resolveCallBack(
        actorWith(ctx, 'writeContacts'),
        args.id,
        args.version,
        args.state,
      ),
  },
};
