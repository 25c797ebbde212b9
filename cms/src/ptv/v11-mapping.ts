/**
 * v11 wire → domain. Pure functions; the reader validates each record with the wire schemas and maps it
 * here. `modified` without a zone is UTC; coordinates are EPSG:3067 and converted to WGS84.
 */
import { ptvCoordinatesToWgs84 } from './coordinates';
import {
  PTV_LANGUAGES,
  type LangListMap,
  type LangMap,
  type PtvAddress,
  type PtvChannel,
  type PtvChannelType,
  type PtvClassification,
  type PtvLanguage,
  type PtvOrganization,
  type PtvPhone,
  type PtvPublishingStatus,
  type PtvService,
  type PtvServiceHour,
} from './domain';
import type {
  WireAddress,
  WireLocalizedItem,
  WireOrganization,
  WirePhone,
  WireService,
  WireServiceChannel,
  WireServiceHour,
} from './wire-v11';

/** Parses a PTV timestamp; one without a zone suffix is UTC. */
export function parsePtvTimestamp(value: string): Date {
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid timestamp ${JSON.stringify(value)}`);
  return date;
}

/** Formats a date the way v11 `date`/`dateBefore` parameters want it: `yyyy-MM-ddTHH:mm:ss` in UTC. */
export function formatPtvDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}

const isLanguage = (value: unknown): value is PtvLanguage =>
  typeof value === 'string' && (PTV_LANGUAGES as readonly string[]).includes(value);

type Item = { language?: string | null; value?: string | null; type?: string | null };

/** Items (of `type` when given) → per-language text; null/blank values are no translation. First wins. */
export function langMap(items: readonly Item[], type?: string): LangMap {
  const out: LangMap = {};
  for (const item of items) {
    if (type !== undefined && item.type !== type) continue;
    const value = item.value?.trim();
    if (!value || !isLanguage(item.language) || out[item.language] !== undefined) continue;
    out[item.language] = value;
  }
  return out;
}

function langListMap(items: readonly Item[]): LangListMap {
  const out: LangListMap = {};
  for (const item of items) {
    const value = item.value?.trim();
    if (!value || !isLanguage(item.language)) continue;
    (out[item.language] ??= []).push(value);
  }
  return out;
}

function statusOf(
  publishingStatus: string | null | undefined,
  listed?: PtvPublishingStatus,
): PtvPublishingStatus {
  if (listed) return listed;
  switch ((publishingStatus ?? '').toLowerCase()) {
    case 'archived':
    case 'deleted':
      return 'archived';
    case 'withdrawn':
      return 'withdrawn';
    default:
      return 'published';
  }
}

function classification(item: { code?: string | null; name: readonly Item[] }): PtvClassification {
  return { code: item.code ?? null, names: langMap(item.name) };
}

function chargeType(value: string | null | undefined): PtvPhone['chargeType'] {
  switch (value) {
    case 'FreeOfCharge':
      return 'free';
    case 'Chargeable':
      return 'charged';
    case 'Other':
      return 'other';
    default:
      return null;
  }
}

function phone(item: WirePhone): PtvPhone | null {
  const number = item.number?.trim();
  if (!number) return null;
  const type = item.type === 'Fax' ? 'fax' : item.type === 'Sms' ? 'sms' : 'phone';
  return {
    type,
    language: item.language ?? null,
    prefixNumber: item.prefixNumber?.trim() || null,
    number,
    isFinnishServiceNumber: item.isFinnishServiceNumber === true,
    chargeType: chargeType(item.serviceChargeType),
    chargeDescription: item.chargeDescription?.trim() || null,
    additionalInformation: item.additionalInformation?.trim() || null,
  };
}

function address(item: WireAddress): PtvAddress | null {
  const street = item.streetAddress;
  if (!street) return null;
  const coordinates = ptvCoordinatesToWgs84(street.latitude, street.longitude);
  return {
    type: item.type ?? null,
    street: langMap(street.street),
    streetNumber: street.streetNumber?.trim() || null,
    postalCode: street.postalCode?.trim() || null,
    postOffice: langMap(street.postOffice),
    municipalityCode: street.municipality?.code ?? null,
    latitude: coordinates?.latitude ?? null,
    longitude: coordinates?.longitude ?? null,
  };
}

function serviceHour(item: WireServiceHour): PtvServiceHour {
  return {
    type: item.serviceHourType ?? null,
    validFrom: item.validFrom ?? null,
    validTo: item.validTo ?? null,
    isClosed: item.isClosed === true,
    isAlwaysOpen: item.isAlwaysOpen === true,
    isReservation: item.isReservation === true,
    additionalInformation: langMap(item.additionalInformation),
    openingHours: item.openingHour.map((h) => ({
      dayFrom: h.dayFrom || null,
      dayTo: h.dayTo || null,
      from: h.from || null,
      to: h.to || null,
    })),
  };
}

function municipalityCodes(areas: WireService['areas']): string[] {
  const codes = new Set<string>();
  for (const area of areas) {
    if (area.type === 'Municipality' && area.code) codes.add(area.code);
    for (const m of area.municipalities) if (m.code) codes.add(m.code);
  }
  return [...codes].sort();
}

/** v11 Service → domain. */
export function mapV11Service(wire: WireService, listed?: PtvPublishingStatus): PtvService {
  const organizations = wire.organizations
    .filter((o) => o.organization)
    .map((o) => ({ id: o.organization!.id, name: o.organization!.name ?? null, role: o.roleType ?? null }));
  return {
    id: wire.id.toLowerCase(),
    status: statusOf(wire.publishingStatus, listed),
    modified: parsePtvTimestamp(wire.modified),
    type: wire.type ?? null,
    names: langMap(wire.serviceNames, 'Name'),
    alternativeNames: langMap(wire.serviceNames, 'AlternativeName'),
    summary: langMap(wire.serviceDescriptions, 'Summary'),
    description: langMap(wire.serviceDescriptions, 'Description'),
    userInstruction: langMap(wire.serviceDescriptions, 'UserInstruction'),
    languages: wire.languages,
    serviceClasses: wire.serviceClasses.map(classification),
    targetGroups: wire.targetGroups.map(classification),
    keywords: langListMap(wire.keywords),
    areaType: wire.areaType ?? null,
    municipalityCodes: municipalityCodes(wire.areas),
    organizations,
    responsibleOrganizationId: organizations.find((o) => o.role === 'Responsible')?.id ?? null,
    channelIds: [...new Set(wire.serviceChannels.map((c) => c.serviceChannel.id.toLowerCase()))],
  };
}

const CHANNEL_TYPES: Record<WireServiceChannel['serviceChannelType'], PtvChannelType> = {
  EChannel: 'eService',
  WebPage: 'webPage',
  Phone: 'phone',
  PrintableForm: 'printableForm',
  ServiceLocation: 'serviceLocation',
};

function urlMap(items: ReadonlyArray<{ url?: string | null; language?: string | null }>): LangMap {
  return langMap(items.map((w) => ({ language: w.language, value: w.url })));
}

/** v11 ServiceChannel (any of the five flat types) → domain. */
export function mapV11Channel(wire: WireServiceChannel, listed?: PtvPublishingStatus): PtvChannel {
  const phones: PtvPhone[] = [];
  const emails: PtvChannel['emails'] = [];
  const addresses: PtvAddress[] = [];
  let urls = urlMap(wire.webPages);
  const pushEmails = (items: ReadonlyArray<{ language?: string | null; value?: string | null }>) => {
    for (const e of items)
      if (e.value?.trim()) emails.push({ language: e.language ?? null, value: e.value.trim() });
  };
  switch (wire.serviceChannelType) {
    case 'Phone':
      wire.phoneNumbers.forEach((p) => phones.push(...[phone(p)].filter((x): x is PtvPhone => x !== null)));
      pushEmails(wire.supportEmails);
      break;
    case 'ServiceLocation':
      wire.phoneNumbers.forEach((p) => phones.push(...[phone(p)].filter((x): x is PtvPhone => x !== null)));
      pushEmails(wire.emails);
      pushEmails(wire.supportEmails);
      wire.addresses.forEach((a) => {
        const mapped = address(a);
        if (mapped) addresses.push(mapped);
      });
      break;
    case 'PrintableForm':
      urls = { ...langMap(wire.channelUrls.map((u) => ({ language: u.language, value: u.value }))), ...urls };
      pushEmails(wire.supportEmails);
      break;
    case 'EChannel':
    case 'WebPage':
      pushEmails(wire.supportEmails);
      break;
  }
  return {
    id: wire.id.toLowerCase(),
    type: CHANNEL_TYPES[wire.serviceChannelType],
    status: statusOf(wire.publishingStatus, listed),
    modified: parsePtvTimestamp(wire.modified),
    organizationId: wire.organizationId?.toLowerCase() ?? null,
    names: langMap(wire.serviceChannelNames, 'Name'),
    summary: langMap(wire.serviceChannelDescriptions, 'Summary'),
    description: langMap(wire.serviceChannelDescriptions, 'Description'),
    urls,
    phones,
    emails,
    addresses,
    serviceHours: wire.serviceHours.map(serviceHour),
    serviceIds: wire.services.flatMap((s) => (s.service ? [s.service.id.toLowerCase()] : [])),
  };
}

/** v11 Organization → domain. */
export function mapV11Organization(wire: WireOrganization, listed?: PtvPublishingStatus): PtvOrganization {
  return {
    id: wire.id.toLowerCase(),
    status: statusOf(wire.publishingStatus, listed),
    modified: parsePtvTimestamp(wire.modified),
    parentId: wire.parentOrganizationId?.toLowerCase() ?? null,
    businessCode: wire.businessCode ?? null,
    names: langMap(wire.organizationNames, 'Name'),
    subOrganizationIds: wire.subOrganizations.map((s) => s.id.toLowerCase()),
  };
}

export type { WireLocalizedItem };
