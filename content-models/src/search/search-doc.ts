import { z } from 'zod';
import { LocaleSchema } from '../locale.js';
import { SEARCH_AUDIENCES } from './index-names.js';

/** Kinds of searchable documents. */
export const SEARCH_DOC_TYPES = ['service', 'instruction', 'protocol', 'guide'] as const;
export type SearchDocType = (typeof SEARCH_DOC_TYPES)[number];

/** A document in a Meilisearch index. `id` = `<type>-<documentId>`. */
export const SearchDocSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  type: z.enum(SEARCH_DOC_TYPES),
  locale: LocaleSchema,
  title: z.string(),
  summary: z.string(),
  /** Plain text (Markdown stripped). */
  body: z.string(),
  keywords: z.array(z.string()),
  /** Region codes; empty = not tied to a region. */
  region: z.array(z.string()),
  serviceClasses: z.array(z.string()),
  targetGroups: z.array(z.string()),
  audience: z.enum(SEARCH_AUDIENCES),
  /** Slug (services, instructions, guides) or protocol code. */
  slug: z.string(),
  phones: z.array(z.string()),
  url: z.string().optional(),
  /** ISO 8601 UTC (`toISOString()`), so string order is time order. */
  updatedAt: z.string(),
  /**
   * Instructions and guides: documentIds of the related services whose names the doc embeds (in `keywords`). The
   * indexer finds these docs by it when a service changes, also after the link was removed (filterable).
   */
  relatedServiceIds: z.array(z.string()).optional(),
});
export type SearchDoc = z.infer<typeof SearchDocSchema>;

/** The fields of a {@link SearchDoc}, in schema order. */
export const SEARCH_DOC_FIELDS = SearchDocSchema.keyof().options;

/**
 * Hidden analysed fields of an indexed document, written by the indexer (`@neuvo/analysis`, which needs Node and
 * Voikko, so they are not produced here): `titleTerms` holds the lemmas, compound parts and stems of the title and
 * keywords, `textTerms` those of the summary and body. Searchable, never displayed.
 */
export const SEARCH_ANALYSED_FIELDS = ['titleTerms', 'textTerms'] as const;

/** A {@link SearchDoc} as stored in an index: with its {@link SEARCH_ANALYSED_FIELDS}. */
export type IndexedSearchDoc = SearchDoc & Record<(typeof SEARCH_ANALYSED_FIELDS)[number], string>;

/** Primary key of a search document. */
export function searchDocId(type: SearchDocType, documentId: string): string {
  return `${type}-${documentId}`;
}
