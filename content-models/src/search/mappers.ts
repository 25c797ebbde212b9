import { DomainError } from '../errors.js';
import { TEXT_LIMITS } from '../limits.js';
import { type Locale, pickText } from '../locale.js';
import { normalizeText, stripMarkdown, truncateText } from './markdown.js';
import { type SearchDoc, type SearchDocType, searchDocId, searchGroupKey } from './search-doc.js';
import type { SearchSourceEntry } from './sources.js';
import { isPublicPtvStatus } from '../types/service-entry.js';

/** Search documents of one source entry: the citizen-safe doc (if any) and the agent doc. */
export interface SearchDocPair {
  /** For `public-<locale>`; absent for agent-only content. */
  readonly public?: SearchDoc;
  /** For `agent-<locale>`. */
  readonly agent: SearchDoc;
}

const SUMMARY_LENGTH = 240;

/**
 * Characters of body text a search document keeps. Meilisearch's cost per matching document grows with the length of
 * the attributes it searches and highlights: one guide with a 1 MB body made every search that matched it about 20x
 * slower (97-129 ms instead of 4-6 ms). The longest sample body has about 2,000 characters, so the first 20,000 hold
 * everything a real entry says; the rest of an oversized body is not indexed.
 */
export const SEARCH_BODY_LENGTH = 20_000;

/** Longest summary kept (a summary is shown whole in results; the CMS allows {@link TEXT_LIMITS}.summary). */
const SUMMARY_MAX = TEXT_LIMITS.summary;

