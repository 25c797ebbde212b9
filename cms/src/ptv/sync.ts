/**
 * The PTV → ServiceEntry sync of one region, inside the CMS. Entries are written by the bulk writer
 * (`bulk-write.ts`: multi-row statements, outbox events written alongside) and, in the rare cases it
 * leaves, through the Document Service; archiving and "source changed" flags go through the Document
 * Service too.
 *
 * A run: (1) resolve the region's PTV organisations and their sub-organisations; (2) build the work list —
 * full: every service of those organisations plus every service we hold for the region; incremental:
 * services created/modified/archived/withdrawn since the cursor minus an overlap, plus services linked to
 * channels changed since then; (3) process it in chunks: fetch services and their channels from PTV,
 * map, write. The checkpoint (work list + position + counters) is saved after every chunk; a run that
 * stops (PTV outage, crash, restart) is resumed from it by the next start. PTV is read completely for a
 * chunk before anything of it is written and the chunk is written in one transaction, so the
 * catalogue never holds half a service.
 *
 * Only PTV-owned fields are written. Services archived/withdrawn in PTV (or gone from it) get
 * `ptvStatus` set and are unpublished — hidden from agents and citizens, never deleted; their local
 * solution-bank data stays in the draft. When a service's PTV content changes, the professional
 * instructions and self-care guides linked to it get `sourceChangedAt` (a draft change for editors).
 */
import { createHash, randomUUID } from 'node:crypto';
import { ConfigError } from '@neuvo/content-models/errors';
import type { Locale } from '@neuvo/content-models/locales';
import {
  PTV_OWNED_FIELDS,
  type PtvSkippedRecord,
  type PtvSyncPhase,
  type PtvSyncProgress,
} from '@neuvo/content-models/ptv';
import type { Core } from '@strapi/strapi';
import type { LangMap, PtvChannel, PtvService } from './domain';
import type { PtvReader } from './reader';
import {
  createEntries,
  hasPendingDraft,
  linkedContent,
  loadRegionRows,
  loadVersions,
  SERVICE_UID,
  updateEntries,
  type BulkWriteContext,
  type DocumentVersions,
} from './bulk-write';
import { runAsPtvSync } from './sync-context';
import {
  readHashes,
  readRegionState,
  writeHashes,
  writeRegionState,
  type RunCheckpoint,
  type WorkItem,
} from './state';
import {
  localesOf,
  toServiceEntryData,
  UnmappableServiceError,
  type ServiceEntryPtvData,
} from './to-service-entry';

const REGION_UID = 'api::region.region';
const INSTRUCTION_UID = 'api::professional-instruction.professional-instruction';
const GUIDE_UID = 'api::self-care-guide.self-care-guide';

/** Incremental runs look back this much before the cursor (clock skew, long transactions at PTV). */
export const OVERLAP_MS = 5 * 60_000;
/** Services per chunk (one PTV batch, one checkpoint). */
export const CHUNK = 100;
/** At most this many skipped records are kept in the report (the count is exact). */
const MAX_SKIPPED_KEPT = 200;

/** A region is unknown or has no PTV organisations: the run cannot start until an editor fixes the region. */
export class SyncConfigError extends ConfigError {
  override readonly name: string = 'SyncConfigError';
}

// Strapi's document service types are a union over every content type; we use it untyped here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Docs = any;

