/**
 * PTV sync benchmark: a real Strapi (temp SQLite, or PostgreSQL with DATABASE_URL) syncing one region
 * from the fake PTV with national-scale data — by default 30 000 services and 100 000 channels, all
 * under the region's organisation tree — then an incremental run with 500 changed services.
 * Reports wall time and the CMS process's peak resident memory (VmHWM). Between the two runs the search indexer
 * starts on the synced catalogue (its first start is a full rebuild), and the incremental run is timed until
 * the indexer has applied every outbox event it caused: what an agent waits for after a PTV change.
 * Scale with BENCH_PTV_SERVICES / BENCH_PTV_CHANNELS (e.g. for a quick look).
 */
import { readFileSync } from 'node:fs';
import { startFakePtv, fakeId } from '../fake-ptv/index.js';
import { startCms } from '../kit/stack/cms.js';
import { startIndexer, type IndexerHandle } from '../kit/stack/indexer.js';
import { startMeili, type MeiliHandle } from '../kit/stack/meili.js';
import type { Benchmark, BenchRow } from './types.js';

const FULL_TARGET_MS = 5 * 60_000;
const MEMORY_TARGET_MB = 512;

function peakRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The id of the newest outbox event (pages through the feed from `after`). */
async function lastOutboxId(url: string, token: string, from = 0): Promise<number> {
  let after = from;
  for (;;) {
    const res = await fetch(`${url}/api/outbox/events?after=${after}&limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = ((await res.json()) as { data: Array<{ id: number }> }).data;
    if (page.length === 0) return after;
    after = page.at(-1)!.id;
  }
}

/** The outbox id the indexer has applied up to (its cursor, kept in Meilisearch). */
async function indexerCursor(meili: MeiliHandle): Promise<number> {
  const res = await fetch(`${meili.url}/indexes/neuvo-state/documents/outbox-cursor`, {
    headers: { authorization: `Bearer ${meili.masterKey}` },
  });
  if (!res.ok) return 0;
  return Number(((await res.json()) as { lastId?: number }).lastId ?? 0);
}

async function call(url: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as { data: Record<string, unknown> };
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

export const ptvSyncBenchmark: Benchmark = {
  name: 'ptv-sync',
  description: 'full PTV sync of one region from the fake PTV, then 500 changes incrementally',
  async run(): Promise<BenchRow[]> {
    const services = Number(process.env.BENCH_PTV_SERVICES ?? 30_000);
    const channels = Number(process.env.BENCH_PTV_CHANNELS ?? 100_000);
    const ptv = await startFakePtv({
      generate: { roots: 1, subOrganizationsPerRoot: 8, services, channels },
      bom: 'alternate',
    });
    const cms = await startCms({ env: { PTV_BASE_URL: ptv.baseUrl } });
    let meili: MeiliHandle | undefined;
    let indexer: IndexerHandle | undefined;
    const rows: BenchRow[] = [];
    const scale = `${services} services, ${channels} channels`;
    try {
      await call(cms.url, cms.writeToken, 'POST', '/regions?locale=fi', {
        data: {
          code: 'bench',
          name: 'Bench',
          municipalityCodes: [],
          ptvOrganizationIds: [fakeId.organization(0)],
        },
      });
      const run = async (full: boolean) => {
        const started = Date.now();
        await call(cms.url, cms.writeToken, 'POST', '/ptv-sync/runs', { region: 'bench', full });
        let lastLog = 0;
        for (;;) {
          await new Promise((r) => setTimeout(r, 1000));
          const p = await call(cms.url, cms.writeToken, 'GET', '/ptv-sync/runs/bench').catch(() => null);
          if (!p) continue;
          if (Date.now() - lastLog > 15_000) {
            console.error(
              `  ${p.mode} ${p.phase} ${p.processed}/${p.total} after ${Math.round((Date.now() - started) / 1000)} s, cms peak ${peakRssMb(cms.process.pid)} MB`,
            );
            lastLog = Date.now();
          }
          if (p.phase === 'done' || p.phase === 'failed') return { ms: Date.now() - started, progress: p };
        }
      };
      const full = await run(true);
      const peak = peakRssMb(cms.process.pid);
      rows.push({
        benchmark: 'ptv-sync',
        case: `full sync (${scale})`,
        value: `${(full.ms / 1000).toFixed(1)} s`,
        target: '< 300 s',
        ok: full.progress.phase === 'done' && full.ms < FULL_TARGET_MS,
        note: `${full.progress.created} created, ${full.progress.skipped} skipped, ${((Number(full.progress.created) || 0) / (full.ms / 1000)).toFixed(1)} services/s`,
      });
      rows.push({
        benchmark: 'ptv-sync',
        case: 'full sync: CMS peak RSS',
        value: peak === null ? 'n/a' : `${peak} MB`,
        target: `< ${MEMORY_TARGET_MB} MB`,
        ok: peak === null ? undefined : peak < MEMORY_TARGET_MB,
      });
      // The indexer's first start on the synced catalogue: a full rebuild of every service in fi, sv and en.
      meili = await startMeili({ logLevel: 'WARN' });
      const rebuildStarted = Date.now();
      indexer = await startIndexer({
        cmsUrl: cms.url,
        cmsWriteToken: cms.writeToken,
        meiliUrl: meili.url,
        meiliMasterKey: meili.masterKey,
        timeoutMs: 60 * 60_000,
      });
      const rebuildMs = Date.now() - rebuildStarted;
      rows.push({
        benchmark: 'ptv-sync',
        case: `search indexer's first start: rebuild from the synced catalogue`,
        value: `${(rebuildMs / 1000).toFixed(1)} s`,
        note: `${services} services × 3 locales into the public and agent indexes`,
      });
      const changed = Array.from({ length: Math.min(500, services) }, (_, k) =>
        fakeId.service(Math.floor((k * services) / Math.min(500, services))),
      );
      for (const id of changed) {
        const raw = ptv.record('service', id)!;
        const d = raw.serviceDescriptions as Array<{ language: string; type: string; value: string | null }>;
        ptv.put(
          'service',
          {
            ...raw,
            serviceDescriptions: d.map((x) =>
              x.type === 'Summary' ? { ...x, value: `${x.value} (muutettu)` } : x,
            ),
          },
          { modified: new Date() },
        );
      }
      const eventsBefore = await lastOutboxId(cms.url, cms.writeToken);
      const incStarted = Date.now();
      const inc = await run(false);
      rows.push({
        benchmark: 'ptv-sync',
        case: `incremental, ${changed.length} changed services`,
        value: `${(inc.ms / 1000).toFixed(1)} s`,
        ok: inc.progress.phase === 'done' && inc.progress.updated === changed.length,
        note: `${inc.progress.updated} updated, ${inc.progress.unchanged} unchanged; fake PTV served ${ptv.stats.requests} requests in all`,
      });
      // Until the indexer (following the outbox during the run) has applied the last event of the run.
      const last = await lastOutboxId(cms.url, cms.writeToken, eventsBefore);
      const deadline = Date.now() + 10 * 60_000;
      while ((await indexerCursor(meili)) < last && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const indexed = (await indexerCursor(meili)) >= last;
      rows.push({
        benchmark: 'ptv-sync',
        case: `incremental, ${changed.length} changed services: start → searchable`,
        value: indexed ? `${((Date.now() - incStarted) / 1000).toFixed(1)} s` : 'not within 10 min',
        ok: indexed,
        note: 'sync plus the indexer applying every event it caused',
      });
      rows.push({
        benchmark: 'ptv-sync',
        case: 'runner peak RSS (with the fake PTV and its data)',
        value: `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
      });
      rows.push({
        benchmark: 'ptv-sync',
        case: 'CMS peak RSS after both runs',
        value: `${peakRssMb(cms.process.pid) ?? 'n/a'} MB`,
        target: `< ${MEMORY_TARGET_MB} MB`,
        ok: (peakRssMb(cms.process.pid) ?? 0) < MEMORY_TARGET_MB,
      });
      return rows;
    } finally {
      await indexer?.stop();
      await meili?.stop();
      await cms.stop();
      await ptv.close();
    }
  },
};
