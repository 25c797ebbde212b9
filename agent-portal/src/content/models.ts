/**
 * The portal's view of shared domain constants.
 *
 * The locales come from content-models' zod-free subpath `@neuvo/content-models/locales`, so the bundle gets the
 * list and nothing else of the package. Types come from the package root (type-only imports, nothing bundled).
 * The list of content types is repeated here because content-models offers it only beside its zod schemas;
 * `satisfies` keeps it type-checked against content-models, and `models.test.ts` fails if it drifts.
 */
import type { SearchDocType } from '@neuvo/content-models';

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@neuvo/content-models/locales';

/** Kinds of search hits (GraphQL `enum ContentType`, content-models `SearchDocType`). */
export type ContentType = SearchDocType;
export const CONTENT_TYPES = [
  'service',
  'instruction',
  'protocol',
  'guide',
] as const satisfies readonly ContentType[];
