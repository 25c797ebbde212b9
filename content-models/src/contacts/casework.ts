import { z } from 'zod';
import { CONTACT_CODE_PATTERN, ContactCitizenInputSchema } from './schemas.js';
import {
  CASEWORK_LIMITS,
  normalisePhoneNumber,
  SERVICE_NEED_CONSENTS,
  SERVICE_NEED_GROUNDS,
  SERVICE_NEED_SUBJECTS,
} from './casework-vocabulary.js';
import { CONTACT_LIMITS } from './vocabulary.js';

/**
 * Casework that follows from a contact: initiating a social-care service-need assessment (palvelutarpeen arvioinnin
 * vireillepano) and agreeing a call-back. The input schemas are defined here once and the api validates against them;
 * the vocabulary they use is in `casework-vocabulary.ts`.
 */

const code = (max: number, what: string) =>
  z
    .string({ error: `${what} must be a code` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is at most ${max} characters`)
    .regex(CONTACT_CODE_PATTERN, `${what} uses lower-case letters, digits, _ and -`);

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .max(max, `${what} is at most ${max} characters`)
    .transform((value) => (value.trim() === '' ? null : value.trim()))
    .nullish();

/** A phone number ({@link normalisePhoneNumber}), normalised to E.164. */
export const PhoneNumberSchema = z.string({ error: 'phone number must be text' }).transform((value, ctx) => {
  const normalised = normalisePhoneNumber(value);
  if (normalised === null) {
    ctx.addIssue({
      code: 'custom',
      message:
        'phone number must be a Finnish number (040 123 4567) or an international one (+358 40 1234567)',
    });
    return z.NEVER;
  }
  return normalised;
});

const dateTime = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what} must be an ISO 8601 date-time with its offset` });

/** Initiating a service-need assessment from a contact. */
export const InitiateServiceNeedAssessmentInputSchema = z
  .object({
    subject: z.enum(SERVICE_NEED_SUBJECTS, { error: 'unknown subject' }),
    /** The other person, for subject `other_person` only. */
    person: ContactCitizenInputSchema.nullish(),
    grounds: z.object({
      code: z.enum(SERVICE_NEED_GROUNDS, { error: 'unknown grounds code' }),
      text: optionalText(CASEWORK_LIMITS.groundsText, 'grounds text'),
    }),
    consent: z.object({
      state: z.enum(SERVICE_NEED_CONSENTS, { error: 'unknown consent state' }),
      note: optionalText(CASEWORK_LIMITS.consentNote, 'consent note'),
    }),
    receivingUnit: code(CASEWORK_LIMITS.unitCode, 'receiving unit'),
    /** The date (Europe/Helsinki) the need became pending, `YYYY-MM-DD`; default: today. */
    pendingSince: z.iso.date({ error: 'pendingSince must be a date (YYYY-MM-DD)' }).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.subject === 'other_person' && !input.person)
      ctx.addIssue({
        code: 'custom',
        path: ['person'],
        message: 'name the other person and their identity code',
      });
    if (input.subject === 'contact_citizen' && input.person)
      ctx.addIssue({
        code: 'custom',
        path: ['person'],
        message: 'a person is named for subject other_person only',
      });
    // Without consent the record must say why the assessment goes ahead anyway.
    if (input.consent.state !== 'given' && !input.consent.note)
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'note'],
        message: 'say why consent was not given or could not be asked',
      });
  });
/** Input of initiating a service-need assessment. */
export type InitiateServiceNeedAssessmentInput = z.infer<typeof InitiateServiceNeedAssessmentInputSchema>;

/** Agreeing a call-back from a contact: when, to which number, and why. */
export const AgreeCallBackInputSchema = z
  .object({
    windowStart: dateTime('windowStart'),
    windowEnd: dateTime('windowEnd'),
    phoneNumber: PhoneNumberSchema,
    reason: z
      .string({ error: 'reason must be text' })
      .trim()
      .min(1, 'give the reason for the call-back')
      .max(CASEWORK_LIMITS.callBackReason, `reason is at most ${CASEWORK_LIMITS.callBackReason} characters`),
  })
  .superRefine((input, ctx) => {
    const start = Date.parse(input.windowStart);
    const end = Date.parse(input.windowEnd);
    if (end <= start)
      ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'windowEnd must be after windowStart' });
    else if (end - start > CASEWORK_LIMITS.callBackWindowHours * 3_600_000)
      ctx.addIssue({
        code: 'custom',
        path: ['windowEnd'],
        message: `a call-back window is at most ${CASEWORK_LIMITS.callBackWindowHours} hours`,
      });
  });
/** Input of agreeing a call-back. */
export type AgreeCallBackInput = z.infer<typeof AgreeCallBackInputSchema>;

/** A region or unit code given as a filter (same form as the codes stored). */
export const CaseworkCodeSchema = code(CONTACT_LIMITS.regionCode, 'code');
