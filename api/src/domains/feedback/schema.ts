/** Citizens' "Was this helpful?" answers on guide pages, and the supervisors' report of them. No personal data. */
export const feedbackTypeDefs = /* GraphQL */ `
  "A citizen's answer to \\"Was this helpful?\\" at the end of a guide page."
  input GuideFeedbackInput {
    "The guide's slug (kebab-case, at most 120 characters)."
    slug: String!
    "The language of the page the answer was given on."
    locale: Locale!
    helpful: Boolean!
    """
    Optional free text, at most 1,000 characters. Refused (VALIDATION_FAILED, extensions.field text) when it holds a
    personal identity code, an e-mail address or a phone number; nothing is stored then.
    """
    text: String
  }

  "A feedback text, as sent (screened and trimmed)."
  type GuideFeedbackComment {
    "The answer the text came with."
    helpful: Boolean!
    text: String!
    locale: Locale!
    "ISO timestamp."
    createdAt: String!
  }

  "The answers about one guide in the period."
  type GuideFeedbackStat {
    slug: String!
    "The guide's Finnish title; null when it is no longer published."
    title: String
    "Answers \\"yes, it helped\\"."
    helpful: Int!
    "Answers \\"no\\"."
    notHelpful: Int!
    total: Int!
    "helpful / total (0–1)."
    helpfulRate: Float!
    "The newest texts (at most 5), newest first."
    latestComments: [GuideFeedbackComment!]!
  }

  "Feedback on the self-care guides in a period, guides with the most answers first."
  type GuideFeedbackReport {
    "First day (YYYY-MM-DD, Europe/Helsinki), inclusive."
    from: String!
    "Last day (YYYY-MM-DD, Europe/Helsinki), inclusive."
    to: String!
    "The locale reported on; null = all."
    locale: Locale
    guides: [GuideFeedbackStat!]!
  }

  extend type Query {
    """
    Feedback on the self-care guides, for supervisors (FORBIDDEN for agents, UNAUTHENTICATED for anonymous callers).
    from/to are calendar days (YYYY-MM-DD, Helsinki time), both inclusive, at most 366 days; limit 1–100 guides.
    """
    guideFeedbackReport(from: String!, to: String!, locale: Locale, limit: Int = 20): GuideFeedbackReport!
  }

  extend type Mutation {
    """
    A citizen's answer to "Was this helpful?" on a guide page; anyone may send it, no sign-in. Returns true when
    stored. Nothing about the sender is stored. RATE_LIMITED after 20 answers an hour from one client.
    """
    sendGuideFeedback(input: GuideFeedbackInput!): Boolean!
  }
`;
