/**
 * PTV domain → the PTV-owned fields of a ServiceEntry, one data object per locale (fi, sv, en). Only the
 * fields in `PTV_OWNED_FIELDS` (@neuvo/content-models/ptv) are produced, so a write of this data can never touch the local solution
 * bank (agentInstructions, internalPhones, extraKeywords, instructions, guides, protocols, queue).
 */
import { LOCALES, type Locale } from '@neuvo/content-models/locales';
import { DomainError } from '@neuvo/content-models/errors';
import type { ServiceHours } from '@neuvo/content-models';
import type { LangMap, PtvAddress, PtvChannel, PtvPhone, PtvService, PtvServiceHour } from './domain';
import { toStructuredHours } from './service-hours';

export interface PhoneChannelData {
  name: string | null;
  number: string;
  prefixNumber: string | null;
  chargeType: 'free' | 'charged' | 'other' | null;
  chargeInfo: string | null;
  serviceHours: string | null;
  structuredHours: ServiceHours | null;
}
export interface ServiceLocationData {
  name: string;
  street: string | null;
  postalCode: string | null;
  postOffice: string | null;
  municipalityCode: string | null;
  latitude: number | null;
  longitude: number | null;
  openingHours: string | null;
  structuredHours: ServiceHours | null;
  phone: string | null;
}

/** The PTV-owned data of one locale version. */
export interface ServiceEntryPtvData {
  ptvId: string;
  ptvStatus: 'published' | 'archived' | 'withdrawn';
  ptvSyncedAt: string;
  name: string;
  summary: string | null;
  description: string | null;
  userInstruction: string | null;
  organizationName: string | null;
  serviceClasses: string[];
  targetGroups: string[];
  keywords: string[];
  municipalityCodes: string[];
  phoneChannels: PhoneChannelData[];
  webPages: Array<{ name: string | null; url: string }>;
  serviceLocations: ServiceLocationData[];
  eServices: Array<{ name: string; url: string }>;
}

/** Thrown when a service cannot be mapped (reported as skipped with this reason). */
export class UnmappableServiceError extends DomainError {
  override readonly name: string = 'UnmappableServiceError';

  constructor(message: string) {
    super('VALIDATION_FAILED', message);
  }
}

const NAME_MAX = 200;
const truncate = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** Text in `locale`, else Finnish, else Swedish, else English, else any. */
export function pick(map: LangMap, locale: Locale): string | null {
  return map[locale] ?? map.fi ?? map.sv ?? map.en ?? Object.values(map)[0] ?? null;
}
const exact = (map: LangMap, locale: Locale): string | null => map[locale] ?? null;

const DAYS: Record<Locale, Record<string, string>> = {
  fi: {
    Monday: 'ma',
    Tuesday: 'ti',
    Wednesday: 'ke',
    Thursday: 'to',
    Friday: 'pe',
    Saturday: 'la',
    Sunday: 'su',
  },
  sv: {
    Monday: 'mån',
    Tuesday: 'tis',
    Wednesday: 'ons',
    Thursday: 'tor',
    Friday: 'fre',
    Saturday: 'lör',
    Sunday: 'sön',
  },
  en: {
    Monday: 'Mon',
    Tuesday: 'Tue',
    Wednesday: 'Wed',
    Thursday: 'Thu',
    Friday: 'Fri',
    Saturday: 'Sat',
    Sunday: 'Sun',
  },
};
const WORDS: Record<Locale, { always: string; closed: string; reservation: string; exceptional: string }> = {
  fi: {
    always: 'avoinna aina',
    closed: 'suljettu',
    reservation: 'ajanvarauksella',
    exceptional: 'poikkeusaukiolo',
  },
  sv: {
    always: 'alltid öppet',
    closed: 'stängt',
    reservation: 'med tidsbokning',
    exceptional: 'undantagstider',
  },
  en: {
    always: 'always open',
    closed: 'closed',
    reservation: 'by appointment',
    exceptional: 'exceptional hours',
  },
};

/** `08:00:00` → `8.00` (fi/sv) or `8:00` (en). */
function time(value: string | null, locale: Locale): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  if (!m) return '';
  return `${Number(m[1])}${locale === 'en' ? ':' : '.'}${m[2]}`;
}

