/**
 * The one place where the api takes shared definitions from `@neuvo/content-models`, plus the api's own
 * CMS read specs (which attributes the api asks Strapi for, per audience).
 */
import type {
  ContactReason as ContactReasonDoc,
  ProfessionalInstruction as ProfessionalInstructionDoc,
  Region as RegionDoc,
  ServiceQueue as ServiceQueueDoc,
  TriageProtocol as TriageProtocolDoc,
  SelfCareGuide as SelfCareGuideDoc,
  ServiceEntry as ServiceEntryDoc,
} from '@neuvo/content-models';

export {
  API_ERROR_CODES,
  DEFAULT_GUIDE_TOPIC,
  GUIDE_TOPICS,
  type GuideTopic,
  CONTACT_AUDIT_ACTIONS,
  CONTACT_CHANNELS,
  CONTACT_CONTENT_TYPES,
  CONTACT_OUTCOME_CODES,
  AgreeCallBackInputSchema,
  CALL_BACK_RESOLUTIONS,
  CALL_BACK_STATES,
  CaseworkCodeSchema,
  InitiateServiceNeedAssessmentInputSchema,
  SERVICE_NEED_ASSESSMENT_STATUSES,
  SERVICE_NEED_CONSENTS,
  SERVICE_NEED_GROUNDS,
  SERVICE_NEED_SUBJECTS,
  type CallBackResolution,
  type CallBackState,
  type ServiceNeedAssessmentStatus,
  type ServiceNeedConsent,
  type ServiceNeedGround,
  type ServiceNeedSubject,
  OpenContactInputSchema,
  RecordTriageAssessmentInputSchema,
  RevealReasonSchema,
  UpdateContactInputSchema,
  issueFieldPath,
  maskIdentityCode,
  parseIdentityCode,
  type ContactAuditAction,
  type ContactChannel,
  type ContactContentType,
  type ContactOutcomeCode,
  type ContactStatus,
  type OpenContactInput,
  type UpdateContactInput,
  type Urgency,
  ConfigError,
  DEFAULT_LOCALE,
  DomainError,
  LOCALES,
  SEARCH_DOC_TYPES,
  SEARCH_FACET_ATTRIBUTES,
  SEARCH_SUGGEST_ATTRIBUTES,
  SERVICE_ENTRY_AGENT_ONLY_FIELDS,
  SLUG_PATTERN,
  indexName,
  isPublicPtvStatus,
  ServiceHoursSchema,
  type ServiceHours,
  isDomainError,
  pickText,
  postLogoutRedirectUrl,
  SIGN_IN_OUTCOME_PARAM,
  type SignInOutcome,
  RedFlagSchema,
  SourceSchema,
  TriageOutcomeSchema,
  TriageQuestionSchema,
  TriageRuleSchema,
  URGENCIES,
  LOCAL_ID_PATTERN,
  evaluateTriage,
  matchesCondition,
  type TriageAnswerValue,
  type TriageLogic,
  GRAPHQL_REQUEST_ERROR_CODES,
  toApiErrorCode,
  type ApiErrorCode,
  weakSecretReason,
  type DomainErrorCode,
  type LocalizedText,
  type Locale,
  type SearchAudience,
  type SearchDoc,
  type SearchDocType,
  type TriageCondition,
} from '@neuvo/content-models';
export {
  FEEDBACK_TEXT_MAX_LENGTH,
  POPULAR_GUIDES_DAYS,
  POPULAR_GUIDES_MAX_LIMIT,
  isGuideSlug,
  normaliseFeedbackText,
  screenFeedbackText,
  type FeedbackTextProblem,
} from '@neuvo/content-models/feedback';

/** A Strapi 5 REST populate spec (`populate[x][fields][0]=…`, nested `populate[x][populate][y]…`); never `'*'`. */
export interface PopulateSpec {
  readonly [relation: string]:
    true | { readonly fields: readonly string[]; readonly populate?: PopulateSpec };
}

type Attribute<T> = Extract<keyof T, string> | 'locale' | 'updatedAt';

interface ReadSpec<T> {
  readonly fields: readonly Attribute<T>[];
  readonly populate: { readonly [K in Extract<keyof T, string>]?: PopulateSpec[string] };
}

