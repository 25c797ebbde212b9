/**
 * `@neuvo/analysis`: text analysis for search, shared by the search-indexer (index time) and the api (query time),
 * which may not import each other. Finnish: lemmas and compound parts from Voikko (libvoikko over the koffi FFI)
 * plus Snowball stems, or Snowball stems alone when Voikko is absent; Swedish and English: Snowball stems.
 *
 * @packageDocumentation
 */
export {
  FINNISH_ANALYSIS_MODES,
  createAnalysis,
  type Analysis,
  type AnalysisEngine,
  type AnalysisOptions,
  type FinnishAnalysisMode,
  type LocaleAnalyzer,
  type WordAnalysis,
} from './analyzer.js';
export {
  DEFAULT_POLICY,
  MAX_QUERY_WORDS,
  analyseSearchDoc,
  analyseSynonymGroups,
  analyseText,
  analysedSearch,
  expandQuery,
  type AnalysedSearch,
  type ExpandedQuery,
  type OriginalWordPolicy,
} from './search.js';
export { SNOWBALL_STEMMERS, snowballStem } from './stemmers.js';
export { isStopWord, tokenize } from './text.js';
export {
  VOIKKO_LIBRARY_NAMES,
  VoikkoUnavailableError,
  compoundParts,
  loadVoikko,
  type Voikko,
  type VoikkoAnalysis,
} from './voikko.js';
