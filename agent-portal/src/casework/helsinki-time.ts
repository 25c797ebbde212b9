/**
 * Casework times in Europe/Helsinki whatever the workstation's own zone: the legal clocks count Helsinki working
 * days, and a call-back window agreed on the phone is Helsinki wall-clock time.
 */

const ZONE = 'Europe/Helsinki';

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(ms: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const out: Record<string, string> = {};
  for (const part of PARTS.formatToParts(new Date(ms))) out[part.type] = part.value;
  return out as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** Minutes Helsinki is ahead of UTC at the instant `ms` (120 in winter, 180 in summer). */
function offsetMinutes(ms: number): number {
  const p = wallClock(ms);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** Today's date in Helsinki, `YYYY-MM-DD`. */
export function helsinkiToday(now: Date = new Date()): string {
  const p = wallClock(now.getTime());
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant as a `datetime-local` input's value (`YYYY-MM-DDTHH:MM`), Helsinki time. */
export function toHelsinkiLocal(date: Date): string {
  const p = wallClock(date.getTime());
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `datetime-local` value read as Helsinki time, as ISO 8601 with its offset (`2026-12-04T10:00:00+02:00`), or
 * `null` when it is not one.
 */
export function helsinkiLocalToIso(local: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m as unknown as [string, string, string, string, string, string];
  const asUtc = Date.UTC(+y, +mo - 1, +d, +h, +mi);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== +d) return null;
  // The offset at the guessed instant, then again at the corrected one: right across a daylight-saving change.
  let offset = offsetMinutes(asUtc - offsetMinutes(asUtc) * 60_000);
  offset = offsetMinutes(asUtc - offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${y}-${mo}-${d}T${h}:${mi}:00${sign}${hh}:${mm}`;
}

/** The default call-back window: from the next full hour, two hours long (as `datetime-local` values). */
export function defaultCallBackWindow(now: Date = new Date()): { start: string; end: string } {
  const start = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
  return { start: toHelsinkiLocal(start), end: toHelsinkiLocal(new Date(start.getTime() + 2 * 3_600_000)) };
}
