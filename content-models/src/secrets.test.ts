import { describe, expect, it } from 'vitest';
import { weakSecretReason } from './secrets.js';

/** `bytes` random bytes as hex or base64url (Web Crypto: content-models uses no Node built-ins). */
function random(bytes: number, encoding: 'hex' | 'base64url'): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  if (encoding === 'hex') return [...data].map((b) => b.toString(16).padStart(2, '0')).join('');
  return btoa(String.fromCharCode(...data))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('weakSecretReason', () => {
  it('accepts random values of 32 characters or more', () => {
    for (let i = 0; i < 200; i++) {
      expect(weakSecretReason(random(32, 'base64url'))).toBeUndefined();
      expect(weakSecretReason(random(16, 'hex'))).toBeUndefined();
      expect(weakSecretReason(random(24, 'base64url'))).toBeUndefined();
    }
  });

  it('refuses short values and repeated or patterned ones, without quoting them', () => {
    expect(weakSecretReason('x')).toBe('must be at least 32 characters');
    expect(weakSecretReason('neuvo-dev-admin-jwt-secret')).toBe('must be at least 32 characters');
    expect(weakSecretReason('a'.repeat(64))).toMatch(/too predictable/);
    expect(weakSecretReason('ab'.repeat(32))).toMatch(/too predictable/);
    expect(weakSecretReason('abcd'.repeat(10))).toMatch(/too predictable/);
    expect(weakSecretReason('a'.repeat(64))).not.toContain('aaaa');
  });
});
