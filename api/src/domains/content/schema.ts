/**
 * Editorial content read from the CMS: self-care guides (public) and service entries (public fields for
 * everyone, solution-bank fields for agents only).
 */
export const contentTypeDefs = /* GraphQL */ `
  type Source {
    title: String!
    url: String!
  }

  "A link to another self-care guide."
  type GuideLink {
    slug: String!
    title: String!
  }

  type SelfCareGuide {
    "CMS documentId."
    id: ID!
    slug: String!
    "Locale of the returned text. Differs from the requested locale when the guide is not translated and Finnish is returned instead."
    locale: Locale!
    title: String!
    summary: String
    "Markdown."
    body: String!
    "Signs that mean the reader should contact care."
    whenToSeekCare: [String!]!
    "ISO date (YYYY-MM-DD) of the last medical review."
    lastReviewed: String
    "ISO date (YYYY-MM-DD) of the next planned review."
    nextReview: String
    sources: [Source!]!
    relatedGuides: [GuideLink!]!
    "ISO timestamp of the last change."
    updatedAt: String!
  }

  type GuideSummary {
    id: ID!
    slug: String!
    title: String!
    summary: String
    "Locale of the text; Finnish for guides not translated into the requested locale."
    locale: Locale!
  }

  type Region {
    code: String!
    name: String!
  }

  enum ServiceSource {
    ptv
    local
  }

  enum PhoneChargeType {
    free
    charged
    other
  }

  type PhoneChannel {
    name: String
    number: String!
    prefixNumber: String
    chargeType: PhoneChargeType
    chargeInfo: String
    serviceHours: String
  }

  type WebPage {
    name: String
    url: String!
  }

  type ServiceLocation {
    name: String!
    street: String
    postalCode: String
    postOffice: String
    municipalityCode: String
    "WGS84."
    latitude: Float
    "WGS84."
    longitude: Float
    openingHours: String
    phone: String
  }

  type EService {
    name: String!
    url: String!
  }

  type ServiceChannels {
    phones: [PhoneChannel!]!
    webPages: [WebPage!]!
    locations: [ServiceLocation!]!
    eServices: [EService!]!
  }

  "Agent-only: a phone number for professionals, never shown to citizens."
  type InternalPhone {
    label: String!
    number: String!
    note: String
  }

  "Agent-only: a professional instruction linked to a service."
  type InstructionLink {
    id: ID!
    slug: String!
    title: String!
    category: String
  }

  "Agent-only: a triage protocol linked to a service."
  type ProtocolLink {
    id: ID!
    code: String!
    version: Int!
    "Chief complaint in the requested locale (Finnish when not translated)."
    complaint: String!
  }

  "Agent-only: the chat/video queue a service routes to."
  type QueueLink {
    code: String!
    name: String!
  }

  """
  A service from the service catalogue (PTV) or the local solution bank.
  Fields documented as agent-only are null for citizens; they are never read from the CMS for a citizen.
  """
  type ServiceEntry {
    "CMS documentId."
    id: ID!
    slug: String!
    "Locale of the returned text; Finnish when the entry is not translated into the requested locale."
    locale: Locale!
    source: ServiceSource
    ptvId: String
    name: String!
    summary: String
    "Plain text with line breaks."
    description: String
    userInstruction: String
    organizationName: String
    serviceClasses: [String!]!
    targetGroups: [String!]!
    keywords: [String!]!
    regions: [Region!]!
    municipalityCodes: [String!]!
    channels: ServiceChannels!
    "Self-care guides linked to this service."
    guides: [GuideLink!]!
    "ISO timestamp of the last change."
    updatedAt: String!

    "Agent-only (null for citizens): Markdown instructions for agents."
    agentInstructions: String
    "Agent-only (null for citizens)."
    internalPhones: [InternalPhone!]
    "Agent-only (null for citizens): extra search words of the solution bank."
    extraKeywords: [String!]
    "Agent-only (null for citizens)."
    instructions: [InstructionLink!]
    "Agent-only (null for citizens)."
    protocols: [ProtocolLink!]
    "Agent-only (null for citizens)."
    queue: QueueLink
  }

  extend type Query {
    """
    A published self-care guide by slug (kebab-case, else VALIDATION_FAILED). Falls back to Finnish when the
    guide is not translated (see SelfCareGuide.locale). Unknown slug: NOT_FOUND error.
    """
    selfCareGuide(slug: String!, locale: Locale = fi): SelfCareGuide
    "All published self-care guides, ordered by title; untranslated ones in Finnish."
    guides(locale: Locale = fi): [GuideSummary!]!
    """
    A published service entry by CMS documentId. Falls back to Finnish when not translated.
    Unknown id: NOT_FOUND error. Agent-only fields are null for citizens.
    """
    serviceEntry(id: ID!, locale: Locale = fi): ServiceEntry
  }
`;
