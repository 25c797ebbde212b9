/**
 * Every GraphQL operation the portal sends, in one place so the api team can see (and allow-list) them.
 */
import type { Locale } from '../content/models';
import type { GraphQLClient, RequestOptions } from './client';
import type { SearchFilters, SearchReportData, SearchResult, ServiceEntryDetails } from './types';

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

export async function searchContent(
  client: GraphQLClient,
  params: SearchParams,
  options: RequestOptions = {},
): Promise<SearchResult> {
  const hasFilters = (params.filters.types?.length ?? 0) > 0 || (params.filters.regions?.length ?? 0) > 0;
  const filters: SearchFilters | null = hasFilters
    ? {
        ...(params.filters.types?.length ? { types: params.filters.types } : {}),
        ...(params.filters.regions?.length ? { regions: params.filters.regions } : {}),
      }
    : null;
  const data = await client.request<{ search: SearchResult }>(
    SEARCH_QUERY,
    { query: params.query, locale: params.locale, filters, limit: SEARCH_LIMIT },
    options,
  );
  return data.search;
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
