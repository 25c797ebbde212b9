/**
 * Starts, resumes and reports PTV sync runs in this CMS process: at most one run per region at a time;
 * the latest progress of each region is kept in memory for the endpoint (and the last finished run is
 * also stored in `ptv_sync_state`).
 */
import type { PtvSyncProgress } from '@neuvo/content-models/ptv';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../env';
import { PtvError, PtvHttpClient } from './http-client';
import type { PtvReader } from './reader';
import { readRegionState } from './state';
import { runRegionSync, SyncConfigError } from './sync';
import { V11PtvReader } from './v11-reader';

interface RegionRun {
  promise: Promise<PtvSyncProgress>;
  progress: PtvSyncProgress;
}

const running = new Map<string, RegionRun>();
const finished = new Map<string, PtvSyncProgress>();

/** The reader for the configured PTV (v11). */
export function createReader(): PtvReader {
  const { ptv } = getConfig();
  return new V11PtvReader(
    new PtvHttpClient({ baseUrl: ptv.baseUrl, timeoutMs: ptv.timeoutMs, maxRetries: ptv.maxRetries }),
  );
}

function placeholder(region: string, full: boolean): PtvSyncProgress {
  return {
    runId: '',
    region,
    mode: full ? 'full' : 'incremental',
    phase: 'starting',
    resumed: false,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    total: 0,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    archived: 0,
    outOfScope: 0,
    skipped: 0,
    skippedRecords: [],
    error: null,
  };
}

/** A short, safe description of why a run stopped (no payloads, no personal data). */
function describeFailure(error: unknown): string {
  if (error instanceof PtvError) return `${error.failure}: ${error.message}`;
  if (error instanceof SyncConfigError) return `CONFIG: ${error.message}`;
  return `INTERNAL: ${error instanceof Error ? error.message : 'unknown error'}`;
}

/**
 * Starts a run for `region` (or resumes its checkpoint) unless one is running; returns its progress at
 * once. `alreadyRunning` tells the caller it joined a run in progress.
 */
export function startRegionSync(
  strapi: Core.Strapi,
  region: string,
  full: boolean,
  reader: PtvReader = createReader(),
): { progress: PtvSyncProgress; alreadyRunning: boolean; done: Promise<PtvSyncProgress> } {
  const current = running.get(region);
  if (current) return { progress: current.progress, alreadyRunning: true, done: current.promise };
  const run: RegionRun = { progress: placeholder(region, full), promise: Promise.resolve(null as never) };
  run.promise = runRegionSync({
    strapi,
    reader,
    region,
    full,
    chunkSize: getConfig().ptv.chunkSize,
    onProgress: (p) => {
      run.progress = p;
    },
  })
    .then((p) => {
      run.progress = p;
      strapi.log.info(
        `[ptv-sync] ${region} ${p.mode} done: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.archived} archived, ${p.skipped} skipped`,
      );
      return p;
    })
    .catch((error: unknown) => {
      run.progress = {
        ...run.progress,
        phase: 'failed',
        finishedAt: new Date().toISOString(),
        error: describeFailure(error),
      };
      strapi.log.warn(
        `[ptv-sync] ${region} stopped (${run.progress.error}); the next run resumes from the checkpoint`,
      );
      return run.progress;
    })
    .finally(() => {
      finished.set(region, run.progress);
      running.delete(region);
    });
  running.set(region, run);
  return { progress: run.progress, alreadyRunning: false, done: run.promise };
}

/** Progress of the running or last run of `region` (null when none is known). */
export async function regionSyncStatus(strapi: Core.Strapi, region: string): Promise<PtvSyncProgress | null> {
  const current = running.get(region)?.progress ?? finished.get(region);
  if (current) return current;
  const state = await readRegionState(strapi, region);
  return (state.lastRun as PtvSyncProgress | null) ?? null;
}

/** Scheduled sync: every region with PTV organisations, one after the other. */
export async function syncAllRegions(strapi: Core.Strapi, full: boolean): Promise<void> {
  const regions = (await strapi.documents('api::region.region' as never).findMany({
    locale: 'fi',
    status: 'draft',
    fields: ['code', 'ptvOrganizationIds'],
  } as never)) as unknown as Array<{ code: string; ptvOrganizationIds?: string[] | null }>;
  for (const region of regions) {
    if (!region.ptvOrganizationIds?.length) continue;
    await startRegionSync(strapi, region.code, full).done;
  }
}
