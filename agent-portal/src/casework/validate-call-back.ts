/** The checks of the call-back form, the same the api makes. */
import { CASEWORK_LIMITS, normalisePhoneNumber } from '@neuvo/content-models/contact-log';
import type { AgreeCallBackInput } from '@neuvo/graphql-contract';
import type { FieldErrors } from './form-errors';
import { helsinkiLocalToIso } from './helsinki-time';

/** The form's fields, in the order they are shown. */
export const CALL_BACK_FIELDS = ['windowStart', 'windowEnd', 'phoneNumber', 'reason'] as const;
/** One of {@link CALL_BACK_FIELDS}. */
export type CallBackField = (typeof CALL_BACK_FIELDS)[number];

/** Which form field each input path of `agreeCallBack` fills. */
export const CALL_BACK_API_FIELDS: Readonly<Record<string, CallBackField>> = {
  'input.windowStart': 'windowStart',
  'input.windowEnd': 'windowEnd',
  'input.phoneNumber': 'phoneNumber',
  'input.reason': 'reason',
};

/** What the form holds; the window as `datetime-local` values in Helsinki time. */
export interface CallBackDraft {
  windowStart: string;
  windowEnd: string;
  phoneNumber: string;
  reason: string;
}

/** Every error of the draft at the instant `now`. */
export function validateCallBack(draft: CallBackDraft, now: Date = new Date()): FieldErrors<CallBackField> {
  const errors: FieldErrors<CallBackField> = {};
  const start = helsinkiLocalToIso(draft.windowStart);
  const end = helsinkiLocalToIso(draft.windowEnd);
  if (start === null) errors.windowStart = { key: 'casework.form.dateError' };
  if (end === null) errors.windowEnd = { key: 'casework.form.dateError' };
  else if (Date.parse(end) <= now.getTime()) errors.windowEnd = { key: 'casework.form.windowPassed' };
  else if (start !== null) {
    const length = Date.parse(end) - Date.parse(start);
    if (length <= 0) errors.windowEnd = { key: 'casework.form.windowEndBeforeStart' };
    else if (length > CASEWORK_LIMITS.callBackWindowHours * 3_600_000)
      errors.windowEnd = { key: 'casework.form.windowTooLong' };
  }
  if (draft.phoneNumber.trim() === '') errors.phoneNumber = { key: 'casework.form.required' };
  else if (normalisePhoneNumber(draft.phoneNumber) === null)
    errors.phoneNumber = { key: 'casework.form.phoneError' };
  if (draft.reason.trim() === '') errors.reason = { key: 'casework.form.required' };
  else if (draft.reason.trim().length > CASEWORK_LIMITS.callBackReason)
    errors.reason = { key: 'casework.form.tooLong', params: { max: CASEWORK_LIMITS.callBackReason } };
  return errors;
}

/** The api's input of a valid draft (the number normalised to E.164). */
export function callBackInput(draft: CallBackDraft): AgreeCallBackInput {
  return {
    windowStart: helsinkiLocalToIso(draft.windowStart) ?? draft.windowStart,
    windowEnd: helsinkiLocalToIso(draft.windowEnd) ?? draft.windowEnd,
    phoneNumber: normalisePhoneNumber(draft.phoneNumber) ?? draft.phoneNumber,
    reason: draft.reason.trim(),
  };
}
