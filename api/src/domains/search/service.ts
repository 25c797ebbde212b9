import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  type SearchParams,
  type SearchResponse,
} from 'meilisearch';
import { meiliHttpClient, unwrapMeiliError, type Logger } from '@neuvo/node-kit';
import { z } from 'zod';
import type { Role } from '../../context.js';
import {
  DomainError,
  SEARCH_DOC_TYPES,
  SEARCH_SUGGEST_ATTRIBUTES,
  indexName,
  type Locale,
  type SearchAudience,
  type SearchDoc,
  type SearchDocType,
} from '../../models.js';
import { analyseQuery, type Analysis } from './analysis.js';
import {
  OTHER_LANGUAGE_WEIGHT,
  OTHER_REGION_WEIGHT,
  displayMember,
  firstOfEachGroup,
  otherMembers,
  searchLocales,
} from './grouping.js';
import type { AnswerCache } from '../../cache.js';

/** Filters of a search, as received from GraphQL. */
export interface SearchFiltersInput {
  types?: readonly SearchDocType[] | null;
  regions?: readonly string[] | null;
  serviceClasses?: readonly string[] | null;
  targetGroups?: readonly string[] | null;
}

/** Search arguments as received from GraphQL, validated by {@link SearchService.search}. */
export interface SearchInput {
  query: string;
  locale: Locale;
  filters?: SearchFiltersInput | null;
  limit: number;
  offset: number;
  /** 1-based page of `limit` hits; when given, `offset` must be 0. */
  page?: number | null;
  /**
   * The agent's chosen home region (a region code): its entries and national ones rank first, and a service with
   * entries in several regions is shown by its home-region entry.
   */
  region?: string | null;
  /**
   * Read the page's hits (the resolver asks only when the client selected `hits`). Default true. Without, only the
   * ranking pass runs (for `total` and the page numbers): a facet-count request reads no entries.
   */
  withHits?: boolean;
  /** Compute facet counts (the resolver asks only when the client selected `facets`). Default true. */
  withFacets?: boolean;
  /**
   * Crop and highlight summary and body for `snippet` (the resolver asks only when the client selected it). Default
   * true. Cropping long bodies is most of Meilisearch's work for a search, so clients that show no snippet skip it.
   */
  withSnippets?: boolean;
}

export interface SearchHit {
  id: string;
  documentId: string;
  type: SearchDocType;
  title: string;
  /** HTML-safe title, matched words in `<mark>`. */
  titleHighlight: string;
  summary: string | null;
  snippet: string | null;
  slug: string | null;
  url: string | null;
  region: string[];
  /** ISO timestamp of the content's last change (as indexed). */
  updatedAt: string | null;
  /** Language of the entry: the interface language, or the other national language when it matched there. */
  locale: Locale;
  /** The same service's entries for other regions (in the hit's language), by region code. */
  alsoIn: RegionalEntry[];
}

/** Another region's entry of the same service. */
export interface RegionalEntry {
  id: string;
  documentId: string;
  type: SearchDocType;
  title: string;
  slug: string | null;
  url: string | null;
  region: string[];
  locale: Locale;
}

/** How many matching documents have one value of a facet. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Value counts of the matching documents. The counts of a facet the search is filtered on ignore that facet's own
 * filter (and only that one), so a client can show how many hits each other choice would give.
 */
export interface SearchFacets {
  types: FacetCount[];
  regions: FacetCount[];
  serviceClasses: FacetCount[];
  targetGroups: FacetCount[];
}

export interface SearchResult {
  query: string;
  /** Estimated number of matches. */
  total: number;
  hits: SearchHit[];
  /** Meilisearch's processing time; 0 when the answer came from the api's search-result cache. */
  tookMs: number;
  offset: number;
  limit: number;
  /** 1-based page of `limit` hits that `offset` falls on. */
  page: number;
  totalPages: number;
  hasMore: boolean;
  /** `null` when not asked for ({@link SearchInput.withFacets}). */
  facets: SearchFacets | null;
}

/** As-you-type suggestion arguments. */
export interface SuggestInput {
  prefix: string;
  locale: Locale;
  limit: number;
  types?: readonly SearchDocType[] | null;
}

