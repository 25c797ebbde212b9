import { REDACTED_QUERY } from '../../db/schema.js';

/** A query as it may be stored: normalised, or the redaction marker. */
export interface StoredQuery {
  readonly query: string;
  readonly redacted: boolean;
}

/** Finnish personal identity code (henkilötunnus): DDMMYY, century sign, NNN, check character. */
const HETU = /\d{6}[-+a-fyxwvu]\d{3}[0-9a-y]/i;
/** Six or more digits in a row, also when written with spaces, dashes, dots, slashes or brackets (040 123 4567). */
const DIGIT_RUN = /\d(?:[\s\-./()]*\d){5,}/;
/** Anything shaped like an e-mail address. */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * True when the text looks like it holds personal data: a personal identity code, a phone-number-like run of six
 * or more digits, or an e-mail address. Deliberately broad: a service's own phone number is lost from the
 * statistics, but no citizen's number is ever kept.
 */
export function looksPersonal(text: string): boolean {
  return HETU.test(text) || DIGIT_RUN.test(text) || EMAIL.test(text);
}

/** Longest query kept (the api accepts 200 characters). */
const MAX_LENGTH = 200;

/**
 * The form of a search query that analytics stores: Unicode-normalised (NFC), lower-cased, whitespace collapsed
 * and trimmed; the redaction marker instead when it looks like personal data.
 */
export function normaliseQuery(raw: string): StoredQuery {
  const text = raw.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/gu, ' ').trim();
  if (looksPersonal(text)) return { query: REDACTED_QUERY, redacted: true };
  return { query: text.slice(0, MAX_LENGTH), redacted: false };
}
