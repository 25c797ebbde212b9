/**
 * Tables of the api's operational store. Both dialects use portable column types: timestamps are ISO 8601
 * UTC strings (`toISOString()`, so string order is time order) and flags are 0/1 integers.
 *
 * Table names start with `api_` because in production the api may share a PostgreSQL database with the CMS.
 */
export interface Database {
  api_search_events: SearchEventTable;
  api_search_clicks: SearchClickTable;
  api_sessions: SessionTable;
  api_login_attempts: LoginAttemptTable;
  api_contacts: ContactTable;
  api_audit_events: AuditEventTable;
  api_staff_favourites: StaffFavouriteTable;
  api_staff_opened: StaffOpenedTable;
  api_service_need_assessments: ServiceNeedAssessmentTable;
  api_call_backs: CallBackTable;
  api_triage_protocol_snapshots: TriageProtocolSnapshotTable;
  api_triage_assessments: TriageAssessmentTable;
  api_guide_feedback: GuideFeedbackTable;
  api_guide_views: GuideViewTable;
}

/** A citizen's answer to "Was this helpful?" on a guide page. Nothing about who sent it. */
export interface GuideFeedbackTable {
  /** UUID. */
  id: string;
  created_at: string;
  slug: string;
  locale: string;
  /** 1 helpful, 0 not helpful. */
  helpful: number;
  /** The optional text, screened for personal data and normalised (`@neuvo/content-models/feedback`). */
  text: string | null;
}

/** How many times a guide page was viewed on one Helsinki day, in one language. */
export interface GuideViewTable {
  /** `YYYY-MM-DD`, Europe/Helsinki. */
  day: string;
  locale: string;
  slug: string;
  views: number;
}

/**
 * A triage protocol version as the CMS served it when a care-need assessment first used it: every locale's texts and
 * the logic, as JSON. Keyed by documentId, version and a SHA-256 of the content, so content served later under the
 * same version makes a new row and the assessments made before keep theirs.
 */
export interface TriageProtocolSnapshotTable {
  /** UUID. */
  id: string;
  document_id: string;
  version: number;
  /** SHA-256 (hex) of `content`. */
  content_hash: string;
  code: string;
  /** JSON: code, version, complaint, audience, questions, redFlags, rules, outcomes, defaultOutcome, sources. */
  content: string;
  /** The CMS's `updatedAt` of the document when snapshotted. */
  cms_updated_at: string;
  created_at: string;
}

/** A care-need assessment recorded on a contact by a nurse. Its answers are personal data: kept here only. */
export interface TriageAssessmentTable {
  /** UUID. */
  id: string;
  contact_id: string;
  /** The protocol snapshot it was decided on: every read of the assessment's texts comes from it. */
  snapshot_id: string;
  /** The locale the questions were read in. */
  locale: string;
  /** JSON array of `{ questionId, value }`, value typed (boolean, option value, number), in protocol order. */
  answers: string;
  /** JSON array of the ids of the red flags whose condition held. */
  red_flags: string;
  /** One of URGENCIES: what the protocol gave. */
  computed_urgency: string;
  /** One of URGENCIES: the override's urgency, or the computed one. */
  final_urgency: string;
  /** Why the nurse overrode the computed urgency; null when not overridden. */
  override_reason: string | null;
  /** What decided the computed urgency: `redFlag:<id>`, `rule:<id>` or `default`. */
  decided_by: string;
  performed_by_subject: string;
  performed_by_name: string;
  performed_at: string;
}

/**
 * One contact of the contact log. The personal identity code is never stored in clear: `identity_cipher` is its
 * AES-256-GCM ciphertext under the key `identity_key_id`, `identity_index` its keyed HMAC (exact-match search).
 */
export interface ContactTable {
  /** UUID. */
  id: string;
  /** 1 when opened, +1 on every change: a write must name the version it was based on. */
  version: number;
  /** One of CONTACT_CHANNELS. */
  channel: string;
  region: string;
  queue_code: string | null;
  started_at: string;
  /** Null while the contact is open. */
  ended_at: string | null;
  /** The provider's subject of the agent who opened it: the key; the name is for display only. */
  agent_subject: string;
  agent_name: string;
  /** Null for an anonymous citizen. */
  citizen_name: string | null;
  identity_key_id: string | null;
  identity_cipher: string | null;
  identity_index: string | null;
  reason_category: string | null;
  reason_text: string | null;
  /** JSON array of `{ code, urgency? }`. */
  outcomes: string;
  /** JSON array of `{ type, documentId, title }`. */
  content_used: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
  updated_by_subject: string;
}

/**
 * A social-care service-need assessment initiated from a contact. Whose need it is is stored like a contact's
 * citizen: the name, the identity code encrypted (`identity_cipher` under `identity_key_id`, bound to this row's id)
 * and its keyed HMAC. `deadline_at` is computed once, when initiated, with the rules then in force.
 */
