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
  /**
   * What makes entries "the same service" in different regions (see {@link searchGroupKey}): search answers show one
   * hit per group (filterable, the `distinct` attribute of a search).
   */
  groupKey: z.string().min(1),
  /**
   * 0 for a region-less service entry without any contact channel (no phone, web page, service location or e-service):
   * it cannot route a caller anywhere. 1 for everything else. A ranking rule right after `words` ranks such entries
   * below every document that matches as many query words, so a bare national entry never outranks regional entries
   * that have channels (it still shows when it is the only match).
   */
  routable: z.union([z.literal(0), z.literal(1)]),
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

/**
 * The group of "the same service" in several regions. Counties keep their own entry per service, and the local
 * catalogue names an entry's slug `<region code>-<service>` (the sample content: `kymenlaakso-suun-terveydenhuolto`,
 * `pohjanmaa-suun-terveydenhuolto`, `etela-karjala-suun-terveydenhuolto`). So: an entry for exactly one region whose
 * slug starts with that region's code and a dash belongs to the group `<type>:<rest of the slug>`; any other entry
 * (national, several regions, a PTV entry `ptv-<id>`, another slug) is a group of its own, `<type>:<slug>` (slugs
 * are unique per type). Names are not compared: counties word their entries differently
 * (`Suun terveydenhuolto, ajanvaraus` / `Suun terveydenhuolto`).
 */
export function searchGroupKey(type: SearchDocType, slug: string, region: readonly string[]): string {
  const only = region.length === 1 ? region[0] : undefined;
  const prefix = only ? `${only}-` : undefined;
  const rest =
    prefix && slug.startsWith(prefix) && slug.length > prefix.length ? slug.slice(prefix.length) : slug;
  return `${type}:${rest}`;
}

/**
 * Version of the {@link SearchDoc} shape. Raise it when documents gain fields that documents indexed before lack
 * (v2: `groupKey`, `routable`): the indexer rebuilds indexes built with another shape.
 */
export const SEARCH_DOC_SHAPE = 2;

/** Primary key of a search document. */
export function searchDocId(type: SearchDocType, documentId: string): string {
  return `${type}-${documentId}`;
}
