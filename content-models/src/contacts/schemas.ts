import { z } from 'zod';
import { LocaleSchema } from '../locale.js';
import { UrgencySchema } from '../urgency.js';
import { parseIdentityCode } from './identity-code.js';
import {
  CONTACT_CHANNELS,
  CONTACT_CONTENT_TYPES,
  CONTACT_LIMITS,
  CONTACT_OUTCOME_CODES,
  OUTCOMES_WITH_URGENCY,
  type ContactOutcomeCode,
} from './vocabulary.js';

/** Region, queue and reason category codes: lower case letters, digits, `_` and `-` (the CMS's codes). */
export const CONTACT_CODE_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

const code = (max: number, what: string) =>
  z
    .string({ error: `${what} must be a code` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is at most ${max} characters`)
    .regex(CONTACT_CODE_PATTERN, `${what} uses lower-case letters, digits, _ and -`);

const text = (max: number, what: string) =>
  z.string({ error: `${what} must be text` }).max(max, `${what} is at most ${max} characters`);

/** An identity code as typed: normalised (trimmed, upper case) and checked (format, date, check character). */
export const IdentityCodeSchema = z
  .string({ error: 'identity code must be text' })
  .transform((value, ctx) => {
    const parsed = parseIdentityCode(value);
    if (!parsed.ok) {
      // The value never goes into the message.
      ctx.addIssue({
        code: 'custom',
        message:
          parsed.problem === 'check-character'
            ? 'identity code check character does not match'
            : 'identity code is not a valid Finnish personal identity code',
      });
      return z.NEVER;
    }
    return parsed.code.normalised;
  });

/** The citizen of a contact: `null`/absent = anonymous; a name and an identity code = identified. */
export const ContactCitizenInputSchema = z.object({
  name: z
    .string({ error: 'name must be text' })
    .trim()
    .min(1, 'name must not be empty')
    .max(CONTACT_LIMITS.citizenName, `name is at most ${CONTACT_LIMITS.citizenName} characters`),
  identityCode: IdentityCodeSchema,
});
/** Input of an identified citizen. */
export type ContactCitizenInput = z.infer<typeof ContactCitizenInputSchema>;

/** Why the citizen got in touch: a category code from the CMS's code list, and free text. */
export const ContactReasonInputSchema = z.object({
  category: code(CONTACT_LIMITS.reasonCategory, 'reason category').nullish(),
  text: text(CONTACT_LIMITS.reasonText, 'reason text').nullish(),
});
/** Input of a contact's reason. */
export type ContactReasonInput = z.infer<typeof ContactReasonInputSchema>;

/** One outcome: its code, and the urgency when the outcome is a triage. */
export const ContactOutcomeInputSchema = z
  .object({
    code: z.enum(CONTACT_OUTCOME_CODES, { error: 'unknown outcome code' }),
    urgency: UrgencySchema.nullish(),
  })
  .superRefine((outcome, ctx) => {
    const needsUrgency = OUTCOMES_WITH_URGENCY.includes(outcome.code as ContactOutcomeCode);
    if (needsUrgency && !outcome.urgency)
      ctx.addIssue({ code: 'custom', path: ['urgency'], message: 'a triage outcome needs its urgency' });
    if (!needsUrgency && outcome.urgency)
      ctx.addIssue({ code: 'custom', path: ['urgency'], message: 'only a triage outcome has an urgency' });
  });
/** Input of one outcome. */
export type ContactOutcomeInput = z.infer<typeof ContactOutcomeInputSchema>;

/** A piece of content the agent used: what it was, its CMS documentId and its title at the time. */
export const ContactContentUsedInputSchema = z.object({
  type: z.enum(CONTACT_CONTENT_TYPES, { error: 'unknown content type' }),
  documentId: z
    .string({ error: 'documentId must be text' })
    .regex(/^[A-Za-z0-9_-]+$/, 'documentId must be a document id')
    .max(CONTACT_LIMITS.documentId, `documentId is at most ${CONTACT_LIMITS.documentId} characters`),
  title: z
    .string({ error: 'title must be text' })
    .trim()
    .min(1, 'title must not be empty')
    .max(CONTACT_LIMITS.contentTitle, `title is at most ${CONTACT_LIMITS.contentTitle} characters`),
});
/** Input of one piece of content used. */
export type ContactContentUsedInput = z.infer<typeof ContactContentUsedInputSchema>;

const outcomes = z
  .array(ContactOutcomeInputSchema)
  .max(CONTACT_LIMITS.outcomes, `at most ${CONTACT_LIMITS.outcomes} outcomes`)
  .refine((list) => new Set(list.map((o) => o.code)).size === list.length, 'an outcome code is listed twice');

const contentUsed = z
  .array(ContactContentUsedInputSchema)
  .max(CONTACT_LIMITS.contentUsed, `at most ${CONTACT_LIMITS.contentUsed} pieces of content`);

/** The editable fields of a contact (everything but its times, agent and version). */
const editable = {
  channel: z.enum(CONTACT_CHANNELS, { error: 'unknown channel' }),
  region: code(CONTACT_LIMITS.regionCode, 'region'),
  queueCode: code(CONTACT_LIMITS.queueCode, 'queue code').nullish(),
  citizen: ContactCitizenInputSchema.nullish(),
  reason: ContactReasonInputSchema.nullish(),
  outcomes: outcomes.nullish(),
  contentUsed: contentUsed.nullish(),
  notes: text(CONTACT_LIMITS.notes, 'notes').nullish(),
};

/** Opening a contact: the channel and region are required; the rest may be filled in while it is open. */
export const OpenContactInputSchema = z.object({
  ...editable,
  /** When the contact began (ISO 8601), if before it was opened in the log; default: now. */
  startedAt: z.iso.datetime({ offset: true, error: 'startedAt must be an ISO 8601 date-time' }).nullish(),
});
/** Input of opening a contact. */
export type OpenContactInput = z.infer<typeof OpenContactInputSchema>;

/**
 * Updating an open contact: only the fields given change; `citizen: null` makes the contact anonymous, `null`
 * clears the other optional fields. Channel and region cannot be cleared.
 */
export const UpdateContactInputSchema = z.object({
  ...editable,
  channel: editable.channel.optional(),
  region: editable.region.optional(),
});
/** Input of updating a contact. */
export type UpdateContactInput = z.infer<typeof UpdateContactInputSchema>;

/** Why a person's identity code is shown unmasked: written into the audit trail. */
export const RevealReasonSchema = z
  .string({ error: 'reason must be text' })
  .trim()
  .min(3, 'give the reason for revealing the identity code')
  .max(CONTACT_LIMITS.revealReason, `reason is at most ${CONTACT_LIMITS.revealReason} characters`);

/**
 * The dotted field path of a zod issue, as sent in `details.field` (`citizen.identityCode`, `outcomes[1].code`).
 */
export function issueFieldPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * A care-need assessment as the nurse records it: the protocol (documentId and the version assessed), the locale the
 * questions were read in, the answers as text (`true`/`false`, an option's value, a decimal number) and an optional
 * override of the computed urgency with its reason. Whether the answers fit the protocol is checked against the
 * protocol itself (the api reads it from the CMS); this schema checks only their shape.
 */
export const RecordTriageAssessmentInputSchema = z.object({
  protocolId: z
    .string({ error: 'protocolId must be text' })
    .regex(/^[A-Za-z0-9_-]+$/, 'protocolId must be a document id')
    .max(CONTACT_LIMITS.documentId, `protocolId is at most ${CONTACT_LIMITS.documentId} characters`),
  protocolVersion: z.number({ error: 'protocolVersion must be a number' }).int().min(1),
  locale: LocaleSchema,
  answers: z
    .array(
      z.object({
        questionId: z
          .string({ error: 'questionId must be text' })
          .max(64, 'questionId is at most 64 characters'),
        value: z.string({ error: 'value must be text' }).trim().max(64, 'value is at most 64 characters'),
      }),
    )
    .max(CONTACT_LIMITS.triageAnswers, `at most ${CONTACT_LIMITS.triageAnswers} answers`),
  override: z
    .object({
      urgency: UrgencySchema,
      reason: z
        .string({ error: 'reason must be text' })
        .trim()
        .min(3, 'give the reason for overriding the computed urgency (at least 3 characters)')
        .max(
          CONTACT_LIMITS.triageOverrideReason,
          `reason is at most ${CONTACT_LIMITS.triageOverrideReason} characters`,
        ),
    })
    .nullish(),
});
/** Input of recording a care-need assessment. */
export type RecordTriageAssessmentInput = z.infer<typeof RecordTriageAssessmentInputSchema>;