function docs(strapi: Core.Strapi, uid: string): Docs {
  return strapi.documents(uid as never);
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Reads the region and its PTV organisation ids. */
async function loadRegion(strapi: Core.Strapi, code: string) {
  const region = (await docs(strapi, REGION_UID).findFirst({
    filters: { code },
    locale: 'fi',
    status: 'draft',
    fields: ['code', 'ptvOrganizationIds'],
  })) as { documentId: string; ptvOrganizationIds?: string[] | null } | null;
  if (!region) throw new SyncConfigError(`Unknown region '${code}'`);
  const ids = (region.ptvOrganizationIds ?? []).map((id) => id.toLowerCase());
  if (ids.length === 0) throw new SyncConfigError(`Region '${code}' has no ptvOrganizationIds`);
  return {
    documentId: region.documentId,
    organizationIds: ids,
    rows: await loadRegionRows(strapi, region.documentId),
  };
}

/** The organisations and all their sub-organisations (breadth first over `subOrganizations`). */
async function resolveScope(reader: PtvReader, roots: string[], signal?: AbortSignal): Promise<string[]> {
  const seen = new Set<string>(roots);
  let frontier = [...roots];
  while (frontier.length > 0) {
    const batch = await reader.fetch('organization', frontier, signal);
    frontier = [];
    for (const org of batch.items) {
      for (const sub of org.subOrganizationIds) {
        if (!seen.has(sub)) {
          seen.add(sub);
          frontier.push(sub);
        }
      }
    }
  }
  return [...seen];
}

/** ptvId → documentId of every PTV service entry (any status; archived ones are unpublished drafts). */
async function loadIndex(
  strapi: Core.Strapi,
): Promise<Map<string, { documentId: string; regions: string[] }>> {
  const index = new Map<string, { documentId: string; regions: string[] }>();
  const pageSize = 1000;
  for (let start = 0; ; start += pageSize) {
    const page = (await docs(strapi, SERVICE_UID).findMany({
      filters: { ptvId: { $notNull: true } },
      fields: ['ptvId'],
      populate: { regions: { fields: ['code'] } },
      locale: 'fi',
      status: 'draft',
      start,
      limit: pageSize,
    })) as Array<{ documentId: string; ptvId: string; regions?: Array<{ code: string }> }>;
    for (const e of page) {
      index.set(e.ptvId.toLowerCase(), {
        documentId: e.documentId,
        regions: (e.regions ?? []).map((r) => r.code),
      });
    }
    if (page.length < pageSize) return index;
  }
}

export interface RunSyncOptions {
  strapi: Core.Strapi;
  reader: PtvReader;
  region: string;
  full: boolean;
  signal?: AbortSignal;
  /** Services per chunk and checkpoint (default and max 100). */
  chunkSize?: number;
  /** Called after every chunk with the current progress. */
  onProgress?: (progress: PtvSyncProgress) => void;
  now?: () => Date;
}

function progressOf(
  region: string,
  cp: RunCheckpoint,
  resumed: boolean,
  phase: PtvSyncPhase,
): PtvSyncProgress {
  return {
    runId: cp.runId,
    region,
    mode: cp.mode,
    phase,
    resumed,
    startedAt: cp.startedAt,
    finishedAt: null,
    total: cp.work.length,
    processed: cp.position,
    ...cp.counters,
    skippedRecords: cp.skippedRecords,
    error: null,
  };
}

/**
 * Runs (or resumes) the sync of one region to completion. Throws on PTV failure after saving the
 * checkpoint; the next call resumes. Asking for a full run while an incremental one is unfinished
 * resumes that one first and then does the full run.
 */
export function runRegionSync(options: RunSyncOptions): Promise<PtvSyncProgress> {
  // Everything the run does is marked as the sync: the guard on PTV-owned fields lets it write them.
  return runAsPtvSync(() => runRegion(options));
}

async function runRegion(options: RunSyncOptions): Promise<PtvSyncProgress> {
  const { strapi, reader, region, signal } = options;
  const now = options.now ?? (() => new Date());
  const state = await readRegionState(strapi, region);
  const regionInfo = await loadRegion(strapi, region);
  let cp = state.checkpoint;
  const resumed = cp !== null;
  let progress: PtvSyncProgress;

  if (!cp) {
    const startedAt = now();
    const mode = options.full || !state.cursor ? 'full' : 'incremental';
    const since = mode === 'incremental' ? new Date(new Date(state.cursor!).getTime() - OVERLAP_MS) : null;
    cp = {
      runId: randomUUID(),
      mode,
      startedAt: startedAt.toISOString(),
      since: since?.toISOString() ?? null,
      organizationIds: [],
      work: [],
      position: 0,
      counters: { created: 0, updated: 0, unchanged: 0, archived: 0, outOfScope: 0, skipped: 0 },
      skippedRecords: [],
    };
    options.onProgress?.(progressOf(region, cp, false, 'listing'));
    cp.organizationIds = await resolveScope(reader, regionInfo.organizationIds, signal);
    cp.work = await buildWorkList(strapi, reader, cp, region, signal);
    await writeRegionState(strapi, region, { checkpoint: cp });
  }

  const index = await loadIndex(strapi);
  const scope = new Set(cp.organizationIds);
  const orgNames = new Map<string, LangMap>();
  {
    const orgs = await reader.fetch('organization', cp.organizationIds, signal);
    for (const o of orgs.items) orgNames.set(o.id, o.names);
  }

  progress = progressOf(region, cp, resumed, 'syncing');
  options.onProgress?.(progress);
  while (cp.position < cp.work.length) {
    const chunk = cp.work.slice(cp.position, cp.position + Math.min(options.chunkSize ?? CHUNK, CHUNK));
    // Writes the chunk and advances the checkpoint in the same transaction.
    await processChunk({
      strapi,
      reader,
      signal,
      cp,
      chunk,
      index,
      scope,
      orgNames,
      regionInfo,
      region,
      now,
    });
    progress = progressOf(region, cp, resumed, 'syncing');
    options.onProgress?.(progress);
  }

  progress = { ...progressOf(region, cp, resumed, 'done'), finishedAt: now().toISOString() };
  // The cursor is the START of the completed run: whatever changed during it is picked up next time.
  await writeRegionState(strapi, region, { cursor: cp.startedAt, checkpoint: null, lastRun: progress });
  return progress;
}

async function buildWorkList(
  strapi: Core.Strapi,
  reader: PtvReader,
  cp: RunCheckpoint,
  region: string,
  signal?: AbortSignal,
): Promise<WorkItem[]> {
  const work = new Map<string, WorkItem>();
  const add = (id: string, status: WorkItem['status']) => {
    // A later non-published listing wins over published (archived after modified in the same window).
    const existing = work.get(id);
    if (!existing || existing.status === 'published') work.set(id, { id, status });
  };
  if (cp.mode === 'full') {
    for (const org of cp.organizationIds) {
      // Only ids are kept; each page is dropped as it arrives and the chunks fetch the records again,
      // 100 at a time, so memory stays flat at national scale.
      await reader.forEachServicePageOfOrganization(
        org,
        (batch) => {
          for (const s of batch.items) add(s.id, 'published');
          for (const r of batch.rejected) add(r.id, 'published'); // re-fetched and reported when processed
        },
        signal,
      );
    }
    // Services we hold for this region but PTV no longer lists: fetched by id; missing ones are archived.
    const index = await loadIndex(strapi);
    for (const [ptvId, entry] of index) {
      if (entry.regions.includes(region) && !work.has(ptvId)) add(ptvId, 'published');
    }
  } else {
    const since = cp.since ? new Date(cp.since) : null;
    for (const id of await reader.listChangedIds('service', 'published', since, signal)) add(id, 'published');
    // A changed channel changes the services it is connected to.
    const channelIds = await reader.listChangedIds('channel', 'published', since, signal);
    for (let i = 0; i < channelIds.length; i += 1000) {
      const channels = await reader.fetch('channel', channelIds.slice(i, i + 1000), signal);
      for (const c of channels.items) for (const s of c.serviceIds) add(s, 'published');
    }
    for (const status of ['archived', 'withdrawn'] as const) {
      for (const id of await reader.listChangedIds('service', status, since, signal)) add(id, status);
    }
  }
  return [...work.values()];
}

interface ChunkContext {
  strapi: Core.Strapi;
  reader: PtvReader;
  signal?: AbortSignal;
  cp: RunCheckpoint;
  chunk: WorkItem[];
  index: Map<string, { documentId: string; regions: string[] }>;
  scope: Set<string>;
  orgNames: Map<string, LangMap>;
  regionInfo: { documentId: string; rows: { draft: number | null; published: number | null } };
  region: string;
  now: () => Date;
}

function skip(cp: RunCheckpoint, record: PtvSkippedRecord) {
  cp.counters.skipped++;
  if (cp.skippedRecords.length < MAX_SKIPPED_KEPT) cp.skippedRecords.push(record);
}

/** What the chunk will write for one service (decided before the chunk's transaction opens). */
interface ServicePlan {
  service: PtvService;
  locales: Locale[];
  data: Map<Locale, ServiceEntryPtvData>;
  hash: string;
  existing: { documentId: string; regions: string[] } | undefined;
  previousHash: string | undefined;
}

/**
 * Reads PTV for the chunk, decides what changes, then writes the whole chunk — entries, content hashes
 * and the advanced checkpoint — in ONE transaction: a crash or outage leaves the chunk either fully old
 * or fully new, and the checkpoint always matches what is committed. One commit per chunk instead of
 * one per service is also most of what makes a full sync fast on SQLite.
 */
async function processChunk(ctx: ChunkContext): Promise<void> {
  const { strapi, reader, signal, cp, chunk, index, scope, region } = ctx;
  // 1. Read everything this chunk needs from PTV before writing anything.
  const published = chunk.filter((w) => w.status === 'published').map((w) => w.id);
  const services =
    published.length > 0
      ? await reader.fetch('service', published, signal)
      : { items: [], rejected: [], missing: [] };
  const inScope = services.items.filter(
    (s) => s.organizations.some((o) => scope.has(o.id)) || index.has(s.id),
  );
  const channelIds = [...new Set(inScope.flatMap((s) => s.channelIds))];
  const channels =
    channelIds.length > 0
      ? await reader.fetch('channel', channelIds, signal)
      : { items: [], rejected: [], missing: [] };
  const channelMap = new Map<string, PtvChannel>(channels.items.map((c) => [c.id, c]));
  const hashes = await readHashes(
    strapi,
    inScope.map((s) => s.id),
  );
  const syncedAt = ctx.now();

  // 2. Report what could not be used. A rejected service is left exactly as it is in our catalogue.
  for (const r of services.rejected) skip(cp, r);
  for (const r of channels.rejected)
    skip(cp, { ...r, reason: `${r.reason} (channel left out of its services)` });
  cp.counters.outOfScope += services.items.length - inScope.length;

  // 3. Map, and drop what has not changed since the last sync (content hash).
  const plans: ServicePlan[] = [];
  for (const service of inScope) {
    try {
      const locales = localesOf(service);
      const data = new Map<Locale, ServiceEntryPtvData>();
      for (const locale of locales) {
        data.set(
          locale,
          toServiceEntryData(service, channelMap, locale, { syncedAt, organizationNames: ctx.orgNames }),
        );
      }
      const hash = hashOf([...data.entries()].map(([locale, d]) => [locale, { ...d, ptvSyncedAt: null }]));
      const existing = index.get(service.id);
      const previousHash = hashes.get(service.id);
      if (existing && previousHash === hash && existing.regions.includes(region)) {
        cp.counters.unchanged++;
        continue;
      }
      plans.push({ service, locales, data, hash, existing, previousHash });
    } catch (error) {
      if (error instanceof UnmappableServiceError)
        skip(cp, { kind: 'service', id: service.id, reason: error.message });
      else throw error;
    }
  }
  // Not returned by PTV any more (404 on the batch) → no longer published there.
  const toArchive: Array<{ ptvId: string; status: 'archived' | 'withdrawn' }> = [];
  for (const id of services.missing) if (index.has(id)) toArchive.push({ ptvId: id, status: 'archived' });
  for (const w of chunk) {
    if (w.status !== 'published' && index.has(w.id)) toArchive.push({ ptvId: w.id, status: w.status });
  }
  // Which existing entries can be updated in place: every PTV locale has a draft and a published row.
  const versions = await loadVersions(
    strapi,
    plans.flatMap((p) => (p.existing ? [p.existing.documentId] : [])),
  );
  const inPlace = (plan: ServicePlan) =>
    plan.locales.every((locale) => {
      const v = versions.get(plan.existing!.documentId)?.get(locale);
      return !!v?.draft && !!v.published;
    });
  const created = plans.filter((p) => !p.existing);
  const updated = plans.filter((p) => p.existing && inPlace(p));
  const viaDocuments = plans.filter((p) => p.existing && !inPlace(p));

  // 4. Write the chunk and its checkpoint in one transaction.
  await strapi.db.transaction(async (transaction: BulkWriteContext['scope']) => {
    const bulk: BulkWriteContext = { strapi, scope: transaction, syncedAt, regionRows: ctx.regionInfo.rows };
    const written: Array<{ ptvId: string; hash: string }> = [];
    const documentIds = await createEntries(
      bulk,
      created.map((p) => ({ ptvId: p.service.id, locales: p.locales, data: p.data })),
    );
    created.forEach((plan, k) => {
      index.set(plan.service.id, { documentId: documentIds[k]!, regions: [region] });
      cp.counters.created++;
    });
    await updateEntries(
      bulk,
      updated.map((p) => ({
        documentId: p.existing!.documentId,
        locales: p.locales,
        data: p.data,
        versions: versions.get(p.existing!.documentId)!,
        addRegion: !p.existing!.regions.includes(region),
      })),
    );
    for (const plan of updated) {
      if (!plan.existing!.regions.includes(region)) plan.existing!.regions.push(region);
      cp.counters.updated++;
    }
    // Linked instructions and guides are flagged only when PTV content changed (not on a first sync).
    const changedDrafts = updated
      .filter((p) => p.previousHash !== undefined)
      .flatMap((p) => p.locales.map((l) => versions.get(p.existing!.documentId)!.get(l)!.draft!.id));
    for (const doc of await linkedContent(bulk, changedDrafts)) await flagDocument(strapi, doc, syncedAt);
    for (const plan of viaDocuments) {
      await writeService(ctx, plan, syncedAt, pendingLocales(versions.get(plan.existing!.documentId)));
    }
    written.push(...plans.map((p) => ({ ptvId: p.service.id, hash: p.hash })));
    for (const { ptvId, status } of toArchive) {
      if (await markNotPublished(ctx, ptvId, status, syncedAt))
        written.push({ ptvId, hash: `not-published:${status}` });
    }
    await writeHashes(strapi, written, transaction.trx);
    cp.position += chunk.length;
    await writeRegionState(strapi, region, { checkpoint: cp }, transaction.trx);
  });
}

/** The locales whose draft holds edits that are not published yet. */
function pendingLocales(versions: DocumentVersions | undefined): Set<string> {
  return new Set([...(versions ?? [])].filter(([, v]) => hasPendingDraft(v)).map(([locale]) => locale));
}

/** Attributes the sync never owns: what an editor's pending draft may have changed. */
const SYSTEM_ATTRIBUTES = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);
function editorAttributes(strapi: Core.Strapi): Array<[string, { type: string; relation?: string }]> {
  const owned = new Set<string>([...PTV_OWNED_FIELDS, 'source']);
  return Object.entries(
    strapi.contentType(SERVICE_UID as never).attributes as Record<string, { type: string }>,
  ).filter(([name]) => !owned.has(name) && !SYSTEM_ATTRIBUTES.has(name));
}

const withoutIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([k]) => k !== 'id')
            .map(([k, v]) => [k, withoutIds(v)]),
        )
      : value;

/** The editor-owned values of one draft, as Document Service `data` that writes them back exactly. */
async function readEditorValues(
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
): Promise<Record<string, unknown>> {
  const attributes = editorAttributes(strapi);
  const populate: Record<string, unknown> = {};
  for (const [name, attr] of attributes) {
    if (attr.type === 'component' || attr.type === 'dynamiczone') populate[name] = true;
    // All columns of the linked entries: `locale` cannot be named in `fields`.
    if (attr.type === 'relation') populate[name] = true;
  }
  const draft = (await docs(strapi, SERVICE_UID).findOne({
    documentId,
    locale,
    status: 'draft',
    populate,
  })) as Record<string, unknown> | null;
  const values: Record<string, unknown> = {};
  if (!draft) return values;
  for (const [name, attr] of attributes) {
    const value = draft[name];
    if (attr.type === 'relation') {
      const targets = (Array.isArray(value) ? value : value ? [value] : []) as Array<{
        documentId: string;
        locale?: string | null;
      }>;
      values[name] = {
        set: targets.map((t) => (t.locale ? { documentId: t.documentId, locale: t.locale } : t.documentId)),
      };
    } else if (attr.type === 'component' || attr.type === 'dynamiczone') {
      // Component rows are copied on publish/discard: new rows, so the old ids must not be sent.
      values[name] = withoutIds(value ?? null);
    } else if (value !== undefined) {
      values[name] = value;
    }
  }
  return values;
}

