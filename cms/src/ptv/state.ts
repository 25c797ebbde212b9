/**
 * Persistent sync state per region (table `ptv_sync_state`): the incremental cursor (start time of the
 * last completed run) and the checkpoint of an unfinished run, so a crashed or interrupted run resumes
 * where it stopped. Plus `ptv_sync_entries`: a content hash per synced PTV service, so unchanged services
 * are not rewritten (no needless outbox events, and "source changed" flags only on real changes).
 */
import type { PtvSkippedRecord, PtvSyncCounters, PtvSyncMode } from '@neuvo/content-models/ptv';
import type { Core } from '@strapi/strapi';
import type { PtvPublishingStatus } from './domain';

/** The knex transaction Strapi hands to `strapi.db.transaction` callbacks. */
export type Trx = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0];

export const STATE_TABLE = 'ptv_sync_state';
export const ENTRIES_TABLE = 'ptv_sync_entries';

export interface WorkItem {
  id: string;
  /** The status PTV listed it with (`published` items are fetched; the others are marked). */
  status: PtvPublishingStatus;
}

/** The counters a run keeps in its checkpoint: those it reports (content-models). */
export type RunCounters = PtvSyncCounters;

/** The checkpoint of a run (JSON in the state row). */
export interface RunCheckpoint {
  runId: string;
  mode: PtvSyncMode;
  startedAt: string;
  since: string | null;
  organizationIds: string[];
  work: WorkItem[];
  /** Index into `work` of the first unprocessed item. */
  position: number;
  counters: RunCounters;
  skippedRecords: PtvSkippedRecord[];
}

export interface RegionState {
  cursor: string | null;
  checkpoint: RunCheckpoint | null;
  lastRun: unknown;
}

async function ensureTable(
  strapi: Core.Strapi,
  name: string,
  build: Parameters<ReturnType<Core.Strapi['db']['getSchemaConnection']>['createTable']>[1],
) {
  const schema = () => strapi.db.getSchemaConnection();
  if (await schema().hasTable(name)) return;
  try {
    await schema().createTable(name, build);
  } catch (error) {
    if (!(await schema().hasTable(name))) throw error;
  }
}

/** Creates the two tables when missing (bootstrap). */
export async function ensurePtvTables(strapi: Core.Strapi): Promise<void> {
  await ensureTable(strapi, STATE_TABLE, (table) => {
    table.string('region_code', 64).primary();
    table.string('cursor', 40).nullable();
    table.text('checkpoint', 'longtext').nullable();
    table.text('last_run', 'longtext').nullable();
    table.timestamp('updated_at', { useTz: true }).nullable();
  });
  await ensureTable(strapi, ENTRIES_TABLE, (table) => {
    table.string('ptv_id', 36).primary();
    table.string('content_hash', 64).notNullable();
    table.timestamp('updated_at', { useTz: true }).nullable();
  });
}

export async function readRegionState(strapi: Core.Strapi, regionCode: string): Promise<RegionState> {
  const row = (await strapi.db.getConnection(STATE_TABLE).where('region_code', regionCode).first()) as
    { cursor: string | null; checkpoint: string | null; last_run: string | null } | undefined;
  return {
    cursor: row?.cursor ?? null,
    checkpoint: row?.checkpoint ? (JSON.parse(row.checkpoint) as RunCheckpoint) : null,
    lastRun: row?.last_run ? JSON.parse(row.last_run) : null,
  };
}

/** Saves (part of) a region's state; pass `trx` to save it in the same transaction as the writes it records. */
export async function writeRegionState(
  strapi: Core.Strapi,
  regionCode: string,
  patch: { cursor?: string | null; checkpoint?: RunCheckpoint | null; lastRun?: unknown },
  trx?: Trx,
): Promise<void> {
  const values: Record<string, unknown> = { updated_at: new Date() };
  if (patch.cursor !== undefined) values.cursor = patch.cursor;
  if (patch.checkpoint !== undefined)
    values.checkpoint = patch.checkpoint ? JSON.stringify(patch.checkpoint) : null;
  if (patch.lastRun !== undefined) values.last_run = JSON.stringify(patch.lastRun);
  const table = () => {
    const q = strapi.db.getConnection(STATE_TABLE);
    return trx ? q.transacting(trx) : q;
  };
  const updated = await table().where('region_code', regionCode).update(values);
  if (!updated) await table().insert({ region_code: regionCode, ...values });
}

export async function readHashes(strapi: Core.Strapi, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = (await strapi.db
      .getConnection(ENTRIES_TABLE)
      .select('ptv_id', 'content_hash')
      .whereIn('ptv_id', ids.slice(i, i + 500))) as Array<{ ptv_id: string; content_hash: string }>;
    for (const row of rows) out.set(row.ptv_id, row.content_hash);
  }
  return out;
}

/**
 * Saves content hashes (insert or replace), in `trx` when given: inside a chunk's transaction, a hash is
 * committed exactly when the write it describes is.
 */
export async function writeHashes(
  strapi: Core.Strapi,
  hashes: ReadonlyArray<{ ptvId: string; hash: string }>,
  trx?: Trx,
): Promise<void> {
  const now = new Date();
  // ≤ 100 rows × 3 columns per statement: well under SQLite's bound-parameter limit.
  for (let i = 0; i < hashes.length; i += 100) {
    const q = strapi.db.getConnection(ENTRIES_TABLE);
    await (trx ? q.transacting(trx) : q)
      .insert(
        hashes.slice(i, i + 100).map((h) => ({ ptv_id: h.ptvId, content_hash: h.hash, updated_at: now })),
      )
      .onConflict('ptv_id')
      .merge();
  }
}
