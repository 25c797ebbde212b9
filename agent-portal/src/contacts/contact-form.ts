/**
 * The contact form's model, free of Vue: what the agent types (a draft), how it is prefilled, checked and turned
 * into the api's input, and how the api's field errors map back onto the form's fields.
 */
import {
  CONTACT_CHANNELS,
  CONTACT_LIMITS,
  OUTCOMES_WITH_URGENCY,
  parseIdentityCode,
  type ContactChannel,
  type ContactContentType,
  type ContactOutcomeCode,
  type IdentityCodeProblem,
} from '@neuvo/content-models/contact-log';
import type { Urgency } from '@neuvo/content-models/triage';
import type { ContactView, OpenContactInput, UpdateContactInput } from '../graphql/queries';
import type { MessageKey } from '../i18n';

/** A piece of content used during a contact, with its title when it was used. */
export interface UsedContent {
  type: ContactContentType;
  documentId: string;
  title: string;
}

/** What the agent has typed into the contact form. */
export interface ContactDraft {
  channel: ContactChannel;
  region: string;
  queueCode: string;
  identified: boolean;
  citizenName: string;
  /** Empty for a saved identified citizen whose code is not being changed (the api answers it masked only). */
  identityCode: string;
  reasonCategory: string;
  reasonText: string;
  outcomes: ContactOutcomeCode[];
  /** The urgency of `triage_performed`; empty while not chosen. */
  urgency: Urgency | '';
  notes: string;
  contentUsed: UsedContent[];
}

/** The form's fields that can carry an error. */
export type ContactField =
  | 'channel'
  | 'region'
  | 'queueCode'
  | 'citizenName'
  | 'identityCode'
  | 'reasonCategory'
  | 'reasonText'
  | 'outcomes'
  | 'urgency'
  | 'notes'
  | 'contentUsed'
  | 'form';

/** Field → the message key of what is wrong with it. */
export type ContactFieldErrors = Partial<Record<ContactField, MessageKey>>;

/** What the agent already did when they open a contact: it goes into the new contact. */
export interface ContactContext {
  /** The home region chosen in the portal (or from the sign-in claims). */
  region: string | null;
  /** The content open on screen. */
  content: UsedContent | null;
  /** The search text that led there. */
  searchText: string;
}

/** A new contact's draft, prefilled from what is on screen: a phone call, anonymous until the agent says otherwise. */
export function draftFromContext(context: ContactContext): ContactDraft {
  return {
    channel: 'phone',
    region: context.region ?? '',
    queueCode: '',
    identified: false,
    citizenName: '',
    identityCode: '',
    reasonCategory: '',
    reasonText: context.searchText.trim().slice(0, CONTACT_LIMITS.reasonText),
    outcomes: [],
    urgency: '',
    notes: '',
    contentUsed: context.content ? [{ ...context.content }] : [],
  };
}

/** The draft of a saved contact, as the api answered it (the identity code stays masked: it is not retyped). */
export function draftFromContact(contact: ContactView): ContactDraft {
  const triage = contact.outcomes.find((o) => OUTCOMES_WITH_URGENCY.includes(o.code as ContactOutcomeCode));
  return {
    channel: contact.channel as ContactChannel,
    region: contact.region,
    queueCode: contact.queueCode ?? '',
    identified: contact.citizen.identified,
    citizenName: contact.citizen.name ?? '',
    identityCode: '',
    reasonCategory: contact.reason.category ?? '',
    reasonText: contact.reason.text ?? '',
    outcomes: contact.outcomes.map((o) => o.code as ContactOutcomeCode),
    urgency: (triage?.urgency as Urgency | null | undefined) ?? '',
    notes: contact.notes ?? '',
    contentUsed: contact.contentUsed.map((c) => ({
      type: c.type as ContactContentType,
      documentId: c.documentId,
      title: c.title,
    })),
  };
}

/** Adds a piece of content to the list unless it is already there (by type and documentId). */
export function withContent(list: readonly UsedContent[], item: UsedContent): UsedContent[] {
  if (list.some((c) => c.type === item.type && c.documentId === item.documentId)) return [...list];
  if (list.length >= CONTACT_LIMITS.contentUsed) return [...list];
  return [...list, { ...item, title: item.title.slice(0, CONTACT_LIMITS.contentTitle) }];
}

const IDENTITY_CODE_PROBLEMS: Readonly<Record<IdentityCodeProblem, MessageKey>> = {
  format: 'contact.identityCode.format',
  date: 'contact.identityCode.date',
  'individual-number': 'contact.identityCode.individualNumber',
  'check-character': 'contact.identityCode.checkCharacter',
};

/**
 * What is wrong with an identity code as typed, or `undefined` when it is valid. An empty code is `required` only
 * when the citizen has no saved code to keep.
 */
export function identityCodeProblem(value: string, required: boolean): MessageKey | undefined {
  if (value.trim() === '') return required ? 'contact.identityCode.required' : undefined;
  const parsed = parseIdentityCode(value);
  return parsed.ok ? undefined : IDENTITY_CODE_PROBLEMS[parsed.problem];
}

/**
 * Checks the draft before it is sent. `saved` is the contact as last read (undefined for a new one); `closing` adds
 * what ending a contact needs (at least one outcome).
 */
