import type { z } from 'zod';
import { defineContentType, integer, string, text } from '../dsl/index.js';

/**
 * A reason category code: lower-case letters, digits and `_`, starting with a letter or digit (e.g.
 * `symptom_or_illness`). Every such code is also a valid contact-log category code (`CONTACT_CODE_PATTERN`).
 */
export const CONTACT_REASON_CODE_PATTERN = /^[a-z0-9][a-z0-9_]*$/;

/** Longest label and description of a reason category, in characters. */
export const CONTACT_REASON_LIMITS = Object.freeze({ code: 64, label: 120, description: 500 });

/**
 * A category of why citizens get in touch, as agents pick it when logging a contact (the contact log stores the
 * code). Agent-only content: never on the public site or in the search index; it holds no personal data.
 */
export const contactReason = defineContentType({
  singularName: 'contact-reason',
  pluralName: 'contact-reasons',
  displayName: 'Contact reason',
  description:
    'A reason category agents pick when logging a contact (agent-only; the code is stored with contacts)',
  localized: true,
  fields: {
    code: string({ pattern: CONTACT_REASON_CODE_PATTERN, maxLength: CONTACT_REASON_LIMITS.code })
      .required()
      .unique(),
    label: string({ maxLength: CONTACT_REASON_LIMITS.label }).required().localized(),
    description: text({ maxLength: CONTACT_REASON_LIMITS.description }).localized(),
    sortOrder: integer({ min: 0 }).required(),
  },
});

/** A contact reason document (REST shape). */
export type ContactReason = z.infer<typeof contactReason.schema>;
/** Writable contact reason data. */
export type ContactReasonData = z.input<typeof contactReason.dataSchema>;
