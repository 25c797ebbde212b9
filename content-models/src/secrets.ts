/**
 * How strong a configured secret (a key, salt or token value) is, judged from the value alone. A production
 * deployment refuses to start with a weak one; the message names the variable, never the value.
 */

/** Fewest characters a production secret may have: 32 characters of base64url carry about 190 random bits. */
export const MIN_SECRET_LENGTH = 32;

/**
 * Fewest bits the value's own character statistics must show (length × Shannon entropy per character). Random
 * values pass with a wide margin (32 hex characters show about 118 bits, and in 200,000 random ones never fewer than
 * 91; 43 base64url ones about 220); repeated values from a few characters (`aaaa…`, `abab…`, `abcd…` = 80 bits) do
 * not; it counts characters only, so it is a floor, not a proof of randomness.
 */
export const MIN_SECRET_BITS = 84;

/** Estimated entropy of `value` in bits, from the frequencies of its characters. */
export function secretBits(value: string): number {
  const chars = [...value];
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let perChar = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    perChar -= p * Math.log2(p);
  }
  return perChar * chars.length;
}

/**
 * Why `value` is too weak to be a production secret (`'must be at least 32 characters'`, …), or `undefined` when it
 * is strong enough. The reason never quotes the value.
 */
export function weakSecretReason(value: string, minLength: number = MIN_SECRET_LENGTH): string | undefined {
  if ([...value].length < minLength) return `must be at least ${minLength} characters`;
  if (secretBits(value) < MIN_SECRET_BITS)
    return 'is too predictable (too few different characters): generate a random value';
  return undefined;
}
