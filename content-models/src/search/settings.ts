import type { Locale } from '../locale.js';
import type { SearchDoc } from './search-doc.js';

type Attribute = keyof SearchDoc;

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
  readonly localizedAttributes?: ReadonlyArray<{
    readonly attributePatterns: readonly string[];
    readonly locales: readonly string[];
  }>;
}

/**
 * Settings of every index. Searchable attribute order (title, keywords, summary, body, phones) is
 * the `attribute` ranking rule's order, so title and keyword hits rank above body hits.
 */
export const SEARCH_INDEX_SETTINGS = {
  searchableAttributes: ['title', 'keywords', 'summary', 'body', 'phones'],
  filterableAttributes: ['type', 'region', 'audience', 'serviceClasses', 'targetGroups'],
  sortableAttributes: ['updatedAt'],
  displayedAttributes: ['*'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // A typo in a phone number is a different number.
    disableOnAttributes: ['phones'],
  },
} as const satisfies SearchIndexSettings;

/** ISO 639-3 codes Meilisearch uses for our locales. */
export const MEILI_LOCALES: Readonly<Record<Locale, string>> = { fi: 'fin', sv: 'swe', en: 'eng' };

/** Settings of the indexes of one locale: the shared settings plus the language of the text. */
export function searchIndexSettings(locale: Locale): SearchIndexSettings {
  return {
    ...SEARCH_INDEX_SETTINGS,
    localizedAttributes: [
      { attributePatterns: ['title', 'keywords', 'summary', 'body'], locales: [MEILI_LOCALES[locale]] },
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
