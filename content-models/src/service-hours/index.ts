/**
 * Structured service hours evaluated in Europe/Helsinki time: `isOpenAt`, `nextOpening`, `openStatus`. Browser-safe
 * and free of zod (`@neuvo/content-models/service-hours`); the zod schema is exported from the package root.
 */
export type { ServiceHours, ServiceHoursException, WeeklyServiceHours } from './schema.js';
export { isOpenAt, nextOpening, openStatus, NEXT_OPENING_HORIZON_DAYS, type OpenStatus } from './evaluate.js';
export { HELSINKI, helsinkiWallTime, helsinkiInstant, type HelsinkiWallTime } from './helsinki-time.js';
