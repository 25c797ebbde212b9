/**
 * The portal's calls to the api. The operations themselves live in `@neuvo/graphql-contract`
 * (`graphql-contract/operations/agent-portal.graphql`), where they are validated against the api's schema and
 * their answer types are generated; the names below are those generated types under the names the views use.
 */
import {
  GraphQLRequestError,
  PortalAddFavouriteDocument,
  PortalLastOpenedDocument,
  PortalMyFavouritesDocument,
  PortalProfessionalInstructionDocument,
  PortalRecordOpenedDocument,
  PortalRemoveFavouriteDocument,
  PortalSelfCareGuideDocument,
  PortalTriageProtocolDocument,
  type ContentType,
  type PortalMyFavouritesQuery,
  type PortalProfessionalInstructionQuery,
  type PortalSelfCareGuideQuery,
  type PortalTriageProtocolQuery,
  type PortalLastOpenedQuery,
  PortalRecordSearchClickDocument,
  PortalRegionsDocument,
  PortalSearchDocument,
  PortalSearchFacetsDocument,
  PortalSearchReportDocument,
  PortalGuideFeedbackReportDocument,
  PortalServiceEntryDocument,
  PortalSuggestDocument,
  type GraphQLClient,
  type PortalRegionsQuery,
  type PortalSearchFacetsQuery,
  type PortalSearchQuery,
  type PortalSearchReportQuery,
  type PortalGuideFeedbackReportQuery,
  type SearchChannel,
  type PortalServiceEntryQuery,
  type PortalSuggestQuery,
  type RequestOptions,
  type SearchFilters,
  PortalCloseContactDocument,
  PortalContactDocument,
  PortalContactsByIdentityCodeDocument,
  PortalContactReasonCategoriesDocument,
  PortalMyContactsDocument,
  PortalOpenContactDocument,
  PortalRevealIdentityCodeDocument,
  PortalUpdateContactDocument,
  type OpenContactInput,
  type PortalContactQuery,
  type PortalOpenContactMutation,
  type RecordTriageAssessmentInput,
  PortalRecordTriageAssessmentDocument,
  PortalTriageAssessmentFhirDocument,
  type PortalContactReasonCategoriesQuery,
  type PortalMyContactsQuery,
  type UpdateContactInput,
} from '@neuvo/graphql-contract';
import type { Locale } from '../content/models';

export type { ContentType, SearchFilters };
/** The results of one search, as `PortalSearch` selects them. */
export type SearchResult = PortalSearchQuery['search'];
/** One hit; `snippet` has matches wrapped in `<mark>…</mark>`, everything else is plain text (see `parseHighlight`). */
export type SearchHit = SearchResult['hits'][number];
/**
 * Counts per facet value, most frequent first. A facet the search is filtered on is counted without its own
 * filter, so its counts say what choosing another value would give.
 */
export type SearchFacets = PortalSearchFacetsQuery['search']['facets'];
/** How many matches have one value of a facet. */
export type FacetCount = SearchFacets['types'][number];
/** An as-you-type completion (a distinct title); `titleHighlight` wraps the typed words in `<mark>…</mark>`. */
export type Suggestion = PortalSuggestQuery['suggest']['suggestions'][number];
/** A region as `regions(locale)` returns it. */
export type RegionView = PortalRegionsQuery['regions'][number];
/** A service entry with the agent-only solution-bank fields (`null` for citizens). */
export type ServiceEntryDetails = NonNullable<PortalServiceEntryQuery['serviceEntry']>;
export type ServiceLocationView = ServiceEntryDetails['channels']['locations'][number];
/** The editors' search report of a period. */
export type SearchReportData = PortalSearchReportQuery['searchReport'];
/** Citizens' feedback on the guides in a period. */
export type GuideFeedbackReportData = PortalGuideFeedbackReportQuery['guideFeedbackReport'];
/** One query's line in the search report. */
export type SearchQueryStat = SearchReportData['topQueries'][number];

/** Most results an agent can use at a glance; the api allows 1–50. */
export const SEARCH_LIMIT = 20;

export interface SearchParams {
  query: string;
  locale: Locale;
  filters: SearchFilters;
  /** The agent's home region: ranks its entries first and shows a service by its home-region entry. */
  region?: string | null;
}

/** Another region's entry of the same service as a hit ("also in"). */
export type RegionalEntry = SearchHit['alsoIn'][number];

const FILTER_KEYS = ['types', 'regions', 'serviceClasses', 'targetGroups'] as const;

/** The filters the api gets: only non-empty lists, `null` when there is none. */
export function filtersVariable(filters: SearchFilters): SearchFilters | null {
  const out: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values?.length) (out as Record<string, unknown>)[key] = values;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export async function searchContent(
  client: GraphQLClient,
  params: SearchParams,
  options: RequestOptions = {},
): Promise<SearchResult> {
  const data = await client.request(
    PortalSearchDocument,
    {
      query: params.query,
      locale: params.locale,
      region: params.region ?? null,
      filters: filtersVariable(params.filters),
      limit: SEARCH_LIMIT,
    },
    options,
  );
  return data.search;
}

