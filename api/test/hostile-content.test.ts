/**
 * Hostile editor content served by the api: search documents made by content-models' own mappers from the shared
 * hostile-content fixtures, in a real Meilisearch. What a citizen receives is data, never markup, and a guide as
 * large as an editor could ever paste is searched as fast as any other.
 */
import { analyseSearchDoc, createAnalysis } from '@neuvo/analysis';
import {
  SEARCH_BODY_LENGTH,
  SEARCH_KEY_ACTIONS,
  SEARCH_KEY_INDEX_PATTERNS,
  indexName,
  parseSearchSource,
  searchIndexSettings,
  toSearchDocs,
} from '@neuvo/content-models';
import {
  HOSTILE_MARKDOWN,
  HOSTILE_TEXT,
  findExecutableMarkup,
  hugeBody,
} from '@neuvo/content-models/testing/hostile-content';
import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { Meilisearch, type Settings } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { startTestApi } from './support/api.js';
import { gql } from './support/graphql.js';

const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, locale: fi, limit: 20) {
      total
      hits {
        documentId
        title
        summary
        snippet
      }
    }
  }
`;

interface Hit {
  documentId: string;
  title: string;
  summary: string | null;
  snippet: string | null;
}

// Every guide has the word "vesirokko" so that one query finds them all.
const hostileGuides = [
  ...Object.entries(HOSTILE_TEXT).map(([name, text], i) => ({
    documentId: `hostile-text-${i}`,
    slug: `vihamielinen-teksti-${i}`,
    title: `Vesirokko ${text}`.slice(0, 200),
    summary: `Vesirokko ${text}`,
    body: `Vesirokko ${name}: ${text}`,
  })),
  ...Object.entries(HOSTILE_MARKDOWN).map(([, markdown], i) => ({
    documentId: `hostile-markdown-${i}`,
    slug: `vihamielinen-markdown-${i}`,
    title: `Vesirokko ${i}`,
    summary: 'Vesirokko ja kutina.',
    body: `Vesirokko ${markdown} vesirokko`,
  })),
];
const hugeGuide = {
  documentId: 'hostile-huge',
  slug: 'valtava-ohje',
  title: 'Valtava vesirokko-ohje',
  summary: 'Vesirokko.',
  body: `${HOSTILE_MARKDOWN.rawHtml}\n\n${hugeBody(1_000_000, 'xyzzyplugh')} vesirokko`,
};

let meili: MeiliHandle;
let api: Api;

beforeAll(async () => {
  meili = await startMeili();
  const admin = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
  const uid = indexName('public', 'fi');
  await admin.createIndex(uid, { primaryKey: 'id' }).waitTask();
  await admin
    .index(uid)
    .updateSettings(structuredClone(searchIndexSettings('fi')) as unknown as Settings)
    .waitTask();
  // Empty, as the indexer leaves an index without content: a Finnish search also searches Swedish.
  const sv = indexName('public', 'sv');
  await admin.createIndex(sv, { primaryKey: 'id' }).waitTask();
  await admin
    .index(sv)
    .updateSettings(structuredClone(searchIndexSettings('sv')) as unknown as Settings)
    .waitTask();
  const analysis = createAnalysis();
  // As the indexer writes them: parsed as Strapi's REST answer, mapped (and cropped) by content-models, analysed.
  const docs = [...hostileGuides, hugeGuide].map((guide) => {
    const doc = toSearchDocs('guide', parseSearchSource('guide', { locale: 'fi', ...guide }), 'fi').public;
    if (!doc) throw new Error(`no public document for ${guide.documentId}`);
    return analyseSearchDoc(analysis, doc);
  });
  const task = await admin.index(uid).addDocuments(docs).waitTask();
  if (task.status !== 'succeeded') throw new Error(`seeding failed: ${JSON.stringify(task.error)}`);
  const key = await admin.createKey({
    description: 'api tests: search only',
    actions: [...SEARCH_KEY_ACTIONS],
    indexes: [...SEARCH_KEY_INDEX_PATTERNS],
    expiresAt: null,
  });
  api = await startTestApi({ MEILI_URL: meili.url, MEILI_SEARCH_KEY: key.key });
});

afterAll(async () => {
  await api?.stop();
  await meili?.stop();
});

const search = async (query: string) => {
  const r = await gql<{ search: { total: number; hits: Hit[] } }>(api.url, SEARCH, { query });
  expect(r.errors).toBeUndefined();
  return r.data!.search;
};

describe('hostile guides in search answers', () => {
  it('returns snippets with no executable markup, only the api’s own <mark>', async () => {
    const { hits } = await search('vesirokko');
    expect(hits.length).toBe(hostileGuides.length + 1);
    for (const hit of hits) {
      expect(findExecutableMarkup(hit.snippet ?? ''), hit.documentId).toEqual([]);
      // The snippet is HTML: the only tag in it is the highlight the api adds around matches.
      const tags = [...(hit.snippet ?? '').matchAll(/<\/?([a-z][\w-]*)/gi)].map((m) => m[1]!.toLowerCase());
      expect(new Set(tags), hit.documentId).toEqual(tags.length ? new Set(['mark']) : new Set());
    }
  });

  it('returns titles as text, exactly as the editor wrote them', async () => {
    const { hits } = await search('vesirokko');
    const scriptTitle = hits.find((h) => h.documentId === 'hostile-text-0');
    // The title is plain text for the client to escape: the api neither runs nor rewrites it.
    expect(scriptTitle?.title).toBe(`Vesirokko ${HOSTILE_TEXT.scriptTag}`);
  });

  it('indexes only the beginning of a 1 MB guide, so its snippet is cropped and its end never matches', async () => {
    // The end of the megabyte was cropped away at indexing: nothing there can be found or highlighted. (Uncropped,
    // one such body made every matching search about 20x slower: 97–129 ms instead of 4–6 ms in Meilisearch on the
    // 2-CPU development machine.)
    expect((await search('xyzzyplugh')).total).toBe(0);
    const { hits } = await search('valtava vesirokko');
    const huge = hits.find((h) => h.documentId === 'hostile-huge');
    expect(huge?.snippet).toBeTruthy();
    expect(huge!.snippet!.length).toBeLessThan(SEARCH_BODY_LENGTH);
    expect(findExecutableMarkup(huge!.snippet!)).toEqual([]);
  });
});
