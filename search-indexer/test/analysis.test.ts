import { analysedSearch } from '@neuvo/analysis';
import { SEARCH_TEXT_ATTRIBUTES } from '@neuvo/content-models';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexer, type Indexer } from '../src/index.js';
import { indexedWith } from '../src/analysis.js';
import { createStrapiRest, memoryLogger, searchKeyFor, type StrapiRest } from '@neuvo/node-kit';
import { indexerConfig, startStack, type Stack } from './support/stack.js';

/**
 * Text analysis in the index, against a real Strapi and Meilisearch: the indexer writes the Voikko lemmas, compound
 * parts and stems into hidden fields, on rebuild and on outbox sync, extends synonym groups with their analysed
 * forms, and rebuilds by itself when the analysis changes (Voikko installed or removed).
 */

let stack: Stack;
let rest: StrapiRest;
let indexer: Indexer;
let admin: Meilisearch;
let searcher: Meilisearch;
let dentistGuide: string;

beforeAll(async () => {
  stack = await startStack();
  rest = createStrapiRest({ url: stack.cms.url, token: stack.cms.writeToken });
  admin = new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey });
  searcher = new Meilisearch({ host: stack.meili.url, apiKey: searchKeyFor(stack.meili.masterKey) });
  dentistGuide = await rest.create('self-care-guides', {
    slug: 'hammaslaakarin-vastaanotto',
    title: 'Hammaslääkärin vastaanotto',
    body: 'Varaa aika suuhygienistille tai hammashoitajalle.',
  });
  await rest.update(
    'self-care-guides',
    dentistGuide,
    { title: 'Tandläkarens mottagning', body: 'Boka tid hos tandhygienisten.' },
    { locale: 'sv' },
  );
  await rest.create('search-synonyms', { name: 'terveysasema', terms: ['terveysasema', 'terkkari'] });
  indexer = createIndexer({
    config: indexerConfig(stack, { FINNISH_ANALYSIS: 'voikko' }),
    log: memoryLogger(),
  });
  await indexer.rebuild();
});

afterAll(async () => {
  await stack?.stop();
});

/** Ids found for what the user typed, analysed the way the api analyses queries. */
async function analysedHits(index: string, locale: 'fi' | 'sv', typed: string): Promise<string[]> {
  const { q, matchingStrategy } = analysedSearch(indexer.analysis, locale, typed);
  const result = await searcher.index(index).search(q, { matchingStrategy, attributesToRetrieve: ['id'] });
  return result.hits.map((hit) => String(hit.id));
}

/** Ids found by Meilisearch alone: the words as typed, in the text as written. */
async function plainHits(index: string, typed: string): Promise<string[]> {
  const result = await searcher.index(index).search(typed, {
    attributesToSearchOn: [...SEARCH_TEXT_ATTRIBUTES],
    attributesToRetrieve: ['id'],
  });
  return result.hits.map((hit) => String(hit.id));
}

