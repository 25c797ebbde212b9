/**
 * "Open now / opens at …" from structured service hours, in Europe/Helsinki time. Pure: the moment is always passed
 * in. Imports only types from the schema, so the browser bundle carries no zod.
 */
import type { ServiceHours } from './schema.js';
import { addDays, helsinkiInstant, helsinkiWallTime, isoWeekday } from './helsinki-time.js';

const DAY = 24 * 60;

/** An opening on one day in minutes after that day's midnight; `closes` beyond 1440 runs into the next day. */
interface Opening {
  readonly opens: number;
  readonly closes: number;
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function opening(slot: { opens: string; closes: string }): Opening {
  const opens = minutesOf(slot.opens);
  const closes = minutesOf(slot.closes);
  return { opens, closes: closes <= opens ? closes + DAY : closes };
}

const covers = (from: string | null, to: string | null, date: string) =>
  (!from || from <= date) && (!to || date <= to);

/** The openings that start on `date`: an exception covering the date wins, then dated weekly rules, then the rest. */
function openingsOn(hours: ServiceHours, date: string): Opening[] {
  const exception = hours.exceptions.find((candidate) => covers(candidate.from, candidate.to, date));
  if (exception) return exception.closed ? [] : exception.slots.map(opening);
  if (hours.alwaysOpen) return [{ opens: 0, closes: DAY }];
  const valid = hours.weekly.filter((rule) => covers(rule.validFrom, rule.validTo, date));
  const dated = valid.filter((rule) => rule.validFrom || rule.validTo);
  const weekday = isoWeekday(date);
  return (dated.length > 0 ? dated : valid).filter((rule) => rule.days.includes(weekday)).map(opening);
}

/** Whether a Helsinki clock showing `minutes` on `date` falls in an opening (of that day, or of the day before). */
function openAtWallTime(hours: ServiceHours, date: string, minutes: number): boolean {
  if (openingsOn(hours, date).some((o) => o.opens <= minutes && minutes < o.closes)) return true;
  // An opening of the day before that runs past midnight.
  const later = minutes + DAY;
  return openingsOn(hours, addDays(date, -1)).some((o) => o.opens <= later && later < o.closes);
}

/** Whether the service is open at `instant` (Helsinki wall-clock time, so DST changes need no special case). */
export function isOpenAt(hours: ServiceHours, instant: Date): boolean {
  const now = helsinkiWallTime(instant);
  return openAtWallTime(hours, now.date, now.minutes);
}

/** How far ahead {@link nextOpening} looks. */
export const NEXT_OPENING_HORIZON_DAYS = 14;

/**
 * The next moment after `instant` at which the service opens (goes from closed to open), or null when it does not
 * open within {@link NEXT_OPENING_HORIZON_DAYS} days (or never closes).
 */
export function nextOpening(hours: ServiceHours, instant: Date): Date | null {
  const today = helsinkiWallTime(instant).date;
  for (let offset = 0; offset <= NEXT_OPENING_HORIZON_DAYS; offset += 1) {
    const date = addDays(today, offset);
    const starts = openingsOn(hours, date)
      .map((o) => o.opens)
      .sort((a, b) => a - b);
    for (const start of starts) {
      const candidate = helsinkiInstant(date, start);
      // A period that only continues one already running (midnight of an always-open day) is not an opening. The
      // minute before is read on the clock, not as an instant: on the March change 03:30 is reached from 02:59.
      const continues =
        start > 0
          ? openAtWallTime(hours, date, start - 1)
          : openAtWallTime(hours, addDays(date, -1), DAY - 1);
      if (candidate > instant && !continues) return candidate;
    }
  }
  return null;
}

/** Open now, or closed and when it opens next (null: not within the horizon). */
export type OpenStatus = { readonly open: true } | { readonly open: false; readonly opensAt: Date | null };

/** {@link isOpenAt} and {@link nextOpening} together, for "open now" / "closed, opens Mon 8.00". */
export function openStatus(hours: ServiceHours, instant: Date): OpenStatus {
  return isOpenAt(hours, instant) ? { open: true } : { open: false, opensAt: nextOpening(hours, instant) };
}
