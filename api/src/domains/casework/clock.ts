/**
 * The legal clocks of the customer service centre, pure: working hours in a time zone (Europe/Helsinki), public
 * holidays, and the deadlines counted in them. Every instant is a number of milliseconds since the epoch (UTC);
 * local dates are `YYYY-MM-DD` strings. Local times are turned into instants through the zone's offset at that
 * moment, so a deadline across a daylight-saving change is still the right wall-clock time.
 */

/** When the centre works: weekdays, hours and holidays of one time zone. */
export interface WorkingHours {
  /** IANA time zone, e.g. `Europe/Helsinki`. */
  readonly timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  readonly weekdays: readonly number[];
  /** Start of the working day, minutes after local midnight (8:00 = 480). */
  readonly startMinute: number;
  /** End of the working day, minutes after local midnight (16:00 = 960); after the start. */
  readonly endMinute: number;
  /** Local dates (`YYYY-MM-DD`) that are not working days although their weekday is. */
  readonly holidays: ReadonlySet<string>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Far enough to pass any run of holidays and weekends; a calendar with no working day at all stops here. */
const MAX_DAYS_SEARCHED = 400;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of an instant in a zone. */
function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatterOf(timeZone).formatToParts(new Date(instant)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    minuteOfDay: parts['hour']! * 60 + parts['minute']!,
    second: parts['second']!,
  };
}

/**
 * Offsets are looked up per quarter hour: every zone's offset has been a whole number of quarter hours and has changed
 * on a quarter hour since the 1970s, so the offset at a quarter hour's start holds for all of it. `formatToParts`
 * costs tens of microseconds, and an overdue list computes the clocks of 200 contacts (about 400 offsets) per request.
 */
const OFFSET_STEP_MS = 15 * MINUTE_MS;
/** Quarter hours kept per zone (about a year's worth); the cache starts over when full. */
const MAX_CACHED_OFFSETS = 35_000;
const offsets = new Map<string, Map<number, number>>();

/** How far the zone is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const step = Math.floor(instant / OFFSET_STEP_MS);
  let byStep = offsets.get(timeZone);
  if (!byStep) {
    byStep = new Map();
    offsets.set(timeZone, byStep);
  }
  let offset = byStep.get(step);
  if (offset === undefined) {
    const start = step * OFFSET_STEP_MS;
    const w = wallClock(start, timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, 0, w.minuteOfDay, w.second) - start;
    if (byStep.size >= MAX_CACHED_OFFSETS) byStep.clear();
    byStep.set(step, offset);
  }
  return offset;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (utc: number) => {
  const d = new Date(utc);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const utcMidnightOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The local date (`YYYY-MM-DD`) of an instant in the zone. */
export function localDate(instant: number, timeZone: string): string {
  return dateOf(instant + offsetAt(instant, timeZone));
}

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return dateOf(utcMidnightOf(date) + days * DAY_MS);
}

/**
 * The instant of a local wall-clock time in the zone. Two passes with the offset: the first guess uses the offset
 * at the UTC reading of the wall time, the second the offset at the guess, which settles on either side of a
 * daylight-saving change. (Working hours never fall in the skipped or repeated hour in Finland, 3–4 a.m.)
 */
export function zonedInstant(date: string, minuteOfDay: number, timeZone: string): number {
  const wall = utcMidnightOf(date) + minuteOfDay * MINUTE_MS;
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** True when the local date is a working day: a working weekday and not a holiday. */
export function isWorkingDay(date: string, hours: WorkingHours): boolean {
  const weekday = ((new Date(utcMidnightOf(date)).getUTCDay() + 6) % 7) + 1;
  return hours.weekdays.includes(weekday) && !hours.holidays.has(date);
}

/** The working day on or after `date`. */
export function workingDayOnOrAfter(date: string, hours: WorkingHours): string {
  let day = date;
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++, day = addDays(day, 1)) if (isWorkingDay(day, hours)) return day;
  throw new Error('the working-hours calendar has no working day within a year');
}

/** The instant a working day's hours end. */
export const endOfWorkingDay = (date: string, hours: WorkingHours): number =>
  zonedInstant(date, hours.endMinute, hours.timeZone);

/**
 * The health care act's access-to-care rule: a contact is reached and the need assessed the same working day. The
 * deadline is the end of the working day in progress when the contact came, or, when it came outside working hours
 * (evening, weekend, holiday, or before the day's start), the end of the next working day to begin.
 */
export function accessToCareDeadline(contactAt: number, hours: WorkingHours): number {
  const today = localDate(contactAt, hours.timeZone);
  const day = workingDayOnOrAfter(today, hours);
  const end = endOfWorkingDay(day, hours);
  if (contactAt < end) return end;
  return endOfWorkingDay(workingDayOnOrAfter(addDays(day, 1), hours), hours);
}

/**
 * A deadline of `workingDays` working days counted from the local date a matter became pending: that date is day
 * zero, so 7 means the end of the seventh working day after it. 0 means the end of that date's working day, or of
 * the next working day when the date is none.
 */
export function workingDaysDeadline(pendingSince: string, workingDays: number, hours: WorkingHours): number {
  let day = workingDays === 0 ? workingDayOnOrAfter(pendingSince, hours) : pendingSince;
  for (let counted = 0; counted < workingDays; counted++) day = workingDayOnOrAfter(addDays(day, 1), hours);
  return endOfWorkingDay(day, hours);
}

/**
 * The latest end of a working day before `now`, or null. A contact that came before this instant has missed its
 * access-to-care deadline (its deadline is the first working-day end after it came): what the overdue list asks.
 */
export function lastWorkingDayEndBefore(now: number, hours: WorkingHours): number | null {
  let day = localDate(now, hours.timeZone);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++, day = addDays(day, -1)) {
    if (!isWorkingDay(day, hours)) continue;
    const end = endOfWorkingDay(day, hours);
    if (end < now) return end;
  }
  return null;
}

/** Whole minutes from `now` to `deadline`, rounded down: negative once the deadline has passed. */
export function timeLeftMinutes(deadline: number, now: number): number {
  return Math.floor((deadline - now) / MINUTE_MS);
}

/** Easter Sunday of a year (Gregorian calendar; the anonymous algorithm of 1876). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The first date on or after `date` whose ISO weekday is `weekday`. */
function weekdayOnOrAfter(date: string, weekday: number): string {
  const current = ((new Date(utcMidnightOf(date)).getUTCDay() + 6) % 7) + 1;
  return addDays(date, (weekday - current + 7) % 7);
}

/**
 * Finland's public holidays of a year that can fall on a weekday, plus Midsummer Eve and Christmas Eve (days off in
 * the public sector): the default holiday list. Sundays-only feasts (Easter Sunday, Whitsun) need no entry.
 */
export function finnishPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const y = pad(year, 4);
  return [
    `${y}-01-01`, // New Year's Day
    `${y}-01-06`, // Epiphany
    addDays(easter, -2), // Good Friday
    addDays(easter, 1), // Easter Monday
    `${y}-05-01`, // May Day
    addDays(easter, 39), // Ascension Day
    addDays(weekdayOnOrAfter(`${y}-06-20`, 6), -1), // Midsummer Eve: the Friday before Midsummer Day
    weekdayOnOrAfter(`${y}-06-20`, 6), // Midsummer Day
    weekdayOnOrAfter(`${y}-10-31`, 6), // All Saints' Day
    `${y}-12-06`, // Independence Day
    `${y}-12-24`, // Christmas Eve
    `${y}-12-25`, // Christmas Day
    `${y}-12-26`, // Boxing Day
  ].sort();
}
