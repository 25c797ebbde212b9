/**
 * Every GraphQL operation the portal sends, in one place so the api team can see (and allow-list) them.
 */
import type { Locale } from '../content/models';
import { GraphQLRequestError, type GraphQLClient, type RequestOptions } from './client';
import type {
  RegionView,
  SearchFacets,
  SearchFilters,
  SearchReportData,
  SearchResult,
  ServiceEntryDetails,
  Suggestion,
} from './types';

export const SEARCH_QUERY = /* GraphQL */ `
  query PortalSearch($query: String!, $locale: Locale!, $filters: SearchFilters, $limit: Int!) {
    search(query: $query, locale: $locale, filters: $filters, limit: $limit) {
      searchId
      query
      total
      tookMs
      hits {
        id
        documentId
        type
        title
        summary
        snippet
        slug
        url
        region
      }
    }
  }
`;

export const SERVICE_ENTRY_QUERY = /* GraphQL */ `
  query PortalServiceEntry($id: ID!, $locale: Locale!) {
    serviceEntry(id: $id, locale: $locale) {
      id
      slug
      locale
      source
      name
      summary
      description
      userInstruction
      organizationName
      regions {
        code
        name
      }
      channels {
        phones {
          name
          number
          prefixNumber
          chargeType
          chargeInfo
          serviceHours
        }
        webPages {
          name
          url
        }
        locations {
          name
          street
          postalCode
          postOffice
          openingHours
          phone
        }
        eServices {
          name
          url
        }
      }
      agentInstructions
      internalPhones {
        label
        number
        note
      }
      instructions {
        id
        slug
        title
        category
      }
      protocols {
        id
        code
        version
        complaint
      }
      guides {
        slug
        title
      }
      queue {
        code
        name
      }
    }
  }
`;

/** Most results an agent can use at a glance; the api allows 1–50. */
export const SEARCH_LIMIT = 20;

export interface SearchParams {
  query: string;
  locale: Locale;
  filters: SearchFilters;
}

const FILTER_KEYS = ['types', 'regions', 'serviceClasses', 'targetGroups'] as const;

/** The filters the api gets: only non-empty lists, `null` when there is none. */
export function filtersVariable(filters: SearchFilters): SearchFilters | null {
  const out: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values?.length) (out as Record<string, unknown>)[key] = values;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export async function searchContent(
  client: GraphQLClient,
  params: SearchParams,
  options: RequestOptions = {},
): Promise<SearchResult> {
  const data = await client.request<{ search: SearchResult }>(
    SEARCH_QUERY,
    {
      query: params.query,
      locale: params.locale,
      filters: filtersVariable(params.filters),
      limit: SEARCH_LIMIT,
    },
    options,
  );
  return data.search;
}

const FACET_FIELDS = `value count`;

/**
 * Facet counts of a search, asked for after its results are on screen so that they never slow the results down.
 * It selects no hits, so the api does not count it as another search in the search analytics.
 */
export const SEARCH_FACETS_QUERY = /* GraphQL */ `
  query PortalSearchFacets($query: String!, $locale: Locale!, $filters: SearchFilters) {
    search(query: $query, locale: $locale, filters: $filters, limit: 1) {
      facets {
        types { ${FACET_FIELDS} }
        regions { ${FACET_FIELDS} }
        serviceClasses { ${FACET_FIELDS} }
        targetGroups { ${FACET_FIELDS} }
      }
    }
  }
`;

export async function fetchSearchFacets(
  client: GraphQLClient,
  params: SearchParams,
  options: RequestOptions = {},
): Promise<SearchFacets> {
  const data = await client.request<{ search?: { facets?: SearchFacets } }>(
    SEARCH_FACETS_QUERY,
    { query: params.query, locale: params.locale, filters: filtersVariable(params.filters) },
    options,
  );
  const facets = data.search?.facets;
  if (!facets) throw new GraphQLRequestError('INTERNAL', 'The api sent no facets');
  return facets;
}