/**
 * What the api reads from the CMS per type and audience. The citizen spec of a service entry never
 * names an agent-only attribute ({@link SERVICE_ENTRY_AGENT_ONLY_FIELDS}; a test checks this), so a
 * citizen's read cannot carry solution-bank data even by mistake: Strapi returns all scalar
 * attributes unless `fields` is given, and relations/components only when populated.
 */
export const READ_SPECS = {
  selfCareGuide: {
    fields: [
      'slug',
      'title',
      'summary',
      'body',
      'whenToSeekCare',
      'lastReviewed',
      'nextReview',
      'sources',
      'topic',
      'locale',
      'updatedAt',
    ],
    populate: { relatedGuides: { fields: ['slug', 'title'] } },
  } satisfies ReadSpec<SelfCareGuideDoc>,
  guideSummary: {
    fields: ['slug', 'title', 'summary', 'locale', 'topic'],
    populate: {},
  } satisfies ReadSpec<SelfCareGuideDoc>,
  serviceEntryPublic: {
    fields: [
      'slug',
      'source',
      'ptvId',
      'name',
      'summary',
      'description',
      'userInstruction',
      'organizationName',
      'serviceClasses',
      'targetGroups',
      'keywords',
      'municipalityCodes',
      // Read to decide whether a citizen may see the entry at all (isPublicPtvStatus); not answered to anyone.
      'ptvStatus',
      'locale',
      'updatedAt',
    ],
    populate: {
      regions: { fields: ['code', 'name'] },
      phoneChannels: true,
      webPages: true,
      serviceLocations: true,
      eServices: true,
      guides: { fields: ['slug', 'title'] },
    },
  } satisfies ReadSpec<ServiceEntryDoc>,
  /** Local help on the public site: the ids of the services a guide links to (read again with serviceEntryPublic). */
  guideRelatedServices: {
    fields: ['slug'],
    populate: { relatedServices: { fields: ['slug'] } },
  } satisfies ReadSpec<SelfCareGuideDoc>,
  /** The list of regions (public: code and localised name; never PTV organisation ids). */
  region: {
    fields: ['code', 'name', 'locale'],
    populate: {},
  } satisfies ReadSpec<RegionDoc>,
  /** Agent-only: the contact reason categories (code list of the contact log). */
  contactReason: {
    fields: ['code', 'label', 'description', 'sortOrder', 'locale'],
    populate: {},
  } satisfies ReadSpec<ContactReasonDoc>,
  /** Added to the public spec for agents only. */
  serviceEntryAgentExtra: {
    fields: ['agentInstructions', 'extraKeywords'],
    populate: {
      internalPhones: true,
      instructions: { fields: ['slug', 'title', 'category'] },
      protocols: { fields: ['code', 'version', 'complaint'] },
      queue: { fields: ['code', 'name'] },
    },
  } satisfies ReadSpec<ServiceEntryDoc>,
  /** Agent-only: a professional instruction with its regions and related services (name and regions). */
  professionalInstruction: {
    fields: ['slug', 'title', 'body', 'category', 'audience', 'reviewBy', 'locale', 'updatedAt'],
    populate: {
      regions: { fields: ['code', 'name'] },
      relatedServices: { fields: ['name'], populate: { regions: { fields: ['code', 'name'] } } },
    },
  } satisfies ReadSpec<ProfessionalInstructionDoc>,
  /** Agent-only: a triage protocol (its texts are LocalizedText inside json; the api picks the locale). */
  triageProtocol: {
    fields: [
      'code',
      'version',
      'complaint',
      'audience',
      'questions',
      'redFlags',
      'rules',
      'outcomes',
      'defaultOutcome',
      'sources',
      'updatedAt',
    ],
    populate: {},
  } satisfies ReadSpec<TriageProtocolDoc>,
  /** Where a protocol outcome directs the citizen: the titles the api looks up by slug or code. */
  dispositionService: {
    fields: ['slug', 'name', 'locale'],
    populate: {},
  } satisfies ReadSpec<ServiceEntryDoc>,
  dispositionGuide: {
    fields: ['slug', 'title', 'locale'],
    populate: {},
  } satisfies ReadSpec<SelfCareGuideDoc>,
  dispositionQueue: { fields: ['code', 'name', 'locale'], populate: {} } satisfies ReadSpec<ServiceQueueDoc>,
} as const;
