/** Search analytics: which queries are made, which find nothing, which results are chosen. No personal data. */
export const analyticsTypeDefs = /* GraphQL */ `
  extend type SearchResult {
    """
    Identifies this search for recordSearchClick. A search that selects no hits (facet counts only) is not recorded
    in the search analytics: its searchId is unknown to recordSearchClick.
    """
    searchId: ID!
  }

  """
  Where a search was made: site is the public self-care site (and anyone else searching without signing in, who
  gets citizen content only), portal the agent portal (signed-in staff).
  """
  enum SearchChannel {
    site
    portal
  }

  "How often one (normalised) query was searched in the period."
  type SearchQueryStat {
    "Lower-cased, whitespace-collapsed query text."
    query: String!
    "Searches with this query."
    count: Int!
    "Of those, searches in which a result was chosen."
    clicks: Int!
    "clicks / count (0–1)."
    clickThroughRate: Float!
    "Average number of results."
    averageResults: Float!
  }

  """
  Search use in a period, for editors: what people look for and what they do not find. Queries that looked like
  personal data (identity codes, phone numbers, e-mail addresses) were never stored; they are only counted.
  Typing steps of instant search (a query the same searcher extended within seconds) are not counted.
  """
  type SearchReport {
    "First day (YYYY-MM-DD, Europe/Helsinki), inclusive."
    from: String!
    "Last day (YYYY-MM-DD, Europe/Helsinki), inclusive."
    to: String!
    "The locale reported on; null = all."
    locale: Locale
    "The channel reported on; null = both."
    channel: SearchChannel
    searches: Int!
    zeroResultSearches: Int!
    "Searches in which a result was chosen."
    clickedSearches: Int!
    "clickedSearches / searches (0–1)."
    clickThroughRate: Float!
    "Searches whose query was replaced by a redaction marker."
    redactedSearches: Int!
    "Average time the api took to answer a search, in milliseconds."
    averageLatencyMs: Float!
    "Most frequent queries, most frequent first."
    topQueries: [SearchQueryStat!]!
    "Most frequent queries that found nothing."
    zeroResultQueries: [SearchQueryStat!]!
  }

  extend type Query {
    """
    Search report for supervisors (FORBIDDEN for agents and citizens). from/to are calendar days
    (YYYY-MM-DD, Helsinki time), both inclusive, at most 366 days; limit 1–100 queries per list. channel: only the
    searches of the public site or of the agent portal (e.g. what citizens did not find: channel site, zeroResultQueries).
    """
    searchReport(
      from: String!
      to: String!
      locale: Locale
      channel: SearchChannel
      limit: Int = 20
    ): SearchReport!
  }

  extend type Mutation {
    """
    Records that a result of a search was chosen. searchId comes from search; documentId is the hit's documentId.
    Returns false when the search is unknown. Anyone who searched may call it.
    """
    recordSearchClick(searchId: ID!, documentId: ID!): Boolean!
  }
`;
