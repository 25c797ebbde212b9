import { LOCALE_META, type SiteLocale } from './site-i18n.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

/**
 * Formats an ISO date (`2025-03-01`) or timestamp as a long date in the reader's language, in Europe/Helsinki
 * (e.g. `1. maaliskuuta 2025`, `1 mars 2025`, `1 March 2025`). `undefined` for missing or invalid input.
 */
export function formatDate(value: string | null | undefined, locale: SiteLocale): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  // A date-only value is a calendar day: read it as noon UTC so no time zone can move it to another day.
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(LOCALE_META[locale].dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}
