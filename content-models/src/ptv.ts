/**
 * What the cms, its admin panel and the PTV command line agree on about the PTV sync (Suomi.fi Finnish Service
 * Catalogue): which service-entry fields PTV owns, and the progress a sync run reports. Pure constants and
 * types, free of zod, so the admin bundle can import them alone (`@neuvo/content-models/ptv`).
 */

/** Service-entry fields owned by the PTV sync: it writes these (and `slug`, `source` on create) and nothing else. */
export const PTV_OWNED_FIELDS = [
  'ptvId',
  'ptvStatus',
  'ptvSyncedAt',
  'name',
  'summary',
  'description',
  'userInstruction',
  'organizationName',
  'serviceClasses',
  'targetGroups',
  'keywords',
  'municipalityCodes',
  'phoneChannels',
  'webPages',
  'serviceLocations',
  'eServices',
] as const;

/** One of {@link PTV_OWNED_FIELDS}. */
export type PtvOwnedField = (typeof PTV_OWNED_FIELDS)[number];

/**
 * Read-only for editors on an entry whose `source` is `ptv`: what the sync writes, and `source` itself (changing
 * it would unlock the others). The cms refuses changes to them; the admin panel lists them.
 */
export const PTV_GUARDED_FIELDS: readonly (PtvOwnedField | 'source')[] = [...PTV_OWNED_FIELDS, 'source'];

/** Where a sync run is. */
export type PtvSyncPhase = 'starting' | 'listing' | 'syncing' | 'done' | 'failed';

/** `full` re-reads every service of the region; `incremental` those changed since the last run. */
export type PtvSyncMode = 'full' | 'incremental';

/** A PTV record the sync could not use, and why (ids and reasons only, never personal data). */
export interface PtvSkippedRecord {
  kind: string;
  id: string;
  reason: string;
}

/** What a sync run did to the services it processed, counted. */
export interface PtvSyncCounters {
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  outOfScope: number;
  skipped: number;
}

/**
 * What a sync run reports: the cms endpoint `GET /api/ptv-sync/runs/:region`, the command line and the logs.
 * No personal data: ids, counts and reasons only.
 */
export interface PtvSyncProgress extends PtvSyncCounters {
  runId: string;
  region: string;
  mode: PtvSyncMode;
  phase: PtvSyncPhase;
  resumed: boolean;
  startedAt: string;
  finishedAt: string | null;
  total: number;
  processed: number;
  skippedRecords: PtvSkippedRecord[];
  error: string | null;
}