/**
 * Facet counts of a search, asked for after its results are on screen so that they never slow the results down.
 * It selects no hits, so the api does not count it as another search in the search analytics.
 */
export async function fetchSearchFacets(
  client: GraphQLClient,
  params: SearchParams,
  options: RequestOptions = {},
): Promise<SearchFacets> {
  const data = await client.request(
    PortalSearchFacetsDocument,
    { query: params.query, locale: params.locale, filters: filtersVariable(params.filters) },
    options,
  );
  // Checked at run time too: a proxy or an older api may answer without the field the types promise.
  const facets = data.search?.facets;
  if (!facets) throw new GraphQLRequestError('INTERNAL', 'The api sent no facets');
  return facets;
}

/** Suggestions under the search box; the api allows 1–10. */
export const SUGGEST_LIMIT = 6;
/** The api accepts a prefix of 1–100 characters. */
export const MAX_SUGGEST_PREFIX_LENGTH = 100;

export async function fetchSuggestions(
  client: GraphQLClient,
  params: SearchParams,
  options: RequestOptions = {},
): Promise<Suggestion[]> {
  const data = await client.request(
    PortalSuggestDocument,
    {
      prefix: params.query,
      locale: params.locale,
      types: params.filters.types?.length ? params.filters.types : null,
      limit: SUGGEST_LIMIT,
    },
    options,
  );
  const suggestions = data.suggest?.suggestions;
  if (!suggestions) throw new GraphQLRequestError('INTERNAL', 'The api sent no suggestions');
  return suggestions;
}

/** Published regions with their names in `locale` (Finnish when not translated). */
export async function fetchRegions(
  client: GraphQLClient,
  locale: Locale,
  options: RequestOptions = {},
): Promise<RegionView[]> {
  const data = await client.request(PortalRegionsDocument, { locale }, options);
  if (!Array.isArray(data.regions)) throw new GraphQLRequestError('INTERNAL', 'The api sent no regions');
  return data.regions;
}

export async function fetchServiceEntry(
  client: GraphQLClient,
  id: string,
  locale: Locale,
  options: RequestOptions = {},
): Promise<ServiceEntryDetails | null> {
  const data = await client.request(PortalServiceEntryDocument, { id, locale }, options);
  return data.serviceEntry;
}

/** Tells search analytics which result of a search was opened. Best effort: failures are ignored. */
export async function recordSearchClick(
  client: GraphQLClient,
  searchId: string,
  documentId: string,
): Promise<void> {
  try {
    await client.request(PortalRecordSearchClickDocument, { searchId, documentId });
  } catch {
    // Analytics must never disturb the agent.
  }
}

export interface SearchReportParams {
  /** YYYY-MM-DD, Helsinki, inclusive. */
  from: string;
  to: string;
  locale: Locale | null;
  /** Only the public site's or the portal's searches; null: both. */
  channel?: SearchChannel | null;
  limit?: number;
}

export async function fetchSearchReport(
  client: GraphQLClient,
  params: SearchReportParams,
  options: RequestOptions = {},
): Promise<SearchReportData> {
  const data = await client.request(
    PortalSearchReportDocument,
    {
      from: params.from,
      to: params.to,
      locale: params.locale,
      channel: params.channel ?? null,
      limit: params.limit ?? 20,
    },
    options,
  );
  return data.searchReport;
}

export async function fetchGuideFeedbackReport(
  client: GraphQLClient,
  params: { from: string; to: string; locale: Locale | null; limit?: number },
  options: RequestOptions = {},
): Promise<GuideFeedbackReportData> {
  const data = await client.request(
    PortalGuideFeedbackReportDocument,
    { from: params.from, to: params.to, locale: params.locale, limit: params.limit ?? 20 },
    options,
  );
  return data.guideFeedbackReport;
}

/** A professional instruction in full (agents only). */
export type InstructionDetails = NonNullable<PortalProfessionalInstructionQuery['professionalInstruction']>;
/** A triage protocol with every text in the requested locale (agents only). */
export type ProtocolDetails = NonNullable<PortalTriageProtocolQuery['triageProtocol']>;
export type ProtocolQuestion = ProtocolDetails['questions'][number];
export type ConditionNode = ProtocolDetails['redFlags'][number]['when']['nodes'][number];
/** A self-care guide as agents read it. */
export type GuideDetails = NonNullable<PortalSelfCareGuideQuery['selfCareGuide']>;
/** One of the signed-in person's favourites. */
export type FavouriteView = PortalMyFavouritesQuery['myFavourites'][number];
/** When the signed-in person last opened a document. */
export type OpenedView = PortalLastOpenedQuery['lastOpened'][number];

export async function fetchInstruction(
  client: GraphQLClient,
  id: string,
  locale: Locale,
  options: RequestOptions = {},
): Promise<InstructionDetails | null> {
  return (await client.request(PortalProfessionalInstructionDocument, { id, locale }, options))
    .professionalInstruction;
}

export async function fetchProtocol(
  client: GraphQLClient,
  id: string,
  locale: Locale,
  options: RequestOptions = {},
): Promise<ProtocolDetails | null> {
  return (await client.request(PortalTriageProtocolDocument, { id, locale }, options)).triageProtocol;
}

