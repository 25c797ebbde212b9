import { REDACTED_QUERY } from '../../db/schema.js';

/** A query as it may be stored: normalised, or the redaction marker. */
export interface StoredQuery {
  readonly query: string;
  readonly redacted: boolean;
}

/** Finnish personal identity code (henkilötunnus): DDMMYY, century sign, NNN, check character. */
const HETU = /\d{6}[-+a-fyxwvu]\d{3}[0-9a-y]/i;
/**
 * Six or more digits in a row, also when written with spaces, dashes, dots, commas, slashes, colons, underscores or
 * brackets (040 123 4567, 131,052).
 */
const DIGIT_RUN = /\d(?:[\s\-./(),:;_]*\d){5,}/;
/**
 * A query of digits and the punctuation of identity codes and phone numbers only: what instant search sends while
 * an agent types a code (`1`, `13`, … `13105`, `131052-`). Each prefix alone is harmless, but together they spell
 * the code out, so none is kept.
 */
const ONLY_DIGITS = /^[\d\s\-+./(),:;_]*\d[\d\s\-+./(),:;_]*$/;
/** Anything shaped like an e-mail address. */
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/**
 * True when the text looks like it holds personal data: a personal identity code, a phone-number-like run of six
 * or more digits, or an e-mail address. Deliberately broad: a service's own phone number is lost from the
 * statistics, but no citizen's number is ever kept.
 */
export function looksPersonal(raw: string): boolean {
  const text = foldDigits(raw);
  return HETU.test(text) || DIGIT_RUN.test(text) || EMAIL.test(text) || ONLY_DIGITS.test(text);
}

/** NFKC, then every decimal digit as an ASCII digit (see {@link asciiDigits}). */
function foldDigits(text: string): string {
  return asciiDigits(text.normalize('NFKC'));
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * Every decimal digit of any script (Arabic-Indic ٣, Devanagari ३, …) as its ASCII digit, so that the patterns
 * above, which look for ASCII digits, see a code however it was written. NFKC has already folded full-width and
 * mathematical digits; these it leaves alone. Unicode keeps each script's digits in a contiguous run of ten from
 * zero to nine, so a digit's value is its distance from the start of its run.
 */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    let cp = digit.codePointAt(0)!;
    let offset = 0;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(cp - 1))) {
      cp -= 1;
      offset += 1;
    }
    return String(offset % 10);
  });
}

/** Longest query kept (the api accepts 200 characters). */
const MAX_LENGTH = 200;

/**
 * The form of a search query that analytics stores: Unicode-normalised (NFKC, so full-width or other compatibility
 * forms of digits and letters become the plain ones; digits of other scripts become ASCII digits), lower-cased,
 * whitespace collapsed and trimmed; the redaction marker instead when it looks like personal data.
 */
export function normaliseQuery(raw: string): StoredQuery {
  const text = foldDigits(raw).toLocaleLowerCase('fi').replace(/\s+/gu, ' ').trim();
  if (looksPersonal(text)) return { query: REDACTED_QUERY, redacted: true };
  return { query: text.slice(0, MAX_LENGTH), redacted: false };
}
