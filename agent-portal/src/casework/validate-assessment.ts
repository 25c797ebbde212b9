/**
 * The checks of the service-need assessment form, the same the api makes (so the agent hears of a mistake before
 * sending, and the api's answer is the backstop).
 */
import {
  CASEWORK_LIMITS,
  CONTACT_LIMITS,
  parseIdentityCode,
  type ServiceNeedConsent,
  type ServiceNeedGround,
  type ServiceNeedSubject,
} from '@neuvo/content-models/contact-log';
import type { InitiateServiceNeedAssessmentInput } from '@neuvo/graphql-contract';
import type { FieldError, FieldErrors } from './form-errors';

/** The form's fields, in the order they are shown. */
export const ASSESSMENT_FIELDS = [
  'subject',
  'personName',
  'personCode',
  'grounds',
  'groundsText',
  'consent',
  'consentNote',
  'unit',
  'pendingSince',
] as const;
/** One of {@link ASSESSMENT_FIELDS}. */
export type AssessmentField = (typeof ASSESSMENT_FIELDS)[number];

/** Which form field each input path of `initiateServiceNeedAssessment` fills. */
export const ASSESSMENT_API_FIELDS: Readonly<Record<string, AssessmentField>> = {
  'input.subject': 'subject',
  'input.person': 'personName',
  'input.person.name': 'personName',
  'input.person.identityCode': 'personCode',
  'input.grounds': 'grounds',
  'input.grounds.code': 'grounds',
  'input.grounds.text': 'groundsText',
  'input.consent': 'consent',
  'input.consent.state': 'consent',
  'input.consent.note': 'consentNote',
  'input.receivingUnit': 'unit',
  'input.pendingSince': 'pendingSince',
};

/** What the form holds. */
export interface AssessmentDraft {
  subject: ServiceNeedSubject;
  personName: string;
  personCode: string;
  grounds: ServiceNeedGround | '';
  groundsText: string;
  consent: ServiceNeedConsent;
  consentNote: string;
  unit: string;
  pendingSince: string;
}

const UNIT_CODE = /^[a-z0-9][a-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The identity code's error as typed, or none (an empty field is only an error on sending). */
export function identityCodeError(value: string): FieldError | undefined {
  if (value.trim() === '') return undefined;
  const parsed = parseIdentityCode(value);
  return parsed.ok ? undefined : { key: `casework.form.code.${parsed.problem}` };
}

const tooLong = (value: string, max: number): FieldError | undefined =>
  value.trim().length > max ? { key: 'casework.form.tooLong', params: { max } } : undefined;

/** Every error of the draft; `today` is Helsinki's date (`YYYY-MM-DD`). */
export function validateAssessment(draft: AssessmentDraft, today: string): FieldErrors<AssessmentField> {
  const errors: FieldErrors<AssessmentField> = {};
  if (draft.subject === 'other_person') {
    if (draft.personName.trim() === '') errors.personName = { key: 'casework.form.required' };
    else {
      const long = tooLong(draft.personName, CONTACT_LIMITS.citizenName);
      if (long) errors.personName = long;
    }
    const code =
      draft.personCode.trim() === ''
        ? ({ key: 'casework.form.required' } as const)
        : identityCodeError(draft.personCode);
    if (code) errors.personCode = code;
  }
  if (draft.grounds === '') errors.grounds = { key: 'casework.form.required' };
  const groundsText = tooLong(draft.groundsText, CASEWORK_LIMITS.groundsText);
  if (groundsText) errors.groundsText = groundsText;
  if (draft.consent !== 'given' && draft.consentNote.trim() === '')
    errors.consentNote = { key: 'casework.form.required' };
  else {
    const note = tooLong(draft.consentNote, CASEWORK_LIMITS.consentNote);
    if (note) errors.consentNote = note;
  }
  const unit = draft.unit.trim();
  if (unit === '') errors.unit = { key: 'casework.form.required' };
  else if (unit.length > CASEWORK_LIMITS.unitCode)
    errors.unit = { key: 'casework.form.tooLong', params: { max: CASEWORK_LIMITS.unitCode } };
  else if (!UNIT_CODE.test(unit)) errors.unit = { key: 'casework.form.unitError' };
  if (!DATE.test(draft.pendingSince)) errors.pendingSince = { key: 'casework.form.dateError' };
  else if (draft.pendingSince > today) errors.pendingSince = { key: 'casework.form.futureDate' };
  return errors;
}

/** The api's input of a valid draft. */
export function assessmentInput(draft: AssessmentDraft): InitiateServiceNeedAssessmentInput {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    subject: draft.subject,
    person:
      draft.subject === 'other_person'
        ? { name: draft.personName.trim(), identityCode: draft.personCode.trim().toUpperCase() }
        : null,
    grounds: { code: draft.grounds, text: text(draft.groundsText) },
    consent: { state: draft.consent, note: draft.consent === 'given' ? null : text(draft.consentNote) },
    receivingUnit: draft.unit.trim(),
    pendingSince: draft.pendingSince,
  };
}
