/**
 * PTV Open API v11 wire format, hand-written zod schemas (the v11 swagger is wrong for channels: the server
 * returns flat channel objects discriminated by `serviceChannelType`, not the declared wrapper).
 *
 * The schemas are deliberately tolerant where PTV is sloppy — every list and most values may be `null`,
 * unknown keys are kept — and strict where our sync depends on a value: ids are UUIDs, `modified` is a
 * timestamp, the channel type is one of the five known types.
 * `test/ptv/fixtures/` holds real PTV records (with their origins) that `test/ptv/fixtures.test.ts` parses with these
 * schemas; PTV's own description of the API is its swagger document under the API's base URL.
 */
import { z } from 'zod';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** A PTV id (UUID). */
export const PtvIdSchema = z.string().regex(UUID, 'not a UUID');

/** `yyyy-MM-ddTHH:mm:ss[.ffffff][Z|±hh:mm]`; without a zone it is UTC (PTV server time). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
export const PtvTimestampSchema = z.string().regex(TIMESTAMP, 'not a PTV timestamp');

/** A list that PTV may send as `null` or leave out: both become `[]`. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);
const str = z.string().nullish();

/** `{ language, value, type }` (names, descriptions). */
export const LocalizedListItemSchema = z.looseObject({ language: str, value: str, type: str });
/** `{ language, value }` (keywords, emails, post offices, …). */
export const LanguageItemSchema = z.looseObject({ language: str, value: str });
export type WireLocalizedItem = z.infer<typeof LocalizedListItemSchema>;

const WebPageSchema = z.looseObject({ url: str, value: str, language: str });
const FintoItemSchema = z.looseObject({ name: list(LanguageItemSchema), code: str, uri: str, newUri: str });
const MunicipalitySchema = z.looseObject({ code: str, name: list(LanguageItemSchema) });
const AreaSchema = z.looseObject({
  type: str,
  code: str,
  name: list(LanguageItemSchema),
  municipalities: list(MunicipalitySchema),
});

/** Phone numbers (`V4VmOpenApiPhoneWithType`; support phones are the same without `type`). */
export const PhoneSchema = z.looseObject({
  type: str,
  additionalInformation: str,
  serviceChargeType: str,
  chargeDescription: str,
  prefixNumber: str,
  isFinnishServiceNumber: z.boolean().nullish(),
  number: str,
  language: str,
});
export type WirePhone = z.infer<typeof PhoneSchema>;

const OpeningHourSchema = z.looseObject({
  dayFrom: str,
  dayTo: str,
  from: str,
  to: str,
  isExtra: z.boolean().nullish(),
});
export const ServiceHourSchema = z.looseObject({
  serviceHourType: str,
  validFrom: str,
  validTo: str,
  isClosed: z.boolean().nullish(),
  validForNow: z.boolean().nullish(),
  isAlwaysOpen: z.boolean().nullish(),
  isReservation: z.boolean().nullish(),
  additionalInformation: list(LanguageItemSchema),
  openingHour: list(OpeningHourSchema),
});
export type WireServiceHour = z.infer<typeof ServiceHourSchema>;

/** Coordinates are EPSG:3067 northing (`latitude`) / easting (`longitude`) as strings. */
const coordinate = z.union([z.string(), z.number()]).nullish();
export const AddressSchema = z.looseObject({
  type: str,
  subType: str,
  country: str,
  streetAddress: z
    .looseObject({
      street: list(LanguageItemSchema),
      streetNumber: str,
      postalCode: str,
      postOffice: list(LanguageItemSchema),
      municipality: MunicipalitySchema.nullish(),
      additionalInformation: list(LanguageItemSchema),
      latitude: coordinate,
      longitude: coordinate,
      coordinateState: str,
    })
    .nullish(),
  postOfficeBoxAddress: z.unknown().nullish(),
  otherAddress: z.unknown().nullish(),
});
export type WireAddress = z.infer<typeof AddressSchema>;

const RefSchema = z.looseObject({ id: PtvIdSchema, name: str });

// --- Service (V11VmOpenApiService) ---------------------------------------------------------------

