import type { Locale } from './models';

/** A date (`YYYY-MM-DD`) or ISO timestamp as the reader's language writes it, in Europe/Helsinki. */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Helsinki' }).format(date);
}
