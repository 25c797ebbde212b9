/**
 * Shapes of the api's GraphQL responses as the portal queries them. They mirror the api's SDL (the contract),
 * not the CMS: everything optional in the SDL is `| null` here.
 */
import type { ContentType, Locale } from '../content/models';

export interface SearchHit {
  id: string;
  documentId: string;
  type: ContentType;
  title: string;
  summary: string | null;
  /** Text with matches wrapped in `<mark>…</mark>`; everything else is plain text (see `parseHighlight`). */
  snippet: string | null;
  slug: string | null;
  url: string | null;
  region: string[];
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  tookMs: number;
  /** Identifies the search for recordSearchClick (analytics). */
  searchId?: string;
}

/** One query's line in the search report. */
export interface SearchQueryStat {
  query: string;
  count: number;
  clicks: number;
  clickThroughRate: number;
  averageResults: number;
}

/** The editors' search report of a period. */
export interface SearchReportData {
  from: string;
  to: string;
  locale: Locale | null;
  searches: number;
  zeroResultSearches: number;
  clickedSearches: number;
  clickThroughRate: number;
  redactedSearches: number;
  averageLatencyMs: number;
  topQueries: SearchQueryStat[];
  zeroResultQueries: SearchQueryStat[];
}

export interface SearchFilters {
  types?: ContentType[];
  regions?: string[];
  serviceClasses?: string[];
  targetGroups?: string[];
}

/** How many matches have one value of a facet. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per facet value, most frequent first. A facet the search is filtered on is counted without its own
 * filter, so its counts say what choosing another value would give.
 */
export interface SearchFacets {
  types: FacetCount[];
  regions: FacetCount[];
  serviceClasses: FacetCount[];
  targetGroups: FacetCount[];
}

/** An as-you-type completion (a distinct title). */
export interface Suggestion {
  id: string;
  documentId: string;
  type: ContentType;
  title: string;
  /** The title with the typed words wrapped in `<mark>…</mark>` (see `parseHighlight`). */
  titleHighlight: string;
}

export interface SearchVariables extends Record<string, unknown> {
  query: string;
  locale: Locale;
  filters: SearchFilters | null;
  limit: number;
}

export interface PhoneChannelView {
  name: string | null;
  number: string;
  prefixNumber: string | null;
  chargeType: 'free' | 'charged' | 'other' | null;
  chargeInfo: string | null;
  serviceHours: string | null;
}

export interface WebPageView {
  name: string | null;
  url: string;
}

export interface ServiceLocationView {
  name: string;
  street: string | null;
  postalCode: string | null;
  postOffice: string | null;
  openingHours: string | null;
  phone: string | null;
}

export interface EServiceView {
  name: string;
  url: string;
}

export interface InternalPhoneView {
  label: string;
  number: string;
  note: string | null;
}

/** A region as `regions(locale)` and `serviceEntry.regions` return it. */
export interface RegionView {
  code: string;
  name: string;
}

export interface GuideLinkView {
  slug: string;
  title: string;
}

export interface InstructionLinkView {
  id: string;
  slug: string;
  title: string;
  category: string | null;
}

export interface ProtocolLinkView {
  id: string;
  code: string;
  version: number;
  complaint: string;
}

export interface ServiceEntryDetails {
  /** CMS documentId. */
  id: string;
  slug: string;
  /** Locale of the text; Finnish when the entry is not translated into the requested locale. */
  locale: Locale;
  source: 'ptv' | 'local' | null;
  name: string;
  summary: string | null;
  description: string | null;
  userInstruction: string | null;
  organizationName: string | null;
  regions: RegionView[];
  channels: {
    phones: PhoneChannelView[];
    webPages: WebPageView[];
    locations: ServiceLocationView[];
    eServices: EServiceView[];
  };
  /** Agent-only (solution bank): Markdown; `null` for citizens. */
  agentInstructions: string | null;
  /** Agent-only fields below are `null` for citizens. */
  internalPhones: InternalPhoneView[] | null;
  instructions: InstructionLinkView[] | null;
  protocols: ProtocolLinkView[] | null;
  guides: GuideLinkView[] | null;
  queue: { code: string; name: string } | null;
}
