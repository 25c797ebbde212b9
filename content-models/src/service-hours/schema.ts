import { z } from 'zod';
import { TimeOfDaySchema } from '../shared-schemas.js';

/** A calendar date `YYYY-MM-DD` (Europe/Helsinki). */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'date must be YYYY-MM-DD');

/**
 * One opening period of a day, `HH:MM` Europe/Helsinki. A `closes` at or before `opens` runs past midnight into the
 * next day (`22:00`–`06:00`, `08:00`–`00:00`); `opens` equal to `closes` is the whole day.
 */
export const ServiceSlotSchema = z.strictObject({ opens: TimeOfDaySchema, closes: TimeOfDaySchema });

/**
 * Weekly hours: ISO weekdays (1 = Monday … 7 = Sunday). Without `validFrom`/`validTo` the rule holds until further
 * notice; a rule with a date range (summer hours) replaces those open-ended rules on the dates it covers.
 */
export const WeeklyServiceHoursSchema = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    opens: TimeOfDaySchema,
    closes: TimeOfDaySchema,
    validFrom: CalendarDateSchema.nullable().default(null),
    validTo: CalendarDateSchema.nullable().default(null),
  })
  .refine((rule) => !rule.validFrom || !rule.validTo || rule.validFrom <= rule.validTo, {
    message: 'validFrom must not be after validTo',
  });

/** Exceptional hours (holidays, closures) from `from` to `to` inclusive: closed, or open only in `slots`. */
export const ServiceHoursExceptionSchema = z
  .strictObject({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    closed: z.boolean(),
    slots: z.array(ServiceSlotSchema).max(10).default([]),
  })
  .refine((exception) => exception.from <= exception.to, { message: 'from must not be after to' })
  .refine((exception) => !exception.closed || exception.slots.length === 0, {
    message: 'a closed exception has no slots',
  });

/**
 * Structured service hours of a phone channel or service location, carried from PTV's service hours. Evaluated by
 * `isOpenAt` / `nextOpening` (`@neuvo/content-models/service-hours`) in Europe/Helsinki time.
 */
export const ServiceHoursSchema = z.strictObject({
  alwaysOpen: z.boolean().default(false),
  weekly: z.array(WeeklyServiceHoursSchema).max(50).default([]),
  exceptions: z.array(ServiceHoursExceptionSchema).max(100).default([]),
});

/** Structured service hours (see {@link ServiceHoursSchema}). */
export type ServiceHours = z.infer<typeof ServiceHoursSchema>;
/** One weekly rule. */
export type WeeklyServiceHours = z.infer<typeof WeeklyServiceHoursSchema>;
/** One exception. */
export type ServiceHoursException = z.infer<typeof ServiceHoursExceptionSchema>;
