/**
 * Editorial content read from the CMS: self-care guides (public), service entries (public fields for
 * everyone, solution-bank fields for agents only), professional instructions and triage protocols (agents only).
 */
import { GUIDE_TOPICS } from '../../models.js';

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
    "The topic the public site lists the guide under; the same in every language."
    topic: GuideTopic!
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
    topic: GuideTopic!
  }

  "Topics of self-care guides (the closed list of content-models' GUIDE_TOPICS); \`other\` when none fits."
  enum GuideTopic {
    ${GUIDE_TOPICS.join('\n    ')}
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

  "Agent-only: a service an instruction applies to."
  type ServiceLink {
    "CMS documentId; pass it to serviceEntry(id:)."
    id: ID!
    name: String!
    regions: [Region!]!
  }

  "Agent-only: a professional working instruction, read in full."
  type ProfessionalInstruction {
    "CMS documentId."
    id: ID!
    slug: String!
    "Locale of the returned text; Finnish when the instruction is not translated into the requested locale."
    locale: Locale!
    title: String!
    "Markdown."
    body: String!
    "One of the instruction categories (triage, referral, social_services, …)."
    category: String
    "Professional groups it is written for (agent, nurse, social_counsellor)."
    audience: [String!]!
    "Regions it applies to; empty means every region."
    regions: [Region!]!
    relatedServices: [ServiceLink!]!
    "ISO date (YYYY-MM-DD) by which the instruction is to be reviewed."
    reviewBy: String
    "ISO timestamp of the last change."
    updatedAt: String!
  }

  "Care urgencies, most urgent first."
  enum Urgency {
    emergency_112
    paivystys_now
    urgent_same_day
    non_urgent
    self_care
  }

  enum TriageQuestionType {
    boolean
    choice
    number
  }

  type TriageOption {
    value: String!
    label: String!
  }

  type TriageQuestion {
    "Id within the protocol; conditions name questions by it."
    id: String!
    type: TriageQuestionType!
    text: String!
    "Choice questions only (empty otherwise)."
    options: [TriageOption!]!
    "Number questions only."
    unit: String
    min: Float
    max: Float
  }

  enum TriageConditionOp {
    "The answer to question equals value."
    equals
    "The answer to question (a choice) is one of values."
    in
    "The answer to question (a number) is at least gte and/or at most lte."
    range
    "Every child holds."
    all
    "At least one child holds."
    any
  }

  "One node of a condition; children are indexes into the same list."
  type TriageConditionNode {
    op: TriageConditionOp!
    question: String
    "equals: true/false for a yes/no question, a number, or a choice option's value."
    value: String
    values: [String!]!
    gte: Float
    lte: Float
    children: [Int!]!
  }

  "A condition over answers, flattened: nodes[0] is the root."
  type TriageCondition {
    nodes: [TriageConditionNode!]!
  }

  "When its condition holds, its urgency decides at once."
  type TriageRedFlag {
    id: String!
    urgency: Urgency!
    reason: String!
    when: TriageCondition!
  }

  "When its condition holds, its urgency is a candidate; the most urgent candidate wins."
  type TriageRule {
    id: String!
    urgency: Urgency!
    when: TriageCondition!
  }

  enum DispositionKind {
    service
    queue
    guide
  }

  "Where the citizen is directed."
  type TriageDisposition {
    kind: DispositionKind!
    "Service or guide slug, or queue code."
    target: String!
    "Name of the service or queue, or title of the guide; null when no such published content exists."
    title: String
    "CMS documentId of the service (kind service only); pass it to serviceEntry(id:)."
    id: ID
  }

  type TriageOutcome {
    urgency: Urgency!
    advice: String!
    disposition: TriageDisposition!
  }

  "Agent-only: a triage protocol with every text in the requested locale (Finnish where not translated)."
  type TriageProtocol {
    "CMS documentId."
    id: ID!
    code: String!
    version: Int!
    complaint: String!
    "adult or child."
    audience: String!
    questions: [TriageQuestion!]!
    redFlags: [TriageRedFlag!]!
    rules: [TriageRule!]!
    outcomes: [TriageOutcome!]!
    "Urgency when no red flag or rule matches."
    defaultOutcome: Urgency!
    sources: [Source!]!
    "ISO timestamp of the last change."
    updatedAt: String!
  }

  extend type Query {
    """
    Agent-only: a published professional instruction by CMS documentId, falling back to Finnish.
    Not signed in: UNAUTHENTICATED. Unknown id: NOT_FOUND.
    """
    professionalInstruction(id: ID!, locale: Locale = fi): ProfessionalInstruction
    """
    Agent-only: a published triage protocol by CMS documentId, texts in locale (Finnish where not translated).
    Not signed in: UNAUTHENTICATED. Unknown id: NOT_FOUND.
    """
    triageProtocol(id: ID!, locale: Locale = fi): TriageProtocol
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
