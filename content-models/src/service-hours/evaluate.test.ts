import { describe, expect, it } from 'vitest';
import { isOpenAt, nextOpening, openStatus } from './evaluate.js';
import { helsinkiInstant, helsinkiWallTime } from './helsinki-time.js';
import { ServiceHoursSchema, type ServiceHours } from './schema.js';

/** Hours from their written (input) form, through the schema as the CMS stores them. */
const hours = (input: unknown): ServiceHours => ServiceHoursSchema.parse(input);
const at = (iso: string) => new Date(iso);
const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

// 2026-12-07 is a Monday; Finland is UTC+2 in December.
const officeHours = hours({ weekly: [{ days: WEEKDAYS, opens: '08:00', closes: '16:00' }] });

describe('isOpenAt', () => {
  it('is open from the opening minute up to, not including, the closing minute', () => {
    expect(isOpenAt(officeHours, at('2026-12-07T07:59+02:00'))).toBe(false);
    expect(isOpenAt(officeHours, at('2026-12-07T08:00+02:00'))).toBe(true);
    expect(isOpenAt(officeHours, at('2026-12-07T15:59+02:00'))).toBe(true);
    expect(isOpenAt(officeHours, at('2026-12-07T16:00+02:00'))).toBe(false);
  });

  it('reads the time in Helsinki, not UTC', () => {
    // 06:30 UTC is 08:30 in Helsinki.
    expect(isOpenAt(officeHours, at('2026-12-07T06:30Z'))).toBe(true);
    // 22:30 UTC on Sunday is already Monday 00:30 in Helsinki: closed, but a Monday.
    expect(helsinkiWallTime(at('2026-12-06T22:30Z'))).toEqual({
      date: '2026-12-07',
      weekday: 1,
      minutes: 30,
    });
  });

  it('is closed on days without hours (Saturday, Sunday)', () => {
    expect(isOpenAt(officeHours, at('2026-12-05T10:00+02:00'))).toBe(false);
    expect(isOpenAt(officeHours, at('2026-12-06T10:00+02:00'))).toBe(false);
  });

  it('knows Sunday as day 7', () => {
    const sundays = hours({ weekly: [{ days: [7], opens: '10:00', closes: '14:00' }] });
    expect(isOpenAt(sundays, at('2026-12-06T10:00+02:00'))).toBe(true);
    expect(isOpenAt(sundays, at('2026-12-07T10:00+02:00'))).toBe(false);
  });

  it('carries an opening past midnight into the next day', () => {
    const nights = hours({ weekly: [{ days: [5], opens: '22:00', closes: '06:00' }] });
    expect(isOpenAt(nights, at('2026-12-04T21:59+02:00'))).toBe(false);
    expect(isOpenAt(nights, at('2026-12-04T23:59+02:00'))).toBe(true);
    expect(isOpenAt(nights, at('2026-12-05T00:00+02:00'))).toBe(true);
    expect(isOpenAt(nights, at('2026-12-05T05:59+02:00'))).toBe(true);
    expect(isOpenAt(nights, at('2026-12-05T06:00+02:00'))).toBe(false);
    // Saturday night has no opening of its own.
    expect(isOpenAt(nights, at('2026-12-05T23:00+02:00'))).toBe(false);
  });

  it('closes at midnight when the closing time is 00:00', () => {
    const evenings = hours({ weekly: [{ days: [1], opens: '16:00', closes: '00:00' }] });
    expect(isOpenAt(evenings, at('2026-12-07T23:59+02:00'))).toBe(true);
    expect(isOpenAt(evenings, at('2026-12-08T00:00+02:00'))).toBe(false);
  });

  it('is open all day when opening and closing times are equal, and always when alwaysOpen', () => {
    const roundTheClock = hours({ weekly: [{ days: EVERY_DAY, opens: '00:00', closes: '00:00' }] });
    const always = hours({ alwaysOpen: true });
    for (const moment of ['2026-12-06T00:00+02:00', '2026-12-07T03:17+02:00', '2026-12-12T23:59+02:00']) {
      expect(isOpenAt(roundTheClock, at(moment))).toBe(true);
      expect(isOpenAt(always, at(moment))).toBe(true);
    }
  });

  it('is closed when there are no hours at all', () => {
    expect(isOpenAt(hours({}), at('2026-12-07T12:00+02:00'))).toBe(false);
    expect(nextOpening(hours({}), at('2026-12-07T12:00+02:00'))).toBeNull();
  });

  it('follows exceptions: closed holidays and shortened days', () => {
    const christmas = hours({
      weekly: [{ days: EVERY_DAY, opens: '08:00', closes: '16:00' }],
      exceptions: [
        { from: '2026-12-24', to: '2026-12-26', closed: true },
        { from: '2026-12-31', to: '2026-12-31', closed: false, slots: [{ opens: '10:00', closes: '14:00' }] },
      ],
    });
    expect(isOpenAt(christmas, at('2026-12-23T10:00+02:00'))).toBe(true);
    expect(isOpenAt(christmas, at('2026-12-24T10:00+02:00'))).toBe(false);
    expect(isOpenAt(christmas, at('2026-12-26T10:00+02:00'))).toBe(false);
    expect(nextOpening(christmas, at('2026-12-24T10:00+02:00'))).toEqual(at('2026-12-27T08:00+02:00'));
    expect(isOpenAt(christmas, at('2026-12-31T09:00+02:00'))).toBe(false);
    expect(isOpenAt(christmas, at('2026-12-31T13:59+02:00'))).toBe(true);
    expect(isOpenAt(christmas, at('2026-12-31T15:00+02:00'))).toBe(false);
  });

  it('closes an always-open service on a closed exception day', () => {
    const always = hours({
      alwaysOpen: true,
      exceptions: [{ from: '2026-12-24', to: '2026-12-24', closed: true }],
    });
    expect(isOpenAt(always, at('2026-12-24T12:00+02:00'))).toBe(false);
    expect(nextOpening(always, at('2026-12-24T12:00+02:00'))).toEqual(at('2026-12-25T00:00+02:00'));
  });

  it('uses dated weekly hours (summer) instead of the open-ended ones on the dates they cover', () => {
    const summer = hours({
      weekly: [
        { days: WEEKDAYS, opens: '08:00', closes: '16:00' },
        { days: WEEKDAYS, opens: '09:00', closes: '15:00', validFrom: '2026-06-22', validTo: '2026-08-09' },
      ],
    });
    expect(isOpenAt(summer, at('2026-07-06T08:30+03:00'))).toBe(false);
    expect(isOpenAt(summer, at('2026-07-06T09:00+03:00'))).toBe(true);
    expect(isOpenAt(summer, at('2026-08-10T08:30+03:00'))).toBe(true);
  });
});

