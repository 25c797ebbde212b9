import type { Locale } from '@neuvo/content-models';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as finnishStemmer } from '@orama/stemmers/finnish';
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish';

/**
 * The Snowball stemmer of each locale (pure JavaScript, from `@orama/stemmers`, generated from the Snowball
 * project's algorithms): Finnish (the fallback when Voikko is missing, and an extra form when it is present),
 * Swedish, English (Porter2).
 */
export const SNOWBALL_STEMMERS: Readonly<Record<Locale, (word: string) => string>> = {
  fi: finnishStemmer,
  sv: swedishStemmer,
  en: englishStemmer,
};

/** The Snowball stem of a lower-cased word in `locale`. */
export function snowballStem(locale: Locale, word: string): string {
  return SNOWBALL_STEMMERS[locale](word);
}
