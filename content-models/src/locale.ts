import { z } from 'zod';
import { LOCALES, type Locale } from './locales.js';

export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from './locales.js';

/** zod schema of {@link Locale}. */
export const LocaleSchema = z.enum(LOCALES);

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
