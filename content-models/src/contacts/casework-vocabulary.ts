/**
 * The casework vocabulary (service-need assessments, call-backs), free of zod so the agent desktop can label and
 * check it without the schemas (`@neuvo/content-models/contact-log`); the input schemas are in `casework.ts`.
 * Codes are snake_case so that each is also a valid GraphQL name.
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
