/**
 * The A–Z index: guides grouped by the first letter of their title in the reader's alphabet. Finnish and Swedish
 * end with Å, Ä, Ö (Finnish and Swedish collation); English folds them into A and O. Pure.
 */
import { LOCALE_META, type SiteLocale } from './site-i18n.js';

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** The letters of each language's index, in order. */
export const ALPHABETS: Readonly<Record<SiteLocale, readonly string[]>> = {
  fi: [...LATIN, 'Å', 'Ä', 'Ö'],
  sv: [...LATIN, 'Å', 'Ä', 'Ö'],
  en: LATIN,
};

/** The group of titles that start with no letter of the alphabet (digits, symbols, other scripts). */
export const OTHER_GROUP = '#';

const ANCHOR_NAMES: Readonly<Record<string, string>> = { Å: 'aa', Ä: 'ae', Ö: 'oe', [OTHER_GROUP]: 'other' };

/** The `id` of a letter's heading: `a`…`z`, `aa` (Å), `ae` (Ä), `oe` (Ö), `other`. */
export function letterAnchor(letter: string): string {
  return `az-${ANCHOR_NAMES[letter] ?? letter.toLowerCase()}`;
}

export interface LetterGroup<T> {
  readonly letter: string;
  readonly items: readonly T[];
}

/**
 * Groups items by the first letter of their title, each group sorted by the language's collation, the groups in
 * alphabet order and {@link OTHER_GROUP} last. A letter with different marks (É, Ü) goes with its base letter
 * unless the language counts it as a letter of its own (Å, Ä, Ö in Finnish and Swedish). Letters without items
 * are left out.
 */
export function groupByInitial<T>(
  items: readonly T[],
  titleOf: (item: T) => string,
  locale: SiteLocale,
): LetterGroup<T>[] {
  const language = LOCALE_META[locale].dateLocale;
  const order = new Intl.Collator(language);
  const base = new Intl.Collator(language, { sensitivity: 'base' });
  const alphabet = ALPHABETS[locale];
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => order.compare(titleOf(a), titleOf(b)));
  for (const item of sorted) {
    const initial = [...titleOf(item).trim()][0] ?? '';
    const letter = alphabet.find((candidate) => base.compare(initial, candidate) === 0) ?? OTHER_GROUP;
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...alphabet, OTHER_GROUP]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({ letter, items: groups.get(letter)! }));
}
