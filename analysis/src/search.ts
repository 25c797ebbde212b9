import type { IndexedSearchDoc, Locale, SearchDoc } from '@neuvo/content-models';
import type { Analysis, LocaleAnalyzer } from './analyzer.js';
import { tokenize } from './text.js';

/**
 * Meilisearch reads only the first 10 words of a query; an expanded query must fit, or its last words (the
 * expansions of the last words typed) would silently be ignored.
 */
export const MAX_QUERY_WORDS = 10;

/**
 * The hidden analysed terms of a text: the forms of its words, each form once, in the order of first appearance
 * (so the forms of one word stay together, and together with those of its neighbours). Repeats are dropped: the
 * terms only have to make a document findable by a form, and every repeat would cost index size and indexing time.
 */
export function analyseText(analyzer: LocaleAnalyzer, text: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const token of tokenize(text)) {
    for (const form of analyzer.forms(token)) {
      if (seen.has(form)) continue;
      seen.add(form);
      out.push(form);
    }
  }
  return out.join(' ');
}

/**
 * A search document with its hidden analysed fields for the index of its locale: `titleTerms` from title and
 * keywords, `textTerms` from summary and body. They are searchable (after their source fields, so a match in the
 * text as written ranks first) but never displayed.
 */
export function analyseSearchDoc(analysis: Analysis, doc: SearchDoc): IndexedSearchDoc {
  const analyzer = analysis.forLocale(doc.locale);
  return {
    ...doc,
    titleTerms: analyseText(analyzer, [doc.title, ...doc.keywords].join('\n')),
    textTerms: analyseText(analyzer, `${doc.summary}\n${doc.body}`),
  };
}

/** A query as sent to Meilisearch. */
export interface ExpandedQuery {
  /** The query string: the words as typed, each followed by the forms of it that fit. */
  readonly q: string;
  /** The words as typed (lower-cased). */
  readonly words: readonly string[];
  /** The forms added, in the order they appear in `q`. */
  readonly added: readonly string[];
}

/** How a query word is represented in the expanded query. */
export type OriginalWordPolicy = 'keep' | 'replace-recognised' | 'replace-analysed';

/** The policy queries use (measured best on the relevance set, with Voikko and without). */
export const DEFAULT_POLICY: OriginalWordPolicy = 'replace-analysed';

/**
 * The forms a query word is searched by, most important first.
 * - `keep`: the word as typed, then its lemmas, parts and stem.
 * - `replace-recognised`: a word the morphology knows is replaced by its lemmas (itself when it is a base
 *   form), compound parts and stem; an unknown word (a name, slang, a typo) stays as typed, followed by its stem.
 * - `replace-analysed` (default): like `replace-recognised`, and an unknown word with a stem is replaced by the stem
 *   too (Snowball's stems are what the index holds for every word, whatever its form).
 */
function queryForms(analyzer: LocaleAnalyzer, word: string, policy: OriginalWordPolicy): string[] {
  const a = analyzer.analyse(word);
  const forms = analyzer.forms(word);
  if (policy === 'keep') return [word, ...forms];
  if (a.recognised) return [...(a.isLemma ? [word] : []), ...forms];
  if (policy === 'replace-analysed' && a.stem) return [...forms];
  return [word, ...forms];
}

/**
 * Expands a query with the forms of its words, within Meilisearch's 10-word limit: first the most important form of
 * every word, then round by round one more form per word (lemmas first, then compound parts, then stems), each form
 * placed with its word's other forms. Search it with `matchingStrategy: 'frequency'`: documents matching the most
 * (and the rarest) words come first, and frequent words are dropped before rare ones when nothing matches them all.
 *
 * A word is searched by its analysed forms rather than as typed (lemmas when the morphology recognises it, else its
 * Snowball stem; a word with no other form stays as typed): Meilisearch's `frequency` strategy never drops the
 * rarest word, so a rare inflected form (`hammassäryssä`, found in one text) would otherwise hide every document that
 * has the same word in another form. Documents that contain the very form typed still match, through the same forms
 * in their analysed fields, and a title that is the lemma still ranks first (`attribute`, `exactness`). Synonyms
 * still apply: the indexer extends each synonym group with its analysed forms ({@link analyseSynonymGroups}).
 *
 * The last word of `q` is a form of the last word typed, or the word itself; Meilisearch treats it as a prefix,
 * which keeps search-as-you-type working (a Snowball stem is a prefix of its word).
 */