export const ServiceSchema = z.looseObject({
  id: PtvIdSchema,
  type: str,
  fundingType: str,
  serviceNames: list(LocalizedListItemSchema),
  serviceChargeType: str,
  areaType: str,
  areas: list(AreaSchema),
  serviceDescriptions: list(LocalizedListItemSchema),
  languages: list(z.string()),
  serviceClasses: list(FintoItemSchema),
  ontologyTerms: list(FintoItemSchema),
  targetGroups: list(FintoItemSchema),
  lifeEvents: list(FintoItemSchema),
  keywords: list(LanguageItemSchema),
  requirements: list(LanguageItemSchema),
  serviceChannels: list(
    z.looseObject({
      serviceChannel: RefSchema,
      serviceChargeType: str,
      description: list(LocalizedListItemSchema),
      serviceHours: list(ServiceHourSchema),
      contactDetails: z.unknown().nullish(),
      modified: PtvTimestampSchema.nullish(),
    }),
  ),
  organizations: list(
    z.looseObject({
      organization: RefSchema.nullish(),
      roleType: str,
      provisionType: str,
    }),
  ),
  publishingStatus: str,
  modified: PtvTimestampSchema,
});
export type WireService = z.infer<typeof ServiceSchema>;

// --- ServiceChannel (flat, 5 types) ----------------------------------------------------------------

const channelCommon = {
  id: PtvIdSchema,
  organizationId: PtvIdSchema.nullish(),
  serviceChannelNames: list(LocalizedListItemSchema),
  serviceChannelDescriptions: list(LocalizedListItemSchema),
  areaType: str,
  areas: list(AreaSchema),
  languages: list(z.string()),
  webPages: list(WebPageSchema),
  serviceHours: list(ServiceHourSchema),
  services: list(z.looseObject({ service: RefSchema.nullish() })),
  publishingStatus: str,
  modified: PtvTimestampSchema,
};
const supportContacts = {
  supportPhones: list(PhoneSchema),
  supportEmails: list(LanguageItemSchema),
};

export const EChannelSchema = z.looseObject({
  ...channelCommon,
  ...supportContacts,
  serviceChannelType: z.literal('EChannel'),
  requiresAuthentication: z.boolean().nullish(),
  requiresSignature: z.boolean().nullish(),
  attachments: list(z.looseObject({ name: str, url: str, language: str })),
});
export const WebPageChannelSchema = z.looseObject({
  ...channelCommon,
  ...supportContacts,
  serviceChannelType: z.literal('WebPage'),
});
export const PhoneChannelSchema = z.looseObject({
  ...channelCommon,
  serviceChannelType: z.literal('Phone'),
  phoneNumbers: list(PhoneSchema),
  supportEmails: list(LanguageItemSchema),
});
export const PrintableFormChannelSchema = z.looseObject({
  ...channelCommon,
  ...supportContacts,
  serviceChannelType: z.literal('PrintableForm'),
  formIdentifier: list(LanguageItemSchema),
  channelUrls: list(LocalizedListItemSchema),
  deliveryAddresses: list(z.unknown()),
});
export const ServiceLocationChannelSchema = z.looseObject({
  ...channelCommon,
  serviceChannelType: z.literal('ServiceLocation'),
  phoneNumbers: list(PhoneSchema),
  /** The real payload key (the swagger says `supportEmails`). */
  emails: list(LanguageItemSchema),
  supportEmails: list(LanguageItemSchema),
  addresses: list(AddressSchema),
});

export const ServiceChannelSchema = z.discriminatedUnion('serviceChannelType', [
  EChannelSchema,
  WebPageChannelSchema,
  PhoneChannelSchema,
  PrintableFormChannelSchema,
  ServiceLocationChannelSchema,
]);
export type WireServiceChannel = z.infer<typeof ServiceChannelSchema>;

// --- Organization (V10VmOpenApiOrganization) ---------------------------------------------------------

export const OrganizationSchema = z.looseObject({
  id: PtvIdSchema,
  parentOrganizationId: PtvIdSchema.nullish(),
  organizationType: str,
  businessCode: str,
  organizationNames: list(LocalizedListItemSchema),
  subOrganizations: list(RefSchema),
  publishingStatus: str,
  modified: PtvTimestampSchema,
});
export type WireOrganization = z.infer<typeof OrganizationSchema>;

// --- Paging envelopes ---------------------------------------------------------------------------------

/** `V3VmOpenApiGuidPage` / `V8VmOpenApiOrganizationGuidPage`; `itemList` may be null on an empty page. */
export const GuidPageSchema = z.looseObject({
  pageNumber: z.number().int(),
  pageSize: z.number().int().nullish(),
  pageCount: z.number().int(),
  itemList: list(z.looseObject({ id: z.string().nullish(), name: str, parentOrganizationId: str })),
});
export type WireGuidPage = z.infer<typeof GuidPageSchema>;

/** Pages of full items (`…/list/organization`): items are validated one by one by the caller. */
export const ItemPageSchema = z.looseObject({
  pageNumber: z.number().int(),
  pageSize: z.number().int().nullish(),
  pageCount: z.number().int(),
  itemList: list(z.unknown()),
});
