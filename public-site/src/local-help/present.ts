/**
 * What local help shows for a service channel, computed from the api's answer: open now / opens at in Helsinki
 * time, `tel:` links and safe web links. Pure (the moment is passed in), so it is tested without a browser.
 */
import type { SiteGuideLocalServicesQuery } from '@neuvo/graphql-contract';
import { openStatus, HELSINKI, type ServiceHours } from '@neuvo/content-models/service-hours';
import { telHref } from '@neuvo/content-models/phone-number';
import { cleanText } from '../render-guide-page.js';
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

type LocalServices = SiteGuideLocalServicesQuery['guideLocalServices']['services'];

/** One service as the local-help box shows it; every text is still escaped by Vue where it is written. */
export interface LocalServiceCard {
  readonly id: string;
  readonly name: string;
  /** `lang` of the card when its text is not in the page's language (Finnish fallback). */
  readonly lang: string | undefined;
  readonly national: boolean;
  readonly phones: ReadonlyArray<{
    readonly name: string | null;
    readonly text: string;
    readonly href: string | null;
    readonly status: OpenLine | null;
    readonly hours: string | null;
  }>;
  readonly locations: ReadonlyArray<{
    readonly name: string;
    readonly address: string;
    readonly status: OpenLine | null;
    readonly hours: string | null;
  }>;
  readonly links: ReadonlyArray<{ readonly name: string; readonly url: string; readonly eService: boolean }>;
}

const line = (value: string | null | undefined) => (value ? cleanText(value) || null : null);

/** The cards of the county's services at the moment `now`. */
export function localServiceCards(
  services: LocalServices,
  now: Date,
  locale: SiteLocale,
): LocalServiceCard[] {
  return services.map((service) => ({
    id: service.id,
    name: cleanText(service.name),
    lang: service.locale === locale ? undefined : LOCALE_META[service.locale].lang,
    national: service.national,
    phones: service.phones.map((phone) => ({
      name: line(phone.name),
      ...phoneLink(cleanText(phone.number), line(phone.prefixNumber)),
      status: openLine(phone.structuredHours, now, locale),
      hours: line(phone.serviceHours),
    })),
    locations: service.locations.map((location) => ({
      name: cleanText(location.name),
      address: [
        line(location.street),
        [line(location.postalCode), line(location.postOffice)].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', '),
      status: openLine(location.structuredHours, now, locale),
      hours: line(location.openingHours),
    })),
    links: [
      ...service.eServices.map((link) => ({ name: link.name, url: link.url, eService: true })),
      ...service.webPages.map((link) => ({ name: link.name ?? link.url, url: link.url, eService: false })),
    ].flatMap((link) => {
      const url = safeWebUrl(link.url);
      return url ? [{ name: cleanText(link.name), url, eService: link.eService }] : [];
    }),
  }));
}
