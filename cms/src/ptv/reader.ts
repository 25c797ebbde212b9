/**
 * The `PtvReader` port: everything the sync needs from PTV, in domain terms. `V11PtvReader` implements it
 * over the anonymous v11 Open API; a v12 reader (x-api-key, `publishedAtOrAfter` + `archived`) can replace
 * it without touching the sync.
 */
import type { PtvEntity, PtvEntityKind, PtvPublishingStatus } from './domain';

/** A record PTV returned that we could not use; reported, never written. */
export interface PtvRejected {
  kind: PtvEntityKind;
  id: string;
  reason: string;
}

/** Result of a batch fetch: the good records, the rejected ones, and ids PTV did not return at all. */
export interface PtvBatch<K extends PtvEntityKind> {
  items: Array<PtvEntity<K>>;
  rejected: PtvRejected[];
  missing: string[];
}

export interface PtvReader {
  /**
   * Ids of entities of `kind` with `status` created or modified at or after `since` (all when `since` is
   * null), following every page. Ids PTV lists without a name are skipped (they 404 on fetch).
   */
  listChangedIds(
    kind: PtvEntityKind,
    status: PtvPublishingStatus,
    since: Date | null,
    signal?: AbortSignal,
  ): Promise<string[]>;
  /**
   * Every published service of one organisation, full records (`/Service/list/organization`, all pages):
   * the full sync's source, as PTV advises a periodic full fetch because link changes do not move
   * modification dates. Pages are handed to `onPage` as they arrive (a few in flight), so the caller
   * keeps only what it needs of them rather than the whole organisation in memory.
   */
  forEachServicePageOfOrganization(
    organizationId: string,
    onPage: (batch: PtvBatch<'service'>) => void | Promise<void>,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Full records by id, in batches of at most 100 (any number of ids may be passed). */
  fetch<K extends PtvEntityKind>(kind: K, ids: readonly string[], signal?: AbortSignal): Promise<PtvBatch<K>>;
}