describe('nextOpening', () => {
  it('is the next start later today, or on the next open day over the weekend', () => {
    expect(nextOpening(officeHours, at('2026-12-07T07:00+02:00'))).toEqual(at('2026-12-07T08:00+02:00'));
    expect(nextOpening(officeHours, at('2026-12-04T16:30+02:00'))).toEqual(at('2026-12-07T08:00+02:00'));
    expect(nextOpening(officeHours, at('2026-12-06T12:00+02:00'))).toEqual(at('2026-12-07T08:00+02:00'));
  });

  it('skips the opening that is running now and gives the next one', () => {
    expect(nextOpening(officeHours, at('2026-12-07T09:00+02:00'))).toEqual(at('2026-12-08T08:00+02:00'));
  });

  it('is null for a service that never closes', () => {
    expect(nextOpening(hours({ alwaysOpen: true }), at('2026-12-07T09:00+02:00'))).toBeNull();
  });

  it('is null when nothing opens within two weeks', () => {
    const longClosure = hours({
      weekly: [{ days: WEEKDAYS, opens: '08:00', closes: '16:00' }],
      exceptions: [{ from: '2026-07-01', to: '2026-07-31', closed: true }],
    });
    expect(nextOpening(longClosure, at('2026-07-01T12:00+03:00'))).toBeNull();
  });
});

