/**
 * PTV service hours → the structured `ServiceHours` of a phone channel or service location, so the public site can
 * say "open now / opens at …". PTV rules the model cannot express are left out; when nothing usable remains (or the
 * result fails the schema) the channel keeps only its service-hours text.
 */
import { ServiceHoursSchema, type ServiceHours } from '@neuvo/content-models';
import type { PtvServiceHour } from './domain';

const DAY_NUMBERS: Readonly<Record<string, number>> = {
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
  Sunday: 7,
};

/** `08:00:00` or `8:00` → `08:00`; null when it is not a time of day. */
function timeOfDay(value: string | null): string | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

/** `2026-12-24T00:00:00` → `2026-12-24`. */
function calendarDate(value: string | null): string | null {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(value ?? '');
  return match ? match[0] : null;
}

/** Monday…Friday → [1, 2, 3, 4, 5]; a range may wrap over Sunday (Friday…Monday). */
function dayRange(from: string | null, to: string | null): number[] {
  const first = DAY_NUMBERS[from ?? ''];
  if (first === undefined) return [];
  const last = DAY_NUMBERS[to ?? ''] ?? first;
  const days = [first];
  for (let day = first; day !== last;) {
    day = (day % 7) + 1;
    days.push(day);
  }
  return days;
}

const WHOLE_DAY = { opens: '00:00', closes: '00:00' } as const;

/** The structured form of a channel's PTV service hours, or null when there is none to evaluate. */
export function toStructuredHours(hours: readonly PtvServiceHour[]): ServiceHours | null {
  const weekly: ServiceHours['weekly'] = [];
  const exceptions: ServiceHours['exceptions'] = [];
  let alwaysOpen = false;

  for (const rule of hours) {
    const validFrom = calendarDate(rule.validFrom);
    const validTo = calendarDate(rule.validTo);
    if (rule.type === 'Exceptional') {
      if (!validFrom) continue;
      const base = { from: validFrom, to: validTo ?? validFrom };
      if (rule.isClosed) exceptions.push({ ...base, closed: true, slots: [] });
      else if (rule.isAlwaysOpen) exceptions.push({ ...base, closed: false, slots: [WHOLE_DAY] });
      else {
        const slots = rule.openingHours.flatMap((period) => {
          const opens = timeOfDay(period.from);
          const closes = timeOfDay(period.to);
          return opens && closes ? [{ opens, closes }] : [];
        });
        if (slots.length > 0) exceptions.push({ ...base, closed: false, slots });
      }
      continue;
    }
    // DaysOfTheWeek and OverMidnight.
    if (rule.isClosed) {
      // A closed period with dates (a summer closure) closes those dates; without dates it says nothing.
      if (validFrom && validTo) exceptions.push({ from: validFrom, to: validTo, closed: true, slots: [] });
      continue;
    }
    if (rule.isAlwaysOpen) {
      if (!validFrom && !validTo) alwaysOpen = true;
      else weekly.push({ days: [1, 2, 3, 4, 5, 6, 7], ...WHOLE_DAY, validFrom, validTo });
      continue;
    }
    for (const period of rule.openingHours) {
      const opens = timeOfDay(period.from);
      const closes = timeOfDay(period.to);
      // An OverMidnight period names the day it closes in dayTo; its hours already run past midnight.
      const days =
        rule.type === 'OverMidnight'
          ? dayRange(period.dayFrom, null)
          : dayRange(period.dayFrom, period.dayTo);
      if (opens && closes && days.length > 0) weekly.push({ days, opens, closes, validFrom, validTo });
    }
  }

  if (!alwaysOpen && weekly.length === 0 && exceptions.length === 0) return null;
  const parsed = ServiceHoursSchema.safeParse({ alwaysOpen, weekly, exceptions });
  return parsed.success ? parsed.data : null;
}
