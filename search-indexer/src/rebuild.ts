import { SEARCH_PRIMARY_KEY, type IndexedSearchDoc } from './content.js';
import { randomUUID } from 'node:crypto';
import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';
import { indexedWith, type Analysis } from './analysis.js';
import type { CmsClient } from './cms-client.js';
import { collectSynonyms, streamAllDocs } from './documents.js';
import type { Logger } from '@neuvo/node-kit';
import { settle, settleEnqueued, upstream } from './meili.js';
import { outboxHead, outboxReachesCursor } from './outbox.js';
import { SEARCH_INDEXES, applySettings, codeSettings } from './settings.js';
import { listIndexNames, setup } from './setup.js';
import type { CursorStore } from './state.js';

/**
 * Documents sent to Meilisearch per addDocuments call (at least; whole pages are added). Sending starts as soon as an
 * index has this many waiting, so
 * Meilisearch indexes while the indexer reads on; whatever piles up in Meilisearch's queue meanwhile is indexed as one
 * batch (Meilisearch batches consecutive additions to an index), and fewer, larger batches cost less in total.
 */
export const REBUILD_BATCH_SIZE = 2000;
/** A `-next-` index older than this is a leftover of a crashed rebuild and is deleted. */
const STALE_NEXT_MS = 60 * 60 * 1000;

const NEXT_PATTERN = /^(.+)-next-(\d+)$/;

export interface RebuildDeps {
  readonly client: Meilisearch;
  readonly cms: CmsClient;
  readonly cursor: CursorStore;
  readonly log: Logger;
  readonly analysis: Analysis;
  /** Documents per addDocuments call (default {@link REBUILD_BATCH_SIZE}). */
  readonly batchSize?: number;
}

/** What a full rebuild did. */
export interface RebuildResult {
  /** Documents per live index after the swap. */
  readonly documents: Readonly<Record<string, number>>;
  /** Outbox id the cursor was set to (the outbox head read before any content was read). */
  readonly cursor: number;
  readonly durationMs: number;
  /** Where the time went (milliseconds since the start of the rebuild unless said otherwise). */
  readonly timings: {
    /** Reading, mapping, analysing and sending every document was done. */
    readonly readDoneMs: number;
    /** Every document task had finished in Meilisearch. */
    readonly indexedMs: number;
    /** Meilisearch's own time from starting the first document task to finishing the last one. */
    readonly meiliIndexingMs: number;
    /** Addition tasks sent. */
    readonly tasks: number;
  };
}

/**
 * Rebuilds every search index from the published content without a moment of empty results: each live index gets a
 * fresh `<name>-next-<timestamp>` twin with settings and all documents, then all six are swapped in ONE atomic
 * `swapIndexes` task and the old contents are deleted. Finally the cursor is set to the outbox head read BEFORE the
 * content was read, so changes published during the rebuild are replayed by the next sync (replays are harmless:
 * sync re-reads the published state).
 *
 * Reading and indexing overlap: documents go to Meilisearch in batches of `batchSize` per index while the next pages
 * are read, mapped and analysed; only the swap waits for every task (each must have succeeded).
 */