export function checkDraft(
  draft: ContactDraft,
  saved: ContactView | undefined,
  closing = false,
): ContactFieldErrors {
  const errors: ContactFieldErrors = {};
  if (!draft.region.trim()) errors.region = 'contact.error.region';
  if (draft.identified) {
    const keepsSavedCode = saved?.citizen.identified === true;
    if (!draft.citizenName.trim()) errors.citizenName = 'contact.error.citizenName';
    const problem = identityCodeProblem(draft.identityCode, !keepsSavedCode);
    if (problem) errors.identityCode = problem;
    // The api takes name and code together: a changed name needs the code typed again.
    else if (
      keepsSavedCode &&
      draft.identityCode.trim() === '' &&
      draft.citizenName.trim() !== (saved?.citizen.name ?? '')
    )
      errors.identityCode = 'contact.identityCode.retype';
  }
  if (draft.reasonCategory && !/^[a-z0-9_-]{1,64}$/.test(draft.reasonCategory))
    errors.reasonCategory = 'contact.error.reasonCategory';
  if (draft.outcomes.some((o) => OUTCOMES_WITH_URGENCY.includes(o)) && !draft.urgency)
    errors.urgency = 'contact.error.urgency';
  if (closing && draft.outcomes.length === 0) errors.outcomes = 'contact.error.outcomesToClose';
  return errors;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function outcomesInput(draft: ContactDraft): { code: string; urgency: string | null }[] {
  return draft.outcomes.map((code) => ({
    code,
    urgency: OUTCOMES_WITH_URGENCY.includes(code) && draft.urgency ? draft.urgency : null,
  }));
}

function reasonInput(draft: ContactDraft): { category: string | null; text: string | null } {
  return { category: orNull(draft.reasonCategory), text: orNull(draft.reasonText) };
}

/** The api's input for a new contact. */
export function openInput(draft: ContactDraft): OpenContactInput {
  return {
    channel: draft.channel,
    region: draft.region.trim(),
    queueCode: orNull(draft.queueCode),
    citizen: draft.identified
      ? { name: draft.citizenName.trim(), identityCode: draft.identityCode.trim() }
      : null,
    reason: reasonInput(draft),
    outcomes: outcomesInput(draft),
    contentUsed: draft.contentUsed.map((c) => ({ ...c })),
    notes: orNull(draft.notes),
  };
}

/**
 * The api's input for changes to a saved contact. The citizen is sent only when it changes: an identified citizen
 * whose code was not retyped stays as saved (the portal never holds the code in clear).
 */
export function updateInput(draft: ContactDraft, saved: ContactView): UpdateContactInput {
  const input: UpdateContactInput = {
    channel: draft.channel,
    region: draft.region.trim(),
    queueCode: orNull(draft.queueCode),
    reason: reasonInput(draft),
    outcomes: outcomesInput(draft),
    contentUsed: draft.contentUsed.map((c) => ({ ...c })),
    notes: orNull(draft.notes),
  };
  if (!draft.identified) {
    if (saved.citizen.identified) input.citizen = null;
  } else if (draft.identityCode.trim() !== '') {
    input.citizen = { name: draft.citizenName.trim(), identityCode: draft.identityCode.trim() };
  }
  return input;
}

/** The form field of an api field path (`input.citizen.identityCode` → `identityCode`); `form` when none fits. */
export function fieldOfApiPath(path: string | undefined): ContactField {
  if (!path) return 'form';
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  if (parts[0] === 'input') parts.shift();
  const [head, sub] = parts;
  switch (head) {
    case 'channel':
    case 'region':
    case 'queueCode':
    case 'notes':
    case 'contentUsed':
      return head;
    case 'citizen':
      return sub === 'name' ? 'citizenName' : 'identityCode';
    case 'identityCode':
      return 'identityCode';
    case 'reason':
      return sub === 'category' ? 'reasonCategory' : 'reasonText';
    case 'outcomes':
      return sub === 'urgency' ? 'urgency' : 'outcomes';
    default:
      return 'form';
  }
}

/** The message of a field the api refused (its own message is English and for developers). */
export const API_FIELD_MESSAGES: Readonly<Record<ContactField, MessageKey>> = {
  channel: 'contact.error.api.channel',
  region: 'contact.error.region',
  queueCode: 'contact.error.api.queueCode',
  citizenName: 'contact.error.citizenName',
  identityCode: 'contact.identityCode.invalid',
  reasonCategory: 'contact.error.api.reasonCategory',
  reasonText: 'contact.error.api.tooLong',
  outcomes: 'contact.error.outcomesToClose',
  urgency: 'contact.error.urgency',
  notes: 'contact.error.api.tooLong',
  contentUsed: 'contact.error.api.contentUsed',
  form: 'contact.error.api.form',
};

/** Minutes left to a deadline at `now` (negative when overdue), or `null` without a deadline. */
export function minutesLeft(deadline: string | null | undefined, now: number): number | null {
  if (!deadline) return null;
  const at = Date.parse(deadline);
  if (!Number.isFinite(at)) return null;
  return Math.floor((at - now) / 60_000);
}

/** The label key of a channel code, or `undefined` for a code this portal does not know. */
export function channelLabelKey(channel: string): MessageKey | undefined {
  return (CONTACT_CHANNELS as readonly string[]).includes(channel)
    ? (`contact.channel.${channel}` as MessageKey)
    : undefined;
}
