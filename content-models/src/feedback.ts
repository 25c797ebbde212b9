/**
 * Citizens' feedback on self-care guides ("Was this helpful?") and the anonymous guide view counter: the limits and
 * the screening rules, shared by the api (which enforces them) and the public site (which checks before sending, so
 * it can say in the reader's language what to change). Free of zod and of Node, so the site's browser bundle can
 * import it alone (`@neuvo/content-models/feedback`).
 */
import { isValidIdentityCode, parseIdentityCode } from './contacts/identity-code.js';

/** Longest optional feedback text, in characters (after trimming). */
export const FEEDBACK_TEXT_MAX_LENGTH = 1000;

/** Longest guide slug the feedback and view operations accept (the content api's own limit). */
export const GUIDE_SLUG_MAX_LENGTH = 120;

/** A guide slug: kebab-case, the same rule as the content's `SLUG_PATTERN`. */
export const GUIDE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Most guides `popularGuides` lists. */
export const POPULAR_GUIDES_MAX_LIMIT = 20;

/** Days of views `popularGuides` ranks by (today included, Helsinki days). */
export const POPULAR_GUIDES_DAYS = 30;

/**
 * Why a feedback text is refused. `identity-code`, `email` and `phone` mean it holds what looks like personal data:
 * the reader is asked to remove it, and nothing is stored.
 */
export type FeedbackTextProblem = 'too-long' | 'identity-code' | 'email' | 'phone';

/** Field names as the api reports them in `extensions.field`. */
export type FeedbackField = 'slug' | 'locale' | 'text';

/** True for a slug the feedback and view operations accept. */
export function isGuideSlug(value: string): boolean {
  return value.length <= GUIDE_SLUG_MAX_LENGTH && GUIDE_SLUG_PATTERN.test(value);
}

/**
 * The ASCII-digit form of a text: NFKC folds full-width and other compatibility digits and letters, and the digits
 * of other scripts (Arabic-Indic ٣, Devanagari ३, …) become ASCII digits, so a code or number is seen however it
 * was typed. Unicode keeps each script's ten digits contiguous from zero, so a digit's value is its distance from
 * the start of its run.
 */
function folded(text: string): string {
  return text.normalize('NFKC').replace(/\p{Nd}/gu, (digit) => {
    let cp = digit.codePointAt(0)!;
    let value = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp -= 1;
      value += 1;
    }
    return String(value % 10);
  });
}

/** Anything shaped like an identity code: six digits, a century sign, three digits, a check character. */
const IDENTITY_CODE_SHAPE = /(?<!\d)\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/gi;

/** Anything shaped like an e-mail address. */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * A phone number: seven or more digits, optionally after `+`, with single spaces, hyphens, slashes or brackets between
 * them (040 123 4567, 040-1234567, +358 40 123 4567, (09) 310 1234). Dots are left out on purpose: 12.3.2026 is a date.
 * The service numbers citizens are told to call (112, 116117) are shorter and pass.
 */
const PHONE = /\+?\(?\d(?:[ \-/()]?\d){6,}/;

/**
 * True when the text holds a Finnish personal identity code: one with a real birth date, whether its check
 * character is right (the validator of the contact log) or mistyped (a code with one wrong character still
 * identifies a person).
 */
function holdsIdentityCode(text: string): boolean {
  for (const match of text.matchAll(IDENTITY_CODE_SHAPE)) {
    const candidate = match[0];
    if (isValidIdentityCode(candidate)) return true;
    const parsed = parseIdentityCode(candidate);
    if (!parsed.ok && (parsed.problem === 'check-character' || parsed.problem === 'individual-number'))
      return true;
  }
  return false;
}

/**
 * Screens an optional feedback text: `null` when it may be stored, else why not. Checked in this order: length,
 * identity code, e-mail address, phone number (an identity code is the most serious, so it is the one reported).
 */
export function screenFeedbackText(raw: string): FeedbackTextProblem | null {
  const text = raw.trim();
  if (text.length > FEEDBACK_TEXT_MAX_LENGTH) return 'too-long';
  const digits = folded(text);
  if (holdsIdentityCode(digits)) return 'identity-code';
  if (EMAIL.test(digits)) return 'email';
  if (PHONE.test(digits)) return 'phone';
  return null;
}

/**
 * The text as stored: trimmed, line breaks kept but runs of blank lines collapsed, control characters (other than
 * line breaks and tabs) removed; `null` for an empty text.
 */
export function normaliseFeedbackText(raw: string): string | null {
  const text = raw
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}
