import type { Locale } from '../locale.js';
import { SEARCH_DOC_FIELDS, type IndexedSearchDoc } from './search-doc.js';

type Attribute = keyof IndexedSearchDoc;

/** Index settings shared by every index (Meilisearch `updateSettings` body). */
export interface SearchIndexSettings {
  readonly searchableAttributes: readonly Attribute[];
  readonly filterableAttributes: readonly Attribute[];
  readonly sortableAttributes: readonly Attribute[];
  readonly displayedAttributes: readonly string[];
  readonly rankingRules: readonly string[];
  readonly typoTolerance: {
    readonly enabled: boolean;
    readonly minWordSizeForTypos: { readonly oneTypo: number; readonly twoTypos: number };
    readonly disableOnAttributes: readonly Attribute[];
  };
  readonly faceting: {
    readonly maxValuesPerFacet: number;
    readonly sortFacetValuesBy: Readonly<Record<string, 'count' | 'alpha'>>;
  };
  readonly proximityPrecision: 'byWord' | 'byAttribute';
  readonly facetSearch: boolean;
  readonly localizedAttributes?: ReadonlyArray<{
    readonly attributePatterns: readonly string[];
    readonly locales: readonly string[];
  }>;
}

/** Searchable fields as written (without the hidden analysed ones): what Meilisearch alone would search. */
export const SEARCH_TEXT_ATTRIBUTES = [
  'title',
  'keywords',
  'summary',
  'body',
  'phones',
] as const satisfies readonly Attribute[];

/** Fields searched for as-you-type suggestions: titles and keywords, as written and analysed. */
export const SEARCH_SUGGEST_ATTRIBUTES = [
  'title',
  'keywords',
  'titleTerms',
] as const satisfies readonly Attribute[];

/** Filterable fields whose value counts a search returns as facets. */
export const SEARCH_FACET_ATTRIBUTES = [
  'type',
  'region',
  'serviceClasses',
  'targetGroups',
] as const satisfies readonly Attribute[];

/**
 * Settings of every index.
 *
 * Searchable attribute order is the `attribute` ranking rule's order: title, keywords, then the analysed forms of
 * title and keywords (`titleTerms`), then summary, body and their analysed forms (`textTerms`), then phone numbers.
 * So a title or keyword hit ranks above a body hit, and among equals a word as written ranks above its lemma or stem.
 * The analysed fields are searchable but not displayed (`displayedAttributes` lists the {@link SearchDoc} fields
 * only), so they never reach a client.
 */
export const SEARCH_INDEX_SETTINGS = {
  searchableAttributes: ['title', 'keywords', 'titleTerms', 'summary', 'body', 'textTerms', 'phones'],
  // relatedServiceIds: for the indexer (which docs embed a service's name), not a search filter for clients.
  // groupKey: the api's `distinct` attribute (one hit per service across regions); distinct needs it filterable.
  // routable: the api searches the entries that cannot route a caller in a query of their own, ranked last.
  // id: the api reads the entries it shows on a page by id (with highlights).
  filterableAttributes: [
    'id',
    'type',
    'region',
    'audience',
    'serviceClasses',
    'targetGroups',
    'relatedServiceIds',
    'groupKey',
    'routable',
  ],
  sortableAttributes: ['updatedAt'],
  displayedAttributes: SEARCH_DOC_FIELDS,
  // `attribute` right after `words`: among documents matching as many query words, a title or keyword match wins over
  // typo-free or closer matches in the body. Expanded queries (lemmas, parts, stems) match some body text of most
  // documents, so proximity and typo counts there say little; where a word matched says a lot.
  // `routable:desc` right after `words`: a region-less service entry without contact channels (routable 0) never
  // outranks a document that matches as many query words, e.g. the regional entries with phones for the same need.
  rankingRules: ['words', 'routable:desc', 'attribute', 'typo', 'proximity', 'sort', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // A typo in a phone number is a different number.
    disableOnAttributes: ['phones'],
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  // Proximity counted per attribute (same field or not) instead of per word distance: Meilisearch then keeps no
  // word-pair distance database, the costliest part of indexing. Measured in the search benchmark's rebuild (3,000
  // guides, otherwise the same code): Meilisearch indexing 6.8 s instead of 13.0 s; a one-document write into 20,000
  // documents 29/45 ms p50/p95 instead of 275/316 ms. `proximity` ranks after `words` and `attribute`, and expanded
  // queries put a word's forms next to each other anyway, so word distance said little: recall@5 of the relevance set
  // is unchanged. Search time per uncached search was the same on a quiet machine (3.72 vs 3.70 ms), 14–16 % higher in
  // measurements on a loaded one.
  proximityPrecision: 'byAttribute',
  // Nobody searches within facet values (the api only counts them): no facet-search index to build.
  facetSearch: false,
} as const satisfies SearchIndexSettings;

/** ISO 639-3 codes Meilisearch uses for our locales. */
export const MEILI_LOCALES: Readonly<Record<Locale, string>> = { fi: 'fin', sv: 'swe', en: 'eng' };

/** Settings of the indexes of one locale: the shared settings plus the language of the text. */
export function searchIndexSettings(locale: Locale): SearchIndexSettings {
  return {
    ...SEARCH_INDEX_SETTINGS,
    localizedAttributes: [
      {
        attributePatterns: ['title', 'keywords', 'titleTerms', 'summary', 'body', 'textTerms'],
        locales: [MEILI_LOCALES[locale]],
      },
    ],
  };
}

/**
 * Meilisearch synonyms from synonym groups: every term maps to the others (lower-cased, trimmed,
 * duplicates removed).
 */
export function toMeiliSynonyms(groups: ReadonlyArray<readonly string[]>): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  const result: Record<string, string[]> = {};
  for (const [term, others] of [...synonyms].sort(([a], [b]) => a.localeCompare(b))) {
    if (others.size > 0) result[term] = [...others].sort();
  }
  return result;
}
