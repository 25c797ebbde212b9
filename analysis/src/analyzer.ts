import { DomainError, LOCALES, type Locale } from '@neuvo/content-models';
import { snowballStem } from './stemmers.js';
import { swedishCompoundParts } from './swedish-compounds.js';
import { isNumeric, isStopWord } from './text.js';
import { loadVoikko, type Voikko } from './voikko.js';

/**
 * How Finnish is analysed:
 * - `auto` (default): Voikko when libvoikko and the Finnish dictionary are installed, else the Snowball stemmer;
 * - `voikko`: Voikko or refuse to start (production, where a silent downgrade would go unnoticed);
 * - `snowball`: the Snowball stemmer only (tests of the fallback, or machines without Voikko).
 */
export const FINNISH_ANALYSIS_MODES = ['auto', 'voikko', 'snowball'] as const;
export type FinnishAnalysisMode = (typeof FINNISH_ANALYSIS_MODES)[number];

/** What analyses the words of one locale. */
export type AnalysisEngine = 'voikko+snowball' | 'snowball';

/** Options of {@link createAnalysis}. */
export interface AnalysisOptions {
  /** Default `auto`. */
  readonly finnish?: FinnishAnalysisMode;
  /** libvoikko's path or file name; default: `libvoikko.so.1` (and the macOS/Windows names). */
  readonly voikkoLibrary?: string;
  /** A directory with Voikko dictionaries; default: Voikko's own search path (`/usr/lib/voikko` …). */
  readonly voikkoDictionaryPath?: string;
  /** Distinct words whose forms are remembered per locale (default 50,000). */
  readonly cacheSize?: number;
}

/** What a word is also found by. Every form is lower-case; none equals the word itself. */
export interface WordAnalysis {
  /**
   * Base forms (lemmas) from the morphology (`hammaslääkärille` → `hammaslääkäri`); empty when the word is unknown
   * to it or no morphology is used. A word that already is a base form has itself as lemma, so `recognised` is true
   * even though `lemmas` (which never repeats the word) may be empty.
   */
  readonly lemmas: readonly string[];
  /** Base forms of compound components (`hammaslääkärille` → `hammas`, `lääkäri`). */
  readonly parts: readonly string[];
  /** The Snowball stem when it differs from the word. */
  readonly stem: string | undefined;
  /** True when the morphology knows the word (then its lemmas stand for it). */
  readonly recognised: boolean;
  /** True when the morphology knows the word as a base form of its own (`neuvola`, not `neuvolaan`). */
  readonly isLemma: boolean;
}

const NOTHING: WordAnalysis = Object.freeze({
  lemmas: [],
  parts: [],
  stem: undefined,
  recognised: false,
  isLemma: false,
});

/** Analysis of one locale's text. */
export interface LocaleAnalyzer {
  readonly locale: Locale;
  readonly engine: AnalysisEngine;
  /**
   * Analyses one lower-case word (as {@link tokenize} returns it). Stop words, numbers and one-letter words get
   * nothing.
   */
  analyse(word: string): WordAnalysis;
  /**
   * All forms of a word, most useful first, without the word itself: lemmas, compound parts, stem
   * (`hammaslääkärille` → `hammaslääkäri`, `hammas`, `lääkäri`, `hammaslääkär`). What the index stores.
   */
  forms(word: string): readonly string[];
}

/** The analysers of every locale, created once per process. */
export interface Analysis {
  /**
   * Identifies the analysis (engines and the version of the term format), e.g. `fi:voikko+snowball,sv:snowball,
   * en:snowball;v1`. The indexer stores it with its cursor and rebuilds when it changes, because documents analysed
   * one way are not found by queries analysed another way.
   */
  readonly id: string;
  /** The Finnish engine in use. */
  readonly finnishEngine: AnalysisEngine;
  /** Why Voikko is not used in `auto` mode (library or dictionary missing); `undefined` when it is. */
  readonly voikkoUnavailableReason: string | undefined;
  forLocale(locale: Locale): LocaleAnalyzer;
  /** Releases Voikko. */
  close(): void;
}

/** Bump when the terms written into the index change meaning (forces a rebuild on the next indexer start). */
const TERM_FORMAT_VERSION = 2;
const MAX_LEMMAS = 3;

function boundedCache<V>(size: number): {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
} {
  const map = new Map<string, V>();
  return {
    get: (key) => map.get(key),
    set(key, value) {
      // Clearing wholesale is crude but cheap, and real vocabularies fit easily.
      if (map.size >= size) map.clear();
      map.set(key, value);
    },
  };
}

function skipped(locale: Locale, word: string): boolean {
  return word.length < 2 || isNumeric(word) || isStopWord(locale, word);
}