export interface Suggestion {
  id: string;
  documentId: string;
  type: SearchDocType;
  title: string;
  titleHighlight: string;
  slug: string | null;
  url: string | null;
  region: string[];
}

export interface SuggestResult {
  prefix: string;
  suggestions: Suggestion[];
  /** Meilisearch's processing time; 0 when the answer came from the api's search-result cache. */
  tookMs: number;
}

export interface SearchService {
  search(role: Role, input: SearchInput): Promise<SearchResult>;
  suggest(role: Role, input: SuggestInput): Promise<SuggestResult>;
}

/**
 * The index a role may search. This is the structural guarantee that a citizen never reaches
 * agent-only content: a citizen's search is only ever sent to a `public-<locale>` index.
 */
export function audienceFor(role: Role): SearchAudience {
  return role === 'agent' ? 'agent' : 'public';
}

const QUERY_MESSAGE = 'query must contain 1–200 characters (after trimming spaces)';
const PREFIX_MESSAGE = 'prefix must contain 1–100 characters (after trimming spaces)';

const RegionCodes = z
  .array(
    z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'regions must be region codes (lowercase letters, digits and dashes)'),
  )
  .max(20, 'regions may list at most 20 region codes')
  .nullish();

const FacetValues = (name: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, `${name} values must not be empty`)
        .max(200, `${name} values must be at most 200 characters`),
    )
    .max(20, `${name} may list at most 20 values`)
    .nullish();

const Types = z
  .array(z.enum(SEARCH_DOC_TYPES))
  .max(SEARCH_DOC_TYPES.length * 2)
  .nullish();

const InputSchema = z
  .object({
    query: z.string().trim().min(1, QUERY_MESSAGE).max(200, QUERY_MESSAGE),
    limit: z
      .number()
      .int()
      .min(1, 'limit must be between 1 and 50')
      .max(50, 'limit must be between 1 and 50'),
    offset: z.number().int().min(0, 'offset must be 0 or more').max(1000, 'offset must be at most 1000'),
    page: z.number().int().min(1, 'page must be 1 or more').nullish(),
    region: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'region must be a region code (lowercase letters, digits and dashes)')
      .nullish(),
    regions: RegionCodes,
    types: Types,
    serviceClasses: FacetValues('serviceClasses'),
    targetGroups: FacetValues('targetGroups'),
  })
  .superRefine((value, ctx) => {
    if (value.page == null) return;
    if (value.offset !== 0)
      ctx.addIssue({ code: 'custom', path: ['page'], message: 'give either page or offset, not both' });
    else if ((value.page - 1) * value.limit > 1000)
      ctx.addIssue({ code: 'custom', path: ['page'], message: 'page must not start past the 1000th hit' });
  });

const SuggestSchema = z.object({
  prefix: z.string().trim().min(1, PREFIX_MESSAGE).max(100, PREFIX_MESSAGE),
  limit: z.number().int().min(1, 'limit must be between 1 and 10').max(10, 'limit must be between 1 and 10'),
  types: Types,
});

/** GraphQL argument names of filter fields, for `extensions.field`. */
const FILTER_FIELDS = new Set(['regions', 'types', 'serviceClasses', 'targetGroups']);

function validationError(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'input';
  const top = field.split('.')[0] ?? field;
  return new DomainError('VALIDATION_FAILED', issue?.message ?? 'invalid search arguments', {
    details: { field: FILTER_FIELDS.has(top) ? `filters.${field}` : field },
  });
}

// Private-use characters mark highlights, so that the stored text can be HTML-escaped first and only
// our own markers become <mark> tags.
const PRE = '\uE000';
const POST = '\uE001';
const CROP_WORDS = 24;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Turns Meilisearch's marked text into HTML-safe text with `<mark>` around matches. */
export function toSnippetHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
    .replaceAll(PRE, '<mark>')
    .replaceAll(POST, '</mark>');
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

type Formatted = Partial<Record<'body' | 'summary' | 'title', unknown>>;
type Hit = Partial<SearchDoc> & { _formatted?: Formatted };

const isLocaleValue = (value: unknown): value is Locale => value === 'fi' || value === 'sv' || value === 'en';

