/** Search over Meilisearch. Citizens search the `public-<locale>` index, agents `agent-<locale>`. */
export const searchTypeDefs = /* GraphQL */ `
  "Kinds of searchable content. Citizens only ever receive service and guide."
  enum ContentType {
    service
    instruction
    protocol
    guide
  }

  input SearchFilters {
    "Only these kinds of content."
    types: [ContentType!]
    "Only content for these region codes (e.g. pohjanmaa); at most 20."
    regions: [String!]
  }

  type SearchHit {
    "Search document id: <type>-<documentId>."
    id: ID!
    "CMS documentId; pass it to serviceEntry(id:) for a service."
    documentId: ID!
    type: ContentType!
    title: String!
    summary: String
    "HTML-safe excerpt around the match; matched words are wrapped in <mark>…</mark>, nothing else is markup."
    snippet: String
    slug: String
    url: String
    "Region codes the content applies to; empty means everywhere."
    region: [String!]!
  }

  type SearchResult {
    "The query as searched (trimmed)."
    query: String!
    "Estimated number of matches."
    total: Int!
    hits: [SearchHit!]!
    tookMs: Int!
  }

  extend type Query {
    """
    Full-text search. query: 1–200 characters after trimming; limit 1–50; offset 0–1000 (else VALIDATION_FAILED).
    Citizens search citizen-safe content only, whatever the filters; agents also find instructions and protocols.
    UPSTREAM_UNAVAILABLE when the search engine cannot be reached.
    """
    search(
      query: String!
      locale: Locale = fi
      filters: SearchFilters
      limit: Int = 20
      offset: Int = 0
    ): SearchResult!
  }
`;
