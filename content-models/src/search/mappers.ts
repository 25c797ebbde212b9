import { DomainError } from '../errors.js';
import { type Locale, pickText } from '../locale.js';
import { normalizeText, stripMarkdown, truncateText } from './markdown.js';
import { type SearchDoc, type SearchDocType, searchDocId } from './search-doc.js';
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
  const publicBody = paragraphs(
    normalizeText(entry.description),
    normalizeText(entry.userInstruction),
    entry.organizationName,
    ...(entry.serviceLocations ?? []).map((l) =>
      [l.name, l.street, [l.postalCode, l.postOffice].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    ),
  );
  const publicDoc: SearchDoc = {
    ...base('service', entry, locale, entry.slug),
    title: entry.name,
    summary: normalizeText(entry.summary),
    body: publicBody,
    keywords: list(entry.keywords),
    region: regionCodes(entry.regions),
    serviceClasses: list(entry.serviceClasses),
    targetGroups: list(entry.targetGroups),
    audience: 'public',
    phones: publicPhones,
    ...(url ? { url } : {}),
  };
  const internalPhones = entry.internalPhones ?? [];
  const agentDoc: SearchDoc = {
    ...publicDoc,
    audience: 'agent',
    body: paragraphs(
      publicBody,
      stripMarkdown(entry.agentInstructions),
      ...internalPhones.map((p) => [p.label, p.number, p.note].filter(Boolean).join(' ')),
    ),
    keywords: list([...publicDoc.keywords, ...(entry.extraKeywords ?? [])]),
    phones: list([...publicPhones, ...internalPhones.map((p) => p.number)]),
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
  const body = stripMarkdown(entry.body);
  const related = relatedServices(entry.relatedServices as RelatedServiceRef[] | undefined, false);
  return {
    agent: {
      ...base('instruction', entry, locale, entry.slug),
      title: entry.title,
      summary: truncateText(body, SUMMARY_LENGTH),
      body,
      keywords: list([entry.category, ...related.names]),
      relatedServiceIds: related.ids,
      region: regionCodes(entry.regions),
      serviceClasses: [],
      targetGroups: [],
      audience: 'agent',
      phones: [],
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
      body: paragraphs(
        questions.join('\n'),
        entry.redFlags.map((f) => pickText(f.reason, locale)).join('\n'),
        entry.outcomes.map((o) => pickText(o.advice, locale)).join('\n'),
      ),
      keywords: list([entry.code]),
      region: [],
      serviceClasses: [],
      targetGroups: [entry.audience],
      audience: 'agent',
      phones: [],
    },
  };
}

/**
 * Self-care guide → public doc and the same content as agent doc; related services' names become keywords (in the
 * public doc only those of services published in PTV).
 */
export function guideToSearchDocs(entry: SearchSourceEntry<'guide'>, locale: Locale): SearchDocPair {
  const body = paragraphs(stripMarkdown(entry.body), list(entry.whenToSeekCare).join('\n'));
  const refs = entry.relatedServices as RelatedServiceRef[] | undefined;
  const publicRelated = relatedServices(refs, true);
  const allRelated = relatedServices(refs, false);
  const publicDoc: SearchDoc = {
    ...base('guide', entry, locale, entry.slug),
    title: entry.title,
    summary: normalizeText(entry.summary) || truncateText(stripMarkdown(entry.body), SUMMARY_LENGTH),
    body,
    keywords: publicRelated.names,
    relatedServiceIds: publicRelated.ids,
    region: [],
    serviceClasses: [],
    targetGroups: [],
    audience: 'public',
    phones: [],
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