export async function rebuild(deps: RebuildDeps): Promise<RebuildResult> {
  const { client, cms, cursor, log, analysis } = deps;
  const batchSize = deps.batchSize ?? REBUILD_BATCH_SIZE;
  const started = Date.now();
  // Read the outbox head BEFORE any content, so whatever is published while we read gets replayed afterwards.
  // Start paging from the current cursor (an id known to exist) unless the outbox no longer reaches it.
  const current = await cursor.read();
  const from = current !== null && (await outboxReachesCursor(cms, current)) ? current : 0;
  const head = await outboxHead(cms, from);
  // The live indexes must exist to be swapped with (setup also restores the search key after a wipe). Their settings
  // are not brought up to date here: the swap replaces them by twins built with the code's settings, and updating a
  // full live index first would re-index it for nothing.
  await setup(client, { updateExistingSettings: false });
  await deleteStaleNextIndexes(client, started);

  const stamp = started;
  const pairs = SEARCH_INDEXES.map((ref) => ({ ref, next: `${ref.name}-next-${stamp}` }));
  const nextOf = new Map(pairs.map(({ ref, next }) => [ref.name, next]));
  const enqueued: { next: string; task: EnqueuedTask }[] = [];
  const pending = new Map<string, IndexedSearchDoc[]>();

  // The twins with settings and synonyms, made while the first pages are read; documents are sent only after.
  const twinsReady = collectSynonyms(cms, analysis).then((synonyms) =>
    Promise.all(
      pairs.map(async ({ ref, next }) => {
        await settle(client.createIndex(next, { primaryKey: SEARCH_PRIMARY_KEY }), `create index ${next}`);
        await applySettings(client.index(next), {
          ...codeSettings(ref),
          synonyms: synonyms.get(ref.locale) ?? {},
        });
      }),
    ),
  );
  twinsReady.catch(() => undefined); // awaited below; a failure must not surface as unhandled first

  /** Set when the rebuild failed: nothing more is sent (an addition would re-create a twin being deleted). */
  let stopped = false;
  /** The addition request in flight, if any (sends are serialized): awaited before the twins are deleted. */
  let sending: Promise<unknown> = Promise.resolve();
  const send = async (name: string, docs: IndexedSearchDoc[]): Promise<void> => {
    const next = nextOf.get(name);
    if (next === undefined || docs.length === 0) return;
    if (stopped) throw upstream(`add documents to ${next}`, new Error('the rebuild failed meanwhile'));
    try {
      // Only the enqueueing is awaited here; the tasks are awaited together before the swap.
      const request = client.index(next).addDocuments(docs, { primaryKey: SEARCH_PRIMARY_KEY });
      sending = request.catch(() => undefined);
      enqueued.push({ next, task: await request });
    } catch (error) {
      throw upstream(`add documents to ${next}`, error);
    }
  };

  let counts: Map<string, number>;
  let readDoneMs = 0;
  let indexedMs = 0;
  let meiliIndexingMs = 0;
  try {
    counts = await streamAllDocs(cms, { log, analysis }, async (page) => {
      await twinsReady;
      for (const [name, docs] of page) {
        const list = pending.get(name) ?? [];
        list.push(...docs);
        if (list.length >= batchSize) {
          pending.delete(name);
          await send(name, list);
        } else pending.set(name, list);
      }
    });
    await twinsReady;
    for (const [name, docs] of pending) await send(name, docs);
    pending.clear();
    readDoneMs = Date.now() - started;

    const finished: Task[] = [];
    for (const { next, task } of enqueued)
      finished.push(await settleEnqueued(client, task, `add documents to ${next}`));
    indexedMs = Date.now() - started;
    const times = (pick: (t: Task) => string | null | undefined) =>
      finished.map((t) => Date.parse(pick(t) ?? '')).filter((n) => Number.isFinite(n));
    if (finished.length > 0)
      meiliIndexingMs = Math.max(...times((t) => t.finishedAt)) - Math.min(...times((t) => t.startedAt));

    await settle(
      client.swapIndexes(pairs.map(({ ref, next }) => ({ indexes: [ref.name, next], rename: false }))),
      'swap rebuilt indexes',
    );
  } catch (error) {
    // Leave the live indexes untouched; drop the half-built twins (queued additions to them are dropped with them),
    // once they exist and nothing more is on its way to them: Meilisearch creates a missing index for an addition, so
    // a creation or an addition still in flight would leave that twin behind. Lists still being read stop at their
    // next page (their documents are no longer sent).
    stopped = true;
    await sending;
    await twinsReady.catch(() => undefined);
    await Promise.allSettled(pairs.map(({ next }) => client.deleteIndex(next).waitTask()));
    throw error;
  }
  // After the swap the `-next-` names hold the previous contents.
  await Promise.all(pairs.map(({ next }) => settle(client.deleteIndex(next), `delete old index ${next}`)));
  await cursor.write({
    lastId: head,
    rebuildId: `${stamp}-${randomUUID()}`,
    analysis: indexedWith(analysis),
  });

  const documents = Object.fromEntries(SEARCH_INDEXES.map((ref) => [ref.name, counts.get(ref.name) ?? 0]));
  const durationMs = Date.now() - started;
  // readDoneMs: reading, mapping, analysing and sending, while Meilisearch indexed; indexedMs: all addition tasks
  // done; meiliIndexingMs: from the first task's start to the last one's end in Meilisearch.
  log.info('rebuild_applied', {
    documents,
    cursor: head,
    durationMs,
    readDoneMs,
    tasks: enqueued.length,
    indexedMs,
    meiliIndexingMs,
  });
  return {
    documents,
    cursor: head,
    durationMs,
    timings: { readDoneMs, indexedMs, meiliIndexingMs, tasks: enqueued.length },
  };
}

async function deleteStaleNextIndexes(client: Meilisearch, now: number): Promise<void> {
  const names = await listIndexNames(client);
  const stale = names.filter((name) => {
    const match = NEXT_PATTERN.exec(name);
    return match !== null && now - Number(match[2]) > STALE_NEXT_MS;
  });
  await Promise.all(stale.map((name) => settle(client.deleteIndex(name), `delete stale index ${name}`)));
}