export function expandQuery(
  analyzer: LocaleAnalyzer,
  query: string,
  policy: OriginalWordPolicy = DEFAULT_POLICY,
): ExpandedQuery {
  // A quoted phrase is Meilisearch's exact-phrase syntax: the user asked for exactly those words.
  if (query.includes('"')) return { q: query.trim(), words: tokenize(query), added: [] };
  const words = tokenize(query).slice(0, MAX_QUERY_WORDS);
  const forms = words.map((w) => queryForms(analyzer, w, policy));
  const chosen: string[][] = words.map(() => []);
  const seen = new Set<string>();
  let budget = MAX_QUERY_WORDS;
  for (let round = 0; budget > 0; round++) {
    let progressed = false;
    for (let i = 0; i < words.length && budget > 0; i++) {
      const form = forms[i]?.[round];
      if (form === undefined) continue;
      progressed = true;
      if (seen.has(form)) continue;
      seen.add(form);
      chosen[i]?.push(form);
      budget--;
    }
    if (!progressed) break;
  }
  const parts = chosen.flat();
  // Nothing but punctuation: send it as typed rather than an empty query (which would match everything).
  return {
    q: parts.length > 0 ? parts.join(' ') : query.trim(),
    words,
    added: parts.filter((p) => !words.includes(p)),
  };
}

/**
 * Synonym groups extended with the forms queries are searched by: each single-word term gains its lemmas and stem,
 * and each multi-word term the phrase of its words' first query forms. Meilisearch applies synonyms to the words of
 * the (expanded) query, which holds lemmas and stems rather than the words as typed: without this, `rokotuksen`
 * (searched as `rokotus`) would reach the `rokotus` group but `terkkarille` (searched as its stem `terkkar`) would not
 * reach `terkkari`'s. Compound parts are not added: `hammas` is not a synonym of `hammaslääkäri`.
 */
export function analyseSynonymGroups(
  analyzer: LocaleAnalyzer,
  groups: ReadonlyArray<readonly string[]>,
  policy: OriginalWordPolicy = DEFAULT_POLICY,
): string[][] {
  return groups.map((group) => {
    const out = new Set<string>();
    for (const term of group) {
      const trimmed = term.trim().toLowerCase();
      if (trimmed === '') continue;
      out.add(trimmed);
      const words = tokenize(trimmed);
      if (words.length === 1) {
        const a = analyzer.analyse(words[0] as string);
        for (const form of [...a.lemmas, ...(a.stem ? [a.stem] : [])]) out.add(form);
      } else if (words.length > 1) {
        out.add(words.map((w) => queryForms(analyzer, w, policy)[0] ?? w).join(' '));
      }
    }
    return [...out];
  });
}

/** What a search sends to Meilisearch for `query` in `locale`. */
export interface AnalysedSearch {
  readonly q: string;
  readonly matchingStrategy: 'frequency';
  readonly expansion: ExpandedQuery;
}

/** The Meilisearch query for `query` in `locale`: the expanded query and the matching strategy that suits it. */
export function analysedSearch(
  analysis: Analysis,
  locale: Locale,
  query: string,
  policy?: OriginalWordPolicy,
): AnalysedSearch {
  const expansion = expandQuery(analysis.forLocale(locale), query, policy);
  return { q: expansion.q, matchingStrategy: 'frequency', expansion };
}
