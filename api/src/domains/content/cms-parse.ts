/**
 * Lenient readers of Strapi 5 REST answers (flattened documents), shared by the content reads: optional text may be
 * null or blank, list items that do not parse are left out, and an answer of the wrong shape is an internal error.
 */
import { z } from 'zod';
import { DomainError, LOCALES } from '../../models.js';

/** Optional text: `null` for missing or blank. */
export const text = z
  .string()
  .nullish()
  .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v));
/** A list of non-blank strings (anything else in the list is left out). */
export const strings = z
  .array(z.unknown())
  .nullish()
  .transform((v) => (v ?? []).filter((s): s is string => typeof s === 'string' && s.trim() !== ''));
/** A list whose items that do not match `item` are left out. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown())
    .nullish()
    .transform((v) =>
      (v ?? []).flatMap((raw) => {
        const r = item.safeParse(raw);
        return r.success ? [r.data as z.output<T>] : [];
      }),
    );
export const locale = z.enum(LOCALES);
/** A finite number (Strapi sends decimals as strings), else `null`. */
export const num = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined || v === '') return null;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : null;
  });

/** A REST collection answer: its items and page count. */
export const ListSchema = <T extends z.ZodType>(item: T) =>
  z
    .object({
      data: z.array(z.unknown()),
      meta: z
        .object({ pagination: z.object({ page: z.number(), pageCount: z.number() }).partial().optional() })
        .partial()
        .optional(),
    })
    .transform((v) => ({
      items: v.data.map((raw) => item.parse(raw) as z.output<T>),
      pageCount: v.meta?.pagination?.pageCount ?? 1,
    }));

/** A Strapi documentId as the api accepts it from a client. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Parses a CMS answer; a mismatch is a bug between two of our packages (an internal error), not a user error. */
export function parseCms<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new Error(
      `CMS answer for ${what} does not match the expected shape: ${z.prettifyError(result.error)}`,
    );
  }
  return result.data;
}

/** Throws VALIDATION_FAILED (field `id`) unless `id` looks like a CMS documentId. */
export function assertDocumentId(id: string): void {
  if (!DOCUMENT_ID.test(id)) {
    throw new DomainError('VALIDATION_FAILED', 'id must be a CMS documentId (letters and digits)', {
      details: { field: 'id' },
    });
  }
}
