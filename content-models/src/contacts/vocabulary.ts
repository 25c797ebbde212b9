import { URGENCIES } from '../urgencies.js';

/**
 * The contact log's vocabulary, defined once: the api validates against it and the agent desktop labels it. Codes are
 * snake_case so that each is also a valid GraphQL name.
 */

/** How the citizen reached the centre. */
export const CONTACT_CHANNELS = ['phone', 'chat', 'video', 'call_back', 'walk_in', 'email'] as const;
/** One of {@link CONTACT_CHANNELS}. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** What came of a contact; a contact may have several. */
export const CONTACT_OUTCOME_CODES = [
  'guidance_given',
  'self_care_guide_sent',
  'referred_to_service',
  'appointment_booked',
  // Carries the urgency the assessment gave (`urgency` of the outcome, from URGENCIES).
  'triage_performed',
  'forwarded_to_queue',
  'call_back_agreed',
  'emergency_number_advised',
] as const;
/** One of {@link CONTACT_OUTCOME_CODES}. */
export type ContactOutcomeCode = (typeof CONTACT_OUTCOME_CODES)[number];

/** The outcome codes that require an urgency (from {@link URGENCIES}); every other outcome must not carry one. */
export const OUTCOMES_WITH_URGENCY: readonly ContactOutcomeCode[] = ['triage_performed'];

/** Kinds of content an agent can have used during a contact (the CMS content types agents open). */
export const CONTACT_CONTENT_TYPES = ['service', 'instruction', 'protocol', 'guide'] as const;
/** One of {@link CONTACT_CONTENT_TYPES}. */
export type ContactContentType = (typeof CONTACT_CONTENT_TYPES)[number];

/** Whether a contact is still being handled. */
export const CONTACT_STATUSES = ['open', 'closed'] as const;
/** One of {@link CONTACT_STATUSES}. */
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** Why a person's data was read, as written into the audit trail. */
export const CONTACT_AUDIT_ACTIONS = [
  // The identity code of a contact was shown unmasked (with the reason given).
  'reveal_identity_code',
  // A contact of an identified citizen was opened by id.
  'open_identified_contact',
  // A contact was found by an exact identity code search.
  'find_by_identity_code',
  // An identified person's contact or service-need assessment was in a supervisor's or unit's casework list.
  'list_casework',
  // A care-need assessment of an identified citizen was exported (FHIR), identity code included.
  'export_triage_assessment',
] as const;
/** One of {@link CONTACT_AUDIT_ACTIONS}. */
export type ContactAuditAction = (typeof CONTACT_AUDIT_ACTIONS)[number];

/** Re-exported for the outcome schema's readers: the urgencies a triage outcome may carry. */
export const CONTACT_OUTCOME_URGENCIES = URGENCIES;

/** Field limits of the contact log's input, in characters (items for lists). */
export const CONTACT_LIMITS = Object.freeze({
  citizenName: 200,
  regionCode: 64,
  queueCode: 64,
  reasonCategory: 64,
  reasonText: 2_000,
  notes: 10_000,
  outcomes: 20,
  contentUsed: 50,
  contentTitle: 300,
  documentId: 64,
  revealReason: 500,
  triageAnswers: 200,
  triageOverrideReason: 500,
});
