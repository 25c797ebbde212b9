/**
 * The Finnish personal identity code (henkilötunnus, "hetu"): `DDMMYYCZZZQ` — birth date, century sign, individual
 * number and check character. Pure: the api encrypts, indexes and masks codes; this module only reads them.
 *
 * Century signs: `+` 1800s; `-` and, since 2023, `Y X W V U` 1900s; `A` and, since 2023, `B C D E F` 2000s. The new
 * signs were added because the individual numbers of some birth dates ran out; one person has exactly one code.
 */

/** Century sign → the century it adds to the two-digit year. */
export const IDENTITY_CODE_CENTURY_SIGNS: Readonly<Record<string, number>> = Object.freeze({
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
});

/** The 31 check characters, indexed by `DDMMYYZZZ mod 31` (letters that look like digits or each other left out). */
export const IDENTITY_CODE_CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

/** Why a string is not a valid identity code (no part of the value is ever in it). */
export type IdentityCodeProblem = 'format' | 'date' | 'individual-number' | 'check-character';

/** A valid identity code, read. */
export interface ParsedIdentityCode {
  /** Upper case, trimmed: the one form that is encrypted and indexed. */
  readonly normalised: string;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** 2–899 permanent codes; 900–999 temporary codes given by health care. */
  readonly individualNumber: number;
  readonly temporary: boolean;
}

/** The upper-case, trimmed form of a code as typed (spaces around it and lower-case letters are typing, not data). */
export function normaliseIdentityCode(value: string): string {
  return value.trim().toUpperCase();
}

/** The check character of the nine digits `DDMMYY` + `ZZZ`. */
export function identityCodeCheckCharacter(dateDigits: string, individualNumber: string): string {
  return IDENTITY_CODE_CHECK_CHARACTERS[Number(`${dateDigits}${individualNumber}`) % 31]!;
}

/** Reads a code: the parsed code, or why it is not one. */
export function parseIdentityCode(
  value: string,
): { ok: true; code: ParsedIdentityCode } | { ok: false; problem: IdentityCodeProblem } {
  const normalised = normaliseIdentityCode(value);
  const m = SHAPE.exec(normalised);
  if (!m) return { ok: false, problem: 'format' };
  const [, dd, mm, yy, sign, zzz, check] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const year = IDENTITY_CODE_CENTURY_SIGNS[sign]! + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31.02. over into March: a real date reads back the same.
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return { ok: false, problem: 'date' };
  const individualNumber = Number(zzz);
  if (individualNumber < 2) return { ok: false, problem: 'individual-number' };
  if (identityCodeCheckCharacter(`${dd}${mm}${yy}`, zzz) !== check)
    return { ok: false, problem: 'check-character' };
  return {
    ok: true,
    code: {
      normalised,
      birthDate: `${String(year).padStart(4, '0')}-${mm}-${dd}`,
      individualNumber,
      temporary: individualNumber >= 900,
    },
  };
}

/** True for a valid identity code (format, real birth date, individual number, check character). */
export function isValidIdentityCode(value: string): boolean {
  return parseIdentityCode(value).ok;
}

/**
 * How a code is shown until someone reveals it: the birth date and century sign stay (staff confirm a person by
 * asking the birth date), the individual number and the check character are hidden: `010190-****`. The check
 * character is hidden too because, with the birth date, it narrows the individual number to about 30 candidates.
 */
export function maskIdentityCode(value: string): string {
  const normalised = normaliseIdentityCode(value);
  return `${normalised.slice(0, 7)}****`;
}
