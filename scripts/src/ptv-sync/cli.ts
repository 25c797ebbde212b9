/**
 * `npm run ptv:sync -- --region <code> [--full] [--lang fi|sv|en]`: starts (or resumes) the PTV sync of a
 * region in the CMS and follows it with a progress bar, then prints a summary. A thin client over
 * `POST/GET /api/ptv-sync/runs` with CMS_URL and CMS_WRITE_TOKEN (from the shell or `.env`).
 * Exit code 0 when the run completed, 1 when it failed (the next start resumes it), 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@neuvo/content-models/locales';
import type { PtvSyncProgress } from '@neuvo/content-models/ptv';
import { loadEnvFile } from '../kit/env.js';

const TEXT: Record<Locale, Record<string, string>> = {
  fi: {
    usage: 'Käyttö: npm run ptv:sync -- --region <koodi> [--full]',
    config: 'Aseta CMS_URL ja CMS_WRITE_TOKEN (.env tai ympäristö).',
    joined: 'Alueen synkronointi on jo käynnissä; seurataan sitä.',
    resumed: 'Jatketaan keskeytynyttä ajoa tarkistuspisteestä.',
    full: 'täysi',
    incremental: 'muutokset',
    listing: 'haetaan muutettuja palveluita PTV:stä…',
    done: 'Valmis',
    failed: 'Ajo keskeytyi; seuraava käynnistys jatkaa tarkistuspisteestä',
    created: 'luotu',
    updated: 'päivitetty',
    unchanged: 'ennallaan',
    archived: 'arkistoitu',
    skipped: 'ohitettu',
    outOfScope: 'alueen ulkopuolella',
  },
  sv: {
    usage: 'Användning: npm run ptv:sync -- --region <kod> [--full]',
    config: 'Ange CMS_URL och CMS_WRITE_TOKEN (.env eller miljön).',
    joined: 'Synkroniseringen av området pågår redan; den följs.',
    resumed: 'Den avbrutna körningen fortsätter från kontrollpunkten.',
    full: 'fullständig',
    incremental: 'ändringar',
    listing: 'hämtar ändrade tjänster från PTV…',
    done: 'Klart',
    failed: 'Körningen avbröts; nästa start fortsätter från kontrollpunkten',
    created: 'skapade',
    updated: 'uppdaterade',
    unchanged: 'oförändrade',
    archived: 'arkiverade',
    skipped: 'överhoppade',
    outOfScope: 'utanför området',
  },
  en: {
    usage: 'Usage: npm run ptv:sync -- --region <code> [--full]',
    config: 'Set CMS_URL and CMS_WRITE_TOKEN (.env or the environment).',
    joined: 'A sync of this region is already running; following it.',
    resumed: 'Resuming the interrupted run from its checkpoint.',
    full: 'full',
    incremental: 'incremental',
    listing: 'listing changed services in PTV…',
    done: 'Done',
    failed: 'The run stopped; the next start resumes from the checkpoint',
    created: 'created',
    updated: 'updated',
    unchanged: 'unchanged',
    archived: 'archived',
    skipped: 'skipped',
    outOfScope: 'out of scope',
  },
};

function bar(done: number, total: number, width = 30): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(ratio * 100)}%`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      region: { type: 'string' },
      full: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
    strict: true,
  });
  const envLang = (process.env.LANG ?? '').slice(0, 2);
  const lang = LOCALES.find((l) => l === (values.lang ?? envLang)) ?? DEFAULT_LOCALE;
  const t = TEXT[lang];
  if (!values.region) {
    console.error(t.usage);
    return 2;
  }
  loadEnvFile();
  const cmsUrl = process.env.CMS_URL ?? `http://127.0.0.1:${process.env.CMS_PORT ?? '1337'}`;
  const token = process.env.CMS_WRITE_TOKEN;
  if (!token) {
    console.error(t.config);
    return 2;
  }
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${cmsUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json().catch(() => ({}))) as {
      data?: PtvSyncProgress;
      meta?: { alreadyRunning?: boolean };
      error?: { message?: string };
    };
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${json.error?.message ?? ''}`);
    return json;
  };
  const started = await call('POST', '/ptv-sync/runs', { region: values.region, full: values.full });
  if (started.meta?.alreadyRunning) console.error(t.joined);
  const tty = process.stderr.isTTY;
  let progress = started.data!;
  let lastLine = '';
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    try {
      progress = (await call('GET', `/ptv-sync/runs/${encodeURIComponent(values.region)}`)).data!;
    } catch {
      continue; // a transient error of the CMS: poll again
    }
    const line =
      progress.phase === 'listing' || progress.phase === 'starting'
        ? `${values.region} (${t[progress.mode]}): ${t.listing}`
        : `${values.region} (${t[progress.mode]}) ${bar(progress.processed, progress.total)}`;
    if (line !== lastLine) {
      if (tty) process.stderr.write(`\r\x1b[2K${line}`);
      else if (progress.phase !== 'syncing' || progress.processed === progress.total) console.error(line);
      lastLine = line;
    }
    if (progress.phase === 'done' || progress.phase === 'failed') break;
  }
  if (tty) process.stderr.write('\n');
  if (progress.resumed) console.log(t.resumed);
  console.log(progress.phase === 'done' ? `${t.done}.` : `${t.failed}: ${progress.error}`);
  const rows: Array<[string, number]> = [
    [t.created!, progress.created],
    [t.updated!, progress.updated],
    [t.unchanged!, progress.unchanged],
    [t.archived!, progress.archived],
    [t.outOfScope!, progress.outOfScope],
    [t.skipped!, progress.skipped],
  ];
  for (const [label, n] of rows) console.log(`  ${label.padEnd(22)} ${n}`);
  for (const s of progress.skippedRecords) console.log(`    - ${s.kind} ${s.id}: ${s.reason}`);
  return progress.phase === 'done' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
