/** Regions (wellbeing services counties) as the CMS publishes them; the `Region` type is content's. */
export const regionsTypeDefs = /* GraphQL */ `
  extend type Query {
    """
    Published regions with their names in the requested locale (Finnish when a region is not translated),
    ordered by name. code is the value search hits (SearchHit.region) and SearchFilters.regions use.
    Regions change rarely: the list is cached (REGIONS_CACHE_TTL_MS) and refreshed in the background.
    """
    regions(locale: Locale = fi): [Region!]!
  }
`;
