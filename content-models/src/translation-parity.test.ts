import { describe, expect, it } from 'vitest';
import { translationParity, translationState, type LocaleVersion } from './translation-parity.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 12, minutes)).toISOString();
const version = (
  documentId: string,
  locale: string,
  minutes: number,
  title = `${documentId}-${locale}`,
): LocaleVersion => ({
  documentId,
  locale,
  title,
  updatedAt: at(minutes),
});

describe('translationState', () => {
  it('is missing without a translation', () => {
    expect(translationState(at(0), undefined)).toBe('missing');
  });

  it('is outdated when the Finnish text was saved later than the translation', () => {
    expect(translationState(at(30), version('a', 'sv', 10))).toBe('outdated');
  });

  it('is current when the translation was saved after the Finnish text, or at the same time', () => {
    expect(translationState(at(10), version('a', 'sv', 30))).toBe('current');
    expect(translationState(at(10), version('a', 'sv', 10))).toBe('current');
  });
});

describe('translationParity', () => {
  it('lists each Finnish document once with the state of sv and en, those needing work first', () => {
    const rows = translationParity([
      version('flu', 'fi', 0, 'Flunssa'),
      version('flu', 'sv', 5),
      version('flu', 'en', 5),
      version('fever', 'fi', 40, 'Kuume'),
      version('fever', 'sv', 5),
      version('ache', 'fi', 0, 'Ahdistus'),
      version('ache', 'en', 5),
    ]);
    expect(rows.map((r) => [r.title, r.translations.sv, r.translations.en])).toEqual([
      ['Ahdistus', 'missing', 'current'],
      ['Kuume', 'outdated', 'missing'],
      ['Flunssa', 'current', 'current'],
    ]);
    expect(rows[1]?.finnishUpdatedAt).toBe(at(40));
  });

  it('ignores translations of documents that have no Finnish version', () => {
    expect(translationParity([version('orphan', 'sv', 0)])).toEqual([]);
  });

  it('sorts titles the Finnish way (å, ä, ö after z)', () => {
    const rows = translationParity([
      version('o', 'fi', 0, 'Öljy'),
      version('a', 'fi', 0, 'Äänet'),
      version('z', 'fi', 0, 'Zeta'),
    ]);
    expect(rows.map((r) => r.title)).toEqual(['Zeta', 'Äänet', 'Öljy']);
  });
});
