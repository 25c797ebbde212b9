import { z } from 'zod';

/** Content locales, Finnish first (the default). */
export const LOCALES = ['fi', 'sv', 'en'] as const;

/** A content locale. */
export type Locale = (typeof LOCALES)[number];

/** The default locale; every text exists at least in Finnish. */
export const DEFAULT_LOCALE: Locale = 'fi';

/** zod schema of {@link Locale}. */
export const LocaleSchema = z.enum(LOCALES);

/** Type guard for {@link Locale}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Text in several languages, used inside json fields of non-localized content types.
 * Finnish is required and non-empty; Swedish and English are optional.
 */
export const LocalizedTextSchema = z.object({
  fi: z.string().trim().min(1, 'Finnish text (fi) is required'),
  sv: z.string().optional(),
  en: z.string().optional(),
});

/** `{ fi: string; sv?: string; en?: string }`. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Returns the text in `locale`, falling back to Finnish when missing or blank; `''` for no text. */
export function pickText(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  const value = text[locale];
  if (typeof value === 'string' && value.trim() !== '') return value;
  return text.fi ?? '';
}

/** True when the text has a non-blank Finnish version. */
export function hasFinnish(text: unknown): boolean {
  return (
    typeof text === 'object' &&
    text !== null &&
    typeof (text as { fi?: unknown }).fi === 'string' &&
    (text as { fi: string }).fi.trim() !== ''
  );
}
