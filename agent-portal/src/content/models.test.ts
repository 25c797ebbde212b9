import { SEARCH_DOC_TYPES } from '@neuvo/content-models';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from './models';

describe('portal constants', () => {
  it('match @neuvo/content-models', () => {
    expect([...CONTENT_TYPES]).toEqual([...SEARCH_DOC_TYPES]);
  });
});
