import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { DomainError } from '../../models.js';
import type { ContactKeys } from './keys.js';

/** An identity code as stored: the id of the key that encrypted it and `base64url(iv ‖ tag ‖ ciphertext)`. */
export interface SealedIdentityCode {
  readonly keyId: string;
  readonly cipher: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Binds a ciphertext to its contact and key: a ciphertext copied into another contact's row, or relabelled with
 * another key id, does not decrypt.
 */
const aad = (keyId: string, contactId: string) =>
  Buffer.from(`neuvo/contact/identity-code/${keyId}/${contactId}`);

/** Encryption and blind index of personal identity codes (already validated and normalised by content-models). */
export interface IdentityCrypto {
  readonly currentKeyId: string;
  /** AES-256-GCM with the current key and a random 96-bit IV. */
  seal(code: string, contactId: string): SealedIdentityCode;
  /** Decrypts; throws `INTERNAL` when the key is no longer configured or the ciphertext was altered. */
  open(sealed: SealedIdentityCode, contactId: string): string;
  /** The keyed HMAC-SHA-256 of the code (hex): equal codes give equal values, nothing else can be learnt from it. */
  blindIndex(code: string): string;
}

export function createIdentityCrypto(keys: ContactKeys): IdentityCrypto {
  return {
    currentKeyId: keys.current.id,
    seal(code, contactId) {
      const { id, key } = keys.current;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad(id, contactId));
      const ciphertext = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
      return {
        keyId: id,
        cipher: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url'),
      };
    },
    open(sealed, contactId) {
      const key = keys.byId.get(sealed.keyId);
      if (!key)
        throw new DomainError(
          'INTERNAL',
          'An identity code was encrypted with a key that is not configured.',
          {
            details: { keyId: sealed.keyId },
          },
        );
      try {
        const raw = Buffer.from(sealed.cipher, 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, IV_BYTES));
        decipher.setAAD(aad(sealed.keyId, contactId));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch (error) {
        throw new DomainError('INTERNAL', 'An identity code could not be decrypted.', {
          details: { keyId: sealed.keyId },
          cause: error,
        });
      }
    },
    blindIndex(code) {
      return createHmac('sha256', keys.indexKey).update(`neuvo/identity-code/${code}`).digest('hex');
    },
  };
}
