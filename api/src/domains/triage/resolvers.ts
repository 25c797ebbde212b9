import type { ApiContext } from '../../context.js';
import { actorWith } from '../contacts/resolvers.js';
import type { Contact } from '../contacts/service.js';
import type { TriageAssessment } from './service.js';

export const triageResolvers = {
  Contact: {
    // The contact was already answered to this caller, so its assessments are too.
    triageAssessments: (contact: Contact, _a: unknown, ctx: ApiContext) =>
      ctx.services.triage.assessmentsOfContact(contact),
  },
  TriageAssessment: {
    contact: (assessment: TriageAssessment, _a: unknown, ctx: ApiContext) =>
      assessment.contact ?? ctx.services.contacts.get(actorWith(ctx, 'readContacts'), assessment.contactId),
  },
  Query: {
    triageAssessmentFhir: (_p: unknown, args: { id: string }, ctx: ApiContext) =>
      ctx.services.triage.fhirBundle(actorWith(ctx, 'readContacts'), args.id),
  },
  Mutation: {
    recordTriageAssessment: (
      _p: unknown,
      args: { contactId: string; contactVersion: number; input: unknown },
      ctx: ApiContext,
    ) =>
      ctx.services.triage.record(
        actorWith(ctx, 'recordTriage'),
        args.contactId,
        args.contactVersion,
        args.input,
      ),
  },
};
