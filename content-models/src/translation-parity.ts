/**
 * Translation parity of localised content: per document, whether each translation is missing, older than the
 * Finnish text, or current. Free of zod (`@neuvo/content-models/translation-parity`), so the CMS admin panel can
 * import it alone.
 *
 * "Older" compares when each locale's text was last saved: a Finnish edit saved after a translation marks that
 * translation outdated until an editor saves the translation again (after checking it against the Finnish text).
 */
import { DEFAULT_LOCALE, LOCALES } from './locales.js';

/** The locales translated from the Finnish text. */
export const TRANSLATED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** The state of one translation of a document. */
export type TranslationState = 'missing' | 'outdated' | 'current';

/** One locale's version of a document, as the CMS lists it. */
export interface LocaleVersion {
  readonly documentId: string;
  readonly locale: string;
  /** Shown in the list: the title or name in that locale. */
  readonly title: string;
  /** ISO 8601 time the locale's text was last saved. */
  readonly updatedAt: string;
}

/** A Finnish document and the state of each of its translations. */
export interface DocumentParity {
  readonly documentId: string;
  readonly title: string;
  readonly finnishUpdatedAt: string;
  readonly translations: Readonly<Record<TranslatedLocale, TranslationState>>;
}

/** The state of one translation against the Finnish version. */
export function translationState(
  finnishUpdatedAt: string,
  translation: LocaleVersion | undefined,
): TranslationState {
  if (!translation) return 'missing';
  return Date.parse(translation.updatedAt) < Date.parse(finnishUpdatedAt) ? 'outdated' : 'current';
}

/**
 * Every Finnish document with the state of its translations: the documents needing work first (missing or
 * outdated translations), then by title. Versions in other locales without a Finnish version are ignored (every
 * document exists in Finnish first).
 */
export function translationParity(versions: Iterable<LocaleVersion>): DocumentParity[] {
  const byDocument = new Map<string, Map<string, LocaleVersion>>();
  for (const version of versions) {
    const locales = byDocument.get(version.documentId) ?? new Map<string, LocaleVersion>();
    locales.set(version.locale, version);
    byDocument.set(version.documentId, locales);
  }
  const rows: DocumentParity[] = [];
  for (const [documentId, locales] of byDocument) {
    const finnish = locales.get(DEFAULT_LOCALE);
    if (!finnish) continue;
    const translations = Object.fromEntries(
      TRANSLATED_LOCALES.map((locale) => [locale, translationState(finnish.updatedAt, locales.get(locale))]),
    ) as Record<TranslatedLocale, TranslationState>;
    rows.push({ documentId, title: finnish.title, finnishUpdatedAt: finnish.updatedAt, translations });
  }
  const needsWork = (row: DocumentParity) =>
    Object.values(row.translations).some((state) => state !== 'current') ? 0 : 1;
  return rows.sort((a, b) => needsWork(a) - needsWork(b) || a.title.localeCompare(b.title, 'fi'));
}
