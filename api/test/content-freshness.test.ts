/**
 * The content cache follows the search indexes: once the search-indexer has applied an editor's change, the api reads
 * the guide again instead of serving its cached copy until the TTL runs out. Real Strapi, Meilisearch and indexer;
 * the TTL is set long (60 s) so that only the index generation can make the new title show up in time.
 */
import { searchKeyFor } from '@neuvo/node-kit';
import {
  startCms,
  startIndexer,
  startMeili,
  type CmsHandle,
  type IndexerHandle,
  type MeiliHandle,
} from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/server.js';
import { gql } from './support/graphql.js';
import { startTestApi } from './support/api.js';
import { cmsWrite } from './support/cms-rest.js';

const GUIDE = /* GraphQL */ `
  query Guide($slug: String!) {
    selfCareGuide(slug: $slug, locale: fi) {
      title
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, locale: fi, limit: 5) {
      hits {
        title
      }
    }
  }
`;

const SLUG = 'korvakipu-lapsella';
const OLD_TITLE = 'Korvakipu lapsella';
const NEW_TITLE = 'Korvatulehdus lapsella';
const CACHE_TTL_MS = 60_000;
/** Far below the TTL: the indexer applies a change within a second or two, the api polls the indexes every 50 ms. */
const FRESH_WITHIN_MS = 10_000;

let cms: CmsHandle;
let meili: MeiliHandle;
let indexer: IndexerHandle;
/** Content cache with the index watch (the default). */
let api: Api;
/** Content cache without the index watch (`SEARCH_CACHE_ENTRIES=0`): TTL only, as before. */
let ttlOnlyApi: Api;
let guideId: string;

const title = async (target: Api): Promise<string | undefined> => {
  const res = await gql<{ selfCareGuide: { title: string } | null }>(target.url, GUIDE, { slug: SLUG });
  expect(res.errors).toBeUndefined();
  return res.data?.selfCareGuide?.title;
};

/** Polls `read` until it answers `expected`; returns how long that took, or fails after `withinMs`. */
async function until<T>(read: () => Promise<T>, expected: T, withinMs: number): Promise<number> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (value === expected) return Date.now() - start;
    if (Date.now() - start > withinMs)
      throw new Error(
        `still ${JSON.stringify(value)} after ${withinMs} ms, expected ${JSON.stringify(expected)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first search hit's title for `query`: what the indexer has applied (searches are cached per index generation). */
const searched = async (query: string): Promise<string | undefined> => {
  const res = await gql<{ search: { hits: { title: string }[] } }>(api.url, SEARCH, { query });
  expect(res.errors).toBeUndefined();
  return res.data?.search.hits[0]?.title;
};

beforeAll(async () => {
  [cms, meili] = await Promise.all([startCms(), startMeili()]);
  indexer = await startIndexer({
    cmsUrl: cms.url,
    cmsWriteToken: cms.writeToken,
    meiliUrl: meili.url,
    meiliMasterKey: meili.masterKey,
  });
  const env = {
    CMS_URL: cms.url,
    CMS_READ_TOKEN: cms.readToken,
    MEILI_URL: meili.url,
    MEILI_SEARCH_KEY: searchKeyFor(meili.masterKey),
    CONTENT_CACHE_TTL_MS: String(CACHE_TTL_MS),
    SEARCH_CACHE_POLL_MS: '50',
  };
  [api, ttlOnlyApi] = await Promise.all([
    startTestApi(env, undefined, { signIn: false }),
    startTestApi({ ...env, SEARCH_CACHE_ENTRIES: '0' }, undefined, { signIn: false }),
  ]);
}, 300_000);

afterAll(async () => {
  for (const part of [api, ttlOnlyApi, indexer, meili, cms]) await part?.stop().catch(() => undefined);
});

describe('the content cache and the search indexes', () => {
  it('answers an edited guide title once the indexer applied it, long before the cache TTL', async () => {
    guideId = (
      await cmsWrite(cms, '/self-care-guides?locale=fi&status=published', 'POST', {
        slug: SLUG,
        topic: 'fever_infections',
        title: OLD_TITLE,
        body: 'Anna kipulääkettä ja seuraa vointia.',
      })
    ).documentId;
    // Both apis read (and cache) the published guide; the indexer has applied it.
    await until(() => searched('korvakipu'), OLD_TITLE, FRESH_WITHIN_MS);
    await until(() => title(api), OLD_TITLE, FRESH_WITHIN_MS);
    await until(() => title(ttlOnlyApi), OLD_TITLE, FRESH_WITHIN_MS);

    const editedAt = Date.now();
    await cmsWrite(cms, `/self-care-guides/${guideId}?locale=fi&status=published`, 'PUT', {
      title: NEW_TITLE,
    });
    await until(() => searched('korvatulehdus'), NEW_TITLE, FRESH_WITHIN_MS);

    // The index generation moved: the cached old title is gone.
    await until(() => title(api), NEW_TITLE, FRESH_WITHIN_MS);
    expect(Date.now() - editedAt).toBeLessThan(CACHE_TTL_MS / 2);
    // Without the index watch nothing but the TTL drops the entry: still the old title.
    expect(await title(ttlOnlyApi)).toBe(OLD_TITLE);
  }, 120_000);
});
