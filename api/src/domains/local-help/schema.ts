/** Local help on the public site: the services a self-care guide links to, in the reader's county. */
export const localHelpTypeDefs = /* GraphQL */ `
  "One opening period, HH:MM Europe/Helsinki; closes at or before opens runs past midnight, equal means all day."
  type ServiceSlot {
    opens: String!
    closes: String!
  }

  "Weekly hours on ISO weekdays (1 = Monday … 7 = Sunday); with dates, they replace the open-ended ones then."
  type WeeklyServiceHours {
    days: [Int!]!
    opens: String!
    closes: String!
    "YYYY-MM-DD, or null: until further notice."
    validFrom: String
    validTo: String
  }

  "Exceptional hours from one date to another (YYYY-MM-DD, inclusive): closed, or open only in slots."
  type ServiceHoursException {
    from: String!
    to: String!
    closed: Boolean!
    slots: [ServiceSlot!]!
  }

  "Structured service hours (from PTV), evaluated with isOpenAt / nextOpening of @neuvo/content-models."
  type ServiceHours {
    alwaysOpen: Boolean!
    weekly: [WeeklyServiceHours!]!
    exceptions: [ServiceHoursException!]!
  }

  extend type PhoneChannel {
    "Structured hours for open now / opens at; null when only the serviceHours text exists."
    structuredHours: ServiceHours
  }

  extend type ServiceLocation {
    "Structured hours for open now / opens at; null when only the openingHours text exists."
    structuredHours: ServiceHours
  }

  "A service as citizens see it under a guide: public fields only (no solution-bank field exists on this type)."
  type LocalService {
    "CMS documentId."
    id: ID!
    slug: String!
    "Locale of the returned text; Finnish when the service is not translated into the requested locale."
    locale: Locale!
    name: String!
    summary: String
    organizationName: String
    "True for a national service (no region), shown whatever the county."
    national: Boolean!
    phones: [PhoneChannel!]!
    locations: [ServiceLocation!]!
    eServices: [EService!]!
    webPages: [WebPage!]!
  }

  type GuideLocalServices {
    slug: String!
    "The county asked for, its name in the requested locale."
    region: Region!
    "The county's own services first, then national ones; each group by name."
    services: [LocalService!]!
  }

  extend type Query {
    """
    The published services a self-care guide links to that serve the county (region code, see regions) or the whole
    country. Texts in locale, Finnish where not translated. Slug not kebab-case or region not a published region's
    code: VALIDATION_FAILED. Unknown slug: NOT_FOUND.
    """
    guideLocalServices(slug: String!, locale: Locale = fi, region: String!): GuideLocalServices!
  }
`;
