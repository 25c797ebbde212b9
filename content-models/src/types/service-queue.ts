import { z } from 'zod';
import { boolean, defineContentType, enumeration, json, manyToOne, string } from '../dsl/index.js';
import { CODE_PATTERN, TimeOfDaySchema } from '../shared-schemas.js';

/** Professional groups that serve a queue. */
export const PROFESSIONAL_GROUPS = [
  'nurse',
  'doctor',
  'social_counsellor',
  'mental_health',
  'substance_use',
  'oral_health',
  'maternity_child',
  'customer_service',
] as const;
export type ProfessionalGroup = (typeof PROFESSIONAL_GROUPS)[number];

/** Contact channels a queue serves. */
export const QUEUE_CHANNELS = ['chat', 'video'] as const;
export type QueueChannel = (typeof QUEUE_CHANNELS)[number];

/** Opening hours: ISO weekdays (1 = Monday) and `HH:MM` times, Europe/Helsinki. */
export const OpeningHoursSchema = z.array(
  z
    .strictObject({
      days: z.array(z.number().int().min(1).max(7)).min(1),
      opens: TimeOfDaySchema,
      closes: TimeOfDaySchema,
    })
    .refine((slot) => slot.opens < slot.closes, 'opens must be before closes'),
);
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

/** A chat/video queue served by one professional group. */
export const serviceQueue = defineContentType({
  singularName: 'service-queue',
  pluralName: 'service-queues',
  displayName: 'Service queue',
  description: 'A chat/video queue served by one professional group, with opening hours',
  localized: true,
  fields: {
    code: string({ pattern: CODE_PATTERN }).required().unique(),
    name: string().required().localized(),
    region: manyToOne('api::region.region'),
    professionalGroup: enumeration(PROFESSIONAL_GROUPS),
    channels: json(z.array(z.enum(QUEUE_CHANNELS))),
    openingHours: json(OpeningHoursSchema),
    strongIdentificationRequired: boolean().default(false),
  },
});

/** A service queue document (REST shape). */
export type ServiceQueue = z.infer<typeof serviceQueue.schema>;
/** Writable service queue data. */
export type ServiceQueueData = z.input<typeof serviceQueue.dataSchema>;
