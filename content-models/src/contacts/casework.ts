import { z } from 'zod';
import { CONTACT_CODE_PATTERN, ContactCitizenInputSchema } from './schemas.js';
import { CONTACT_LIMITS } from './vocabulary.js';

/**
 * Casework that follows from a contact: initiating a social-care service-need assessment (palvelutarpeen arvioinnin
 * vireillepano) and agreeing a call-back. Vocabulary and input schemas are defined here once; the api validates
 * against them and the agent desktop labels them. Codes are snake_case so that each is also a valid GraphQL name.
 */

/** Whose need a service-need assessment is about. */
export const SERVICE_NEED_SUBJECTS = [
  // The identified citizen of the contact the assessment is initiated from.
  'contact_citizen',
  // Someone else the citizen is worried about (a relative, a neighbour), named with their identity code.
  'other_person',
] as const;
/** One of {@link SERVICE_NEED_SUBJECTS}. */
export type ServiceNeedSubject = (typeof SERVICE_NEED_SUBJECTS)[number];

/**
 * On what grounds the assessment is initiated. The first three are the groups for whom the Social Welfare Act
 * (1301/2014, 36 §) sets a deadline counted in working days; how many days each ground gets is configuration.
 */
export const SERVICE_NEED_GROUNDS = [
  'aged_75_or_over',
  'highest_care_allowance',
  'child_in_need_of_support',
  'disability',
  'mental_health_or_substance_use',
  'livelihood',
  'housing',
  'domestic_violence',
  'family_and_caregiving',
  'other',
] as const;
/** One of {@link SERVICE_NEED_GROUNDS}. */
export type ServiceNeedGround = (typeof SERVICE_NEED_GROUNDS)[number];

/** Whether the person whose need it is agreed to the assessment. */
export const SERVICE_NEED_CONSENTS = ['given', 'not_given', 'cannot_be_asked'] as const;
/** One of {@link SERVICE_NEED_CONSENTS}. */
export type ServiceNeedConsent = (typeof SERVICE_NEED_CONSENTS)[number];

/** Where an initiated assessment stands: waiting for the receiving unit, or started there. */
export const SERVICE_NEED_ASSESSMENT_STATUSES = ['pending', 'started'] as const;
/** One of {@link SERVICE_NEED_ASSESSMENT_STATUSES}. */
export type ServiceNeedAssessmentStatus = (typeof SERVICE_NEED_ASSESSMENT_STATUSES)[number];

/** Where a call-back stands. Only a `due` call-back can change, to `done` or `cancelled`. */
export const CALL_BACK_STATES = ['due', 'done', 'cancelled'] as const;
/** One of {@link CALL_BACK_STATES}. */
export type CallBackState = (typeof CALL_BACK_STATES)[number];

/** The states a due call-back can be marked as. */
export const CALL_BACK_RESOLUTIONS = ['done', 'cancelled'] as const satisfies readonly CallBackState[];
/** One of {@link CALL_BACK_RESOLUTIONS}. */
export type CallBackResolution = (typeof CALL_BACK_RESOLUTIONS)[number];

/** Lengths and counts the casework accepts. */
export const CASEWORK_LIMITS = Object.freeze({
  unitCode: 64,
  groundsText: 2_000,
  consentNote: 1_000,
  callBackReason: 500,
  /** A call-back window longer than this is no agreement. */
  callBackWindowHours: 24 * 14,
});

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

/**
 * A phone number as typed, in the Finnish national form (`040 123 4567`, `09 1234 567`) or international
 * (`+358 40 1234567`, `00358401234567`, any E.164 number), normalised to E.164: `+358401234567`. Spaces, hyphens,
 * dots and parentheses are typing, not data. Finnish numbers have 5–12 digits after the country code; E.164 allows
 * 15 digits in all.
 */
export function normalisePhoneNumber(value: string): string | null {
  const compact = value.trim().replace(/[\s().-]/g, '');
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  else if (/^0[1-9]/.test(compact)) e164 = `+358${compact.slice(1)}`;
  else return null;
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return null;
  if (e164.startsWith('+358') && !/^\+358[1-9]\d{4,11}$/.test(e164)) return null;
  return e164;
}

/** A phone number, normalised to E.164. The value never goes into the message: a phone number is personal data. */
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
