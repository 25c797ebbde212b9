/**
 * Phone numbers as written in the service catalogue (`09 310 10023`, `+358 40 550 1990`, `116117`) turned into the
 * `tel:` target a phone dials: E.164 with Finland's +358. Pure and browser-safe (`@neuvo/content-models/phone-number`).
 */

/** E.164 allows at most 15 digits after the `+`. */
const E164_MAX_DIGITS = 15;

/**
 * The E.164 form of a Finnish phone number (`+358405501990`), or the digits alone for a national short number
 * without a trunk 0 (`112`, `116117`, which cannot be dialled with a country code). `prefixNumber` is PTV's separate
 * country code (`+358`). Null when the text is not a phone number (letters, too long, empty): show it, do not link it.
 */
export function telNumber(number: string, prefixNumber?: string | null): string | null {
  // Separators people write: spaces (also no-break), hyphens, dots, slashes and brackets around an area code.
  // `+358 (0)40 …` writes the trunk 0 that is dropped after a country code.
  const compact = number.replace(/\(0\)/g, '').replace(/[\s\u00a0\-./()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let international: string;
  if (compact.startsWith('+')) international = compact;
  else if (compact.startsWith('00')) international = `+${compact.slice(2)}`;
  else if (compact.startsWith('0')) international = `+358${compact.slice(1)}`;
  else if (compact.length <= 6) return compact.length >= 3 ? compact : null;
  else if (prefixNumber && /^\+\d{1,3}$/.test(prefixNumber.trim()))
    international = `${prefixNumber.trim()}${compact}`;
  else return null;
  const digits = international.length - 1;
  return digits >= 7 && digits <= E164_MAX_DIGITS ? international : null;
}

/** The `tel:` link of {@link telNumber}, or null. */
export function telHref(number: string, prefixNumber?: string | null): string | null {
  const target = telNumber(number, prefixNumber);
  return target === null ? null : `tel:${target}`;
}