/** `text` cut to at most `max` characters (plus an ellipsis), at a whitespace when one is near the end. */
export function cropText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  return `${(space > max * 0.9 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Plain text of editor Markdown for a search body: the Markdown is cropped first, so stripping stays cheap. */
function bodyText(markdown: string | null | undefined): string {
  // Markdown syntax takes a few characters per word at most: twice the budget leaves room for it.
  return cropText(
    stripMarkdown(markdown ? cropText(markdown, 2 * SEARCH_BODY_LENGTH) : markdown),
    SEARCH_BODY_LENGTH,
  );
}

type Base = Pick<SearchDoc, 'id' | 'documentId' | 'type' | 'locale' | 'slug' | 'updatedAt'>;

function base(
  type: SearchDocType,
  entry: { documentId: string; updatedAt?: string | undefined },
  locale: Locale,
  slug: string,
): Base {
  if (!entry.documentId)
    throw new DomainError('VALIDATION_FAILED', 'Entry has no documentId', { details: { type } });
  const updatedAt = entry.updatedAt ? new Date(entry.updatedAt) : undefined;
  return {
    id: searchDocId(type, entry.documentId),
    documentId: entry.documentId,
    type,
    locale,
    slug,
    updatedAt:
      updatedAt && !Number.isNaN(updatedAt.getTime()) ? updatedAt.toISOString() : new Date(0).toISOString(),
  };
}

const list = (values: readonly (string | null | undefined)[] | null | undefined): string[] => [
  ...new Set((values ?? []).map((v) => (v ?? '').trim()).filter((v) => v !== '')),
];

const paragraphs = (...parts: (string | null | undefined)[]): string =>
  parts
    .map((p) => (p ?? '').trim())
    .filter((p) => p !== '')
    .join('\n\n');

const regionCodes = (
  regions: readonly { documentId: string; code?: unknown }[] | null | undefined,
): string[] => list((regions ?? []).map((r) => (typeof r.code === 'string' ? r.code : undefined)));

/**
 * Service entry → public doc (PTV-owned public fields only) and agent doc (plus agentInstructions,
 * internal phones, extra keywords). A service not `published` in PTV is indexed for agents only.
 */
export function serviceToSearchDocs(entry: SearchSourceEntry<'service'>, locale: Locale): SearchDocPair {
  const publicPhones = list([
    ...(entry.phoneChannels ?? []).map((p) => (p.prefixNumber ? `${p.prefixNumber} ${p.number}` : p.number)),
    ...(entry.serviceLocations ?? []).map((l) => l.phone),
  ]);
  const url = entry.webPages?.[0]?.url ?? entry.eServices?.[0]?.url ?? undefined;
  const region = regionCodes(entry.regions);
  const channels =
    (entry.phoneChannels?.length ?? 0) +
    (entry.webPages?.length ?? 0) +
    (entry.serviceLocations?.length ?? 0) +
    (entry.eServices?.length ?? 0);
  const publicBody = cropText(
    paragraphs(
      normalizeText(entry.description),
      normalizeText(entry.userInstruction),
      entry.organizationName,
      ...(entry.serviceLocations ?? []).map((l) =>
        [l.name, l.street, [l.postalCode, l.postOffice].filter(Boolean).join(' ')].filter(Boolean).join(', '),
      ),
    ),
    SEARCH_BODY_LENGTH,
  );
  const publicDoc: SearchDoc = {
    ...base('service', entry, locale, entry.slug),
    title: entry.name,
    summary: cropText(normalizeText(entry.summary), SUMMARY_MAX),
    body: publicBody,
    keywords: list(entry.keywords),
    region,
    serviceClasses: list(entry.serviceClasses),
    targetGroups: list(entry.targetGroups),
    audience: 'public',
    phones: publicPhones,
    ...(url ? { url } : {}),
    groupKey: searchGroupKey('service', entry.slug, region),
    routable: region.length > 0 || channels > 0 ? 1 : 0,
  };
  const internalPhones = entry.internalPhones ?? [];
  const agentDoc: SearchDoc = {
    ...publicDoc,
    audience: 'agent',
    body: cropText(
      paragraphs(
        publicBody,
        bodyText(entry.agentInstructions),
        ...internalPhones.map((p) => [p.label, p.number, p.note].filter(Boolean).join(' ')),
      ),
      2 * SEARCH_BODY_LENGTH,
    ),
    keywords: list([...publicDoc.keywords, ...(entry.extraKeywords ?? [])]),
    phones: list([...publicPhones, ...internalPhones.map((p) => p.number)]),
    // Internal phones are channels for an agent.
    routable: publicDoc.routable === 1 || internalPhones.length > 0 ? 1 : 0,
  };
  return isPublicPtvStatus(entry.ptvStatus) ? { public: publicDoc, agent: agentDoc } : { agent: agentDoc };
}

/** A populated `relatedServices` entry (fields `name`, `ptvStatus`). */
type RelatedServiceRef = { documentId: string; name?: unknown; ptvStatus?: unknown };

/**
 * Names and documentIds of related services, for instructions and guides. `publicOnly` keeps only services
 * published in PTV (a guide's public doc must not name a service that is agent-only).
 */
function relatedServices(
  refs: readonly RelatedServiceRef[] | null | undefined,
  publicOnly: boolean,
): { names: string[]; ids: string[] } {
  const kept = (refs ?? []).filter((r) => !publicOnly || isPublicPtvStatus(r.ptvStatus));
  return {
    names: list(kept.map((r) => (typeof r.name === 'string' ? r.name : undefined))),
    ids: list(kept.map((r) => r.documentId)),
  };
}

/** Professional instruction → agent doc only; related services' names become keywords. */
export function instructionToSearchDocs(
  entry: SearchSourceEntry<'instruction'>,
  locale: Locale,
): SearchDocPair {
  const body = bodyText(entry.body);
  const related = relatedServices(entry.relatedServices as RelatedServiceRef[] | undefined, false);
  const region = regionCodes(entry.regions);
  return {
    agent: {
      ...base('instruction', entry, locale, entry.slug),
      title: entry.title,
      summary: truncateText(body, SUMMARY_LENGTH),
      body,
      keywords: list([entry.category, ...related.names]),
      relatedServiceIds: related.ids,
      region,
      serviceClasses: [],
      targetGroups: [],
      audience: 'agent',
      phones: [],
      groupKey: searchGroupKey('instruction', entry.slug, region),
      routable: 1,
    },
  };
}

/**
 * Triage protocol → agent doc only, texts picked for `locale` (falling back to Finnish): complaint as
 * title, questions, red flag reasons and advice as body.
 */
export function protocolToSearchDocs(entry: SearchSourceEntry<'protocol'>, locale: Locale): SearchDocPair {
  const questions = entry.questions.map((q) => pickText(q.text, locale));
  return {
    agent: {
      ...base('protocol', entry, locale, entry.code),
      title: pickText(entry.complaint, locale),
      summary: truncateText(questions.join(' '), SUMMARY_LENGTH),
      body: cropText(
        paragraphs(
          questions.join('\n'),
          entry.redFlags.map((f) => pickText(f.reason, locale)).join('\n'),
          entry.outcomes.map((o) => pickText(o.advice, locale)).join('\n'),
        ),
        SEARCH_BODY_LENGTH,
      ),
      keywords: list([entry.code]),
      region: [],
      serviceClasses: [],
      targetGroups: [entry.audience],
      audience: 'agent',
      phones: [],
      groupKey: searchGroupKey('protocol', entry.code, []),
      routable: 1,
    },
  };
}

/**
 * Self-care guide → public doc and the same content as agent doc; related services' names become keywords (in the
 * public doc only those of services published in PTV).
 */
export function guideToSearchDocs(entry: SearchSourceEntry<'guide'>, locale: Locale): SearchDocPair {
  const stripped = bodyText(entry.body);
  const body = paragraphs(stripped, cropText(list(entry.whenToSeekCare).join('\n'), TEXT_LIMITS.note));
  const refs = entry.relatedServices as RelatedServiceRef[] | undefined;
  const publicRelated = relatedServices(refs, true);
  const allRelated = relatedServices(refs, false);
  const publicDoc: SearchDoc = {
    ...base('guide', entry, locale, entry.slug),
    title: entry.title,
    summary: cropText(normalizeText(entry.summary), SUMMARY_MAX) || truncateText(stripped, SUMMARY_LENGTH),
    body,
    keywords: publicRelated.names,
    relatedServiceIds: publicRelated.ids,
    region: [],
    serviceClasses: [],
    targetGroups: [],
    audience: 'public',
    phones: [],
    groupKey: searchGroupKey('guide', entry.slug, []),
    routable: 1,
  };
  return {
    public: publicDoc,
    agent: { ...publicDoc, audience: 'agent', keywords: allRelated.names, relatedServiceIds: allRelated.ids },
  };
}

/**
 * Maps a Strapi 5 REST document (flattened, populated per {@link SEARCH_SOURCES}) to its search
 * documents for the indexes of `locale`: a guide goes to both audiences, a service entry to public
 * (public fields only) and agent (with solution-bank fields), instructions and protocols to agent only.
 */
export function toSearchDocs<T extends SearchDocType>(
  type: T,
  entry: SearchSourceEntry<T>,
  locale: Locale,
): SearchDocPair {
  switch (type) {
    case 'service':
      return serviceToSearchDocs(entry as SearchSourceEntry<'service'>, locale);
    case 'instruction':
      return instructionToSearchDocs(entry as SearchSourceEntry<'instruction'>, locale);
    case 'protocol':
      return protocolToSearchDocs(entry as SearchSourceEntry<'protocol'>, locale);
    case 'guide':
      return guideToSearchDocs(entry as SearchSourceEntry<'guide'>, locale);
    default:
      throw new DomainError('VALIDATION_FAILED', 'Unknown search document type', { details: { type } });
  }
}
