/** Casework from contacts: service-need assessments, call-backs and the legal clocks of what is open. */
export const caseworkTypeDefs = /* GraphQL */ `
  "Who initiated or agreed something."
  type CaseworkAuthor {
    subject: ID!
    name: String!
  }

  "Whose need a service-need assessment is about. The identity code is only ever answered masked (131052-****)."
  type ServiceNeedPerson {
    name: String!
    identityCodeMasked: String
  }

  "On what grounds a service-need assessment was initiated."
  type ServiceNeedGrounds {
    """
    aged_75_or_over, highest_care_allowance, child_in_need_of_support, disability, mental_health_or_substance_use,
    livelihood, housing, domestic_violence, family_and_caregiving or other.
    """
    code: String!
    text: String
  }

  "Whether the person agreed to the assessment."
  type ServiceNeedConsentAnswer {
    "given, not_given or cannot_be_asked."
    state: String!
    "Why consent was not given or could not be asked (required then)."
    note: String
  }

  """
  A social-care service-need assessment (palvelutarpeen arvioinnin vireillepano) initiated from a contact. Its
  deadline is when the receiving unit must have started it: the working days configured for its grounds, counted
  from the day the need became pending.
  """
  type ServiceNeedAssessment {
    id: ID!
    "Send it back with startServiceNeedAssessment: a write based on an older version is refused (CONFLICT)."
    version: Int!
    contactId: ID!
    "The contact's region."
    region: String!
    "pending or started."
    status: String!
    "contact_citizen or other_person."
    subject: String!
    person: ServiceNeedPerson!
    grounds: ServiceNeedGrounds!
    consent: ServiceNeedConsentAnswer!
    "Receiving unit code."
    receivingUnit: String!
    "The date (Europe/Helsinki) the need became pending, YYYY-MM-DD."
    pendingSince: String!
    "ISO 8601 (UTC)."
    deadline: String!
    "Whole minutes to the deadline; negative when overdue."
    timeLeftMinutes: Int!
    "ISO 8601 (UTC); null while pending."
    startedAt: String
    initiatedBy: CaseworkAuthor!
    createdAt: String!
  }

  "A page of pending assessments, nearest deadline first."
  type ServiceNeedAssessmentPage {
    items: [ServiceNeedAssessment!]!
    nextCursor: String
  }

  "A call-back agreed during a contact. Its deadline is the end of its agreed window."
  type CallBack {
    id: ID!
    "Send it back with resolveCallBack: a write based on an older version is refused (CONFLICT)."
    version: Int!
    contactId: ID!
    "The contact's region: whose queue the call-back is in."
    region: String!
    "due, done or cancelled."
    state: String!
    "ISO 8601 (UTC)."
    windowStart: String!
    "ISO 8601 (UTC)."
    windowEnd: String!
    "E.164 (+358401234567)."
    phoneNumber: String!
    reason: String!
    "ISO 8601 (UTC): windowEnd."
    deadline: String!
    "Whole minutes to the end of the window; negative when overdue."
    timeLeftMinutes: Int!
    "When it was marked done or cancelled."
    resolvedAt: String
    agreedBy: CaseworkAuthor!
    createdAt: String!
  }

  "A page of due call-backs, earliest window first."
  type CallBackPage {
    items: [CallBack!]!
    nextCursor: String
  }

  "What is overdue in a region now (at most 200 of each kind, the longest overdue first)."
  type OverdueCasework {
    region: String!
    "Open contacts past the same-working-day access-to-care deadline."
    contacts: [Contact!]!
    "Due call-backs whose window has ended."
    callBacks: [CallBack!]!
    "Pending service-need assessments past their deadline."
    serviceNeedAssessments: [ServiceNeedAssessment!]!
  }

  extend type Contact {
    """
    The health care act's access-to-care deadline: contact and need assessment the same working day (the end of the
    working day it came in, or of the next one when it came outside working hours). ISO 8601 (UTC); null when closed.
    """
    deadline: String
    "Whole minutes to the deadline; negative when overdue; null when closed."
    timeLeftMinutes: Int
    "Service-need assessments initiated from this contact, oldest first."
    serviceNeedAssessments: [ServiceNeedAssessment!]!
    "Call-backs agreed during this contact, earliest window first."
    callBacks: [CallBack!]!
  }

  "Whose need: subject contact_citizen (the contact's identified citizen) or other_person (then person is required)."
  input InitiateServiceNeedAssessmentInput {
    subject: String!
    person: ContactCitizenInput
    grounds: ServiceNeedGroundsInput!
    consent: ServiceNeedConsentInput!
    receivingUnit: String!
    "YYYY-MM-DD (Europe/Helsinki); default today; not in the future."
    pendingSince: String
  }

  input ServiceNeedGroundsInput {
    code: String!
    text: String
  }

  input ServiceNeedConsentInput {
    "given, not_given or cannot_be_asked."
    state: String!
    "Required unless state is given."
    note: String
  }

  input AgreeCallBackInput {
    "ISO 8601 with offset."
    windowStart: String!
    "ISO 8601 with offset; after windowStart, at most 14 days later, not yet passed."
    windowEnd: String!
    "A Finnish (040 123 4567) or international (+358 40 1234567) number."
    phoneNumber: String!
    reason: String!
  }

  extend type Query {
    """
    Pending service-need assessments of a receiving unit and/or a region, nearest deadline first (staff only; give
    unit, region or both; first: 1–100). Each listed person's read writes an audit event.
    """
    pendingServiceNeedAssessments(
      unit: String
      region: String
      first: Int = 50
      after: String
    ): ServiceNeedAssessmentPage!
    "A region's due call-backs, earliest window first (staff only; first: 1–100)."
    dueCallBacks(region: String!, first: Int = 50, after: String): CallBackPage!
    "What is overdue in a region (supervisors only). Each identified person listed writes an audit event."
    overdue(region: String!): OverdueCasework!
  }

  extend type Mutation {
    "Initiates a social-care service-need assessment from a contact (staff only)."
    initiateServiceNeedAssessment(
      contactId: ID!
      input: InitiateServiceNeedAssessmentInput!
    ): ServiceNeedAssessment!
    "The receiving unit started the assessment; a stale version or one already started is refused with CONFLICT."
    startServiceNeedAssessment(id: ID!, version: Int!): ServiceNeedAssessment!
    "Agrees a call-back from a contact, in the queue of the contact's region (staff only)."
    agreeCallBack(contactId: ID!, input: AgreeCallBackInput!): CallBack!
    "Marks a due call-back done or cancelled (state); a stale version or one no longer due is refused with CONFLICT."
    resolveCallBack(id: ID!, version: Int!, state: String!): CallBack!
  }
`;