export const SUGGEST_QUERY = /* GraphQL */ `
  query PortalSuggest($prefix: String!, $locale: Locale!, $types: [ContentType!], $limit: Int!) {
    suggest(prefix: $prefix, locale: $locale, types: $types, limit: $limit) {
      suggestions {
        id
        documentId
        type
        title
        titleHighlight
      }
    }
  }
`;

/** Suggestions under the search box; the api allows 1–10. */
export const SUGGEST_LIMIT = 6;
/** The api accepts a prefix of 1–100 characters. */
export const MAX_SUGGEST_PREFIX_LENGTH = 100;

export async function fetchSuggestions(
  client: GraphQLClient,
  params: SearchParams,
  options: RequestOptions = {},
): Promise<Suggestion[]> {
  const data = await client.request<{ suggest?: { suggestions?: Suggestion[] } }>(
    SUGGEST_QUERY,
    {
      prefix: params.query,
      locale: params.locale,
      types: params.filters.types?.length ? params.filters.types : null,
      limit: SUGGEST_LIMIT,
    },
    options,
  );
  const suggestions = data.suggest?.suggestions;
  if (!suggestions) throw new GraphQLRequestError('INTERNAL', 'The api sent no suggestions');
  return suggestions;
}

export const REGIONS_QUERY = /* GraphQL */ `
  query PortalRegions($locale: Locale!) {
    regions(locale: $locale) {
      code
      name
    }
  }
`;

/** Published regions with their names in `locale` (Finnish when not translated). */
export async function fetchRegions(
  client: GraphQLClient,
  locale: Locale,
  options: RequestOptions = {},
): Promise<RegionView[]> {
  const data = await client.request<{ regions?: RegionView[] }>(REGIONS_QUERY, { locale }, options);
  if (!Array.isArray(data.regions)) throw new GraphQLRequestError('INTERNAL', 'The api sent no regions');
  return data.regions;
}

export async function fetchServiceEntry(
  client: GraphQLClient,
  id: string,
  locale: Locale,
  options: RequestOptions = {},
): Promise<ServiceEntryDetails | null> {
  const data = await client.request<{ serviceEntry: ServiceEntryDetails | null }>(
    SERVICE_ENTRY_QUERY,
    { id, locale },
    options,
  );
  return data.serviceEntry;
}

export const RECORD_SEARCH_CLICK_MUTATION = /* GraphQL */ `
  mutation PortalRecordSearchClick($searchId: ID!, $documentId: ID!) {
    recordSearchClick(searchId: $searchId, documentId: $documentId)
  }
`;

/** Tells search analytics which result of a search was opened. Best effort: failures are ignored. */
export async function recordSearchClick(
  client: GraphQLClient,
  searchId: string,
  documentId: string,
): Promise<void> {
  try {
    await client.request<{ recordSearchClick: boolean }>(RECORD_SEARCH_CLICK_MUTATION, {
      searchId,
      documentId,
    });
  } catch {
    // Analytics must never disturb the agent.
  }
}

const QUERY_STAT_FIELDS = `query count clicks clickThroughRate averageResults`;

export const SEARCH_REPORT_QUERY = /* GraphQL */ `
  query PortalSearchReport($from: String!, $to: String!, $locale: Locale, $limit: Int) {
    searchReport(from: $from, to: $to, locale: $locale, limit: $limit) {
      from
      to
      locale
      searches
      zeroResultSearches
      clickedSearches
      clickThroughRate
      redactedSearches
      averageLatencyMs
      topQueries { ${QUERY_STAT_FIELDS} }
      zeroResultQueries { ${QUERY_STAT_FIELDS} }
    }
  }
`;

export interface SearchReportParams {
  /** YYYY-MM-DD, Helsinki, inclusive. */
  from: string;
  to: string;
  locale: Locale | null;
  limit?: number;
}

export async function fetchSearchReport(
  client: GraphQLClient,
  params: SearchReportParams,
  options: RequestOptions = {},
): Promise<SearchReportData> {
  const data = await client.request<{ searchReport: SearchReportData }>(
    SEARCH_REPORT_QUERY,
    { from: params.from, to: params.to, locale: params.locale, limit: params.limit ?? 20 },
    options,
  );
  return data.searchReport;
}
