/** Anonymous view counters of guide pages (per guide, language and day) and the public "most read" list. */
export const guideViewsTypeDefs = /* GraphQL */ `
  "A guide of the \\"most read\\" list."
  type PopularGuide {
    slug: String!
    title: String!
    summary: String
    "Views of its page in the last 30 days, in this language."
    views: Int!
  }

  extend type Query {
    """
    The most read self-care guides of a language in the last 30 days (Helsinki days), most read first: only guides
    published in that language. limit 1–20. Empty when nothing has been read yet.
    """
    popularGuides(locale: Locale = fi, limit: Int = 5): [PopularGuide!]!
  }

  extend type Mutation {
    """
    Counts one view of a guide page (the public site calls it when a page is shown). Anonymous: only a counter per
    guide, language and day is kept. Returns false when not counted (the same client and page within half an hour, or
    more than 120 views an hour from one client).
    """
    recordGuideView(slug: String!, locale: Locale!): Boolean!
  }
`;
