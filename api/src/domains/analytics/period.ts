import { DomainError } from '../../models.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ZONE = 'Europe/Helsinki';

/** Offset of Helsinki time from UTC at an instant, in minutes (120 in winter, 180 in summer). */
function helsinkiOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The UTC instant at which a Helsinki calendar day starts. */
export function helsinkiDayStart(year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day);
  // The offset at the guess can differ from the one at local midnight only on a DST switch day; one refinement
  // settles it (switches happen at 03:00/04:00 local time, never at midnight).
  let instant = new Date(guess - helsinkiOffsetMinutes(new Date(guess)) * 60_000);
  instant = new Date(guess - helsinkiOffsetMinutes(instant) * 60_000);
  return instant;
}

function parseDate(value: string, field: string): { year: number; month: number; day: number } {
  const match = DATE.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    !match ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new DomainError('VALIDATION_FAILED', `${field} must be a date like 2026-11-26`, {
      details: { field },
    });
  }
  return { year, month, day };
}

/** A report period as UTC instants: `[fromInclusive, toExclusive)`. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Longest period a report may cover. */
export const MAX_PERIOD_DAYS = 366;

/**
 * Turns `from`/`to` calendar dates (both inclusive, Helsinki days) into a UTC period: from the start of `from`
 * to the start of the day after `to`.
 */
export function helsinkiPeriod(from: string, to: string): Period {
  const f = parseDate(from, 'from');
  const t = parseDate(to, 'to');
  const start = helsinkiDayStart(f.year, f.month, f.day);
  const end = helsinkiDayStart(t.year, t.month, t.day + 1);
  if (end.getTime() <= start.getTime())
    throw new DomainError('VALIDATION_FAILED', 'to must not be before from', { details: { field: 'to' } });
  if (end.getTime() - start.getTime() > (MAX_PERIOD_DAYS + 1) * 86_400_000)
    throw new DomainError('VALIDATION_FAILED', `a report covers at most ${MAX_PERIOD_DAYS} days`, {
      details: { field: 'to' },
    });
  return { from: start.toISOString(), to: end.toISOString() };
}