/** Service hours as one line per rule, in the reader's language. */
export function formatServiceHours(hours: readonly PtvServiceHour[], locale: Locale): string | null {
  const lines: string[] = [];
  for (const h of hours) {
    const words = WORDS[locale];
    const parts: string[] = [];
    if (h.type === 'Exceptional')
      parts.push(
        `${words.exceptional}${h.validFrom ? ` ${h.validFrom.slice(0, 10)}` : ''}${h.validTo ? `–${h.validTo.slice(0, 10)}` : ''}:`,
      );
    if (h.isAlwaysOpen) parts.push(words.always);
    else if (h.isClosed) parts.push(words.closed);
    else {
      const days = h.openingHours
        .map((o) => {
          const from = DAYS[locale][o.dayFrom ?? ''] ?? '';
          const to = o.dayTo ? (DAYS[locale][o.dayTo] ?? '') : '';
          return `${from}${to ? `–${to}` : ''} ${time(o.from, locale)}–${time(o.to, locale)}`.trim();
        })
        .filter(Boolean);
      parts.push(days.join(', '));
    }
    if (h.isReservation) parts.push(`(${words.reservation})`);
    const info = pick(h.additionalInformation, locale);
    if (info) parts.push(`– ${info}`);
    const line = parts.filter(Boolean).join(' ').trim();
    if (line) lines.push(line);
  }
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Phones in `locale`; all phones when none is marked for it. */
function phonesFor(phones: readonly PtvPhone[], locale: Locale): PtvPhone[] {
  const own = phones.filter((p) => p.language === locale);
  return own.length > 0
    ? own
    : phones.filter((p, i, all) => all.findIndex((q) => q.number === p.number) === i);
}

const displayPhone = (p: PtvPhone) =>
  p.isFinnishServiceNumber || !p.prefixNumber ? p.number : `${p.prefixNumber} ${p.number}`;

function street(address: PtvAddress, locale: Locale): string | null {
  const name = pick(address.street, locale);
  if (!name) return null;
  return address.streetNumber ? `${name} ${address.streetNumber}` : name;
}

/** Locales the service gets a version in: those with a name, Finnish always (with a fallback name). */
export function localesOf(service: PtvService): Locale[] {
  return LOCALES.filter((l) => l === 'fi' || service.names[l] !== undefined);
}

/**
 * Maps one service and its channels (those PTV returned; missing ones are left out) to the data of one
 * locale. Throws `UnmappableServiceError` when the service has no name at all.
 */
export function toServiceEntryData(
  service: PtvService,
  channels: ReadonlyMap<string, PtvChannel>,
  locale: Locale,
  context: { syncedAt: Date; organizationNames?: ReadonlyMap<string, LangMap> },
): ServiceEntryPtvData {
  const name = pick(service.names, locale) ?? pick(service.alternativeNames, locale);
  if (!name) throw new UnmappableServiceError('service has no name in any language');
  const responsible = service.responsibleOrganizationId;
  const orgNames = responsible ? context.organizationNames?.get(responsible) : undefined;
  const organizationName =
    (orgNames && pick(orgNames, locale)) ??
    service.organizations.find((o) => o.id === responsible)?.name ??
    null;

  const phoneChannels: PhoneChannelData[] = [];
  const webPages: Array<{ name: string | null; url: string }> = [];
  const serviceLocations: ServiceLocationData[] = [];
  const eServices: Array<{ name: string; url: string }> = [];
  for (const id of service.channelIds) {
    const channel = channels.get(id);
    // Channels that are missing or not published in PTV are not shown.
    if (!channel || channel.status !== 'published') continue;
    const channelName = pick(channel.names, locale);
    const url = pick(channel.urls, locale);
    const hours = formatServiceHours(channel.serviceHours, locale);
    const structuredHours = toStructuredHours(channel.serviceHours);
    switch (channel.type) {
      case 'phone':
        for (const p of phonesFor(channel.phones, locale)) {
          if (p.type === 'fax') continue;
          phoneChannels.push({
            name: channelName ? truncate(channelName, 255) : null,
            number: p.number,
            prefixNumber: p.isFinnishServiceNumber ? null : p.prefixNumber,
            chargeType: p.chargeType,
            chargeInfo: p.chargeDescription,
            serviceHours: hours,
            structuredHours,
          });
        }
        break;
      case 'webPage':
      case 'printableForm':
        if (url) webPages.push({ name: channelName ? truncate(channelName, 255) : null, url });
        break;
      case 'eService':
        if (url) eServices.push({ name: truncate(channelName ?? url, 255), url });
        break;
      case 'serviceLocation': {
        const address = channel.addresses.find((a) => a.type === 'Location') ?? channel.addresses[0];
        const phone = phonesFor(channel.phones, locale).find((p) => p.type === 'phone');
        serviceLocations.push({
          name: truncate(channelName ?? name, 255),
          street: address ? street(address, locale) : null,
          postalCode: address?.postalCode ?? null,
          postOffice: address ? pick(address.postOffice, locale) : null,
          municipalityCode: address?.municipalityCode ?? null,
          latitude: address?.latitude ?? null,
          longitude: address?.longitude ?? null,
          openingHours: hours,
          structuredHours,
          phone: phone ? displayPhone(phone) : null,
        });
        break;
      }
    }
  }
  const names = (items: PtvService['serviceClasses']) => [
    ...new Set(items.map((c) => pick(c.names, locale) ?? c.code).filter((v): v is string => Boolean(v))),
  ];
  return {
    ptvId: service.id,
    ptvStatus: service.status,
    ptvSyncedAt: context.syncedAt.toISOString(),
    name: truncate(name, NAME_MAX),
    summary: exact(service.summary, locale),
    description: exact(service.description, locale),
    userInstruction: exact(service.userInstruction, locale),
    organizationName: organizationName ? truncate(organizationName, 255) : null,
    serviceClasses: names(service.serviceClasses),
    targetGroups: names(service.targetGroups),
    keywords: [...new Set(service.keywords[locale] ?? [])],
    municipalityCodes: service.municipalityCodes.filter((c) => /^\d{3}$/.test(c)),
    phoneChannels,
    webPages,
    serviceLocations,
    eServices,
  };
}
