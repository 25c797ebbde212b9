/**
 * How a legal clock reads: the time left to a deadline, or how long it is overdue, in the reader's language
 * ("3 pv 4 h jäljellä", "3 d 4 h kvar", "2 h 5 min overdue"). The api computes the minutes; this only words them.
 */
import type { MessageKey, MessageParams } from '../i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A duration in whole minutes as days and hours, hours and minutes, or minutes. */
export function formatDuration(minutes: number, t: Translate): string {
  const m = Math.abs(Math.trunc(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  if (days > 0) return t('casework.clock.daysHours', { days, hours });
  if (hours > 0) return t('casework.clock.hoursMinutes', { hours, minutes: mins });
  return t('casework.clock.minutes', { minutes: mins });
}

/** What a clock shows. */
export interface ClockReading {
  readonly text: string;
  readonly overdue: boolean;
}

/** The clock of `timeLeftMinutes` (negative when overdue). */
export function readClock(timeLeftMinutes: number, t: Translate): ClockReading {
  const overdue = timeLeftMinutes < 0;
  const time = formatDuration(timeLeftMinutes, t);
  return {
    overdue,
    text: overdue ? t('casework.clock.overdue', { time }) : t('casework.clock.left', { time }),
  };
}

/** A date-time as the reader's language writes it, Helsinki time. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}
