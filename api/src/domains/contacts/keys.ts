/**
 * The contact log's keys, read from configuration: the AES-256-GCM keys that encrypt personal identity codes (one
 * current key for new writes, older ones kept to read what they encrypted) and the HMAC key of the blind index that
 * finds a code by exact match without storing it in clear.
 */

/** One encryption key and the id stored next to everything it encrypted. */
export interface ContactEncryptionKey {
  readonly id: string;
  /** 32 bytes. */
  readonly key: Buffer;
}

/** Validated keys of the contact log. */
export interface ContactKeys {
  /** The first key of `CONTACT_ENCRYPTION_KEYS`: every new or changed identity code is encrypted with it. */
  readonly current: ContactEncryptionKey;
  /** Every configured key by id (the current one included): ciphertexts name the key that decrypts them. */
  readonly byId: ReadonlyMap<string, ContactEncryptionKey>;
  /** HMAC-SHA-256 key of the identity code blind index (at least 32 bytes). */
  readonly indexKey: Buffer;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HINT = 'e.g. `openssl rand -base64 32`';

const decode = (value: string): Buffer | undefined =>
  BASE64.test(value) ? Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64') : undefined;

/**
 * Parses `CONTACT_ENCRYPTION_KEYS` (`<id>:<base64 32 bytes>`, comma-separated, current key first) and
 * `CONTACT_INDEX_KEY` (base64, at least 32 bytes). Problems name the variable and the key id, never a key.
 */
export function parseContactKeys(
  encryptionKeys: string,
  indexKey: string,
  problems: string[],
): ContactKeys | undefined {
  const keys: ContactEncryptionKey[] = [];
  const before = problems.length;
  for (const entry of encryptionKeys
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id)) {
      problems.push(
        `CONTACT_ENCRYPTION_KEYS must list <key id>:<base64 key> pairs, comma-separated; key ids use letters, digits, _ and - (at most 32)`,
      );
      continue;
    }
    const key = decode(entry.slice(colon + 1));
    if (key?.length !== 32) {
      problems.push(`CONTACT_ENCRYPTION_KEYS: key ${id} must be 32 bytes in base64 (${HINT})`);
      continue;
    }
    if (keys.some((k) => k.id === id)) {
      problems.push(`CONTACT_ENCRYPTION_KEYS: key id ${id} is listed twice`);
      continue;
    }
    keys.push({ id, key });
  }
  if (keys.length === 0 && problems.length === before)
    problems.push(`CONTACT_ENCRYPTION_KEYS must list at least one <key id>:<base64 key> pair (${HINT})`);
  const index = decode(indexKey.trim());
  if (index === undefined || index.length < 32)
    problems.push(`CONTACT_INDEX_KEY must be at least 32 bytes in base64 (${HINT})`);
  else if (new Set(index).size < 8)
    problems.push('CONTACT_INDEX_KEY is too predictable: generate a random value');
  for (const k of keys) {
    if (new Set(k.key).size < 8)
      problems.push(`CONTACT_ENCRYPTION_KEYS: key ${k.id} is too predictable: generate a random value`);
  }
  if (problems.length > before || index === undefined) return undefined;
  return Object.freeze({
    current: keys[0]!,
    byId: new Map(keys.map((k) => [k.id, k])),
    indexKey: index,
  });
}
