/**
 * The PTV domain model our sync works with, independent of the API version. The v11 adapter maps the v11
 * wire format into it; a v12 adapter (`languageVersions.{lang}.{field}`, `contentId`, bare classification
 * codes) will map into the same shapes. Text is kept as per-language maps.
 */

/** Languages PTV content can have (Sámi only appears in address parts). */
export const PTV_LANGUAGES = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const;
export type PtvLanguage = (typeof PTV_LANGUAGES)[number];
/** Text per language; a missing key means no translation. */
export type LangMap = Partial<Record<PtvLanguage, string>>;
/** A list of strings per language (keywords, classification names). */
export type LangListMap = Partial<Record<PtvLanguage, string[]>>;

/** Publishing status, as PTV's id listings are split (Published / Archived / Withdrawn). */
export type PtvPublishingStatus = 'published' | 'archived' | 'withdrawn';
export type PtvEntityKind = 'service' | 'channel' | 'organization';

/** A classification (service class, target group): code plus names. */
export interface PtvClassification {
  code: string | null;
  names: LangMap;
}

export interface PtvService {
  id: string;
  status: PtvPublishingStatus;
  /** Last modification, UTC. */
  modified: Date;
  type: string | null;
  names: LangMap;
  alternativeNames: LangMap;
  summary: LangMap;
  description: LangMap;
  userInstruction: LangMap;
  languages: string[];
  serviceClasses: PtvClassification[];
  targetGroups: PtvClassification[];
  keywords: LangListMap;
  areaType: string | null;
  /** Municipality codes the service is limited to (empty for nationwide). */
  municipalityCodes: string[];
  /** Organisations and their roles; `responsibleOrganizationId` is the first `Responsible` one. */
  organizations: Array<{ id: string; name: string | null; role: string | null }>;
  responsibleOrganizationId: string | null;
  /** Connected channel ids, in PTV order. */
  channelIds: string[];
}

export type PtvChannelType = 'eService' | 'webPage' | 'phone' | 'printableForm' | 'serviceLocation';

export interface PtvPhone {
  type: 'phone' | 'sms' | 'fax';
  language: string | null;
  prefixNumber: string | null;
  number: string;
  isFinnishServiceNumber: boolean;
  chargeType: 'free' | 'charged' | 'other' | null;
  chargeDescription: string | null;
  additionalInformation: string | null;
}

export interface PtvAddress {
  type: string | null;
  street: LangMap;
  streetNumber: string | null;
  postalCode: string | null;
  postOffice: LangMap;
  municipalityCode: string | null;
  /** WGS84, converted from EPSG:3067; null when PTV has no usable coordinates. */
  latitude: number | null;
  longitude: number | null;
}

export interface PtvServiceHour {
  type: string | null;
  validFrom: string | null;
  validTo: string | null;
  isClosed: boolean;
  isAlwaysOpen: boolean;
  isReservation: boolean;
  additionalInformation: LangMap;
  openingHours: Array<{
    dayFrom: string | null;
    dayTo: string | null;
    from: string | null;
    to: string | null;
  }>;
}

export interface PtvChannel {
  id: string;
  type: PtvChannelType;
  status: PtvPublishingStatus;
  modified: Date;
  organizationId: string | null;
  names: LangMap;
  summary: LangMap;
  description: LangMap;
  /** Web address per language (e-service URL, web page URL, form URL). */
  urls: LangMap;
  phones: PtvPhone[];
  emails: Array<{ language: string | null; value: string }>;
  addresses: PtvAddress[];
  serviceHours: PtvServiceHour[];
  serviceIds: string[];
}

export interface PtvOrganization {
  id: string;
  status: PtvPublishingStatus;
  modified: Date;
  parentId: string | null;
  businessCode: string | null;
  names: LangMap;
  subOrganizationIds: string[];
}

export type PtvEntity<K extends PtvEntityKind> = K extends 'service'
  ? PtvService
  : K extends 'channel'
    ? PtvChannel
    : PtvOrganization;
