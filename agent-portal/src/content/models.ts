/**
 * The portal's view of shared domain constants.
 *
 * Types come from `@neuvo/content-models` (type-only imports, so nothing of it is bundled). The two small
 * runtime lists are repeated here on purpose: importing them at runtime would pull every zod schema of
 * content-models into the browser bundle (the package is not marked side-effect free). `satisfies` keeps them
 * type-checked against content-models, and `models.test.ts` fails if they drift.
 */
import type { Locale as ModelLocale, SearchDocType } from '@neuvo/content-models';

export type Locale = ModelLocale;
export const LOCALES = ['fi', 'sv', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'fi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Kinds of search hits (GraphQL `enum ContentType`, content-models `SearchDocType`). */
export type ContentType = SearchDocType;
export const CONTENT_TYPES = [
  'service',
  'instruction',
  'protocol',
  'guide',
] as const satisfies readonly ContentType[];
