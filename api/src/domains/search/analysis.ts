/**
 * The one place where the api meets `@neuvo/analysis`: queries are analysed exactly like the indexer analyses
 * documents (Voikko lemmas and compound parts plus Snowball stems for Finnish, Snowball stems for Swedish and
 * English), then sent to Meilisearch as an expanded query.
 */
import { analysedSearch, createAnalysis, type AnalysedSearch, type Analysis } from '@neuvo/analysis';
import type { Logger } from '@neuvo/node-kit';
import type { Locale } from '../../models.js';

export type { AnalysedSearch, Analysis };

/** The analysis settings of the api's config. */
export interface QueryAnalysisConfig {
  readonly finnishAnalysis: 'auto' | 'voikko' | 'snowball';
  readonly voikkoLibrary: string | undefined;
}

/**
 * Creates the query analysis and logs its engines; in `auto` mode a missing Voikko is a warning (queries still get
 * Snowball stems, which the index also holds).
 *
 * @throws DomainError `UPSTREAM_UNAVAILABLE` when `FINNISH_ANALYSIS=voikko` and Voikko is not installed
 */
export function createQueryAnalysis(config: QueryAnalysisConfig, logger: Logger): Analysis {
  const analysis = createAnalysis({ finnish: config.finnishAnalysis, voikkoLibrary: config.voikkoLibrary });
  if (analysis.voikkoUnavailableReason !== undefined && config.finnishAnalysis === 'auto') {
    logger.warn('finnish_analysis_without_voikko', { analysis: analysis.id });
  } else {
    logger.info('text_analysis', { analysis: analysis.id });
  }
  return analysis;
}

/** The Meilisearch query string and matching strategy for what the user typed. */
export function analyseQuery(analysis: Analysis, locale: Locale, query: string): AnalysedSearch {
  return analysedSearch(analysis, locale, query);
}
