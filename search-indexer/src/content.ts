/**
 * The one place where the indexer meets `@neuvo/content-models`: locales, index names and settings, the indexed
 * content types with their populate specs, the REST-document parsers and the search-document mappers.
 */
import {
  ConfigError,
  DomainError,
  LOCALES,
  OUTBOX_EVENTS_PATH,
  OUTBOX_MAX_LIMIT,
  OUTBOX_MAX_WAIT_MS,
  SEARCH_AUDIENCES,
  SEARCH_DOC_SHAPE,
  SEARCH_DOC_TYPES,
  SEARCH_KEY_ACTIONS,
  SEARCH_KEY_INDEX_PATTERNS,
  SEARCH_KEY_UID,
  SEARCH_PRIMARY_KEY,
  SEARCH_SOURCES,
  indexName,
  parseSearchSource,
  searchDocId,
  searchIndexSettings as modelIndexSettings,
  searchSynonym,
  toMeiliSynonyms,
  toSearchDocs as modelToSearchDocs,
  type IndexedSearchDoc,
  type Locale,
  type OutboxEvent,
  type OutboxEventsResponse,
  type SearchAudience,
  type SearchDoc,
  type SearchDocPair,
  type SearchDocType,
  type StrapiPopulate,
} from '@neuvo/content-models';
import type { Settings } from 'meilisearch';

export {
  ConfigError,
  DomainError,
  LOCALES,
  OUTBOX_EVENTS_PATH,
  OUTBOX_MAX_LIMIT,
  OUTBOX_MAX_WAIT_MS,
  SEARCH_DOC_SHAPE,
  SEARCH_KEY_ACTIONS,
  SEARCH_KEY_INDEX_PATTERNS,
  SEARCH_KEY_UID,
  SEARCH_PRIMARY_KEY,
  searchDocId,
  type IndexedSearchDoc,
  type Locale,
  type OutboxEvent,
  type OutboxEventsResponse,
  type SearchDoc,
  type SearchDocPair,
  type SearchDocType,
};

/** Who may see a search document. */
export type Audience = SearchAudience;
export const AUDIENCES = SEARCH_AUDIENCES;

/** A Strapi 5 REST document as returned by `/api/<plural>` (fields depend on the type and populate). */
export type StrapiEntry = { documentId: string } & Record<string, unknown>;

/** How to read a content type over Strapi REST. */
export interface RestType {
  readonly uid: string;
  readonly pluralName: string;
  readonly localized: boolean;
  readonly populate: StrapiPopulate;
}

/** A content type whose published documents become search documents. */
export interface IndexedType extends RestType {
  readonly type: SearchDocType;
}

/** The content types indexed as search documents, with the populate spec content-models asks for. */
export const INDEXED_TYPES: readonly IndexedType[] = SEARCH_DOC_TYPES.map((type) => {
  const source = SEARCH_SOURCES[type];
  return {
    type,
    uid: source.contentType.uid,
    pluralName: source.contentType.pluralName,
    localized: source.contentType.localized,
    populate: source.populate,
  };
});

/** The indexed type with this Strapi uid, if any (regions, queues, trees, synonyms are not indexed as documents). */
export function indexedTypeByUid(uid: string): IndexedType | undefined {
  return INDEXED_TYPES.find((t) => t.uid === uid);
}

/** Name of the live index of an audience and locale (`public-fi` …). */
export function searchIndexName(audience: Audience, locale: Locale): string {
  return indexName(audience, locale);
}

/** Meilisearch settings of the indexes of one locale (same for both audiences), as a mutable copy. */
export function searchIndexSettings(_audience: Audience, locale: Locale): Settings {
  return structuredClone(modelIndexSettings(locale)) as unknown as Settings;
}

/**
 * Maps one published Strapi REST entry to its search documents in `locale` (`public` only for citizen-safe
 * content). The entry is validated first.
 *
 * @throws DomainError `VALIDATION_FAILED` when the entry does not fit the content type
 */
export function toSearchDocs(type: SearchDocType, entry: StrapiEntry, locale: Locale): SearchDocPair {
  return modelToSearchDocs(type, parseSearchSource(type, entry), locale);
}

/** The SearchSynonym content type: one synonym group (`terms`) per entry and locale. Not indexed as documents. */
export const SYNONYM_TYPE: RestType = {
  uid: searchSynonym.uid,
  pluralName: searchSynonym.pluralName,
  localized: searchSynonym.localized,
  populate: {},
};

/**
 * Meilisearch `synonyms` setting from the published SearchSynonym entries of one locale. `analyse` extends each
 * group with the forms queries are searched by (see `analyseSynonymGroups` in `@neuvo/analysis`).
 */
export function toSynonyms(
  entries: readonly StrapiEntry[],
  analyse: (groups: string[][]) => string[][] = (groups) => groups,
): Record<string, string[]> {
  const groups = entries.map((e) =>
    Array.isArray(e.terms) ? e.terms.filter((t): t is string => typeof t === 'string') : [],
  );
  return toMeiliSynonyms(analyse(groups));
}
