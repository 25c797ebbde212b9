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
import type { Logger } from '@neuvo/node-kit';
import { describeError } from './describe-error.js';
import { SEARCH_INDEXES } from './settings.js';

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
    log.error('document_skipped_invalid', {
      type: type.type,
      documentId: entry.documentId,
      locale,
      error: describeError(error),
    });
    return null;
  }
  return analysePair(deps.analysis, pair);
}

/** Receives the search documents of one page of CMS entries, per live index name (`public-fi` …). */
export type DocsSink = (byIndex: ReadonlyMap<string, readonly IndexedSearchDoc[]>) => Promise<void> | void;

/**
 * Reads every published document of every indexed type and hands its search documents to `sink` page by page, as they
 * are read, mapped and analysed (for a full rebuild, which sends them to Meilisearch while the next pages are read).
 * `sink` is called for one page at a time; reading waits for it. Up to `concurrency` (type, locale) lists are read at
 * once (default 3), each one page ahead of its consumer.
 *
 * @returns the number of documents handed over per index
 */
export async function streamAllDocs(
  cms: CmsClient,
  deps: MapDeps,
  sink: DocsSink,
  { concurrency = 3 }: { readonly concurrency?: number } = {},
): Promise<Map<string, number>> {
  const counts = new Map(SEARCH_INDEXES.map((ref) => [ref.name, 0]));
  const jobs = INDEXED_TYPES.flatMap((type) =>
    type.localized ? LOCALES.map((locale) => ({ type, locale })) : [{ type, locale: LOCALES[0] as Locale }],
  );
  // One sink call at a time across all lists.
  let sinking: Promise<void> = Promise.resolve();
  await mapLimit(jobs, concurrency, (job) =>
    cms.forEachPublishedPage(job.type, job.locale, (entries) => {
      const page = new Map<string, IndexedSearchDoc[]>();
      const add = (name: string, doc: IndexedSearchDoc) => {
        const list = page.get(name) ?? [];
        list.push(doc);
        page.set(name, list);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      };
      // A non-localized type is read once and mapped into every locale (its texts are LocalizedText inside json).
      const locales = job.type.localized ? [job.locale] : LOCALES;
      for (const locale of locales) {
        for (const entry of entries) {
          const docs = mapEntry(job.type, entry, locale, deps);
          if (docs?.public) add(searchIndexName('public', locale), docs.public);
          if (docs) add(searchIndexName('agent', locale), docs.agent);
        }
      }
      sinking = sinking.then(() => sink(page));
      return sinking;
    }),
  );
  await sinking;
  return counts;
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

/**
 * Re-reads the published state of documents of one type in every locale: per locale a few list requests (50
 * documents each) rather than one request per document, so a burst of changes (a PTV sync publishes thousands of
 * services) is read in seconds. Returns the states in the order of `documentIds`.
 */
export async function readDocumentStates(
  cms: CmsClient,
  type: IndexedType,
  documentIds: readonly string[],
  deps: MapDeps,
): Promise<DocumentState[][]> {
  const locales: readonly Locale[] = type.localized ? LOCALES : [LOCALES[0]];
  const byLocale = await mapLimit(locales, 3, async (locale) => {
    const entries = await cms.getPublishedMany(type, documentIds, locale);
    return new Map(entries.map((entry) => [entry.documentId, entry]));
  });
  return documentIds.map((documentId) =>
    LOCALES.map((locale) => {
      // A non-localized type has one entry, read once and mapped into every locale.
      const entry = byLocale[type.localized ? locales.indexOf(locale) : 0]?.get(documentId);
      return { locale, docs: entry ? mapEntry(type, entry, locale, deps) : null };
    }),
  );
}
