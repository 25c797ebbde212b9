import { createHmac } from 'node:crypto';
import { SEARCH_KEY_UID } from '@neuvo/content-models';
import { describe, expect, it } from 'vitest';
import { searchKeyFor } from '../src/index.js';

// That Meilisearch really gives the key this value is proven against a running Meilisearch in
// search-indexer/test/setup.test.ts; here: the derivation itself.
describe('searchKeyFor', () => {
  it('is the hex HMAC-SHA256 of the search key uid keyed with the master key', () => {
    const master = 'a-master-key-of-at-least-16-bytes';
    expect(searchKeyFor(master)).toBe(createHmac('sha256', master).update(SEARCH_KEY_UID).digest('hex'));
    expect(searchKeyFor(master)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs between master keys', () => {
    expect(searchKeyFor('master-key-one-0123456789')).not.toBe(searchKeyFor('master-key-two-0123456789'));
  });
});
