import type { Index, Settings } from 'meilisearch';
import {
  AUDIENCES,
  LOCALES,
  searchIndexName,
  searchIndexSettings,
  type Audience,
  type Locale,
} from './content.js';
import { settle, upstream } from './meili.js';

/** One live search index: its name, audience and locale. */
export interface SearchIndexRef {
  readonly name: string;
  readonly audience: Audience;
  readonly locale: Locale;
}

/** The six live search indexes (`public-fi` … `agent-en`). */
export const SEARCH_INDEXES: readonly SearchIndexRef[] = AUDIENCES.flatMap((audience) =>
  LOCALES.map((locale) => ({ name: searchIndexName(audience, locale), audience, locale })),
);

/**
 * Settings the indexer applies to an index: the settings from content-models, without `synonyms` (those come from
 * the cms's SearchSynonym entries and are managed by rebuild and sync, so re-applying code settings never wipes them).
 */
export function codeSettings(ref: SearchIndexRef): Settings {
  const settings = searchIndexSettings(ref.audience, ref.locale);
  delete settings.synonyms;
  return settings;
}

// Meilisearch stores these as sets and may return them in another order than given.
const UNORDERED = new Set([
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
  'separatorTokens',
  'nonSeparatorTokens',
  'dictionary',
  'disableOnAttributes',
  'disableOnWords',
]);

/**
 * True when every setting in `desired` already has that value in `current` (keys of `current` not in `desired`
 * are ignored, so Meilisearch's filled-in defaults do not count as drift).
 */
export function settingsMatch(desired: unknown, current: unknown, key = ''): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    if (UNORDERED.has(key)) {
      const norm = (a: unknown[]) => a.map((v) => JSON.stringify(v)).sort();
      return norm(desired).join('\n') === norm(current).join('\n');
    }
    return desired.every((value, i) => settingsMatch(value, current[i], key));
  }
  if (typeof desired === 'object' && desired !== null) {
    if (typeof current !== 'object' || current === null) return false;
    const cur = current as Record<string, unknown>;
    return Object.entries(desired).every(([k, v]) => v === undefined || settingsMatch(v, cur[k], k));
  }
  return Object.is(desired, current);
}

/**
 * Applies `desired` to the index unless it already matches, and waits for the task.
 *
 * @returns true when a settings update was needed
 */
export async function applySettings(index: Index, desired: Settings): Promise<boolean> {
  let current: Settings;
  try {
    current = await index.getSettings();
  } catch (error) {
    throw upstream(`read settings of ${index.uid}`, error);
  }
  if (settingsMatch(desired, current)) return false;
  await settle(index.updateSettings(desired), `settings of ${index.uid}`);
  return true;
}
