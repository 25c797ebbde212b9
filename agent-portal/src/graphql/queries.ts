/**
 * Every GraphQL operation the portal sends, in one place so the api team can see (and allow-list) them.
 */
import type { Locale } from '../content/models';
import type { GraphQLClient, RequestOptions } from './client';
import type { SearchFilters, SearchResult, ServiceEntryDetails } from './types';

export const SEARCH_QUERY = /* GraphQL */ `
  query PortalSearch($query: String!, $locale: Locale!, $filters: SearchFilters, $limit: Int!) {
    search(query: $query, locale: $locale, filters: $filters, limit: $limit) {
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
