/** The contact log: every contact of the centre, its citizen (identity codes encrypted, masked) and the audit of reads. */
export const contactsTypeDefs = /* GraphQL */ `
  "The agent who opened a contact."
  type ContactAgent {
    "The sign-in provider's stable subject: what identifies the agent."
    subject: ID!
    "Display name at the time the contact was opened."
    name: String!
  }

  """
  The citizen of a contact: anonymous, or identified by name and personal identity code. The code is only ever
  answered masked here (birth date and century sign kept, the rest hidden: 131052-****); revealIdentityCode shows it
  in clear and writes an audit event.
  """
  type ContactCitizen {
    identified: Boolean!
    name: String
    identityCodeMasked: String
  }

  "A category of the contact log's reason code list (agent-only content kept in the CMS)."
  type ContactReasonCategory {
    "Stable code stored as a contact's reason category, e.g. symptom_or_illness."
    code: String!
    "In the requested locale (Finnish where not translated)."
    label: String!
    description: String
  }

  "Why the citizen got in touch."
  type ContactReason {
    "Reason category code: a code of contactReasonCategories."
    category: String
    text: String
  }

  "What came of a contact."
  type ContactOutcome {
    """
    guidance_given, self_care_guide_sent, referred_to_service, appointment_booked, triage_performed,
    forwarded_to_queue, call_back_agreed or emergency_number_advised.
    """
    code: String!
    "For triage_performed only: emergency_112, paivystys_now, urgent_same_day, non_urgent or self_care."
    urgency: String
  }

  "A service, instruction, protocol or guide the agent used, with its title at the time."
  type ContactContentUsed {
    "service, instruction, protocol or guide."
    type: String!
    documentId: ID!
    title: String!
  }

  "One contact of the contact log."
  type Contact {
    id: ID!
    "Send it back with updateContact or closeContact: a write based on an older version is refused (CONFLICT)."
    version: Int!
    "open or closed."
    status: String!
    "phone, chat, video, call_back, walk_in or email."
    channel: String!
    "Region code."
    region: String!
    queueCode: String
    "ISO 8601 (UTC)."
    startedAt: String!
    "ISO 8601 (UTC); null while open."
    endedAt: String
    agent: ContactAgent!
    citizen: ContactCitizen!
    reason: ContactReason!
    outcomes: [ContactOutcome!]!
    contentUsed: [ContactContentUsed!]!
    notes: String
    updatedAt: String!
  }

  "A page of contacts, newest first; pass nextCursor as after for the next page (null: this was the last)."
  type ContactPage {
    items: [Contact!]!
    nextCursor: String
  }

  "A read of an identified person's data."
  type ContactAuditEvent {
    id: ID!
    "ISO 8601 (UTC)."
    at: String!
    actorSubject: ID!
    actorName: String!
    """
    reveal_identity_code, open_identified_contact, find_by_identity_code, list_casework or
    export_triage_assessment.
    """
    action: String!
    "The contact read (it may since have been deleted by retention)."
    contactId: ID!
    "The reason given when an identity code was revealed."
    reason: String
  }

  "A page of audit events, newest first."
  type ContactAuditPage {
    items: [ContactAuditEvent!]!
    nextCursor: String
  }

  "An identified citizen: both name and a valid Finnish personal identity code."
  input ContactCitizenInput {
    name: String!
    identityCode: String!
  }

  input ContactReasonInput {
    """
    A code of contactReasonCategories; another code is refused (VALIDATION_FAILED, field input.reason.category).
    While the CMS cannot be reached and no list is cached, any well-formed code is accepted.
    """
    category: String
    text: String
  }

  input ContactOutcomeInput {
    code: String!
    urgency: String
  }

  input ContactContentUsedInput {
    type: String!
    documentId: ID!
    title: String!
  }

  "A new contact. citizen null or left out: anonymous."
  input OpenContactInput {
    channel: String!
    region: String!
    queueCode: String
    "When the contact began, if earlier than now (ISO 8601 with offset)."
    startedAt: String
    citizen: ContactCitizenInput
    reason: ContactReasonInput
    outcomes: [ContactOutcomeInput!]
    contentUsed: [ContactContentUsedInput!]
    notes: String
  }

  "Changes to an open contact: fields left out stay as they are; citizen null makes it anonymous, null clears a field."
  input UpdateContactInput {
    channel: String
    region: String
    queueCode: String
    citizen: ContactCitizenInput
    reason: ContactReasonInput
    outcomes: [ContactOutcomeInput!]
    contentUsed: [ContactContentUsedInput!]
    notes: String
  }

  extend type Query {
    """
    The reason categories a contact's reason.category may hold, ordered for display, with labels in the requested
    locale (Finnish where not translated); staff only. Read from the CMS and cached (CONTACT_REASONS_CACHE_TTL_MS).
    """
    contactReasonCategories(locale: Locale = fi): [ContactReasonCategory!]!
    "One contact (staff only). Opening an identified citizen's contact writes an audit event."
    contact(id: ID!): Contact!
    "The signed-in staff member's own contacts, newest first (first: 1–100)."
    myContacts(first: Int = 20, after: String): ContactPage!
    """
    Contacts of the citizen with exactly this personal identity code, newest first, at most 50 (staff only). Each
    contact found writes an audit event. The code is never stored in clear: it is found through a keyed index.
    """
    contactsByIdentityCode(identityCode: String!): [Contact!]!
    "Reads of identified persons' data, newest first, of one contact or all (supervisors only; first: 1–200)."
    contactAuditTrail(contactId: ID, first: Int = 50, after: String): ContactAuditPage!
  }

  extend type Mutation {
    "Opens a contact as the signed-in staff member (staff only)."
    openContact(input: OpenContactInput!): Contact!
    "Changes an open contact; version is the one last read. A stale version is refused with CONFLICT, never merged."
    updateContact(id: ID!, version: Int!, input: UpdateContactInput!): Contact!
    "Ends an open contact now; it needs at least one outcome. A stale version is refused with CONFLICT."
    closeContact(id: ID!, version: Int!): Contact!
    "The contact's identity code in clear. The reason (3–500 characters) goes into the audit trail with who and when."
    revealIdentityCode(contactId: ID!, reason: String!): String!
  }
`;
