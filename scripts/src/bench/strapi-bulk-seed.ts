/**
 * Bulk loader of the search benchmark: boots the cms app in this process (no HTTP server) against the database of
 * a running test-kit Strapi, with the same environment, and creates the generated guides through the Document
 * Service (`strapi.documents`) in transactions of `BATCH` guides: fi created and published, then sv added and
 * published. The outbox middleware records every change as usual. Prints `seeded <n>` lines and `done <n> <ms>`.
 *
 * Run by `search.ts` as a child process: `tsx strapi-bulk-seed.ts <from> <count> <run>`.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../kit/paths.js';
import { generateGuide } from './search-corpus.js';

const BATCH = 250;
const UID = 'api::self-care-guide.self-care-guide';

interface DocumentService {
  create(params: Record<string, unknown>): Promise<{ documentId: string }>;
  update(params: Record<string, unknown>): Promise<unknown>;
}
interface StrapiApp {
  load(): Promise<StrapiApp>;
  destroy(): Promise<void>;
  documents(uid: string): DocumentService;
  db: { transaction<T>(fn: () => Promise<T>): Promise<T> };
}

async function main(): Promise<void> {
  const [from, count, run] = [Number(process.argv[2]), Number(process.argv[3]), String(process.argv[4])];
  const cmsDir = join(repoRoot, 'cms');
  const cmsRequire = createRequire(join(cmsDir, 'package.json'));
  const { createStrapi } = cmsRequire('@strapi/strapi') as {
    createStrapi(options: { appDir: string; distDir: string }): StrapiApp;
  };
  const strapi = await createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist') }).load();
  const started = performance.now();
  let done = 0;
  try {
    for (let at = from; at < from + count; at += BATCH) {
      const end = Math.min(from + count, at + BATCH);
      await strapi.db.transaction(async () => {
        for (let i = at; i < end; i++) {
          const g = generateGuide(i, run);
          const fi = await strapi
            .documents(UID)
            .create({ data: { slug: g.slug, ...g.fi }, locale: 'fi', status: 'published' });
          await strapi
            .documents(UID)
            .update({ documentId: fi.documentId, locale: 'sv', data: g.sv, status: 'published' });
        }
      });
      done = end - from;
      process.stdout.write(`seeded ${done}\n`);
    }
  } finally {
    await strapi.destroy();
  }
  process.stdout.write(`done ${done} ${Math.round(performance.now() - started)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bulk seed failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
