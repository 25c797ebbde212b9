/** Search over Meilisearch. Citizens search the `public-<locale>` index, agents `agent-<locale>`. */
export const searchTypeDefs = /* GraphQL */ `
  "Kinds of searchable content. Citizens only ever receive service and guide."
  enum ContentType {
    service
    instruction
    protocol
    guide
  }

  "Filters combine with AND; the values within one filter with OR."
  input SearchFilters {
    "Only these kinds of content."
    types: [ContentType!]
    "Only content for these region codes (e.g. pohjanmaa), plus content for every region (no region codes); at most 20."
    regions: [String!]
    "Only services in these service classes (values as in facets.serviceClasses); at most 20."
    serviceClasses: [String!]
    "Only services for these target groups (values as in facets.targetGroups); at most 20."
    targetGroups: [String!]
  }

  type SearchHit {
    "Search document id: <type>-<documentId>."
    id: ID!
    "CMS documentId; pass it to serviceEntry(id:) for a service."
    documentId: ID!
    type: ContentType!
    title: String!
    "HTML-safe title in which the matched words are wrapped in <mark>…</mark>."
    titleHighlight: String!
    summary: String
    "HTML-safe excerpt around the match; matched words are wrapped in <mark>…</mark>, nothing else is markup."
    snippet: String
    slug: String
    url: String
    "Region codes the content applies to; empty means everywhere."
    region: [String!]!
    "ISO timestamp of the content's last change; compare with lastOpened to show what changed since it was opened."
    updatedAt: String
    """
    Language of this entry: the interface language, or the other national language when the query matched there
    (open it with this locale).
    """
    locale: Locale!
    """
    The same service's entries for other regions (one hit stands for all of them; the home region's entry is the one
    shown when it exists), ordered by region code. Empty for content that exists once.
    """
    alsoIn: [RegionalEntry!]!
  }

  "Another region's entry of the same service as a search hit."
  type RegionalEntry {
    "Search document id: <type>-<documentId>."
    id: ID!
    documentId: ID!
    type: ContentType!
    title: String!
    slug: String
    url: String
    region: [String!]!
    locale: Locale!
  }

  "How many matching documents have this value."
  type FacetCount {
    value: String!
    count: Int!
  }

  """
  Counts of the matching documents per value, most frequent first. A facet the search is filtered on is counted
  without its own filter (the other filters still apply), so the counts say what choosing another value would give.
  """
  type SearchFacets {
    "Per content type (the value is a ContentType name)."
    types: [FacetCount!]!
    "Per region code."
    regions: [FacetCount!]!
    serviceClasses: [FacetCount!]!
    targetGroups: [FacetCount!]!
  }

  type SearchResult {
    "The query as searched (trimmed)."
    query: String!
    "Estimated number of matches."
    total: Int!
    hits: [SearchHit!]!
    "Time Meilisearch took, in milliseconds; 0 when the answer came from the api's search-result cache."
    tookMs: Int!
    "Index of the first hit in all matches (page arguments are turned into an offset)."
    offset: Int!
    limit: Int!
    "1-based page of limit hits that offset falls on."
    page: Int!
    totalPages: Int!
    "True when more matches follow this page."
    hasMore: Boolean!
    facets: SearchFacets!
  }

  "A title to offer while the user types."
  type Suggestion {
    "Search document id: <type>-<documentId>."
    id: ID!
    documentId: ID!
    type: ContentType!
    title: String!
    "HTML-safe title in which the matched words are wrapped in <mark>…</mark>."
    titleHighlight: String!
    slug: String
    url: String
    region: [String!]!
  }

  type SuggestResult {
    "The prefix as searched (trimmed)."
    prefix: String!
    "Distinct titles, best first."
    suggestions: [Suggestion!]!
    "Time Meilisearch took, in milliseconds; 0 when the answer came from the api's search-result cache."
    tookMs: Int!
  }

  extend type Query {
    """
    Full-text search that understands Finnish and Swedish inflection (hammaslääkärille finds hammaslääkäri) and
    compounds (lastenneuvolaan finds neuvola), and tolerates typos. query: 1–200 characters after trimming;
    limit 1–50; offset 0–1000, or page (1-based) instead of offset (else VALIDATION_FAILED).
    Citizens search citizen-safe content only, whatever the filters; agents also find instructions and protocols.
    The query is searched in the interface language and in the other national language (fi and sv; en searches en,
    fi and sv); each hit says its locale. One service with entries in several regions is one hit (alsoIn lists the
    others): region (a region code, the agent's home region) ranks that region's and national entries first and shows
    a service by its home-region entry. Region-less services without any contact channel rank last. total counts
    services, not entries (exact up to offset + 3 × limit matching entries, estimated beyond); facets count services,
    regions count entries.
    UPSTREAM_UNAVAILABLE when the search engine cannot be reached.
    """
    search(
      query: String!
      locale: Locale = fi
      "Home region code (e.g. kymenlaakso): ranks its entries first. Not a filter."
      region: String
      filters: SearchFilters
      limit: Int = 20
      offset: Int = 0
      page: Int
    ): SearchResult!

    """
    As-you-type suggestions: distinct titles matching what has been typed so far (the last word may be
    unfinished). prefix: 1–100 characters after trimming; limit 1–10. Citizens get citizen-safe content only.
    """
    suggest(prefix: String!, locale: Locale = fi, types: [ContentType!], limit: Int = 8): SuggestResult!
  }
`;
