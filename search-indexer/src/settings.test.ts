import { describe, expect, it } from 'vitest';
import { settingsMatch } from './settings.js';
import { canonicalJson } from './sync.js';

describe('settingsMatch', () => {
  it('ignores keys Meilisearch adds and the order of set-like lists', () => {
    const desired = {
      searchableAttributes: ['title', 'body'],
      filterableAttributes: ['type', 'region'],
      typoTolerance: { enabled: true, disableOnAttributes: ['phones'] },
    };
    const current = {
      searchableAttributes: ['title', 'body'],
      filterableAttributes: ['region', 'type'],
      typoTolerance: {
        enabled: true,
        disableOnAttributes: ['phones'],
        disableOnWords: [],
        minWordSizeForTypos: {},
      },
      rankingRules: ['words'],
    };
    expect(settingsMatch(desired, current)).toBe(true);
  });

  it('notices a changed order where order matters, and changed values', () => {
    expect(
      settingsMatch({ searchableAttributes: ['title', 'body'] }, { searchableAttributes: ['body', 'title'] }),
    ).toBe(false);
    expect(settingsMatch({ typoTolerance: { enabled: true } }, { typoTolerance: { enabled: false } })).toBe(
      false,
    );
    expect(settingsMatch({ sortableAttributes: ['updatedAt'] }, {})).toBe(false);
  });
});

describe('canonicalJson', () => {
  it('is the same for equal documents whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, { x: 2, y: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
