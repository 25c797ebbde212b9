import { defineComponent, enumeration, float, json, string, text } from '../dsl/index.js';
import { ServiceHoursSchema } from '../service-hours/schema.js';
import type { z } from 'zod';
import { TEXT_LIMITS } from '../limits.js';

/** PTV phone channel. */
export const phoneChannel = defineComponent({
  category: 'channels',
  name: 'phone-channel',
  displayName: 'Phone channel',
  description: 'A phone service channel (PTV): number, charge and service hours',
  fields: {
    name: string(),
    number: string().required(),
    prefixNumber: string(),
    chargeType: enumeration(['free', 'charged', 'other']),
    chargeInfo: text({ maxLength: TEXT_LIMITS.note }),
    serviceHours: text({ maxLength: TEXT_LIMITS.note }),
    /** PTV's service hours, structured, for "open now / opens at" (the text above is what is shown otherwise). */
    structuredHours: json(ServiceHoursSchema),
  },
});
/** One phone channel entry. */
export type PhoneChannel = z.infer<typeof phoneChannel.schema>;

/** PTV web page channel. */
export const webPage = defineComponent({
  category: 'channels',
  name: 'web-page',
  displayName: 'Web page',
  description: 'A web page about the service (PTV)',
  fields: {
    name: string(),
    url: string().required(),
  },
});
/** One web page entry. */
export type WebPage = z.infer<typeof webPage.schema>;

/** PTV service location (visiting address). */
export const serviceLocation = defineComponent({
  category: 'channels',
  name: 'service-location',
  displayName: 'Service location',
  description: 'A place where the service is given (PTV): address, WGS84 coordinates, opening hours',
  fields: {
    name: string().required(),
    street: string(),
    postalCode: string(),
    postOffice: string(),
    municipalityCode: string(),
    latitude: float({ min: -90, max: 90 }),
    longitude: float({ min: -180, max: 180 }),
    openingHours: text({ maxLength: TEXT_LIMITS.note }),
    /** PTV's service hours, structured, for "open now / opens at". */
    structuredHours: json(ServiceHoursSchema),
    phone: string(),
  },
});
/** One service location entry. */
export type ServiceLocation = z.infer<typeof serviceLocation.schema>;

/** PTV electronic service channel. */
export const eService = defineComponent({
  category: 'channels',
  name: 'e-service',
  displayName: 'E-service',
  description: 'An electronic service channel (PTV)',
  fields: {
    name: string().required(),
    url: string().required(),
  },
});
/** One e-service entry. */
export type EService = z.infer<typeof eService.schema>;

/** Agent-only internal phone number (solution bank; never public, never touched by PTV sync). */
export const internalPhone = defineComponent({
  category: 'channels',
  name: 'internal-phone',
  displayName: 'Internal phone',
  description: 'Agent-only phone number (solution bank); never shown to citizens',
  fields: {
    label: string().required(),
    number: string().required(),
    note: string(),
  },
});
/** One internal phone entry. */
export type InternalPhone = z.infer<typeof internalPhone.schema>;

/** All components, in generation order. */
export const COMPONENTS = [phoneChannel, webPage, serviceLocation, eService, internalPhone] as const;