describe('daylight saving time', () => {
  const daily = hours({ weekly: [{ days: EVERY_DAY, opens: '08:00', closes: '16:00' }] });
  const nights = hours({ weekly: [{ days: [6], opens: '22:00', closes: '06:00' }] });

  it('in March (2026-03-29, clocks 03:00 → 04:00) opens at 08:00 summer time', () => {
    expect(nextOpening(daily, at('2026-03-28T20:00+02:00'))).toEqual(at('2026-03-29T08:00+03:00'));
    expect(isOpenAt(daily, at('2026-03-29T07:30+03:00'))).toBe(false);
    expect(isOpenAt(daily, at('2026-03-29T08:00+03:00'))).toBe(true);
    // The night opening Saturday 22:00 EET – Sunday 06:00 EEST is one hour shorter.
    expect(isOpenAt(nights, at('2026-03-29T05:30+03:00'))).toBe(true);
    expect(isOpenAt(nights, at('2026-03-29T06:00+03:00'))).toBe(false);
  });

  it('in March moves an opening time the clocks skip to the hour after', () => {
    const skipped = hours({ weekly: [{ days: [7], opens: '03:30', closes: '05:00' }] });
    expect(nextOpening(skipped, at('2026-03-29T00:00+02:00'))).toEqual(at('2026-03-29T04:30+03:00'));
    expect(helsinkiInstant('2026-03-29', 3 * 60 + 30)).toEqual(at('2026-03-29T04:30+03:00'));
  });

  it('in October (2026-10-25, clocks 04:00 → 03:00) opens at 08:00 winter time', () => {
    expect(nextOpening(daily, at('2026-10-24T20:00+03:00'))).toEqual(at('2026-10-25T08:00+02:00'));
    expect(isOpenAt(daily, at('2026-10-25T07:30+02:00'))).toBe(false);
    expect(isOpenAt(daily, at('2026-10-25T08:00+02:00'))).toBe(true);
    // The night opening Saturday 22:00 EEST – Sunday 06:00 EET is one hour longer.
    expect(isOpenAt(nights, at('2026-10-25T05:30+02:00'))).toBe(true);
    expect(isOpenAt(nights, at('2026-10-25T06:00+02:00'))).toBe(false);
  });

  it('in October takes the first of the twice-shown hour', () => {
    expect(helsinkiInstant('2026-10-25', 3 * 60 + 30)).toEqual(at('2026-10-25T03:30+03:00'));
  });
});

describe('openStatus', () => {
  it('says open, or closed with the next opening', () => {
    expect(openStatus(officeHours, at('2026-12-07T10:00+02:00'))).toEqual({ open: true });
    expect(openStatus(officeHours, at('2026-12-05T10:00+02:00'))).toEqual({
      open: false,
      opensAt: at('2026-12-07T08:00+02:00'),
    });
  });
});

describe('ServiceHoursSchema', () => {
  it('refuses impossible hours with a message saying what is wrong', () => {
    const bad = [
      { weekly: [{ days: [8], opens: '08:00', closes: '16:00' }] },
      { weekly: [{ days: [1], opens: '8:00', closes: '16:00' }] },
      { weekly: [{ days: [], opens: '08:00', closes: '16:00' }] },
      { exceptions: [{ from: '2026-12-26', to: '2026-12-24', closed: true }] },
      {
        exceptions: [
          {
            from: '2026-12-24',
            to: '2026-12-24',
            closed: true,
            slots: [{ opens: '08:00', closes: '10:00' }],
          },
        ],
      },
      { weekly: [], extra: true },
    ];
    for (const input of bad)
      expect(ServiceHoursSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    expect(
      ServiceHoursSchema.safeParse({ exceptions: [{ from: '2026-12-26', to: '2026-12-24', closed: true }] })
        .error?.issues[0]?.message,
    ).toBe('from must not be after to');
  });
});
