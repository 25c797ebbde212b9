import type { Locale } from '@neuvo/content-models';

/**
 * Splits text into lower-cased words: runs of letters and digits (Unicode-aware, NFC). Hyphens, apostrophes and
 * punctuation separate words, as they do in Meilisearch's tokenizer (`sosiaali- ja kriisipäivystys` → `sosiaali`,
 * `ja`, `kriisipäivystys`).
 */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** True for a token made only of digits (phone numbers, years): such tokens are never analysed. */
export function isNumeric(token: string): boolean {
  return /^\p{N}+$/u.test(token);
}

/**
 * Function words that carry no meaning for search. They are neither analysed at index time (no terms) nor expanded
 * at query time (they stay in the query as typed, and `matchingStrategy: 'frequency'` drops them first).
 */
const STOP_WORDS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  fi: new Set(
    (
      'ja tai sekä eli ettei että jos kun kuin koska mutta vaan vai myös sekä niin nyt jo vielä ei en et emme ette eivät ' +
      'on ovat olen olet olemme olette oli olivat ollut olla ole olisi ' +
      'se sen sitä siitä siihen sillä siinä ne niiden niitä niistä ' +
      'minä mä minun mun minulla minulle minua sinä sä sinun sinulla hän hänen häntä hänellä me meidän meillä ' +
      'te teidän he heidän heillä tämä tämän tätä tässä tästä tähän nämä tuo tuon tuota joka jonka jota jossa ' +
      'mikä mitä miten miksi missä mistä mihin milloin kuka kenen kenelle voi voiko voin voisi pitää pitäisi ' +
      'kanssa ilman yli alle ennen jälkeen aikana kautta mukaan vain hyvin paljon vähän aina usein joskus'
    ).split(' '),
  ),
  sv: new Set(
    (
      'och eller men att som om när än så nu inte ej är var vara varit blir blev har hade ha ' +
      'jag mig min mitt mina du dig din ditt han honom hans hon henne hennes vi oss vår ni er de dem deras ' +
      'den det denna detta dessa en ett vad hur varför var vem vilken vilket vilka kan kunde ska skulle måste ' +
      'med utan för av på i till från om över under efter före hos vid mot genom också bara mycket lite'
    ).split(' '),
  ),
  en: new Set(
    (
      'a an the and or but if when than so not no is are was were be been being has have had do does did ' +
      'i me my you your he him his she her we us our they them their it its this that these those ' +
      'what how why where who which can could should would must will to of in on at for from with by about ' +
      'as into over under after before also only very'
    ).split(' '),
  ),
};

/** True when `token` (lower-cased) is a stop word of `locale`. */
export function isStopWord(locale: Locale, token: string): boolean {
  return STOP_WORDS[locale].has(token);
}