/**
 * Updates one existing service entry through the Document Service, for the cases the bulk writer leaves
 * to it: some PTV locale lacks a draft or a published version (a language new in PTV, or an entry
 * revived after being archived). Publishes the PTV change.
 *
 * An editor's pending draft edits are never published by the sync. For each locale with a pending
 * draft: keep the draft's editor-owned values, reset the draft to the published version
 * (`discardDraft`), apply PTV's fields and publish (the published version = old published + PTV), then
 * write the editor's values back into the draft (draft = editor's draft + PTV). Locales without pending
 * edits are simply updated and published. All of it in the chunk's transaction.
 */
async function writeService(
  ctx: ChunkContext,
  plan: ServicePlan,
  syncedAt: Date,
  pendingLocales: Set<string> | undefined,
): Promise<void> {
  const { strapi, cp, regionInfo, region } = ctx;
  const { locales, data } = plan;
  const existing = plan.existing!;
  const service_ = docs(strapi, SERVICE_UID);
  const { documentId } = existing;
  const addRegion = !existing.regions.includes(region);
  const regionLink = (locale: Locale) =>
    addRegion && locale === locales[0] ? { regions: { connect: [regionInfo.documentId] } } : {};
  const editorDrafts = new Map<Locale, Record<string, unknown>>();
  for (const locale of locales) {
    if (!pendingLocales?.has(locale)) continue;
    editorDrafts.set(locale, await readEditorValues(strapi, documentId, locale));
    await service_.discardDraft({ documentId, locale });
  }
  for (const locale of locales) {
    await service_.update({
      documentId,
      locale,
      status: 'draft',
      data: { ...data.get(locale), ...regionLink(locale) },
    });
  }
  await service_.publish({ documentId, locale: locales });
  for (const [locale, values] of editorDrafts) {
    const regions = values.regions as { set: unknown[] } | undefined;
    await service_.update({
      documentId,
      locale,
      status: 'draft',
      data: {
        ...values,
        ...(regions && addRegion && locale === locales[0]
          ? { regions: { set: [...regions.set, { documentId: regionInfo.documentId, locale: 'fi' }] } }
          : {}),
      },
    });
  }
  if (addRegion) existing.regions.push(region);
  cp.counters.updated++;
  if (plan.previousHash !== undefined) await flagLinkedContent(strapi, documentId, syncedAt);
}

