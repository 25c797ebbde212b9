import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, type SearchParams } from 'meilisearch';
import { z } from 'zod';
import type { Role } from '../../context.js';
import type { Logger } from '../../logger.js';
import {
  DomainError,
  SEARCH_DOC_TYPES,
  indexName,
  type Locale,
  type SearchAudience,
  type SearchDoc,
  type SearchDocType,
} from '../../models.js';

/** Search arguments as received from GraphQL, validated by {@link SearchService.search}. */
export interface SearchInput {
  query: string;
  locale: Locale;
  filters?: { types?: readonly SearchDocType[] | null; regions?: readonly string[] | null } | null;
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  documentId: string;
  type: SearchDocType;
  title: string;
  summary: string | null;
  snippet: string | null;
  slug: string | null;
  url: string | null;
  region: string[];
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  tookMs: number;
}

export interface SearchService {
  search(role: Role, input: SearchInput): Promise<SearchResult>;
}

/**
 * The index a role may search. This is the structural guarantee that a citizen never reaches
 * agent-only content: a citizen's search is only ever sent to a `public-<locale>` index.
 */
export function audienceFor(role: Role): SearchAudience {
  return role === 'agent' ? 'agent' : 'public';
}

const InputSchema = z.object({
  query: z
    .string()
    .trim()
    .min(1, 'query must contain 1–200 characters (after trimming spaces)')
    .max(200, 'query must contain 1–200 characters (after trimming spaces)'),
  limit: z.number().int().min(1, 'limit must be between 1 and 50').max(50, 'limit must be between 1 and 50'),
  offset: z.number().int().min(0, 'offset must be 0 or more').max(1000, 'offset must be at most 1000'),
  regions: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9-]{1,64}$/, 'regions must be region codes (lowercase letters, digits and dashes)'),
    )
    .max(20, 'regions may list at most 20 region codes')
    .nullish(),
  types: z
    .array(z.enum(SEARCH_DOC_TYPES))
    .max(SEARCH_DOC_TYPES.length * 2)
    .nullish(),
});

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

type Formatted = Partial<Record<'body' | 'summary', unknown>>;
type Hit = Partial<SearchDoc> & { _formatted?: Formatted };

function pickSnippet(formatted: Formatted | undefined): string | null {
  const body = typeof formatted?.body === 'string' ? formatted.body : '';
  const summary = typeof formatted?.summary === 'string' ? formatted.summary : '';
  // Prefer the field where the words matched; otherwise show the start of the body.
  const chosen = [body, summary].find((t) => t.includes(PRE)) ?? (body || summary);
  return chosen.trim() === '' ? null : toSnippetHtml(chosen.trim());
}

function toHit(hit: Hit): SearchHit | null {
  if (typeof hit.id !== 'string' || typeof hit.documentId !== 'string' || typeof hit.title !== 'string')
    return null;
  if (!hit.type || !(SEARCH_DOC_TYPES as readonly string[]).includes(hit.type)) return null;
  return {
    id: hit.id,
    documentId: hit.documentId,
    type: hit.type,
    title: hit.title,
    summary: typeof hit.summary === 'string' && hit.summary !== '' ? hit.summary : null,
    snippet: pickSnippet(hit._formatted),
    slug: typeof hit.slug === 'string' && hit.slug !== '' ? hit.slug : null,
    url: typeof hit.url === 'string' && hit.url !== '' ? hit.url : null,
    region: Array.isArray(hit.region) ? hit.region.filter((r): r is string => typeof r === 'string') : [],
  };
}

export interface SearchServiceOptions {
  readonly meiliUrl: string;
  readonly meiliSearchKey: string;
  readonly logger: Logger;
  readonly timeoutMs?: number;
}

/** Creates the search service over Meilisearch with the search-only key. */
export function createSearchService({
  meiliUrl,
  meiliSearchKey,
  logger,
  timeoutMs = 5000,
}: SearchServiceOptions): SearchService {
  const client = new Meilisearch({ host: meiliUrl, apiKey: meiliSearchKey, timeout: timeoutMs });

  return {
    async search(role, input) {
      const parsed = InputSchema.safeParse({
        query: input.query,
        limit: input.limit,
        offset: input.offset,
        regions: input.filters?.regions,
        types: input.filters?.types,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') ?? 'input';
        throw new DomainError('VALIDATION_FAILED', issue?.message ?? 'invalid search arguments', {
          details: {
            field: field.startsWith('regions') || field.startsWith('types') ? `filters.${field}` : field,
          },
        });
      }
      const { query, limit, offset, regions, types } = parsed.data;
      const audience = audienceFor(role);

      // Defence in depth for citizens: besides using the public index, only public documents match.
      const filter: string[] = audience === 'public' ? ['audience = "public"'] : [];
      if (types && types.length > 0) filter.push(`type IN [${[...new Set(types)].map(quote).join(', ')}]`);
      if (regions && regions.length > 0)
        filter.push(`region IN [${[...new Set(regions)].map(quote).join(', ')}]`);

      const params: SearchParams = {
        limit,
        offset,
        filter: filter.length > 0 ? filter : undefined,
        attributesToRetrieve: ['id', 'documentId', 'type', 'title', 'summary', 'slug', 'url', 'region'],
        attributesToCrop: ['body', 'summary'],
        attributesToHighlight: ['body', 'summary'],
        cropLength: CROP_WORDS,
        highlightPreTag: PRE,
        highlightPostTag: POST,
      };

      const index = indexName(audience, input.locale);
      try {
        const response = await client.index<SearchDoc>(index).search(query, params);
        const hits = (response.hits as Hit[]).map(toHit).filter((h): h is SearchHit => h !== null);
        return {
          query,
          total: response.estimatedTotalHits,
          hits,
          tookMs: response.processingTimeMs,
        };
      } catch (error) {
        throw translateMeiliError(error, index, logger);
      }
    },
  };
}

function translateMeiliError(error: unknown, index: string, logger: Logger): unknown {
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