describe('analysed fields', () => {
  it('hold the lemmas, compound parts and stems of the text, and are never displayed', async () => {
    const stored = await admin.index('public-fi').getDocument(`guide-${dentistGuide}`);
    expect(String(stored.titleTerms).split(' ')).toEqual(
      expect.arrayContaining(['hammaslääkäri', 'hammas', 'lääkäri']),
    );
    expect(String(stored.textTerms).split(' ')).toEqual(
      expect.arrayContaining(['suuhygienisti', 'hammashoitaja', 'hammas', 'hoitaja']),
    );
    const sv = await admin.index('public-sv').getDocument(`guide-${dentistGuide}`);
    expect(sv.titleTerms).toBe('tand läkare läk tandläk');

    const found = await searcher.index('public-fi').search('hammaslääkäri', { limit: 5 });
    expect(found.hits.length).toBeGreaterThan(0);
    for (const hit of found.hits) {
      expect(hit).not.toHaveProperty('titleTerms');
      expect(hit).not.toHaveProperty('textTerms');
    }
  });

  it('make an inflected compound find the document that Meilisearch alone misses', async () => {
    const id = `guide-${dentistGuide}`;
    expect(await plainHits('public-fi', 'hammaslääkärille')).not.toContain(id);
    expect(await analysedHits('public-fi', 'fi', 'hammaslääkärille')).toContain(id);
    expect(await plainHits('public-fi', 'hoitajalle')).not.toContain(id);
    expect(await analysedHits('public-fi', 'fi', 'hoitajalle')).toContain(id);
    expect(await analysedHits('public-sv', 'sv', 'tandläkarna')).toContain(id);
  });

  it('are written by the outbox sync too', async () => {
    const sore = await rest.create('self-care-guides', {
      slug: 'kurkkukipu-aikuisella',
      title: 'Kurkkukipu aikuisella',
      body: 'Kurkkukipu johtuu yleensä virusinfektiosta.',
    });
    const outcome = await indexer.syncOnce();
    expect(outcome.status).toBe('applied');
    const stored = await admin.index('agent-fi').getDocument(`guide-${sore}`);
    expect(String(stored.titleTerms).split(' ')).toEqual(expect.arrayContaining(['kurkku', 'kipu']));
    expect(await analysedHits('agent-fi', 'fi', 'kurkkukivun')).toContain(`guide-${sore}`);
    expect(await analysedHits('agent-fi', 'fi', 'kipu kurkussa')).toContain(`guide-${sore}`);
  });
});

describe('synonyms', () => {
  it('are extended with the forms queries are searched by, so an inflected colloquial word reaches its group', async () => {
    const synonyms = await admin.index('public-fi').getSynonyms();
    // `terkkarille` is searched by its stem `terkkar`, which must lead to the group's other terms.
    expect(synonyms['terkkar']).toEqual(expect.arrayContaining(['terveysasema', 'terkkari']));
    expect(analysedSearch(indexer.analysis, 'fi', 'terkkarille').q).toBe('terkkar');
  });
});

describe('a change of analysis', () => {
  it('is recorded with the cursor by every rebuild', async () => {
    expect((await indexer.cursor.readState())?.analysis).toBe(indexedWith(indexer.analysis));
  });

  it('makes the indexer rebuild on start, so no document keeps terms a query would no longer look for', async () => {
    const log = memoryLogger();
    const fallback = createIndexer({ config: indexerConfig(stack, { FINNISH_ANALYSIS: 'snowball' }), log });
    expect(fallback.analysis.id).not.toBe(indexer.analysis.id);
    await fallback.start();
    await fallback.stop();
    expect(
      log.lines.some((l) => l.event === 'full_rebuild_needed' && l.fields['reason'] === 'analysis-changed'),
    ).toBe(true);
    expect((await fallback.cursor.readState())?.analysis).toBe(indexedWith(fallback.analysis));
    const stored = await admin.index('public-fi').getDocument(`guide-${dentistGuide}`);
    // Snowball alone: the stem, no lemma and no compound parts.
    expect(String(stored.titleTerms).split(' ')).toContain('hammaslääkär');
    expect(String(stored.titleTerms).split(' ')).not.toContain('hammas');
  });
});

describe('a change of the search-document shape', () => {
  it('makes the indexer rebuild, so every document gets the new fields (group key, routable)', async () => {
    const state = await indexer.cursor.readState();
    // A cursor as indexes built before the shape was recorded carry it: the analysis alone.
    await indexer.cursor.write({ ...state!, analysis: indexer.analysis.id });
    const log = memoryLogger();
    const again = createIndexer({ config: indexerConfig(stack, { FINNISH_ANALYSIS: 'voikko' }), log });
    await again.start();
    await again.stop();
    again.analysis.close();
    expect(
      log.lines.some((l) => l.event === 'full_rebuild_needed' && l.fields['reason'] === 'analysis-changed'),
    ).toBe(true);
    expect((await indexer.cursor.readState())?.analysis).toBe(indexedWith(indexer.analysis));
    const stored = await admin.index('agent-fi').getDocument(`guide-${dentistGuide}`);
    expect(stored).toMatchObject({ groupKey: expect.stringMatching(/^guide:/), routable: 1 });
  });
});
