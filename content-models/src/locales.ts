/**
 * The content locales. Free of zod, so a browser app can import the list alone
 * (`@neuvo/content-models/locales`); the zod schemas of localised text are in `locale.ts`.
 */

/** Content locales, Finnish first (the default). */
export const LOCALES = ['fi', 'sv', 'en'] as const;

/** A content locale. */
export type Locale = (typeof LOCALES)[number];

/** The default locale; every text exists at least in Finnish. */
export const DEFAULT_LOCALE: Locale = 'fi';

/** Type guard for {@link Locale}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
