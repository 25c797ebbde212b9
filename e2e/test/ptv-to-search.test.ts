import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStrapiRest, searchKeyFor } from '@neuvo/node-kit';
import {
  startCms,
  startIndexer,
  startMeili,
  type CmsHandle,
  type IndexerHandle,
  type MeiliHandle,
} from '@neuvo/scripts';
import { fakeId, startFakePtv, type FakePtvServer } from '@neuvo/scripts/fake-ptv';
import { startApiWithSignIn, type SignedInApi } from '../src/sign-in.js';

/**
 * PTV to the agent's screen: services synced from the fake PTV (bulk-written in the CMS, outbox events written
 * alongside) are found through the api in Finnish and Swedish under the region's filter, and a service archived in
 * PTV disappears from search after the next incremental run.
 */

const REGION = 'e2e-ptv';
let ptv: FakePtvServer;
let cms: CmsHandle;
let meili: MeiliHandle;
let indexer: IndexerHandle;
let api: SignedInApi;

interface Hit {
  documentId: string;
  title: string;
  type: string;
  region: string[];
}

async function cmsCall(method: 'GET' | 'POST', path: string, body?: unknown) {
  const rest = createStrapiRest({ url: cms.url, token: cms.writeToken });
  return (await rest.request<{ data: Record<string, unknown> }>(method, path, {}, body)).data;
}

async function sync(full: boolean) {
  await cmsCall('POST', '/ptv-sync/runs', { region: REGION, full });
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const progress = await cmsCall('GET', `/ptv-sync/runs/${REGION}`);
    if (progress.phase === 'done' || progress.phase === 'failed') return progress;
  }
}

async function search(query: string, locale: 'fi' | 'sv', asAgent: boolean): Promise<Hit[]> {
  const res = await fetch(api.api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(asAgent ? api.agent : {}) },
    body: JSON.stringify({
      query: `query($q: String!, $locale: Locale!, $regions: [String!]) {
        search(query: $q, locale: $locale, filters: { types: [service], regions: $regions }) {
          hits { documentId title type region }
        }
      }`,
      variables: { q: query, locale, regions: [REGION] },
    }),
  });
  const body = (await res.json()) as { data?: { search: { hits: Hit[] } }; errors?: unknown[] };
  if (!body.data) throw new Error(`search failed: ${JSON.stringify(body.errors)}`);
  return body.data.search.hits;
}

/** Polls until `accept` holds (the indexer follows the outbox within a second or two). */
async function until(read: () => Promise<Hit[]>, accept: (hits: Hit[]) => boolean, withinMs = 15_000) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const hits = await read();
    if (accept(hits)) return hits;
    if (Date.now() > deadline) throw new Error(`not settled: ${JSON.stringify(hits)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  ptv = await startFakePtv({
    generate: { roots: 1, subOrganizationsPerRoot: 2, services: 10, channels: 30 },
  });
  [cms, meili] = await Promise.all([startCms({ env: { PTV_BASE_URL: ptv.baseUrl } }), startMeili()]);
  indexer = await startIndexer({
    cmsUrl: cms.url,
    cmsWriteToken: cms.writeToken,
    meiliUrl: meili.url,
    meiliMasterKey: meili.masterKey,
  });
  api = await startApiWithSignIn({
    cmsUrl: cms.url,
    cmsReadToken: cms.readToken,
    meiliUrl: meili.url,
    meiliSearchKey: searchKeyFor(meili.masterKey),
  });
  await cmsCall('POST', '/regions?locale=fi', {
    data: {
      code: REGION,
      name: 'PTV-testialue',
      municipalityCodes: [],
      ptvOrganizationIds: [fakeId.organization(0)],
    },
  });
});

afterAll(async () => {
  for (const part of [api, indexer, meili, cms]) await part?.stop().catch(() => undefined);
  await ptv?.close();
});

describe('PTV → Patalogi → search', () => {
  it('finds synced services in Finnish and Swedish under the region filter, for agents and citizens', async () => {
    const progress = await sync(true);
    expect(progress).toMatchObject({ phase: 'done', created: 10, skipped: 0 });
    const fi = await until(
      () => search('Palvelu 3 hoito', 'fi', true),
      (hits) => hits.some((h) => h.title === 'Palvelu 3 hoito'),
    );
    const hit = fi.find((h) => h.title === 'Palvelu 3 hoito')!;
    expect(hit).toMatchObject({ type: 'service', region: [REGION] });
    const sv = await until(
      () => search('Tjänst 3', 'sv', true),
      (hits) => hits.some((h) => h.documentId === hit.documentId),
    );
    expect(sv.find((h) => h.documentId === hit.documentId)).toMatchObject({
      title: 'Tjänst 3',
      region: [REGION],
    });
    expect((await search('Palvelu 3 hoito', 'fi', false)).map((h) => h.documentId)).toContain(hit.documentId);
  });

  it('a service archived in PTV is gone from search after the next incremental run', async () => {
    const [hit] = (await search('Palvelu 5 ajanvaraus', 'fi', true)).filter(
      (h) => h.title === 'Palvelu 5 ajanvaraus',
    );
    expect(hit).toBeDefined();
    ptv.setStatus('service', fakeId.service(5), 'Archived');
    expect(await sync(false)).toMatchObject({ phase: 'done', archived: 1 });
    for (const asAgent of [true, false]) {
      await until(
        () => search('Palvelu 5 ajanvaraus', 'fi', asAgent),
        (hits) => !hits.some((h) => h.documentId === hit!.documentId),
      );
    }
  });
});
