import type { z } from 'zod';
import { DomainError } from '../errors.js';
import type { AnyContentType } from '../dsl/index.js';
import { professionalInstruction } from '../types/professional-instruction.js';
import { selfCareGuide } from '../types/self-care-guide.js';
import { serviceEntry } from '../types/service-entry.js';
import { triageProtocol } from '../types/triage-protocol.js';
import type { SearchDocType } from './search-doc.js';

/**
 * Strapi 5 REST `populate` for one source type: named relations (with named fields) and components,
 * never `'*'`.
 */
export type StrapiPopulate = Readonly<Record<string, true | { readonly fields: readonly string[] }>>;

/** The content type each search document type comes from, and what the indexer must populate. */
export const SEARCH_SOURCES = {
  service: {
    contentType: serviceEntry,
    populate: {
      regions: { fields: ['code'] },
      phoneChannels: true,
      webPages: true,
      serviceLocations: true,
      eServices: true,
      internalPhones: true,
    },
  },
  instruction: {
    contentType: professionalInstruction,
    // Related services' names are embedded (keywords), so an agent searching a service finds its instructions.
    populate: { regions: { fields: ['code'] }, relatedServices: { fields: ['name', 'ptvStatus'] } },
  },
  protocol: { contentType: triageProtocol, populate: {} },
  guide: { contentType: selfCareGuide, populate: { relatedServices: { fields: ['name', 'ptvStatus'] } } },
} as const satisfies Record<SearchDocType, { contentType: AnyContentType; populate: StrapiPopulate }>;

/** The REST document type each search document type is mapped from. */
export type SearchSourceEntry<T extends SearchDocType> = z.infer<
  (typeof SEARCH_SOURCES)[T]['contentType']['schema']
>;

/** `populate` spec the indexer requests for a search document type. */
export function searchPopulate(type: SearchDocType): StrapiPopulate {
  return SEARCH_SOURCES[type].populate;
}

/** The search document type of a content type uid (e.g. from an outbox event); `undefined` if not searchable. */
export function searchDocTypeForUid(uid: string): SearchDocType | undefined {
  for (const [type, source] of Object.entries(SEARCH_SOURCES)) {
    if (source.contentType.uid === uid) return type as SearchDocType;
  }
  return undefined;
}

/**
 * Parses a raw Strapi REST document of a search source type.
 * @throws DomainError `VALIDATION_FAILED` with `details.issues` (zod issues) when it does not fit.
 */
export function parseSearchSource<T extends SearchDocType>(type: T, raw: unknown): SearchSourceEntry<T> {
  const result = SEARCH_SOURCES[type].contentType.schema.safeParse(raw);
  if (!result.success) {
    throw new DomainError('VALIDATION_FAILED', `Invalid ${type} document from the CMS`, {
      details: {
        type,
        documentId: (raw as { documentId?: unknown } | null)?.documentId,
        issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  }
  return result.data as SearchSourceEntry<T>;
}
