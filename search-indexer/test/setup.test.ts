import { searchKeyFor } from '@neuvo/node-kit';
import { startMeili, type MeiliHandle } from '@neuvo/scripts';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEXES, SEARCH_KEY_UID, codeSettings, setup } from '../src/index.js';
import { settingsMatch } from '../src/settings.js';

let meili: MeiliHandle;
let client: Meilisearch;

beforeAll(async () => {
  meili = await startMeili();
  client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
});
afterAll(async () => {
  await meili?.stop();
});

async function settingsTaskCount(): Promise<number> {
  const tasks = await client.tasks.getTasks({ types: ['settingsUpdate'], limit: 1000 });
  return tasks.results.length;
}

describe('setup', () => {
  it('creates the six indexes with primary key id and the settings from code', async () => {
    const result = await setup(client);
    expect([...result.createdIndexes].sort()).toEqual([
      'agent-en',
      'agent-fi',
      'agent-sv',
      'public-en',
      'public-fi',
      'public-sv',
    ]);
    for (const ref of SEARCH_INDEXES) {
      const info = await client.getRawIndex(ref.name);
      expect(info.primaryKey).toBe('id');
      const settings = await client.index(ref.name).getSettings();
      expect(settingsMatch(codeSettings(ref), settings)).toBe(true);
      expect(settings.searchableAttributes).toEqual([
        'title',
        'keywords',
        'titleTerms',
        'summary',
        'body',
        'textTerms',
        'phones',
      ]);
    }
  });

  it('changes nothing when run again (no new settings tasks)', async () => {
    const before = await settingsTaskCount();
    const result = await setup(client);
    expect(result.createdIndexes).toEqual([]);
    expect(result.updatedSettings).toEqual([]);
    expect(await settingsTaskCount()).toBe(before);
  });

  it('puts drifted settings back and leaves synonyms alone', async () => {
    const index = client.index('public-sv');
    await index.updateSettings({ searchableAttributes: ['body'], synonyms: { hammas: ['tand'] } }).waitTask();
    const result = await setup(client);
    expect(result.updatedSettings).toEqual(['public-sv']);
    const settings = await index.getSettings();
    expect(settings.searchableAttributes).toEqual([
      'title',
      'keywords',
      'titleTerms',
      'summary',
      'body',
      'textTerms',
      'phones',
    ]);
    expect(settings.synonyms).toEqual({ hammas: ['tand'] });
  });
});

describe('search-only key', () => {
  it('has the value searchKeyFor(masterKey) computes, as Meilisearch reports it', async () => {
    const { searchKey } = await setup(client);
    const key = await client.getKey(SEARCH_KEY_UID);
    expect(key.key).toBe(searchKeyFor(meili.masterKey));
    expect(searchKey).toBe(key.key);
    expect([...key.actions].sort()).toEqual(['search', 'tasks.get']);
    expect([...key.indexes].sort()).toEqual(['agent-*', 'public-*']);
  });

  it('can search the indexes but not write to them or read the indexer state', async () => {
    await setup(client);
    const searcher = new Meilisearch({ host: meili.url, apiKey: searchKeyFor(meili.masterKey) });
    const result = await searcher.index('public-fi').search('kuume');
    expect(result.hits).toEqual([]);
    await expect(searcher.index('public-fi').addDocuments([{ id: 'x' }])).rejects.toThrow();
    await expect(searcher.index('neuvo-state').search('')).rejects.toThrow();
  });

  it('sees the batches of the search indexes only (for the api search cache), not the indexer state', async () => {
    await setup(client);
    await client
      .index('public-fi')
      .addDocuments([{ id: 'batch-probe' }])
      .waitTask();
    const state = await client
      .index('neuvo-state')
      .addDocuments([{ id: 'batch-probe' }])
      .waitTask();
    const searcher = new Meilisearch({ host: meili.url, apiKey: searchKeyFor(meili.masterKey) });
    const finished = { statuses: ['succeeded', 'failed', 'canceled'] as const, limit: 1 };
    const newest = (await searcher.batches.getBatches({ ...finished, statuses: [...finished.statuses] }))
      .results[0];
    expect(newest?.stats.indexUids).toEqual({ 'public-fi': 1 });
    expect(newest?.uid).toBeLessThan(state.batchUid as number);
    await client.index('public-fi').deleteDocument('batch-probe').waitTask();
  });

  it('is recreated with the same value when deleted or given other rights', async () => {
    await client.deleteKey(SEARCH_KEY_UID);
    expect((await setup(client)).searchKey).toBe(searchKeyFor(meili.masterKey));

    await client.deleteKey(SEARCH_KEY_UID);
    await client.createKey({ uid: SEARCH_KEY_UID, actions: ['*'], indexes: ['*'], expiresAt: null });
    expect((await setup(client)).searchKey).toBe(searchKeyFor(meili.masterKey));
    const key = await client.getKey(SEARCH_KEY_UID);
    expect([...key.actions].sort()).toEqual(['search', 'tasks.get']);

    // The search-only key of earlier versions (no tasks.get) is upgraded with the same value.
    await client.deleteKey(SEARCH_KEY_UID);
    await client.createKey({
      uid: SEARCH_KEY_UID,
      actions: ['search'],
      indexes: ['public-*', 'agent-*'],
      expiresAt: null,
    });
    expect((await setup(client)).searchKey).toBe(searchKeyFor(meili.masterKey));
    expect([...(await client.getKey(SEARCH_KEY_UID)).actions].sort()).toEqual(['search', 'tasks.get']);
  });
});
