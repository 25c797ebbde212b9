import { describe, expect, it } from 'vitest';
import { LOCALES } from '../content/models';
import { MESSAGES, translate, translatePlural } from './index';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('UI messages', () => {
  const reference = Object.keys(MESSAGES.fi).sort();

  it.each(LOCALES)('%s has exactly the same keys as Finnish', (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(reference);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const empty = Object.entries(MESSAGES[locale])
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s uses the same placeholders as Finnish', (locale) => {
    for (const key of reference) {
      const k = key as keyof (typeof MESSAGES)['fi'];
      expect(placeholders(MESSAGES[locale][k]), `${locale}: ${key}`).toEqual(placeholders(MESSAGES.fi[k]));
    }
  });

  it('has a message for every error code the client can produce', () => {
    for (const code of [
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'FORBIDDEN',
      'UNAUTHENTICATED',
      'CONFLICT',
      'UPSTREAM_UNAVAILABLE',
      'INTERNAL',
      'NETWORK',
      'CONFIG',
    ]) {
      expect(reference).toContain(`errors.${code}`);
    }
  });

  it('interpolates parameters and picks plural forms per language', () => {
    expect(translate('fi', 'state.noResults.title', { query: 'kuume' })).toBe('Ei tuloksia haulle ”kuume”');
    expect(translatePlural('fi', 'results.count', 1)).toBe('1 tulos');
    expect(translatePlural('sv', 'results.count', 3)).toBe('3 träffar');
    expect(translatePlural('en', 'results.count', 0)).toBe('0 results');
  });
});