export interface ServiceNeedAssessmentTable {
  /** UUID. */
  id: string;
  version: number;
  contact_id: string;
  /** The contact's region. */
  region: string;
  /** One of SERVICE_NEED_SUBJECTS. */
  subject: string;
  person_name: string;
  identity_key_id: string;
  identity_cipher: string;
  identity_index: string;
  /** One of SERVICE_NEED_GROUNDS. */
  grounds_code: string;
  grounds_text: string | null;
  /** One of SERVICE_NEED_CONSENTS. */
  consent: string;
  consent_note: string | null;
  receiving_unit: string;
  /** Local date (Europe/Helsinki) the need became pending, `YYYY-MM-DD`. */
  pending_since: string;
  /** When the assessment must have started. */
  deadline_at: string;
  /** One of SERVICE_NEED_ASSESSMENT_STATUSES. */
  status: string;
  /** When the receiving unit started it; null while pending. */
  started_at: string | null;
  created_at: string;
  created_by_subject: string;
  created_by_name: string;
  updated_at: string;
  updated_by_subject: string;
}

/** A call-back agreed during a contact. The phone number is personal data: stored here only, never logged. */
export interface CallBackTable {
  /** UUID. */
  id: string;
  version: number;
  contact_id: string;
  /** The contact's region: whose queue the call-back is in. */
  region: string;
  window_start: string;
  /** The call-back's deadline. */
  window_end: string;
  /** E.164. */
  phone_number: string;
  reason: string;
  /** One of CALL_BACK_STATES. */
  state: string;
  /** When it was marked done or cancelled. */
  resolved_at: string | null;
  created_at: string;
  created_by_subject: string;
  created_by_name: string;
  updated_at: string;
  updated_by_subject: string;
}

/**
 * Who read an identified person's data, what, when and why. Kept when the contact itself is deleted by retention
 * (no foreign key); holds no personal data of the citizen.
 */
export interface AuditEventTable {
  /** UUID. */
  id: string;
  at: string;
  actor_subject: string;
  actor_name: string;
  /** One of CONTACT_AUDIT_ACTIONS. */
  action: string;
  contact_id: string;
  /** The reason given (revealing an identity code); null for other actions. */
  reason: string | null;
  request_id: string;
}

/** Content a staff member marked as a favourite. Keyed by their subject, type and the content's documentId. */
export interface StaffFavouriteTable {
  /** The provider's `sub`. */
  subject: string;
  /** A ContentType name (service, instruction, protocol, guide). */
  content_type: string;
  document_id: string;
  /** Guides are opened by slug. */
  slug: string | null;
  /** The content's title when it was marked, shown in the list without reading the CMS. */
  title: string;
  locale: string;
  created_at: string;
}

/** The last time a staff member opened a document, and the content's `updatedAt` they saw then. */
export interface StaffOpenedTable {
  subject: string;
  document_id: string;
  content_type: string;
  seen_updated_at: string;
  opened_at: string;
}

/**
 * A signed-in staff member's session. Keyed by the SHA-256 of the session id (the cookie's value is never
 * stored). Holds what the `me` query answers and the roles; no personal identity code.
 */
export interface SessionTable {
  id_hash: string;
  /** The provider's `sub`. */
  subject: string;
  name: string;
  /** Comma-separated StaffRole names. */
  roles: string;
  home_region: string | null;
  created_at: string;
  last_seen_at: string;
  /** Absolute end: sign-in time plus SESSION_MAX_HOURS. The idle end is computed from `last_seen_at`. */
  expires_at: string;
  /** The provider's ID token of this sign-in, sent back as `id_token_hint` when the person signs out. */
  id_token: string | null;
}

/** A sign-in in progress (between /auth/login and /auth/callback), single use, ten minutes at most. */
export interface LoginAttemptTable {
  id_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  expires_at: string;
}

/** One search. No personal data: the query is normalised, and replaced by a marker when it looked personal. */
export interface SearchEventTable {
  /** The `searchId` returned by `search` (UUID). */
  id: string;
  created_at: string;
  /** Normalised query, or {@link REDACTED_QUERY} when it looked like personal data. */
  query: string;
  redacted: number;
  locale: string;
  /** `public` (citizens) or `agent`. */
  audience: string;
  result_count: number;
  latency_ms: number;
  /**
   * 1 when the same audience and locale searched a longer query starting with this one within a few seconds
   * (instant search while typing): kept for latency figures, left out of query lists.
   */
  refined: number;
  /**
   * The documentIds of the hits this search answered, space-separated (ids have no spaces): a click is accepted
   * only for one of them. Null for searches recorded before hits were kept.
   */
  hit_ids: string | null;
}

/** A result chosen from a search. */
export interface SearchClickTable {
  /** UUID. */
  id: string;
  search_id: string;
  document_id: string;
  created_at: string;
}

/** What is stored instead of a query that looked like personal data. */
export const REDACTED_QUERY = '[redacted]';
