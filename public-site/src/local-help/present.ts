/**
 * What local help shows for a service channel, computed from the api's answer: open now / opens at in Helsinki
 * time, `tel:` links and safe web links. Pure (the moment is passed in), so it is tested without a browser.
 */
import { openStatus, HELSINKI, type ServiceHours } from '@neuvo/content-models/service-hours';
import { telHref } from '@neuvo/content-models/phone-number';
import { format, LOCALE_META, type SiteLocale } from '../site-i18n.js';
import { LOCAL_HELP_STRINGS } from '../i18n/local-help.js';

/** The open / closed line of a channel, or null when it has no structured hours (its text is shown instead). */
export interface OpenLine {
  readonly open: boolean;
  readonly text: string;
}

/** The Helsinki calendar date of an instant, `YYYY-MM-DD`. */
function helsinkiDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: HELSINKI }).format(instant);
}

/**
 * "Open now", or "Closed, opens 8.00" (today), "Closed, opens Mon 8.00" (within the week) or with the date further
 * ahead; "Closed" when it does not open within the evaluator's horizon.
 */
export function openLine(hours: ServiceHours | null, now: Date, locale: SiteLocale): OpenLine | null {
  if (!hours) return null;
  const strings = LOCAL_HELP_STRINGS[locale];
  const status = openStatus(hours, now);
  if (status.open) return { open: true, text: strings.openNow };
  if (!status.opensAt) return { open: false, text: strings.closed };
  const days = (Date.parse(helsinkiDate(status.opensAt)) - Date.parse(helsinkiDate(now))) / 86_400_000;
  const time = new Intl.DateTimeFormat(LOCALE_META[locale].dateLocale, {
    timeZone: HELSINKI,
    hour: 'numeric',
    minute: '2-digit',
    ...(days === 0 ? {} : { weekday: 'short' }),
    ...(days >= 7 ? { day: 'numeric', month: 'numeric' } : {}),
  }).format(status.opensAt);
  return { open: false, text: format(strings.closedOpensAt, { time }) };
}

/** A phone number with its `tel:` link (null href: shown as text, e.g. "ask at the reception"). */
export function phoneLink(
  number: string,
  prefixNumber: string | null,
): { text: string; href: string | null } {
  const shown =
    prefixNumber && !number.trim().startsWith('+') && !number.trim().startsWith('0')
      ? `${prefixNumber} ${number}`
      : number;
  return { text: shown, href: telHref(number, prefixNumber) };
}

/** An http(s) URL from content, normalised, or null: `javascript:` and other schemes are never linked. */
export function safeWebUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
