import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ProcessError, repoRoot, runProcess, tsxCommand } from '@neuvo/scripts';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEXES, STATE_INDEX, createIndexer, type Indexer } from '../src/index.js';
import { createCmsClient } from '../src/cms-client.js';
import { INDEXED_TYPES, type StrapiEntry } from '../src/content.js';
import { rebuild } from '../src/rebuild.js';
import { createStrapiRest, memoryLogger, nodeFetch, searchKeyFor, type StrapiRest } from '@neuvo/node-kit';
import { indexerConfig, startStack, type Stack } from './support/stack.js';

const GUIDE_COUNT = 30;
const GUIDE_TYPE = INDEXED_TYPES.find((t) => t.type === 'guide')!;

let stack: Stack;
let rest: StrapiRest;
let indexer: Indexer;
let admin: Meilisearch;
let searcher: Meilisearch;
const guideIds: string[] = [];
let draftId: string;
let instructionId: string;

beforeAll(async () => {
  stack = await startStack();
  rest = createStrapiRest({ url: stack.cms.url, token: stack.cms.writeToken });
  admin = new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey });
  searcher = new Meilisearch({ host: stack.meili.url, apiKey: searchKeyFor(stack.meili.masterKey) });
  for (let i = 0; i < GUIDE_COUNT; i++) {
    guideIds.push(
      await rest.create('self-care-guides', {
        slug: `flunssa-${i}`,
        title: `Flunssa ohje ${i}`,
        body: 'Lepää, juo ja seuraa kuumetta.',
      }),
    );
  }
  draftId = await rest.create(
    'self-care-guides',
    { slug: 'luonnos-opas', title: 'Luonnosopas flunssasta', body: 'Ei vielä julkaistu.' },
    { status: 'draft' },
  );
  instructionId = await rest.create('professional-instructions', {
    slug: 'flunssa-ohje-hoitajalle',
    title: 'Flunssapotilaan ohjaus',
    body: 'Kysy **hengenahdistuksesta**.',
    category: 'triage',
    audience: ['nurse'],
  });
  await rest.create('search-synonyms', { name: 'flunssa', terms: ['flunssa', 'nuhakuume'] });
  indexer = createIndexer({ config: indexerConfig(stack), log: memoryLogger() });
  await indexer.setup();
});

afterAll(async () => {
  await stack?.stop();
});

/** A cms client with small pages, so that a few entries take many reads. */
function pagedCms(baseUrl: string, pageSize: number) {
  return createCmsClient({ baseUrl, token: stack.cms.writeToken, fetch: nodeFetch, pageSize });
}

async function count(index: string, query: string): Promise<number> {
  const result = await searcher.index(index).search(query, { limit: 0 });
  return result.estimatedTotalHits ?? 0;
}