export async function fetchGuide(
  client: GraphQLClient,
  slug: string,
  locale: Locale,
  options: RequestOptions = {},
): Promise<GuideDetails | null> {
  return (await client.request(PortalSelfCareGuideDocument, { slug, locale }, options)).selfCareGuide;
}

export async function fetchFavourites(client: GraphQLClient): Promise<FavouriteView[]> {
  return (await client.request(PortalMyFavouritesDocument, {})).myFavourites;
}

export async function addFavourite(
  client: GraphQLClient,
  input: { type: ContentType; documentId: string; slug: string | null; title: string; locale: Locale },
): Promise<FavouriteView> {
  return (await client.request(PortalAddFavouriteDocument, { input })).addFavourite;
}

export async function removeFavourite(
  client: GraphQLClient,
  type: ContentType,
  documentId: string,
): Promise<void> {
  await client.request(PortalRemoveFavouriteDocument, { type, documentId });
}

export async function fetchLastOpened(client: GraphQLClient, documentIds: string[]): Promise<OpenedView[]> {
  if (documentIds.length === 0) return [];
  return (await client.request(PortalLastOpenedDocument, { documentIds })).lastOpened;
}

export async function recordOpened(
  client: GraphQLClient,
  type: ContentType,
  documentId: string,
  updatedAt: string,
): Promise<OpenedView> {
  return (await client.request(PortalRecordOpenedDocument, { type, documentId, updatedAt })).recordOpened;
}

/** A contact of the contact log as the portal reads it (every contact operation selects these fields). */
export type ContactView = PortalOpenContactMutation['openContact'];
/** A contact with its care-need assessments, as the contact view reads it. */
export type ContactDetails = PortalContactQuery['contact'];
/** A care-need assessment saved on a contact, its texts as the protocol version said them. */
export type TriageAssessmentView = ContactDetails['triageAssessments'][number];
export type { RecordTriageAssessmentInput };
/** A page of the signed-in person's contacts, newest first. */
export type ContactPageView = PortalMyContactsQuery['myContacts'];
export type { OpenContactInput, UpdateContactInput };

export async function fetchContact(
  client: GraphQLClient,
  id: string,
  options: RequestOptions = {},
): Promise<ContactDetails> {
  return (await client.request(PortalContactDocument, { id }, options)).contact;
}

export async function fetchMyContacts(
  client: GraphQLClient,
  first: number,
  after: string | null,
  options: RequestOptions = {},
): Promise<ContactPageView> {
  return (await client.request(PortalMyContactsDocument, { first, after }, options)).myContacts;
}

export async function findContactsByIdentityCode(
  client: GraphQLClient,
  identityCode: string,
): Promise<ContactView[]> {
  return (await client.request(PortalContactsByIdentityCodeDocument, { identityCode }))
    .contactsByIdentityCode;
}

export async function openContact(client: GraphQLClient, input: OpenContactInput): Promise<ContactView> {
  return (await client.request(PortalOpenContactDocument, { input })).openContact;
}

/** Saves changes; a `version` older than the stored one is refused with `CONFLICT`. */
export async function updateContact(
  client: GraphQLClient,
  id: string,
  version: number,
  input: UpdateContactInput,
): Promise<ContactView> {
  return (await client.request(PortalUpdateContactDocument, { id, version, input })).updateContact;
}

export async function closeContact(client: GraphQLClient, id: string, version: number): Promise<ContactView> {
  return (await client.request(PortalCloseContactDocument, { id, version })).closeContact;
}

/** The identity code in clear; the api writes the reason into the audit trail. */
export async function revealIdentityCode(
  client: GraphQLClient,
  contactId: string,
  reason: string,
): Promise<string> {
  return (await client.request(PortalRevealIdentityCodeDocument, { contactId, reason })).revealIdentityCode;
}

/** A reason category a contact can have, labelled in the requested locale. */
export type ReasonCategoryView = PortalContactReasonCategoriesQuery['contactReasonCategories'][number];

export async function fetchReasonCategories(
  client: GraphQLClient,
  locale: Locale,
  options: RequestOptions = {},
): Promise<ReasonCategoryView[]> {
  return (await client.request(PortalContactReasonCategoriesDocument, { locale }, options))
    .contactReasonCategories;
}

/**
 * Saves a care-need assessment on an open contact (nurses only). Resolves the contact as updated (its new version,
 * the `triage_performed` outcome, the protocol in its content used); a stale `contactVersion` is `CONFLICT`.
 */
export async function recordTriageAssessment(
  client: GraphQLClient,
  contactId: string,
  contactVersion: number,
  input: RecordTriageAssessmentInput,
): Promise<ContactView> {
  return (await client.request(PortalRecordTriageAssessmentDocument, { contactId, contactVersion, input }))
    .recordTriageAssessment.contact;
}

/** A care-need assessment as an HL7 FHIR R4 Bundle (JSON text). */
export async function fetchTriageAssessmentFhir(client: GraphQLClient, id: string): Promise<string> {
  return (await client.request(PortalTriageAssessmentFhirDocument, { id })).triageAssessmentFhir;
}
