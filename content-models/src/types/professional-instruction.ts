import { z } from 'zod';
import { date, datetime, defineContentType, enumeration, json, manyToMany, richtext, string } from '../dsl/index.js';
import { TEXT_LIMITS } from '../limits.js';
import { SLUG_PATTERN } from '../shared-schemas.js';

/** Categories of professional instructions. */
export const INSTRUCTION_CATEGORIES = [
  'triage',
  'referral',
  'social_services',
  'mental_health',
  'substance_use',
  'maternity_child',
  'oral_health',
  'switchboard',
  'data_protection',
  'emergency',
  'other',
] as const;
export type InstructionCategory = (typeof INSTRUCTION_CATEGORIES)[number];

/** Professional groups an instruction is written for. */
export const INSTRUCTION_AUDIENCES = ['agent', 'nurse', 'social_counsellor'] as const;
export type InstructionAudience = (typeof INSTRUCTION_AUDIENCES)[number];

/** An agent-only working instruction; never public. */
export const professionalInstruction = defineContentType({
  singularName: 'professional-instruction',
  pluralName: 'professional-instructions',
  displayName: 'Professional instruction',
  description: 'Agent-only working instruction (never public)',
  localized: true,
  fields: {
    slug: string({ pattern: SLUG_PATTERN }).required().unique(),
    title: string().required().localized(),
    body: richtext({ maxLength: TEXT_LIMITS.markdown }).required().localized(),
    category: enumeration(INSTRUCTION_CATEGORIES).default('other'),
    audience: json(z.array(z.enum(INSTRUCTION_AUDIENCES)).min(1)).required(),
    regions: manyToMany('api::region.region'),
    relatedServices: manyToMany('api::service-entry.service-entry', { mappedBy: 'instructions' }),
    owner: string(),
    reviewBy: date(),
    /** Set by the PTV sync when a linked service changed in PTV since the last review; editors clear it. */
    sourceChangedAt: datetime(),
  },
});

/** A professional instruction document (REST shape). */
export type ProfessionalInstruction = z.infer<typeof professionalInstruction.schema>;
/** Writable professional instruction data. */
export type ProfessionalInstructionData = z.input<typeof professionalInstruction.dataSchema>;
