import type { EnqueuedTask, EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { indexedWith, type Analysis } from './analysis.js';
import type { CmsClient, OutboxEvent } from './cms-client.js';
import { dependentTargets } from './dependencies.js';
import {
  SEARCH_PRIMARY_KEY,
  SYNONYM_TYPE,
  indexedTypeByUid,
  searchDocId,
  searchIndexName,
  type IndexedSearchDoc,
  type IndexedType,
} from './content.js';
import { collectSynonyms, mapLimit, readDocumentStates, type DocumentState } from './documents.js';
import type { Logger } from '@neuvo/node-kit';
import { settleEnqueued, upstream } from './meili.js';
import { OUTBOX_PAGE_LIMIT, lastEventId, outboxReachesCursor } from './outbox.js';
import { SEARCH_INDEXES } from './settings.js';
import type { CursorStore } from './state.js';

export interface SyncDeps {
  readonly client: Meilisearch;
  readonly cms: CmsClient;
  readonly cursor: CursorStore;
  readonly log: Logger;
  /** Analyses the documents' text (hidden analysed fields). */
  readonly analysis: Analysis;
  /** Events read per batch (default and maximum 500). */
  readonly batchSize?: number;
  /**
   * Long poll: when nothing is pending, let the cms hold the outbox read this long until an event is committed, so a
   * publish is picked up within milliseconds instead of at the next poll. 0/absent: answer at once.
   */
  readonly waitMs?: number;
  /** Ends such a wait early (the batch then applies nothing). */
  readonly signal?: AbortSignal;
  /**
   * Also check that the outbox still reaches the cursor (one extra request) and that the indexes were built with the
   * same text analysis; when the outbox does not reach it, the cms database was replaced, and when the analysis
   * differs (Voikko installed or removed, a new term format), documents analysed one way would be missed by queries
   * analysed the other way: either way the result is `needs-rebuild`. The loop does this on its first cycle.
   */
  readonly verifyCursor?: boolean;
}

/** What one {@link syncBatch} did. */
export type SyncResult =
  | {
      readonly status: 'needs-rebuild';
      readonly reason: 'no-cursor' | 'outbox-behind-cursor' | 'analysis-changed';
    }
  | {
      readonly status: 'applied';
      /** Outbox events consumed (0 when there was nothing new). */
      readonly events: number;
      /** Distinct documents re-read. */
      readonly documents: number;
      readonly upserted: number;
      readonly deleted: number;
      /** Cursor after the batch. */
      readonly cursor: number;
      /** True when the batch was full, i.e. more events are probably waiting. */
      readonly more: boolean;
    };

/** Documents to write and ids to delete, per live index. */
interface Changes {
  upserts: Map<string, IndexedSearchDoc[]>;
  deletes: Map<string, string[]>;
}

/**
 * Applies the next batch of outbox events after the stored cursor: every changed document (deduplicated by
 * uid + documentId) is re-read in every locale and its docs upserted into or deleted from `public-<locale>` and
 * `agent-<locale>`. All Meilisearch tasks are awaited before the cursor moves, so a failure anywhere leaves the
 * cursor where it was and the batch is retried; nothing is skipped.
 *
 * Returns `needs-rebuild` when there is no cursor (fresh or wiped Meilisearch), or with `verifyCursor` when the
 * outbox no longer reaches the cursor, and does nothing else.
 */
export async function syncBatch(deps: SyncDeps): Promise<SyncResult> {
  const { client, cms, cursor, log } = deps;
  const limit = Math.min(deps.batchSize ?? OUTBOX_PAGE_LIMIT, OUTBOX_PAGE_LIMIT);
  const started = Date.now();
  const state = await cursor.readState();
  if (state === null) return { status: 'needs-rebuild', reason: 'no-cursor' };
  const after = state.lastId;
  // Also when the search-document shape changed: documents indexed before lack its new fields.
  if (deps.verifyCursor && state.analysis !== indexedWith(deps.analysis)) {
    return { status: 'needs-rebuild', reason: 'analysis-changed' };
  }
  if (deps.verifyCursor && !(await outboxReachesCursor(cms, after))) {
    return { status: 'needs-rebuild', reason: 'outbox-behind-cursor' };
  }

  const page = await cms.readOutbox(after, limit, {
    ...(deps.waitMs ? { waitMs: deps.waitMs } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const last = lastEventId(page.events);
  if (last === null) {
    return {
      status: 'applied',
      events: 0,
      documents: 0,
      upserted: 0,
      deleted: 0,
      cursor: after,
      more: false,
    };
  }

  const { targets, synonymsChanged } = dedupe(page.events);
  // Instructions and guides embed their related services' names: a changed service re-indexes them too.
  const changedServices = targets.filter((t) => t.type.type === 'service').map((t) => t.documentId);
  const dependents = await dependentTargets(client, cms, changedServices);
  for (const dependent of dependents) {
    if (!targets.some((t) => t.type.uid === dependent.type.uid && t.documentId === dependent.documentId))
      targets.push(dependent);
  }
  const changes: Changes = {
    upserts: new Map(SEARCH_INDEXES.map((ref) => [ref.name, []])),
    deletes: new Map(SEARCH_INDEXES.map((ref) => [ref.name, []])),
  };
  const states = await readTargetStates(cms, targets, deps);
  const readMs = Date.now() - started;
  targets.forEach((target, i) => {
    for (const { locale, docs } of states[i] ?? []) {
      const id = searchDocId(target.type.type, target.documentId);
      const publicName = searchIndexName('public', locale);
      const agentName = searchIndexName('agent', locale);
      // Missing docs mean "not published here (any more)" or "not for this audience": remove by id.
      if (docs?.public) changes.upserts.get(publicName)?.push(docs.public);
      else changes.deletes.get(publicName)?.push(id);
      if (docs) changes.upserts.get(agentName)?.push(docs.agent);
      else changes.deletes.get(agentName)?.push(id);
    }
  });

  const tasks: Array<{ task: EnqueuedTask; what: string }> = [];
  // Enqueue one after the other so Meilisearch runs them in this order, then wait for all.
  const enqueue = async (task: EnqueuedTaskPromise, what: string): Promise<void> => {
    try {
      tasks.push({ task: await task, what });
    } catch (error) {
      throw upstream(what, error);
    }
  };
  // Most events change one locale, but every locale is re-read: compare with what the indexes hold and only write
  // what differs, so untouched locales cost a read instead of an indexing task.
  const existing = new Map(
    await Promise.all(
      SEARCH_INDEXES.map(async (ref) => {
        const ids = [
          ...(changes.upserts.get(ref.name) ?? []).map((doc) => doc.id),
          ...(changes.deletes.get(ref.name) ?? []),
        ];
        return [ref.name, await fetchDocs(client, ref.name, ids)] as const;
      }),
    ),
  );
  for (const ref of SEARCH_INDEXES) {
    const stored = existing.get(ref.name) ?? new Map<string, string>();
    changes.deletes.set(
      ref.name,
      (changes.deletes.get(ref.name) ?? []).filter((id) => stored.has(id)),
    );
    changes.upserts.set(
      ref.name,
      (changes.upserts.get(ref.name) ?? []).filter((doc) => stored.get(doc.id) !== canonicalJson(doc)),
    );
  }
  // Deletes first (cheap, and withdrawn content should vanish soonest), then upserts, public indexes before agent.
  for (const [name, ids] of changes.deletes) {
    if (ids.length > 0) await enqueue(client.index(name).deleteDocuments(ids), `delete from ${name}`);
  }
  for (const [name, docs] of changes.upserts) {
    if (docs.length > 0) {
      await enqueue(
        client.index(name).addDocuments(docs, { primaryKey: SEARCH_PRIMARY_KEY }),
        `upsert into ${name}`,
      );
    }
  }
  if (synonymsChanged) {
    const synonyms = await collectSynonyms(cms, deps.analysis);
    for (const ref of SEARCH_INDEXES) {
      const wanted = synonyms.get(ref.locale) ?? {};
      const index = client.index(ref.name);
      const current = await index.getSynonyms().catch((error: unknown) => {
        throw upstream(`read synonyms of ${ref.name}`, error);
      });
      if (canonicalJson(current) !== canonicalJson(wanted)) {
        await enqueue(index.updateSettings({ synonyms: wanted }), `synonyms of ${ref.name}`);
      }
    }
  }
  // Await every task even when one fails, then fail the batch if any did (the cursor stays put).
  const settled = await Promise.allSettled(tasks.map(({ task, what }) => settleEnqueued(client, task, what)));
  const appliedMs = Date.now() - started;
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;

  // A rebuild in another process (`main.ts --rebuild`) may have swapped the indexes while this batch ran, and set
  // the cursor to its own outbox head: keep that one, so this batch's events are replayed on the new indexes.
  const now = await cursor.readState();
  if (now?.rebuildId !== state.rebuildId) {
    log.info('sync_batch_overlapped_rebuild', { fromEvent: after + 1, toEvent: last });
    return {
      status: 'applied',
      events: 0,
      documents: 0,
      upserted: 0,
      deleted: 0,
      cursor: now?.lastId ?? after,
      more: true,
    };
  }
  // Not awaited until applied: Meilisearch applies it before any later task, and readState() sees it meanwhile.
  await cursor.write({ lastId: last, rebuildId: state.rebuildId, analysis: state.analysis }, { wait: false });
  const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, list) => n + list.length, 0);
  const result = {
    status: 'applied' as const,
    events: page.events.length,
    documents: targets.length,
    upserted: count(changes.upserts),
    deleted: count(changes.deletes),
    cursor: last,
    more: page.events.length >= limit,
  };
  log.info('sync_batch_applied', {
    fromEvent: after + 1,
    toEvent: last,
    events: result.events,
    documents: result.documents,
    upserted: result.upserted,
    deleted: result.deleted,
    synonymsChanged,
    readMs,
    appliedMs,
    cursorSavedMs: Date.now() - started,
  });
  return result;
}

/** The published state of every target in every locale, read per type in batches; in the order of `targets`. */
async function readTargetStates(
  cms: CmsClient,
  targets: readonly Target[],
  deps: SyncDeps,
): Promise<DocumentState[][]> {
  const byType = new Map<IndexedType, Target[]>();
  for (const target of targets) byType.set(target.type, [...(byType.get(target.type) ?? []), target]);
  const states = new Map<Target, DocumentState[]>();
  await mapLimit([...byType], 2, async ([type, ofType]) => {
    const read = await readDocumentStates(
      cms,
      type,
      ofType.map((t) => t.documentId),
      deps,
    );
    ofType.forEach((target, i) => states.set(target, read[i]!));
  });
  return targets.map((target) => states.get(target)!);
}

/** The documents with these ids that the index holds, as canonical JSON by id (one read, no task). */
async function fetchDocs(
  client: Meilisearch,
  index: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const byId = new Map<string, string>();
  // Chunks keep the GET query string short.
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    try {
      const found = await client
        .index<IndexedSearchDoc>(index)
        .getDocuments({ ids: chunk, limit: chunk.length });
      for (const doc of found.results) byId.set(doc.id, canonicalJson(doc));
    } catch (error) {
      throw upstream(`read documents of ${index}`, error);
    }
  }
  return byId;
}

/** JSON with object keys sorted, so equal documents compare equal whatever order Meilisearch returns fields in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

interface Target {
  readonly type: IndexedType;
  readonly documentId: string;
}

/**
 * One target per (uid, documentId), in order of first appearance. Events of types that are not indexed as documents
 * are dropped (regions, queues, decision trees), except synonyms, which change index settings.
 *
 * Every locale of a target is re-read whatever the event's locale: publishing one locale can change non-localized
 * fields and relations that every locale's documents carry.
 */
function dedupe(events: readonly OutboxEvent[]): { targets: Target[]; synonymsChanged: boolean } {
  const seen = new Map<string, Target>();
  let synonymsChanged = false;
  for (const event of events) {
    if (event.uid === SYNONYM_TYPE.uid) {
      synonymsChanged = true;
      continue;
    }
    const type = indexedTypeByUid(event.uid);
    if (!type) continue;
    const key = `${event.uid}\u0000${event.documentId}`;
    if (!seen.has(key)) seen.set(key, { type, documentId: event.documentId });
  }
  return { targets: [...seen.values()], synonymsChanged };
}
