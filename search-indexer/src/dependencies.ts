/**
 * Dependent documents: instructions and guides embed the names of their related services (content-models puts them
 * in `keywords` and the services' ids in `relatedServiceIds`). When a service changes (renamed, unpublished, deleted,
 * linked or unlinked), those documents must be re-indexed too, or an agent would find an instruction under a
 * service's old name.
 */
import type { Meilisearch } from 'meilisearch';
import type { CmsClient } from './cms-client.js';
import { INDEXED_TYPES, LOCALES, searchIndexName, type IndexedType, type SearchDocType } from './content.js';
import { mapLimit } from './documents.js';
import { isMeiliError, upstream } from './meili.js';

/** A document to re-read. */
export interface SyncTarget {
  readonly type: IndexedType;
  readonly documentId: string;
}

/** Types whose documents embed related services, and the relation that links them. */
const DEPENDENT_TYPES: ReadonlyArray<{ readonly type: SearchDocType; readonly relation: string }> = [
  { type: 'instruction', relation: 'relatedServices' },
  { type: 'guide', relation: 'relatedServices' },
];

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Ids per query, to keep URLs and filters short. */
const CHUNK = 50;

/**
 * The instructions and guides to re-index because the given services changed: those the CMS now links to them
 * (new links), and those the agent indexes still show with them (old links, also of services now unpublished or
 * deleted). Agent indexes hold every instruction and guide, so they cover the public ones too.
 */
export async function dependentTargets(
  client: Meilisearch,
  cms: CmsClient,
  serviceIds: readonly string[],
): Promise<SyncTarget[]> {
  if (serviceIds.length === 0) return [];
  const byKey = new Map<string, SyncTarget>();
  const add = (type: IndexedType, documentId: string) =>
    byKey.set(`${type.uid}\u0000${documentId}`, { type, documentId });
  const chunks: string[][] = [];
  for (let i = 0; i < serviceIds.length; i += CHUNK) chunks.push(serviceIds.slice(i, i + CHUNK));

  const jobs: Array<() => Promise<void>> = [];
  for (const { type: docType, relation } of DEPENDENT_TYPES) {
    const type = INDEXED_TYPES.find((t) => t.type === docType);
    if (!type) continue;
    for (const chunk of chunks) {
      // Now linked, in the CMS.
      for (const locale of type.localized ? LOCALES : [LOCALES[0]]) {
        jobs.push(async () => {
          for (const id of await cms.listPublishedIdsRelatedTo(type, locale, relation, chunk)) add(type, id);
        });
      }
      // Linked when last indexed.
      for (const locale of LOCALES) {
        jobs.push(async () => {
          const index = searchIndexName('agent', locale);
          try {
            const found = await client.index(index).getDocuments<{ documentId: string }>({
              filter: [`type = ${quote(docType)}`, `relatedServiceIds IN [${chunk.map(quote).join(', ')}]`],
              fields: ['documentId'],
              limit: 10_000,
            });
            for (const doc of found.results) add(type, doc.documentId);
          } catch (error) {
            // A fresh index has no such docs (and, before its settings are applied, no such filter).
            if (isMeiliError(error, 'index_not_found')) return;
            throw upstream(`find documents embedding services in ${index}`, error);
          }
        });
      }
    }
  }
  await mapLimit(jobs, 8, (job) => job());
  return [...byKey.values()];
}