function pickSnippet(formatted: Formatted | undefined): string | null {
  const body = typeof formatted?.body === 'string' ? formatted.body : '';
  const summary = typeof formatted?.summary === 'string' ? formatted.summary : '';
  // Prefer the field where the words matched; otherwise show the start of the body.
  const chosen = [body, summary].find((t) => t.includes(PRE)) ?? (body || summary);
  return chosen.trim() === '' ? null : toSnippetHtml(chosen.trim());
}

function titleHighlight(hit: Hit & { title: string }): string {
  const formatted = hit._formatted?.title;
  return toSnippetHtml(typeof formatted === 'string' ? formatted : hit.title);
}

function isValidHit(hit: Hit): hit is Hit & Pick<SearchDoc, 'id' | 'documentId' | 'title' | 'type'> {
  return (
    typeof hit.id === 'string' &&
    typeof hit.documentId === 'string' &&
    typeof hit.title === 'string' &&
    typeof hit.type === 'string' &&
    (SEARCH_DOC_TYPES as readonly string[]).includes(hit.type)
  );
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const regionsOf = (hit: Hit): string[] =>
  Array.isArray(hit.region) ? hit.region.filter((r): r is string => typeof r === 'string') : [];

function toHit(hit: Hit, withSnippets: boolean, locale: Locale): SearchHit | null {
  if (!isValidHit(hit)) return null;
  return {
    id: hit.id,
    documentId: hit.documentId,
    type: hit.type,
    title: hit.title,
    titleHighlight: titleHighlight(hit),
    summary: text(hit.summary),
    snippet: withSnippets ? pickSnippet(hit._formatted) : null,
    slug: text(hit.slug),
    url: text(hit.url),
    region: regionsOf(hit),
    updatedAt: text(hit.updatedAt),
    locale: isLocaleValue(hit.locale) ? hit.locale : locale,
    alsoIn: [],
  };
}

/** A hit of the ranking pass or the group-members pass: just what grouping needs. */
interface LightHit {
  id: string;
  documentId: string;
  type: SearchDocType;
  title: string;
  slug: string | null;
  url: string | null;
  groupKey: string;
  locale: Locale;
  region: string[];
}

function toLight(hit: Hit, fallbackLocale: Locale): LightHit | null {
  if (!isValidHit(hit)) return null;
  return {
    id: hit.id,
    documentId: hit.documentId,
    type: hit.type,
    title: hit.title,
    slug: text(hit.slug),
    url: text(hit.url),
    // A document indexed before group keys existed is a group of its own.
    groupKey: typeof hit.groupKey === 'string' && hit.groupKey !== '' ? hit.groupKey : `id:${hit.id}`,
    locale: isLocaleValue(hit.locale) ? hit.locale : fallbackLocale,
    region: regionsOf(hit),
  };
}

const toRegionalEntry = ({
  id,
  documentId,
  type,
  title,
  slug,
  url,
  region,
  locale,
}: LightHit): RegionalEntry => ({
  id,
  documentId,
  type,
  title,
  slug,
  url,
  region,
  locale,
});

function toSuggestion(hit: Hit): Suggestion | null {
  if (!isValidHit(hit)) return null;
  return {
    id: hit.id,
    documentId: hit.documentId,
    type: hit.type,
    title: hit.title,
    titleHighlight: titleHighlight(hit),
    slug: text(hit.slug),
    url: text(hit.url),
    region: regionsOf(hit),
  };
}

/** GraphQL facet name → filterable attribute. */
const FACETS = {
  types: 'type',
  regions: 'region',
  serviceClasses: 'serviceClasses',
  targetGroups: 'targetGroups',
} as const satisfies Record<keyof SearchFacets, string>;
type FacetName = keyof typeof FACETS;
const FACET_NAMES = Object.keys(FACETS) as FacetName[];

interface ParsedFilters {
  types?: readonly string[] | null | undefined;
  regions?: readonly string[] | null | undefined;
  serviceClasses?: readonly string[] | null | undefined;
  targetGroups?: readonly string[] | null | undefined;
}

/**
 * Meilisearch filter clauses: the audience guard for citizens (always), then one `IN` clause per non-empty filter,
 * except the facet named in `without` (for that facet's disjunctive counts). The clauses are ANDed; the values of
 * one filter are ORed.
 */
function filterClauses(audience: SearchAudience, filters: ParsedFilters, without?: FacetName): string[] {
  // Defence in depth for citizens: besides using the public index, only public documents match.
  const clauses: string[] = audience === 'public' ? ['audience = "public"'] : [];
  for (const name of FACET_NAMES) {
    const values = filters[name];
    if (name === without || !values || values.length === 0) continue;
    // Sorted: the same choice in another order is the same Meilisearch request (and search-cache entry).
    const clause = `${FACETS[name]} IN [${[...new Set(values)].sort().map(quote).join(', ')}]`;
    // Content without regions applies everywhere (guides, protocols): a region filter keeps it.
    clauses.push(name === 'regions' ? `(${clause} OR region IS EMPTY)` : clause);
  }
  return clauses;
}

function facetCounts(distribution: Record<string, Record<string, number>> | undefined, attribute: string) {
  return Object.entries(distribution?.[attribute] ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

const HIT_ATTRIBUTES = [
  'id',
  'documentId',
  'type',
  'title',
  'summary',
  'slug',
  'url',
  'region',
  'locale',
  'updatedAt',
];
const LIGHT_ATTRIBUTES = ['id', 'documentId', 'type', 'title', 'slug', 'url', 'region', 'locale', 'groupKey'];

/** The attribute that makes one hit per service across regions (see `searchGroupKey` in content-models). */
const GROUP_ATTRIBUTE = 'groupKey';

/**
 * Federated-search weight of entries that cannot route a caller (region-less services without any channel): so
 * small that every other hit comes first. They still show when nothing else matches.
 */
const UNROUTABLE_WEIGHT = 0.001;

/**
 * How many ranked hits per requested hit the ranking pass reads: one service can come back once per language and
 * region class (home or national / other regions), and the repeats are dropped before paging.
 */
const WINDOW_FACTOR = 3;

/** Most entries of one service (one per region) read for the "also in" links of a page. */
const MEMBERS_PER_GROUP = 25;

const quoteAll = (values: readonly string[]) => values.map(quote).join(', ');

export interface SearchServiceOptions {
  readonly meiliUrl: string;
  readonly meiliSearchKey: string;
  readonly logger: Logger;
  /** Query analysis, the same the indexer applied to the documents. */
  readonly analysis: Analysis;
  readonly timeoutMs?: number;
  /**
   * Answers of Meilisearch kept per index generation (see `src/cache.ts`); without it every search goes to
   * Meilisearch.
   */
  readonly cache?: AnswerCache;
}

/** What a search keeps of Meilisearch's answer (and what the search-result cache stores). */
interface SearchAnswer {
  readonly hits: SearchHit[];
  readonly total: number;
  readonly tookMs: number;
  readonly facets: SearchFacets | null;
}

/** What a suggestion request keeps of Meilisearch's answer. */
interface SuggestAnswer {
  readonly suggestions: Suggestion[];
  readonly tookMs: number;
}

/**
 * The cache key of a Meilisearch request: the kind, the index (so a citizen's `public-*` answer and an agent's
 * `agent-*` answer can never be the same entry) and the exact request parameters, which hold everything that shapes
 * the answer (the analysed query, filters, facets asked, offset, limit, highlighting and cropping).
 */
function cacheKey(kind: 'search' | 'suggest', index: string, requests: unknown): string {
  return `${kind}\u0000${index}\u0000${JSON.stringify(requests)}`;
}

/** Creates the search service over Meilisearch with the search-only key. */
export function createSearchService({
  meiliUrl,
  meiliSearchKey,
  logger,
  analysis,
  timeoutMs = 5000,
  cache,
}: SearchServiceOptions): SearchService {
  // node:http instead of fetch: see ../../http.ts (a 40 ms stall per search otherwise).
  const client = new Meilisearch({
    host: meiliUrl,
    apiKey: meiliSearchKey,
    timeout: timeoutMs,
    httpClient: meiliHttpClient,
  });

  const cached = async <V>(key: string, load: () => Promise<V>): Promise<{ value: V; cached: boolean }> =>
    cache ? cache.getOrLoad(key, load) : { value: await load(), cached: false };

  return {
    async search(role, input) {
      const parsed = InputSchema.safeParse({
        query: input.query,
        limit: input.limit,
        offset: input.offset,
        page: input.page,
        region: input.region,
        regions: input.filters?.regions,
        types: input.filters?.types,
        serviceClasses: input.filters?.serviceClasses,
        targetGroups: input.filters?.targetGroups,
      });
      if (!parsed.success) throw validationError(parsed.error);
      const { query, limit, page, region: homeRegion, ...filters } = parsed.data;
      const home = homeRegion ?? null;
      const offset = page != null ? (page - 1) * limit : parsed.data.offset;
      const audience = audienceFor(role);
      const withFacets = input.withFacets ?? true;
      const withHits = input.withHits ?? true;
      const withSnippets = input.withSnippets ?? true;
      const languages = searchLocales(input.locale).map((locale) => ({
        locale,
        index: indexName(audience, locale),
        analysed: analyseQuery(analysis, locale, query),
        weight: locale === input.locale ? 1 : OTHER_LANGUAGE_WEIGHT,
      }));
      const clauses = filterClauses(audience, filters);
      const window = Math.min(offset + WINDOW_FACTOR * limit, 1000 + 50 * WINDOW_FACTOR);

      // Pass 1, ranking: one federated search over the interface language and the other national language(s), one
      // hit per service group in each query. Home-region and national entries weigh fully, other regions' entries
      // less, entries that cannot route a caller least (queries of their own, so the classes never overlap).
      const homeClass = home ? [`(region = ${quote(home)} OR region IS EMPTY)`] : [];
      const classes: { filter: string[]; weight: number }[] = [
        { filter: [...homeClass, 'routable != 0'], weight: 1 },
        ...(home
          ? [{ filter: [`NOT region = ${quote(home)}`, 'NOT region IS EMPTY'], weight: OTHER_REGION_WEIGHT }]
          : []),
        { filter: ['routable = 0'], weight: UNROUTABLE_WEIGHT },
      ];
      const rankingQueries = languages.flatMap((language) =>
        classes.map((cls) => ({
          indexUid: language.index,
          q: language.analysed.q,
          matchingStrategy: language.analysed.matchingStrategy,
          filter: [...clauses, ...cls.filter],
          distinct: GROUP_ATTRIBUTE,
          attributesToRetrieve: LIGHT_ATTRIBUTES,
          federationOptions: { weight: language.weight * cls.weight },
        })),
      );
      const ranking = { federation: { offset: 0, limit: window }, queries: rankingQueries };

      // Facets: counted per service group (distinct) in every searched language and summed; regions are counted per
      // entry (each region's entry is a document of its own). A facet the search is filtered on is counted without
      // its own filter.
      // Facets that are counted alike (the same filters, grouped or not) share one query per language: in the usual
      // case (no facet filtered) two queries per language, one for the grouped facets and one for regions.
      const facetQueries = withFacets
        ? languages.flatMap((language) => {
            const shared = new Map<string, { names: FacetName[]; filter: string[]; grouped: boolean }>();
            for (const name of FACET_NAMES) {
              const filter = filterClauses(
                audience,
                filters,
                (filters[name]?.length ?? 0) > 0 ? name : undefined,
              );
              const grouped = name !== 'regions';
              const key = JSON.stringify([filter, grouped]);
              const entry = shared.get(key) ?? { names: [], filter, grouped };
              entry.names.push(name);
              shared.set(key, entry);
            }
            return [...shared.values()].map(({ names, filter, grouped }) => ({
              names,
              params: {
                indexUid: language.index,
                q: language.analysed.q,
                matchingStrategy: language.analysed.matchingStrategy,
                // Not 0: Meilisearch applies `distinct` to facet counts only when it ranks hits.
                limit: 1,
                attributesToRetrieve: ['id'],
                facets: names.map((name) => FACETS[name]),
                filter: filter.length > 0 ? filter : undefined,
                ...(grouped ? { distinct: GROUP_ATTRIBUTE } : {}),
              },
            }));
          })
        : [];

      const load = async (): Promise<SearchAnswer> => {
        const [rankedResponse, facetResponse] = await Promise.all([
          client.multiSearch(ranking as never) as unknown as Promise<SearchResponse<SearchDoc>>,
          facetQueries.length > 0
            ? client.multiSearch({ queries: facetQueries.map((f) => f.params) } as never)
            : Promise.resolve(null),
        ]);
        const ranked = (rankedResponse.hits as Hit[])
          .map((hit) => toLight(hit, input.locale))
          .filter((h): h is LightHit => h !== null);
        const { kept, repeats } = firstOfEachGroup(ranked);
        const exhaustive = ranked.length < window;
        const total = exhaustive
          ? kept.length
          : Math.max(kept.length, (rankedResponse.estimatedTotalHits ?? ranked.length) - repeats);
        const pageGroups = kept.slice(offset, offset + limit);

        const hits = withHits && pageGroups.length > 0 ? await loadPage(pageGroups) : [];
        let facets: SearchFacets | null = null;
        if (facetResponse) {
          const sums = new Map<FacetName, Map<string, number>>(FACET_NAMES.map((n) => [n, new Map()]));
          const results = (facetResponse as { results: SearchResponse<SearchDoc>[] }).results;
          facetQueries.forEach((f, i) => {
            for (const name of f.names) {
              const sum = sums.get(name);
              for (const { value, count } of facetCounts(results[i]?.facetDistribution, FACETS[name]))
                sum?.set(value, (sum.get(value) ?? 0) + count);
            }
          });
          facets = Object.fromEntries(
            FACET_NAMES.map((name) => [
              name,
              [...(sums.get(name) ?? new Map<string, number>())]
                .map(([value, count]) => ({ value, count }))
                .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
            ]),
          ) as unknown as SearchFacets;
        }
        return { hits, total, tookMs: rankedResponse.processingTimeMs, facets };
      };

      /**
       * Pass 2 for the groups of one page, one multi-search: per language, every entry of those groups (for the
       * home-region choice and the "also in" links) and the same entries that match the query, with highlights and
       * snippets. An entry shown whose own text does not match the query (a home-region entry worded differently)
       * keeps its summary, without highlights.
       */
      const loadPage = async (groups: LightHit[]): Promise<SearchHit[]> => {
        const byLocale = languages.filter((l) => groups.some((g) => g.locale === l.locale));
        const queries = byLocale.flatMap((language) => {
          const keys = [
            ...new Set(groups.filter((g) => g.locale === language.locale).map((g) => g.groupKey)),
          ];
          const common = {
            indexUid: language.index,
            limit: Math.min(1000, keys.length * MEMBERS_PER_GROUP),
            filter: [
              ...filterClauses(audience, { ...filters, regions: null }),
              `${GROUP_ATTRIBUTE} IN [${quoteAll(keys)}]`,
            ],
          };
          return [
            { ...common, q: '', attributesToRetrieve: [...LIGHT_ATTRIBUTES, 'summary'] },
            {
              ...common,
              q: language.analysed.q,
              matchingStrategy: language.analysed.matchingStrategy,
              attributesToRetrieve: HIT_ATTRIBUTES,
              cropLength: CROP_WORDS,
              highlightPreTag: PRE,
              highlightPostTag: POST,
              ...(withSnippets
                ? {
                    attributesToCrop: ['body', 'summary'],
                    attributesToHighlight: ['title', 'body', 'summary'],
                  }
                : { attributesToHighlight: ['title'] }),
            },
          ];
        });
        const { results } = (await client.multiSearch({ queries } as never)) as {
          results: SearchResponse<SearchDoc>[];
        };
        const members: LightHit[] = [];
        const plain = new Map<string, SearchHit>();
        const highlighted = new Map<string, SearchHit>();
        results.forEach((response, i) => {
          const locale = byLocale[Math.floor(i / 2)]?.locale ?? input.locale;
          for (const raw of response.hits as Hit[]) {
            if (i % 2 === 0) {
              const light = toLight(raw, locale);
              const hit = toHit(raw, false, locale);
              if (light) members.push(light);
              if (hit) plain.set(hit.id, hit);
            } else {
              const hit = toHit(raw, withSnippets, locale);
              if (hit) highlighted.set(hit.id, hit);
            }
          }
        });
        return groups.flatMap((best) => {
          const group = members.filter((m) => m.groupKey === best.groupKey);
          const display = displayMember(best, group, home);
          const hit = highlighted.get(display.id) ?? plain.get(display.id);
          return hit ? [{ ...hit, alsoIn: otherMembers(display, group).map(toRegionalEntry) }] : [];
        });
      };

      try {
        const key = cacheKey('search', languages[0]?.index ?? '', [
          ranking,
          facetQueries.map((f) => f.params),
          { offset, limit, home, withSnippets, withHits },
        ]);
        const { value, cached: fromCache } = await cached(key, load);
        const { hits, total, facets } = value;
        return {
          query,
          total,
          hits,
          tookMs: fromCache ? 0 : value.tookMs,
          offset,
          limit,
          page: Math.floor(offset / limit) + 1,
          totalPages: Math.ceil(total / limit),
          // Without hits read, the page would hold as many as are left, up to limit.
          hasMore: offset + (withHits ? hits.length : Math.min(limit, Math.max(0, total - offset))) < total,
          facets,
        };
      } catch (error) {
        throw translateMeiliError(error, languages[0]?.index ?? '', logger);
      }
    },

    async suggest(role, input) {
      const parsed = SuggestSchema.safeParse({
        prefix: input.prefix,
        limit: input.limit,
        types: input.types,
      });
      if (!parsed.success) throw validationError(parsed.error);
      const { prefix, limit, types } = parsed.data;
      const audience = audienceFor(role);
      const analysed = analyseQuery(analysis, input.locale, prefix);
      const clauses = filterClauses(audience, { types });
      const index = indexName(audience, input.locale);
      const params = {
        matchingStrategy: analysed.matchingStrategy,
        // Titles repeat across regions (one service entry per county): ask for more, keep distinct titles.
        limit: limit * 3,
        filter: clauses.length > 0 ? clauses : undefined,
        attributesToSearchOn: [...SEARCH_SUGGEST_ATTRIBUTES],
        attributesToRetrieve: ['id', 'documentId', 'type', 'title', 'slug', 'url', 'region'],
        attributesToHighlight: ['title'],
        highlightPreTag: PRE,
        highlightPostTag: POST,
      } satisfies SearchParams;
      const load = async (): Promise<SuggestAnswer> => {
        const response = await client.index<SearchDoc>(index).search(analysed.q, params);
        const seen = new Set<string>();
        const suggestions: Suggestion[] = [];
        for (const hit of response.hits as Hit[]) {
          const suggestion = toSuggestion(hit);
          if (!suggestion) continue;
          const key = suggestion.title.toLocaleLowerCase(input.locale);
          if (seen.has(key)) continue;
          seen.add(key);
          suggestions.push(suggestion);
          if (suggestions.length === limit) break;
        }
        return { suggestions, tookMs: response.processingTimeMs };
      };
      try {
        const key = cacheKey('suggest', index, { q: analysed.q, distinct: limit, ...params });
        const { value, cached: fromCache } = await cached(key, load);
        return { prefix, suggestions: value.suggestions, tookMs: fromCache ? 0 : value.tookMs };
      } catch (error) {
        throw translateMeiliError(error, index, logger);
      }
    },
  };
}

function translateMeiliError(error: unknown, index: string, logger: Logger): unknown {
  // The Meilisearch client wraps API errors of our node:http client (../../http.ts); unwrap them first.
  error = unwrapMeiliError(error);
  if (error instanceof MeilisearchRequestError) {
    return new DomainError('UPSTREAM_UNAVAILABLE', 'Search is temporarily unavailable.', { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    const code = error.cause?.code;
    if (code === 'index_not_found') {
      // The indexer has not built this index yet; the engine itself is fine but cannot answer.
      logger.warn('search_index_missing', { index });
      return new DomainError('UPSTREAM_UNAVAILABLE', 'Search is temporarily unavailable.', { cause: error });
    }
    if (status >= 500 || status === 401 || status === 403) {
      logger.error('search_upstream_error', { index, status, meiliCode: code });
      return new DomainError('UPSTREAM_UNAVAILABLE', 'Search is temporarily unavailable.', { cause: error });
    }
  }
  return error;
}
