import { LOCALES, type Locale } from '../locale.js';

/** Who may see an index: citizens (`public`) or agents (`agent`). */
export const SEARCH_AUDIENCES = ['public', 'agent'] as const;
export type SearchAudience = (typeof SEARCH_AUDIENCES)[number];

/** Name of a search index, e.g. `public-fi`, `agent-sv`. */
export type IndexName = `${SearchAudience}-${Locale}`;

/** The index for an audience and locale. */
export function indexName(audience: SearchAudience, locale: Locale): IndexName {
  return `${audience}-${locale}`;
}

/** Every index: `public-fi`, `public-sv`, `public-en`, `agent-fi`, `agent-sv`, `agent-en`. */
export const ALL_INDEXES: readonly IndexName[] = SEARCH_AUDIENCES.flatMap((audience) =>
  LOCALES.map((locale) => indexName(audience, locale)),
);

/** Parses an index name back to audience and locale; `undefined` for foreign names. */
export function parseIndexName(name: string): { audience: SearchAudience; locale: Locale } | undefined {
  const [audience, locale, ...rest] = name.split('-');
  if (rest.length > 0) return undefined;
  if (!SEARCH_AUDIENCES.includes(audience as SearchAudience) || !LOCALES.includes(locale as Locale))
    return undefined;
  return { audience: audience as SearchAudience, locale: locale as Locale };
}

/** Index patterns the search-only key may read. */
export const SEARCH_KEY_INDEX_PATTERNS = ['public-*', 'agent-*'] as const;

/**
 * Actions of the search-only key: `search`, and `tasks.get` so that the api can follow which batch Meilisearch
 * finished last in these indexes (the invalidation of its search-result cache). Both are read-only; the key still
 * cannot write documents, settings or keys.
 */
export const SEARCH_KEY_ACTIONS = ['search', 'tasks.get'] as const;

/**
 * Fixed uid of the search-only Meilisearch key. Meilisearch derives the key value as
 * HMAC-SHA256(masterKey, uid) (hex), so scripts can compute the value for the api.
 */
export const SEARCH_KEY_UID = '6d1f3c7e-2b4a-4f8e-9c5d-0a7b8e9f1c2d';

/** Primary key of every index. */
export const SEARCH_PRIMARY_KEY = 'id';
