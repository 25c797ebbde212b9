import { SEARCH_PRIMARY_KEY } from './content.js';
import { randomUUID } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import type { Analysis } from './analysis.js';
import type { CmsClient } from './cms-client.js';
import { collectAllDocs, collectSynonyms } from './documents.js';
import type { Logger } from './log.js';
import { settle } from './meili.js';
import { outboxHead, outboxReachesCursor } from './outbox.js';
import { SEARCH_INDEXES, applySettings, codeSettings } from './settings.js';
import { listIndexNames, setup } from './setup.js';
import type { CursorStore } from './state.js';

/** Documents sent to Meilisearch per addDocuments call. */
export const REBUILD_BATCH_SIZE = 1000;
/** A `-next-` index older than this is a leftover of a crashed rebuild and is deleted. */
const STALE_NEXT_MS = 60 * 60 * 1000;

const NEXT_PATTERN = /^(.+)-next-(\d+)$/;

export interface RebuildDeps {
  readonly client: Meilisearch;
  readonly cms: CmsClient;
  readonly cursor: CursorStore;
  readonly log: Logger;
  readonly analysis: Analysis;
}

/** What a full rebuild did. */
export interface RebuildResult {
  /** Documents per live index after the swap. */
  readonly documents: Readonly<Record<string, number>>;
  /** Outbox id the cursor was set to (the outbox head read before any content was read). */
  readonly cursor: number;
  readonly durationMs: number;
}

/**
 * Rebuilds every search index from the published content without a moment of empty results: each live index gets a
 * fresh `<name>-next-<timestamp>` twin with settings and all documents, then all six are swapped in ONE atomic
 * `swapIndexes` task and the old contents are deleted. Finally the cursor is set to the outbox head read BEFORE the
 * content was read, so changes published during the rebuild are replayed by the next sync (replays are harmless:
 * sync re-reads the published state).
 */
export async function rebuild(deps: RebuildDeps): Promise<RebuildResult> {
  const { client, cms, cursor, log, analysis } = deps;
  const started = Date.now();
  // Read the outbox head BEFORE any content, so whatever is published while we read gets replayed afterwards.
  // Start paging from the current cursor (an id known to exist) unless the outbox no longer reaches it.
  const current = await cursor.read();
  const from = current !== null && (await outboxReachesCursor(cms, current)) ? current : 0;
  const head = await outboxHead(cms, from);
  // The live indexes must exist to be swapped with (and setup also restores the search key after a wipe).
  await setup(client);
  await deleteStaleNextIndexes(client, started);

  const [docsByIndex, synonyms] = await Promise.all([
    collectAllDocs(cms, { log, analysis }),
    collectSynonyms(cms, analysis),
  ]);
  const collectedMs = Date.now() - started;
  const stamp = started;
  const pairs = SEARCH_INDEXES.map((ref) => ({ ref, next: `${ref.name}-next-${stamp}` }));

  let indexedMs = 0;
  try {
    await Promise.all(
      pairs.map(async ({ ref, next }) => {
        await settle(client.createIndex(next, { primaryKey: SEARCH_PRIMARY_KEY }), `create index ${next}`);
        const index = client.index(next);
        await applySettings(index, { ...codeSettings(ref), synonyms: synonyms.get(ref.locale) ?? {} });
        const docs = docsByIndex.get(ref.name) ?? [];
        const tasks = [];
        for (let i = 0; i < docs.length; i += REBUILD_BATCH_SIZE) {
          tasks.push(
            index.addDocuments(docs.slice(i, i + REBUILD_BATCH_SIZE), { primaryKey: SEARCH_PRIMARY_KEY }),
          );
        }
        for (const task of tasks) task.catch(() => undefined); // settled one by one below
        for (const task of tasks) await settle(task, `add documents to ${next}`);
      }),
    );
    indexedMs = Date.now() - started - collectedMs;
    await settle(
      client.swapIndexes(pairs.map(({ ref, next }) => ({ indexes: [ref.name, next], rename: false }))),
      'swap rebuilt indexes',
    );
  } catch (error) {
    // Leave the live indexes untouched; drop the half-built twins.
    await Promise.allSettled(pairs.map(({ next }) => client.deleteIndex(next).waitTask()));
    throw error;
  }
  // After the swap the `-next-` names hold the previous contents.
  await Promise.all(pairs.map(({ next }) => settle(client.deleteIndex(next), `delete old index ${next}`)));
  await cursor.write({ lastId: head, rebuildId: `${stamp}-${randomUUID()}`, analysis: analysis.id });

  const documents = Object.fromEntries(
    SEARCH_INDEXES.map((ref) => [ref.name, docsByIndex.get(ref.name)?.length ?? 0]),
  );
  const durationMs = Date.now() - started;
  log.info(
    `rebuild applied: ${Object.entries(documents)
      .map(([name, n]) => `${name}=${n}`)
      .join(' ')}; cursor=${head}; ${durationMs} ms (read, map and analyse ${collectedMs} ms, index ${indexedMs} ms)`,
  );
  return { documents, cursor: head, durationMs };
}

async function deleteStaleNextIndexes(client: Meilisearch, now: number): Promise<void> {
  const names = await listIndexNames(client);
  const stale = names.filter((name) => {
    const match = NEXT_PATTERN.exec(name);
    return match !== null && now - Number(match[2]) > STALE_NEXT_MS;
  });
  await Promise.all(stale.map((name) => settle(client.deleteIndex(name), `delete stale index ${name}`)));
}
