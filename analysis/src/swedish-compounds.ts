import { snowballStem } from './stemmers.js';

/**
 * Swedish writes compounds as one word (`halsont`, `influensavaccinationen`, `barnrådgivningen`) and the Snowball
 * stemmer does not split them, so `ont i halsen` missed `Halsont`. This is a dictionary decompounder of the kind
 * search engines use for Germanic languages: a word is split only when every part is a known word, the parts joined
 * directly or with the linking `s`, and the last part possibly inflected. The dictionary is the vocabulary of
 * social and health care services that citizens and agents type; a word outside it is simply not split.
 */
const WORDS = `
akut allergi ansökan apotek arbete arm astma barn ben beroende besök bidrag blod bokning boende bröst buk central
cancer chatt demens diabetes diarré elev familj feber fot fysioterapeut fysioterapi förgiftning förkylning
förlossning graviditet hals hand hem hjälp hjärta hosta hud huvud hälsa hälso hörsel influensa information
infektion inflammation intyg jour kost kris knä kurator laboratorium led lever linje lunga läkare läkemedel mage
medicin minne missbruk mottagning mun mödra njure nummer olycka omsorg ont prov psykisk psykolog recept
rehabilitering remiss rygg råd rådgivning röntgen samtal service sjuk sjukdom sjukhus skada skola skydd skötare
sköterska smärta social socker språk stöd station syn sår tal tand telefon terapeut terapi tid tjänst tolk tryck
ungdom urin utkomst utslag vaccin vaccination väg vård värk våld ålder äldre öga ögon öra öron
`
  .trim()
  .split(/\s+/);

const LEXICON = new Set(WORDS);
/** Endings of inflected forms of the last part (definite, plural, genitive). */
const ENDINGS = [
  'erna',
  'arna',
  'orna',
  'ens',
  'ets',
  'ena',
  'en',
  'et',
  'na',
  'ns',
  'ts',
  'er',
  'ar',
  'or',
  'n',
  't',
  's',
];
const MIN_PART = 3;

/** The dictionary word an inflected last part stands for (`vaccinationen` → `vaccination`, `läkarna` → `läkare`). */
function baseOf(part: string): string | undefined {
  if (LEXICON.has(part)) return part;
  for (const ending of ENDINGS) {
    if (!part.endsWith(ending)) continue;
    const root = part.slice(0, -ending.length);
    for (const candidate of [root, `${root}e`, `${root}a`]) {
      if (candidate.length >= MIN_PART && LEXICON.has(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The modifier a non-final part stands for, without a linking `s` (`urinvägs` → `väg`). */
function modifierOf(part: string): string | undefined {
  if (LEXICON.has(part)) return part;
  if (part.endsWith('s') && LEXICON.has(part.slice(0, -1))) return part.slice(0, -1);
  return undefined;
}

function split(word: string, first: boolean): string[] | undefined {
  if (!first) {
    const base = baseOf(word);
    if (base) return [base];
  }
  // Longest first modifier first: `barnrådgivningen` is barn + rådgivning, not barn + råd + givningen.
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const modifier = modifierOf(word.slice(0, i));
    if (!modifier) continue;
    const rest = split(word.slice(i), false);
    if (rest) return [modifier, ...rest];
  }
  return undefined;
}

/**
 * The parts of a Swedish compound and their stems (`influensavaccinationen` → `influensa`, `influens`,
 * `vaccination`), or nothing when the word is not a compound of known words.
 */
export function swedishCompoundParts(word: string): string[] {
  if (word.length < 2 * MIN_PART) return [];
  const parts = split(word, true);
  if (!parts) return [];
  return [...new Set(parts.flatMap((p) => [p, snowballStem('sv', p)]))].filter((p) => p.length >= 2);
}