/** Marks an entry archived/withdrawn and unpublishes it; false when it already was. */
async function markNotPublished(
  ctx: ChunkContext,
  ptvId: string,
  status: 'archived' | 'withdrawn',
  syncedAt: Date,
): Promise<boolean> {
  const { strapi, cp, index } = ctx;
  const entry = index.get(ptvId);
  if (!entry) return false;
  const service_ = docs(strapi, SERVICE_UID);
  const current = (await service_.findOne({
    documentId: entry.documentId,
    locale: 'fi',
    status: 'draft',
    fields: ['ptvStatus'],
  })) as { ptvStatus?: string | null } | null;
  const published = (await service_.findOne({
    documentId: entry.documentId,
    locale: 'fi',
    status: 'published',
    fields: ['id'],
  })) as unknown;
  if (current?.ptvStatus === status && !published) return false;
  // Draft keeps the solution bank; unpublishing takes it out of search and the api for everyone.
  await service_.update({
    documentId: entry.documentId,
    locale: 'fi',
    data: { ptvStatus: status, ptvSyncedAt: syncedAt.toISOString() },
  });
  if (published) await service_.unpublish({ documentId: entry.documentId, locale: '*' });
  await flagLinkedContent(strapi, entry.documentId, syncedAt);
  cp.counters.archived++;
  return true;
}

