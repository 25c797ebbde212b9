import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import type { Locale } from '../content/models';
import { formatDateTime, readClock } from './clock';

const tIn = (locale: Locale) => (key: MessageKey, params?: MessageParams) => translate(locale, key, params);

describe('legal clock wording', () => {
  it.each([
    ['fi', 3 * 1440 + 4 * 60 + 10, '3 pv 4 h jäljellä'],
    ['sv', 3 * 1440 + 4 * 60 + 10, '3 d 4 h kvar'],
    ['en', 3 * 1440 + 4 * 60 + 10, '3 d 4 h left'],
    ['fi', 125, '2 h 5 min jäljellä'],
    ['en', 59, '59 min left'],
    ['fi', 0, '0 min jäljellä'],
  ] as const)('%s: %i minutes left reads "%s"', (locale, minutes, expected) => {
    expect(readClock(minutes, tIn(locale))).toEqual({ text: expected, overdue: false });
  });

  it.each([
    ['fi', -125, 'Myöhässä 2 h 5 min'],
    ['sv', -125, 'Försenad 2 h 5 min'],
    ['en', -125, '2 h 5 min overdue'],
    ['en', -(1440 * 2 + 60), '2 d 1 h overdue'],
    ['fi', -1, 'Myöhässä 1 min'],
  ] as const)('%s: %i minutes reads overdue "%s"', (locale, minutes, expected) => {
    expect(readClock(minutes, tIn(locale))).toEqual({ text: expected, overdue: true });
  });

  it('writes date-times in Helsinki time in the reader’s language', () => {
    // 14:00 UTC in winter is 16:00 in Helsinki.
    expect(formatDateTime('2026-12-03T14:00:00Z', 'fi')).toContain('16.00');
    expect(formatDateTime('2026-12-03T14:00:00Z', 'en')).toMatch(/4:00\sPM/);
  });
});