describe('full rebuild', () => {
  it('indexes published content only, keyed by <type>-<documentId>, and sets the cursor to the outbox head', async () => {
    const result = await indexer.rebuild();
    expect(result.documents['public-fi']).toBe(GUIDE_COUNT);
    expect(result.documents['agent-fi']).toBe(GUIDE_COUNT + 1);
    expect(result.documents['public-sv']).toBe(0);

    const ids = (await admin.index('public-fi').getDocuments({ limit: 1000, fields: ['id'] })).results.map(
      (d) => d.id,
    );
    expect([...ids].sort()).toEqual(guideIds.map((id) => `guide-${id}`).sort());
    expect(ids).not.toContain(`guide-${draftId}`);
    expect(await count('agent-fi', 'hengenahdistuksesta')).toBe(1);
    await expect(admin.index('agent-fi').getDocument(`instruction-${instructionId}`)).resolves.toMatchObject({
      type: 'instruction',
      audience: 'agent',
    });
    expect(await count('public-fi', 'hengenahdistuksesta')).toBe(0);

    const events = (await indexer.cms.readOutbox(0, 500)).events;
    expect(result.cursor).toBe(events.at(-1)?.id);
    expect(await indexer.cursor.read()).toBe(result.cursor);
  });

  it('applies the synonyms published in the cms to the indexes of that locale', async () => {
    await indexer.rebuild();
    expect(await count('public-fi', 'nuhakuume')).toBe(GUIDE_COUNT);
    const synonyms = (await admin.index('public-fi').getSettings()).synonyms ?? {};
    expect(synonyms['flunssa']).toContain('nuhakuume');
    expect(synonyms['nuhakuume']).toContain('flunssa');
    // The group also holds the analysed forms of its terms (queries are searched by them), and nothing else.
    expect(Object.keys(synonyms).length).toBeGreaterThan(2);
    for (const terms of Object.values(synonyms)) {
      for (const term of terms) expect(Object.keys(synonyms)).toContain(term);
    }
    expect((await admin.index('public-sv').getSettings()).synonyms).toEqual({});
  });

  it('swaps without a moment of empty results: queries during rebuilds always find the existing documents', async () => {
    const before = await admin.getRawIndex('public-fi');
    const counts: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        counts.push(await count('public-fi', 'flunssa'), await count('agent-fi', 'flunssa'));
      }
    })();
    try {
      for (let i = 0; i < 3; i++) await indexer.rebuild();
    } finally {
      running = false;
      await probe;
    }
    // The live index really was replaced (a swap exchanges the indexes' contents and metadata) …
    expect((await admin.getRawIndex('public-fi')).createdAt).not.toEqual(before.createdAt);
    // … while every one of the many queries made meanwhile found all documents.
    expect(counts.length).toBeGreaterThan(20);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(counts.filter((n) => n < GUIDE_COUNT)).toEqual([]);
  });

  it('replaces stale documents and leaves no twin indexes behind', async () => {
    await admin
      .index('public-fi')
      .addDocuments([{ id: 'guide-stale', title: 'flunssa vanha' }])
      .waitTask();
    await indexer.rebuild();
    await expect(admin.index('public-fi').getDocument('guide-stale')).rejects.toThrow();
    const names = (await admin.getRawIndexes({ limit: 100 })).results.map((i) => i.uid).sort();
    expect(names).toEqual([...SEARCH_INDEXES.map((ref) => ref.name), STATE_INDEX].sort());
  });

  it('reads every published entry exactly once, in id order, page after page', async () => {
    // 30 published guides in pages of 4: seven full pages and a short last one; the draft is not read.
    const cms = pagedCms(stack.cms.url, 4);
    const pages: StrapiEntry[][] = [];
    const total = await cms.forEachPublishedPage(GUIDE_TYPE, 'fi', (entries) => void pages.push(entries));
    expect(total).toBe(GUIDE_COUNT);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 4, 4, 4, 4, 2]);
    const read = pages.flat();
    expect([...read.map((e) => e.documentId)].sort()).toEqual([...guideIds].sort());
    const ids = read.map((e) => e.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('sends documents in batches while it reads pages, and indexes every published one', async () => {
    // Pages of 7 entries and batches of 4 documents: many reads and many addition tasks, interleaved.
    const cms = pagedCms(stack.cms.url, 7);
    const log = memoryLogger();
    const result = await rebuild({
      client: indexer.meili,
      cms,
      cursor: indexer.cursor,
      log,
      analysis: indexer.analysis,
      batchSize: 4,
    });
    expect(result.documents['public-fi']).toBe(GUIDE_COUNT);
    expect(result.documents['agent-fi']).toBe(GUIDE_COUNT + 1);
    // A batch is sent once 4 documents wait for an index, i.e. with every page here: 5 pages of guides, 2 indexes.
    expect(result.timings.tasks).toBeGreaterThanOrEqual(Math.ceil(GUIDE_COUNT / 7) * 2);
    expect(result.timings.readDoneMs).toBeLessThanOrEqual(result.timings.indexedMs);
    const ids = (await admin.index('agent-fi').getDocuments({ limit: 1000, fields: ['id'] })).results.map(
      (d) => d.id,
    );
    expect([...ids].sort()).toEqual(
      [...guideIds.map((id) => `guide-${id}`), `instruction-${instructionId}`].sort(),
    );
    expect(
      log.lines.some(
        (l) =>
          l.level === 'info' && l.event === 'rebuild_applied' && typeof l.fields['indexedMs'] === 'number',
      ),
    ).toBe(true);
  });

  it('leaves the live indexes as they were, and no twin behind, when the cms fails halfway', async () => {
    await indexer.rebuild();
    const before = await admin.getRawIndex('public-fi');
    // A proxy in front of Strapi that answers 503 from the third page of guides on.
    let guidePages = 0;
    const upstream = new URL(stack.cms.url);
    const proxy = createServer((req, res) => {
      if ((req.url ?? '').startsWith('/api/self-care-guides?') && ++guidePages >= 3) {
        res.writeHead(503).end();
        return;
      }
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const cms = pagedCms(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, 5);
      await expect(
        rebuild({
          client: indexer.meili,
          cms,
          cursor: indexer.cursor,
          log: memoryLogger(),
          analysis: indexer.analysis,
          batchSize: 3,
        }),
      ).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
    expect(guidePages).toBeGreaterThanOrEqual(3);
    expect((await admin.getRawIndex('public-fi')).createdAt).toEqual(before.createdAt);
    expect(await count('public-fi', 'flunssa')).toBe(GUIDE_COUNT);
    const names = (await admin.getRawIndexes({ limit: 100 })).results.map((i) => i.uid).sort();
    expect(names).toEqual([...SEARCH_INDEXES.map((ref) => ref.name), STATE_INDEX].sort());
  });

  it('`main.ts --rebuild` rebuilds once and exits 0; without secrets it refuses to start and names them', async () => {
    const cli = (args: string[], env: Record<string, string | undefined>) =>
      runProcess({
        name: 'search-indexer',
        ...tsxCommand(join(repoRoot, 'search-indexer', 'src', 'main.ts'), args),
        cwd: join(repoRoot, 'search-indexer'),
        env,
        timeoutMs: 60_000,
      });
    const config = indexerConfig(stack);
    const done = await cli(['--rebuild'], {
      CMS_URL: config.cmsUrl,
      CMS_WRITE_TOKEN: config.cmsWriteToken,
      MEILI_URL: config.meiliUrl,
      MEILI_MASTER_KEY: config.meiliMasterKey,
    });
    expect(done.output()).toMatch(
      /"service":"search-indexer","documents":\{"public-fi":30,[^\n]*"event":"rebuild_applied"/,
    );
    expect(await count('public-fi', 'flunssa')).toBe(GUIDE_COUNT);

    const failure = await cli([], { CMS_WRITE_TOKEN: undefined, MEILI_MASTER_KEY: undefined }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ProcessError);
    expect((failure as ProcessError).message).toMatch(/CMS_WRITE_TOKEN: missing/);
    expect((failure as ProcessError).message).toMatch(/MEILI_MASTER_KEY: missing/);
  });
});