/** Sets `sourceChangedAt` on the instructions and guides linked to a service (draft change for editors). */
async function flagLinkedContent(strapi: Core.Strapi, serviceDocumentId: string, at: Date): Promise<void> {
  const entry = (await docs(strapi, SERVICE_UID).findOne({
    documentId: serviceDocumentId,
    locale: 'fi',
    status: 'draft',
    fields: ['id'],
    populate: { instructions: { fields: ['id'] }, guides: { fields: ['id'] } },
  })) as { instructions?: Array<{ documentId: string }>; guides?: Array<{ documentId: string }> } | null;
  if (!entry) return;
  for (const [uid, linked] of [
    [INSTRUCTION_UID, entry.instructions ?? []],
    [GUIDE_UID, entry.guides ?? []],
  ] as const) {
    for (const doc of linked) await flagDocument(strapi, { uid, documentId: doc.documentId }, at);
  }
}

/** Sets `sourceChangedAt` on one instruction or guide (a draft change, for its editors to review). */
async function flagDocument(
  strapi: Core.Strapi,
  doc: { uid: string; documentId: string },
  at: Date,
): Promise<void> {
  await docs(strapi, doc.uid).update({
    documentId: doc.documentId,
    locale: 'fi',
    data: { sourceChangedAt: at.toISOString() },
  });
}
