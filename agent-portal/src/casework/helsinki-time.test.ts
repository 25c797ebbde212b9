import { describe, expect, it } from 'vitest';
import { defaultCallBackWindow, helsinkiLocalToIso, helsinkiToday, toHelsinkiLocal } from './helsinki-time';

describe('Helsinki wall-clock time', () => {
  it('reads a datetime-local value as Helsinki time with the offset in force then', () => {
    expect(helsinkiLocalToIso('2026-12-04T10:00')).toBe('2026-12-04T10:00:00+02:00');
    expect(helsinkiLocalToIso('2026-06-15T10:30')).toBe('2026-06-15T10:30:00+03:00');
    // The morning the clocks go back (04:00 summer time becomes 03:00 winter time): after it, winter time.
    expect(helsinkiLocalToIso('2026-10-25T05:00')).toBe('2026-10-25T05:00:00+02:00');
    expect(helsinkiLocalToIso('2026-03-29T12:00')).toBe('2026-03-29T12:00:00+03:00');
  });

  it('refuses what is not a date-time', () => {
    expect(helsinkiLocalToIso('')).toBeNull();
    expect(helsinkiLocalToIso('2026-02-31T10:00')).toBeNull();
    expect(helsinkiLocalToIso('4.12.2026 10:00')).toBeNull();
  });

  it('gives today and instants as Helsinki sees them, whatever the workstation’s zone', () => {
    // 22:30 UTC on 3 December is already 4 December in Helsinki.
    expect(helsinkiToday(new Date('2026-12-03T22:30:00Z'))).toBe('2026-12-04');
    expect(toHelsinkiLocal(new Date('2026-12-03T22:30:00Z'))).toBe('2026-12-04T00:30');
  });

  it('proposes a call-back window from the next full hour, two hours long', () => {
    expect(defaultCallBackWindow(new Date('2026-12-03T12:20:00Z'))).toEqual({
      start: '2026-12-03T15:00',
      end: '2026-12-03T17:00',
    });
  });
});