function stemOf(locale: Locale, word: string): string | undefined {
  const stem = snowballStem(locale, word);
  return stem !== word && stem.length >= 2 ? stem : undefined;
}

function formsOf(word: string, analysis: WordAnalysis): readonly string[] {
  const all = [...analysis.lemmas, ...analysis.parts, ...(analysis.stem ? [analysis.stem] : [])];
  return [...new Set(all)].filter((f) => f !== word);
}

/** Wraps a word analysis function with the stop-word rule and a cache of analyses and forms. */
function cached(
  locale: Locale,
  engine: AnalysisEngine,
  cacheSize: number,
  analyseWord: (word: string) => WordAnalysis,
): LocaleAnalyzer {
  const cache = boundedCache<{ analysis: WordAnalysis; forms: readonly string[] }>(cacheSize);
  const lookup = (word: string) => {
    let hit = cache.get(word);
    if (!hit) {
      const analysis = skipped(locale, word) ? NOTHING : analyseWord(word);
      hit = { analysis, forms: formsOf(word, analysis) };
      cache.set(word, hit);
    }
    return hit;
  };
  return {
    locale,
    engine,
    analyse: (word) => lookup(word).analysis,
    forms: (word) => lookup(word).forms,
  };
}

function snowballAnalyzer(locale: Locale, cacheSize: number): LocaleAnalyzer {
  return cached(locale, 'snowball', cacheSize, (word) => ({
    lemmas: [],
    parts: locale === 'sv' ? swedishCompoundParts(word) : [],
    stem: stemOf(locale, word),
    recognised: false,
    isLemma: false,
  }));
}

function voikkoAnalyzer(voikko: Voikko, cacheSize: number): LocaleAnalyzer {
  return cached('fi', 'voikko+snowball', cacheSize, (word) => {
    const analyses = voikko.analyze(word);
    const lemmas = [...new Set(analyses.map((a) => a.baseform))].slice(0, MAX_LEMMAS);
    const parts = analyses.flatMap((a) => a.parts).filter((p) => !isStopWord('fi', p));
    return {
      lemmas: lemmas.filter((l) => l !== word && l.length >= 2),
      parts: [...new Set(parts)].filter((p) => p !== word && !lemmas.includes(p)),
      // The stem too: it is what a query analysed without Voikko (another api instance) looks for, and the only
      // form of words Voikko does not know (names, new words, typos).
      stem: stemOf('fi', word),
      recognised: analyses.length > 0,
      isLemma: lemmas.includes(word),
    };
  });
}

/**
 * Creates the analysers of every locale. Finnish uses Voikko when available (see {@link FinnishAnalysisMode}),
 * Swedish and English their Snowball stemmers.
 *
 * @throws DomainError `UPSTREAM_UNAVAILABLE` in `voikko` mode when Voikko cannot be loaded (the message says what
 * to install)
 */
export function createAnalysis(options: AnalysisOptions = {}): Analysis {
  const mode = options.finnish ?? 'auto';
  const cacheSize = options.cacheSize ?? 50_000;
  let voikko: Voikko | undefined;
  let reason: string | undefined;
  if (mode !== 'snowball') {
    try {
      voikko = loadVoikko(options.voikkoLibrary, options.voikkoDictionaryPath);
    } catch (error) {
      reason = (error as Error).message;
      if (mode === 'voikko') {
        throw new DomainError(
          'UPSTREAM_UNAVAILABLE',
          `Finnish analysis needs Voikko: install the Debian packages libvoikko1 and voikko-fi, or set FINNISH_ANALYSIS=auto (${reason})`,
          { details: { mode }, cause: error },
        );
      }
    }
  } else {
    reason = 'FINNISH_ANALYSIS=snowball';
  }
  const analyzers = new Map<Locale, LocaleAnalyzer>(
    LOCALES.map((locale) => [
      locale,
      locale === 'fi' && voikko ? voikkoAnalyzer(voikko, cacheSize) : snowballAnalyzer(locale, cacheSize),
    ]),
  );
  const id = `${LOCALES.map((l) => `${l}:${analyzers.get(l)?.engine}`).join(',')};v${TERM_FORMAT_VERSION}`;
  return {
    id,
    finnishEngine: analyzers.get('fi')?.engine ?? 'snowball',
    voikkoUnavailableReason: voikko ? undefined : reason,
    forLocale(locale) {
      const analyzer = analyzers.get(locale);
      if (!analyzer) throw new DomainError('VALIDATION_FAILED', 'Unknown locale', { details: { locale } });
      return analyzer;
    },
    close() {
      voikko?.terminate();
    },
  };
}
