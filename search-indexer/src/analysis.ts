/**
 * The one place where the indexer meets `@neuvo/analysis`: every search document gets its hidden analysed fields
 * (`titleTerms`, `textTerms`: Finnish lemmas, compound parts and stems; Swedish and English stems) before it is
 * written, with the same analysis the api applies to queries.
 */
import { analyseSearchDoc, analyseSynonymGroups, createAnalysis, type Analysis } from '@neuvo/analysis';
import type { IndexerConfig } from './config.js';
import { SEARCH_DOC_SHAPE, type IndexedSearchDoc, type SearchDocPair } from './content.js';
import type { Logger } from '@neuvo/node-kit';

export { analyseSynonymGroups };
export type { Analysis };

/** The search documents of one entry in one locale, analysed: what goes into `public-<locale>` and `agent-<locale>`. */
export interface IndexedDocPair {
  readonly public?: IndexedSearchDoc;
  readonly agent: IndexedSearchDoc;
}

/**
 * What the indexes are built with, as stored with the outbox cursor: the text analysis and the search-document shape.
 * When either changes, documents indexed before no longer fit and the indexer rebuilds.
 */
export function indexedWith(analysis: Analysis): string {
  return `${analysis.id}+docs${SEARCH_DOC_SHAPE}`;
}

/** Adds the analysed fields to both documents of a pair. */
export function analysePair(analysis: Analysis, pair: SearchDocPair): IndexedDocPair {
  const agent = analyseSearchDoc(analysis, pair.agent);
  if (!pair.public) return { agent };
  // A guide's public and agent documents share their text: analyse it once.
  const same =
    pair.public.title === pair.agent.title &&
    pair.public.summary === pair.agent.summary &&
    pair.public.body === pair.agent.body &&
    pair.public.keywords.join('\n') === pair.agent.keywords.join('\n');
  return {
    public: same
      ? { ...pair.public, titleTerms: agent.titleTerms, textTerms: agent.textTerms }
      : analyseSearchDoc(analysis, pair.public),
    agent,
  };
}

/**
 * Creates the analysis the config asks for and logs which Finnish engine is in use (and why Voikko is not).
 *
 * @throws DomainError `UPSTREAM_UNAVAILABLE` when `FINNISH_ANALYSIS=voikko` and Voikko is not installed
 */
export function createIndexerAnalysis(config: IndexerConfig, log: Logger): Analysis {
  const analysis = createAnalysis({ finnish: config.finnishAnalysis, voikkoLibrary: config.voikkoLibrary });
  if (analysis.voikkoUnavailableReason && config.finnishAnalysis === 'auto') {
    log.warn('finnish_analysis_without_voikko', {
      analysis: analysis.id,
      reason: analysis.voikkoUnavailableReason,
    });
  }
  log.info('text_analysis', { analysis: analysis.id });
  return analysis;
}
