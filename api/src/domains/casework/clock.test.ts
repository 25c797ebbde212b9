import { describe, expect, it } from 'vitest';
import {
  accessToCareDeadline,
  finnishPublicHolidays,
  lastWorkingDayEndBefore,
  localDate,
  timeLeftMinutes,
  workingDaysDeadline,
  zonedInstant,
  type WorkingHours,
} from './clock.js';
import { CaseworkRulesSchema, caseworkRulesOf, parseCaseworkRules } from './rules.js';

const hours: WorkingHours = caseworkRulesOf(CaseworkRulesSchema.parse({})).hours;
const at = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();

describe('Finnish public holidays', () => {
  it('moves the Easter, Ascension, Midsummer and All Saints holidays with the year', () => {
    expect(finnishPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-06-19',
      '2026-06-20',
      '2026-10-31',
      '2026-12-06',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(finnishPublicHolidays(2027)).toContain('2027-03-26');
    expect(finnishPublicHolidays(2027)).toContain('2027-05-06');
    expect(finnishPublicHolidays(2027)).toContain('2027-06-25');
    expect(finnishPublicHolidays(2027)).toContain('2027-11-06');
  });
});

describe('local time in Europe/Helsinki', () => {
  it('reads winter (UTC+2) and summer (UTC+3) time', () => {
    expect(iso(zonedInstant('2026-12-03', 16 * 60, 'Europe/Helsinki'))).toBe('2026-12-03T14:00:00.000Z');
    expect(iso(zonedInstant('2026-06-03', 16 * 60, 'Europe/Helsinki'))).toBe('2026-06-03T13:00:00.000Z');
    // The days of the changes themselves.
    expect(iso(zonedInstant('2026-03-29', 16 * 60, 'Europe/Helsinki'))).toBe('2026-03-29T13:00:00.000Z');
    expect(iso(zonedInstant('2026-10-25', 16 * 60, 'Europe/Helsinki'))).toBe('2026-10-25T14:00:00.000Z');
    expect(localDate(at('2026-12-03T22:30:00Z'), 'Europe/Helsinki')).toBe('2026-12-04');
  });
});

describe('access-to-care deadline (same working day)', () => {
  it.each([
    ['within hours: the end of that day', '2026-12-03T08:00:00Z', '2026-12-03T14:00:00.000Z'],
    ['before the day starts: the end of that day', '2026-12-03T05:00:00Z', '2026-12-03T14:00:00.000Z'],
    ['at the minute hours end: the next working day', '2026-12-03T14:00:00Z', '2026-12-04T14:00:00.000Z'],
    ['in the evening: the next working day', '2026-12-03T15:00:00Z', '2026-12-04T14:00:00.000Z'],
    ['on Friday evening: Monday', '2026-12-04T15:00:00Z', '2026-12-07T14:00:00.000Z'],
    ['on Saturday: Monday', '2026-12-05T10:00:00Z', '2026-12-07T14:00:00.000Z'],
    ['before Christmas: after the holidays', '2026-12-23T15:00:00Z', '2026-12-28T14:00:00.000Z'],
    ['on Good Friday: the Tuesday after Easter', '2026-04-03T09:00:00Z', '2026-04-07T13:00:00.000Z'],
    [
      'across the spring change: Monday 16:00 summer time',
      '2026-03-27T15:00:00Z',
      '2026-03-30T13:00:00.000Z',
    ],
    [
      'across the autumn change: Monday 16:00 winter time',
      '2026-10-23T14:00:00Z',
      '2026-10-26T14:00:00.000Z',
    ],
  ])('%s', (_what, contactAt, deadline) => {
    expect(iso(accessToCareDeadline(at(contactAt), hours))).toBe(deadline);
  });
});

describe('working-day deadlines', () => {
  it('counts working days from the day after the need became pending', () => {
    expect(iso(workingDaysDeadline('2026-12-03', 7, hours))).toBe('2026-12-14T14:00:00.000Z');
    expect(iso(workingDaysDeadline('2026-12-03', 1, hours))).toBe('2026-12-04T14:00:00.000Z');
  });

  it('skips weekends and holidays (Christmas and New Year)', () => {
    expect(iso(workingDaysDeadline('2026-12-22', 7, hours))).toBe('2027-01-05T14:00:00.000Z');
  });

  it('with 0 days is the end of that working day, or the next one', () => {
    expect(iso(workingDaysDeadline('2026-12-03', 0, hours))).toBe('2026-12-03T14:00:00.000Z');
    expect(iso(workingDaysDeadline('2026-12-05', 0, hours))).toBe('2026-12-07T14:00:00.000Z');
  });

  it('follows configured hours and holidays', () => {
    const rules = caseworkRulesOf(
      CaseworkRulesSchema.parse({
        workingDays: [1, 2, 3, 4, 5, 6],
        workingHours: { start: '07:00', end: '21:00' },
        holidays: ['2026-12-04'],
      }),
    );
    // Thursday → (Friday is a holiday) Saturday is a working day here.
    expect(iso(workingDaysDeadline('2026-12-03', 1, rules.hours))).toBe('2026-12-05T19:00:00.000Z');
  });
});

describe('overdue threshold', () => {
  it('is the last end of a working day before now', () => {
    expect(iso(lastWorkingDayEndBefore(at('2026-12-03T08:00:00Z'), hours)!)).toBe('2026-12-02T14:00:00.000Z');
    expect(iso(lastWorkingDayEndBefore(at('2026-12-07T08:00:00Z'), hours)!)).toBe('2026-12-04T14:00:00.000Z');
    expect(iso(lastWorkingDayEndBefore(at('2026-12-03T14:00:01Z'), hours)!)).toBe('2026-12-03T14:00:00.000Z');
  });

  it('agrees with the deadline: a contact is overdue exactly when it came before the threshold', () => {
    const now = at('2026-12-28T09:30:00Z');
    const threshold = lastWorkingDayEndBefore(now, hours)!;
    for (let t = at('2026-12-10T00:00:00Z'); t < now; t += 17 * 60_000) {
      expect(accessToCareDeadline(t, hours) < now, iso(t)).toBe(t < threshold);
    }
  });
});

describe('time left', () => {
  it('is whole minutes, negative once overdue', () => {
    const deadline = at('2026-12-03T14:00:00Z');
    expect(timeLeftMinutes(deadline, deadline - 90_000)).toBe(1);
    expect(timeLeftMinutes(deadline, deadline)).toBe(0);
    expect(timeLeftMinutes(deadline, deadline + 30_000)).toBe(-1);
    expect(timeLeftMinutes(deadline, deadline - 24 * 3_600_000)).toBe(1440);
  });
});

describe('rules configuration', () => {
  it('defaults to Helsinki Mon–Fri 8–16 and 7 working days for a service-need assessment', () => {
    const problems: string[] = [];
    const rules = parseCaseworkRules(undefined, problems);
    expect(problems).toEqual([]);
    expect(rules.hours).toMatchObject({ timeZone: 'Europe/Helsinki', startMinute: 480, endMinute: 960 });
    expect(rules.hours.holidays.has('2026-12-24')).toBe(true);
    expect(rules.serviceNeedWorkingDays('aged_75_or_over')).toBe(7);
    expect(rules.serviceNeedWorkingDays('housing')).toBe(7);
  });

  it('takes days per ground and a default', () => {
    const rules = parseCaseworkRules(
      JSON.stringify({
        serviceNeedAssessment: { defaultWorkingDays: 10, workingDaysByGround: { domestic_violence: 0 } },
      }),
      [],
    );
    expect(rules.serviceNeedWorkingDays('domestic_violence')).toBe(0);
    expect(rules.serviceNeedWorkingDays('housing')).toBe(10);
  });

  it.each([
    ['not json', 'CASEWORK_RULES must be JSON'],
    ['{"timeZone":"Mars/Olympus"}', 'CASEWORK_RULES timeZone: timeZone must be an IANA time zone'],
    [
      '{"workingHours":{"start":"16:00","end":"08:00"}}',
      'CASEWORK_RULES workingHours: workingHours.end must be after',
    ],
    ['{"holidays":["24.12.2026"]}', 'CASEWORK_RULES holidays.0: holidays must be dates'],
    [
      '{"serviceNeedAssessment":{"workingDaysByGround":{"made_up":3}}}',
      'CASEWORK_RULES serviceNeedAssessment',
    ],
    ['{"workingDays":[]}', 'CASEWORK_RULES workingDays'],
    ['{"overtime":true}', 'CASEWORK_RULES'],
  ])('refuses %s', (raw, problem) => {
    const problems: string[] = [];
    parseCaseworkRules(raw, problems);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain(problem);
  });
});
