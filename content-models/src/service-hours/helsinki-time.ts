/**
 * Wall-clock time in Europe/Helsinki with nothing but `Intl` (no `node:*`, no DOM, so it runs in the browser too).
 * Daylight saving time (last Sunday of March 03:00 → 04:00, last Sunday of October 04:00 → 03:00) comes from the
 * platform's time-zone data.
 */

export const HELSINKI = 'Europe/Helsinki';

/** A moment as read from a clock in Helsinki. */
export interface HelsinkiWallTime {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Minutes since midnight, 0–1439. */
  readonly minutes: number;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Helsinki wall time of an instant. */
export function helsinkiWallTime(instant: Date): HelsinkiWallTime {
  const parts: Record<string, string> = {};
  for (const part of FORMAT.formatToParts(instant)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: isoWeekday(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

function utcMidnight(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** ISO weekday of a calendar date. */
export function isoWeekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay() || 7;
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant a Helsinki clock shows `minutes` after midnight on `date`. Finland is UTC+2 in winter and UTC+3 in
 * summer. A time that happens twice (03:00–03:59 on the October change) is its first occurrence; a time that does
 * not exist (03:00–03:59 on the March change) is moved forward by the hour the clocks skip.
 */
export function helsinkiInstant(date: string, minutes: number): Date {
  const naive = utcMidnight(date) + minutes * 60_000;
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(naive - offsetHours * 3_600_000);
    const wall = helsinkiWallTime(candidate);
    if (wall.date === date && wall.minutes === minutes) return candidate;
  }
  return new Date(naive - 2 * 3_600_000);
}
