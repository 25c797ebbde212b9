import { z } from 'zod';

/** Lower-case code: letters, digits and hyphens (`^[a-z0-9-]+$`). */
export const CODE_PATTERN = /^[a-z0-9-]+$/;

/** Kebab-case slug (`^[a-z0-9]+(?:-[a-z0-9]+)*$`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Identifier inside json content (question, option, node ids): letters, digits, `_`, `-`. */
export const LOCAL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** zod schema of an identifier inside json content. */
export const LocalIdSchema = z.string().regex(LOCAL_ID_PATTERN, 'ids use letters, digits, _ and -');

/** A list of non-empty strings (keywords, classes, groups). */
export const StringListSchema = z.array(z.string().trim().min(1));

/** Finnish municipality code: three digits. */
export const MunicipalityCodeSchema = z.string().regex(/^\d{3}$/, 'municipality codes have 3 digits');

/** A cited source. */
export const SourceSchema = z.object({ title: z.string().min(1), url: z.url() });

/** `{ title, url }`. */
export type Source = z.infer<typeof SourceSchema>;

/** Time of day `HH:MM` (24 h). */
export const TimeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM');
