import { analysePair, analyseSynonymGroups, type Analysis, type IndexedDocPair } from './analysis.js';
import {
  INDEXED_TYPES,
  LOCALES,
  SYNONYM_TYPE,
  searchIndexName,
  toSearchDocs,
  toSynonyms,
  type IndexedSearchDoc,
  type IndexedType,
  type Locale,
  type StrapiEntry,
} from './content.js';
import type { CmsClient } from './cms-client.js';
import { describeError, type Logger } from './log.js';
import { SEARCH_INDEXES } from './settings.js';

/** Search documents grouped by live index name (`public-fi` …). */
export type DocsByIndex = Map<string, IndexedSearchDoc[]>;

/** Runs `fn` over `items` with at most `limit` calls in flight; keeps the order of results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** What the indexer needs to turn CMS entries into indexed documents. */
export interface MapDeps {
  readonly log: Logger;
  readonly analysis: Analysis;
}

/**
 * Maps an entry and analyses its text, or returns `null` (logged, without content) when it does not fit its content
 * type. An invalid entry must not block the indexer forever, and leaving it out of the index is the safe side
 * (nothing that should have become agent-only stays public).
 */
function mapEntry(
  type: IndexedType,
  entry: StrapiEntry,
  locale: Locale,
  deps: MapDeps,
): IndexedDocPair | null {
  const { log } = deps;
  let pair;
  try {
    pair = toSearchDocs(type.type, entry, locale);
  } catch (error) {
    log.error(`skipped invalid ${type.type} ${entry.documentId} (${locale}): ${describeError(error)}`);
    return null;
  }
  return analysePair(deps.analysis, pair);
}

/** Every published document of every indexed type, mapped to search documents per index (for a full rebuild). */
export async function collectAllDocs(cms: CmsClient, deps: MapDeps): Promise<DocsByIndex> {
  const byIndex: DocsByIndex = new Map(SEARCH_INDEXES.map((ref) => [ref.name, []]));
  const jobs = INDEXED_TYPES.flatMap((type) =>
    type.localized ? LOCALES.map((locale) => ({ type, locale })) : [{ type, locale: LOCALES[0] as Locale }],
  );
  const lists = await mapLimit(jobs, 4, (job) => cms.listPublished(job.type, job.locale));
  jobs.forEach((job, i) => {
    // A non-localized type is read once and mapped into every locale (its texts are LocalizedText inside json).
    const locales = job.type.localized ? [job.locale] : LOCALES;
    for (const locale of locales) {
      for (const entry of lists[i] ?? []) {
        const docs = mapEntry(job.type, entry, locale, deps);
        if (docs?.public) byIndex.get(searchIndexName('public', locale))?.push(docs.public);
        if (docs) byIndex.get(searchIndexName('agent', locale))?.push(docs.agent);
      }
    }
  });
  return byIndex;
}

/** The `synonyms` setting per locale, from the published SearchSynonym entries, with their analysed forms. */
export async function collectSynonyms(
  cms: CmsClient,
  analysis: Analysis,
): Promise<Map<Locale, Record<string, string[]>>> {
  const lists = await mapLimit(LOCALES, 3, (locale) => cms.listPublished(SYNONYM_TYPE, locale));
  return new Map(
    LOCALES.map((locale, i) => [
      locale,
      toSynonyms(lists[i] ?? [], (groups) => analyseSynonymGroups(analysis.forLocale(locale), groups)),
    ]),
  );
}

/** What one document should look like in one locale: its docs when published (and valid) there, else `null`. */
export interface DocumentState {
  readonly locale: Locale;
  readonly docs: IndexedDocPair | null;
}

/** Re-reads one document's published state in every locale. */
export async function readDocumentStates(
  cms: CmsClient,
  type: IndexedType,
  documentId: string,
  deps: MapDeps,
): Promise<DocumentState[]> {
  if (!type.localized) {
    const entry = await cms.getPublished(type, documentId, LOCALES[0]);
    return LOCALES.map((locale) => ({ locale, docs: entry ? mapEntry(type, entry, locale, deps) : null }));
  }
  return Promise.all(
    LOCALES.map(async (locale) => {
      const entry = await cms.getPublished(type, documentId, locale);
      return { locale, docs: entry ? mapEntry(type, entry, locale, deps) : null };
    }),
  );
}
