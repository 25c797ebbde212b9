import type { ApiContext } from '../../context.js';
import { DEFAULT_LOCALE, type Locale } from '../../models.js';
import { requireStaff } from '../auth/require.js';
import type { ServiceEntry, ServiceEntryAgentFields } from './service.js';

/**
 * Resolves an agent-only field: the value for agents, `null` for citizens. The service does not even
 * read these fields from the CMS for citizens; this is the second, per-field lock.
 */
const agentOnly =
  <K extends keyof ServiceEntryAgentFields>(key: K) =>
  (entry: ServiceEntry, _args: unknown, ctx: ApiContext): ServiceEntryAgentFields[K] | null =>
    ctx.role === 'agent' && entry.agent ? entry.agent[key] : null;

export const contentResolvers = {
  Query: {
    professionalInstruction: (_p: unknown, args: { id: string; locale?: Locale | null }, ctx: ApiContext) => {
      requireStaff(ctx.viewer, 'readAgentContent');
      return ctx.services.content.professionalInstruction(args.id, args.locale ?? DEFAULT_LOCALE);
    },
    triageProtocol: (_p: unknown, args: { id: string; locale?: Locale | null }, ctx: ApiContext) => {
      requireStaff(ctx.viewer, 'readAgentContent');
      return ctx.services.content.triageProtocol(args.id, args.locale ?? DEFAULT_LOCALE);
    },
    selfCareGuide: (_p: unknown, args: { slug: string; locale?: Locale | null }, ctx: ApiContext) =>
      ctx.services.content.selfCareGuide(args.slug, args.locale ?? DEFAULT_LOCALE),
    guides: (_p: unknown, args: { locale?: Locale | null }, ctx: ApiContext) =>
      ctx.services.content.guides(args.locale ?? DEFAULT_LOCALE),
    serviceEntry: (_p: unknown, args: { id: string; locale?: Locale | null }, ctx: ApiContext) =>
      ctx.services.content.serviceEntry(ctx.role, args.id, args.locale ?? DEFAULT_LOCALE),
  },
  ServiceEntry: {
    agentInstructions: agentOnly('agentInstructions'),
    internalPhones: agentOnly('internalPhones'),
    extraKeywords: agentOnly('extraKeywords'),
    instructions: agentOnly('instructions'),
    protocols: agentOnly('protocols'),
    queue: agentOnly('queue'),
  },
};
