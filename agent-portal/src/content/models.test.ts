import {
  DEFAULT_LOCALE as MODEL_DEFAULT_LOCALE,
  LOCALES as MODEL_LOCALES,
  SEARCH_DOC_TYPES,
} from '@neuvo/content-models';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, DEFAULT_LOCALE, LOCALES } from './models';

describe('portal constants', () => {
  it('match @neuvo/content-models', () => {
    expect([...LOCALES]).toEqual([...MODEL_LOCALES]);
    expect(DEFAULT_LOCALE).toBe(MODEL_DEFAULT_LOCALE);
    expect([...CONTENT_TYPES]).toEqual([...SEARCH_DOC_TYPES]);
  });
});
