/** Care-need assessments saved on contacts, decided by the api on the protocol as the CMS serves it. */
export const triageTypeDefs = /* GraphQL */ `
  "The protocol an assessment was decided on, from its stored snapshot (texts in the assessment's locale)."
  type TriageAssessmentProtocol {
    "CMS documentId."
    documentId: ID!
    code: String!
    version: Int!
    complaint: String!
  }

  "One answer, with the question's text and the answer's label as the protocol version said them."
  type TriageAssessmentAnswer {
    questionId: String!
    question: String!
    "As sent: true/false, an option's value, or a decimal number."
    value: String!
    "As read: yes/no, the option's label, or the number with its unit."
    answer: String!
  }

  "The nurse's urgency instead of the computed one, with the reason."
  type TriageOverride {
    urgency: Urgency!
    reason: String!
  }

  "The nurse who recorded an assessment."
  type TriageAssessmentPerformer {
    "The sign-in provider's stable subject."
    subject: ID!
    "Display name at the time of the assessment."
    name: String!
  }

  "Where the protocol directs the citizen for the final urgency."
  type TriageAssessmentDisposition {
    kind: DispositionKind!
    "Service or guide slug, or queue code."
    target: String!
  }

  """
  A care-need assessment saved on a contact. Every text in it comes from the snapshot of the protocol version it was
  decided on, never from the CMS's current content.
  """
  type TriageAssessment {
    id: ID!
    contactId: ID!
    "The contact (after the write, with its new version, when answered by recordTriageAssessment)."
    contact: Contact!
    protocol: TriageAssessmentProtocol!
    "The locale the questions were read in."
    locale: Locale!
    "In protocol order."
    answers: [TriageAssessmentAnswer!]!
    "Reasons of the red flags whose condition held."
    redFlagsTriggered: [String!]!
    "What the protocol gave."
    computedUrgency: Urgency!
    "The override's urgency, or the computed one."
    finalUrgency: Urgency!
    "Null when the computed urgency stands."
    override: TriageOverride
    "The protocol's advice for the final urgency; null when it has none for it."
    advice: String
    disposition: TriageAssessmentDisposition
    performedBy: TriageAssessmentPerformer!
    "ISO 8601 (UTC)."
    performedAt: String!
  }

  "One answer: a boolean question true or false, a choice question one option's value, a number as decimal text."
  input TriageAnswerInput {
    questionId: String!
    value: String!
  }

  "An urgency other than the computed one; the reason (3–500 characters) is mandatory."
  input TriageOverrideInput {
    urgency: Urgency!
    reason: String!
  }

  input RecordTriageAssessmentInput {
    "CMS documentId of the published protocol."
    protocolId: ID!
    "The version assessed: when the CMS now serves another, the save is refused with CONFLICT."
    protocolVersion: Int!
    locale: Locale!
    answers: [TriageAnswerInput!]!
    override: TriageOverrideInput
  }

  extend type Contact {
    "Care-need assessments saved on this contact, oldest first."
    triageAssessments: [TriageAssessment!]!
  }

  extend type Query {
    """
    A care-need assessment as an HL7 FHIR R4 Bundle (type collection; JSON text): the protocol version as a
    Questionnaire and the assessment as its QuestionnaireResponse. For an identified citizen the response's subject
    carries the personal identity code, and the export writes an audit event (staff only).
    """
    triageAssessmentFhir(id: ID!): String!
  }

  extend type Mutation {
    """
    Saves a care-need assessment on an open contact (nurses only). The api reads the published protocol from the CMS,
    checks the answers against it and computes the urgency itself; the contact gets the outcome triage_performed with
    the final urgency (replacing an earlier one) and the protocol in its content used. A stale contactVersion, a closed
    contact or a protocol whose version changed is refused with CONFLICT, and nothing is saved.
    """
    recordTriageAssessment(
      contactId: ID!
      contactVersion: Int!
      input: RecordTriageAssessmentInput!
    ): TriageAssessment!
  }
`;
