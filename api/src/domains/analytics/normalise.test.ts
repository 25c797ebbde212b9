import { describe, expect, it } from 'vitest';
import { looksPersonal, normaliseQuery } from './normalise.js';
import { helsinkiDayStart, helsinkiPeriod } from './period.js';

describe('normaliseQuery', () => {
  it('lower-cases, collapses whitespace and trims', () => {
    expect(normaliseQuery('  Hammas\tLÄÄKÄRI \n  Vaasa ')).toEqual({
      query: 'hammas lääkäri vaasa',
      redacted: false,
    });
  });

  it('keeps short numbers that cannot be phone numbers or identity codes', () => {
    expect(normaliseQuery('Rokotus 2 annosta 65+')).toEqual({
      query: 'rokotus 2 annosta 65+',
      redacted: false,
    });
    expect(normaliseQuery('postinumero 65100')).toEqual({ query: 'postinumero 65100', redacted: false });
  });

  it('folds compatibility forms (NFKC) before storing: full-width letters are plain letters', () => {
    expect(normaliseQuery('ＫＵＵＭＥ')).toEqual({ query: 'kuume', redacted: false });
  });

  it.each([
    ['a personal identity code', 'kuume 010190-123A'],
    ['an identity code of the 2000s', '311205A9876 rokotus'],
    ['an identity code with a new century sign', '010103Y123B'],
    ['a mobile number with spaces', 'soita 040 123 4567'],
    ['an international number', '+358401234567'],
    ['a number with dashes', '06-123-456'],
    ['six digits in a row', 'asiakasnumero 123456'],
    ['an e-mail address', 'Matti.Meikalainen@example.fi ajanvaraus'],
    ['an identity code in full-width digits', 'kuume １３１０５２－３０８Ｔ'],
    ['an identity code in Arabic-Indic digits', 'kuume ١٣١٠٥٢-٣٠٨T'],
    ['an identity code in Extended Arabic-Indic digits', '۱۳۱۰۵۲-۳۰۸T rokotus'],
    ['an identity code in Devanagari digits', '१३१०५२-३०८T'],
    ['an identity code written with commas', 'kuume 131,052,308T'],
    ['an identity code with a comma for its century sign', '131052,308T'],
    ['the first digit of a code typed in instant search', '1'],
    ['a longer prefix of a code typed in instant search', '13105'],
    ['a prefix with the century sign', '131052-'],
    ['a prefix in full-width digits', '１３１'],
  ])('stores a marker instead of a query holding %s', (_what, query) => {
    expect(normaliseQuery(query)).toEqual({ query: '[redacted]', redacted: true });
    expect(looksPersonal(query.toLowerCase())).toBe(true);
  });
});

describe('helsinkiPeriod', () => {
  it('turns Helsinki calendar days into UTC instants, inclusive of the last day', () => {
    // Winter (UTC+2) and summer (UTC+3).
    expect(helsinkiPeriod('2026-01-15', '2026-01-15')).toEqual({
      from: '2026-01-14T22:00:00.000Z',
      to: '2026-01-15T22:00:00.000Z',
    });
    expect(helsinkiPeriod('2026-07-01', '2026-07-31')).toEqual({
      from: '2026-06-30T21:00:00.000Z',
      to: '2026-07-31T21:00:00.000Z',
    });
  });

  it('handles the days clocks change', () => {
    // 2026-03-29: 03:00 → 04:00 local; the day is 23 hours long.
    const start = helsinkiDayStart(2026, 3, 29);
    const end = helsinkiDayStart(2026, 3, 30);
    expect(start.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(end.getTime() - start.getTime()).toBe(23 * 3_600_000);
  });

  it.each([
    ['2026-02-30', '2026-03-01'],
    ['26-01-01', '2026-01-02'],
    ['2026-01-02', '2026-01-01'],
    ['2024-01-01', '2026-01-01'],
  ])('refuses %s … %s', (from, to) => {
    expect(() => helsinkiPeriod(from, to)).toThrowError(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
