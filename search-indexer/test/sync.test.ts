import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_INDEX, createIndexer, type Indexer } from '../src/index.js';
import { waitUntil } from './support/wait.js';
import { createStrapiRest, memoryLogger, searchKeyFor, type StrapiRest } from '@neuvo/node-kit';
import { indexerConfig, startStack, type Stack } from './support/stack.js';

const GUIDES = 'self-care-guides';
const GUIDE_UID = 'api::self-care-guide.self-care-guide';

let stack: Stack;
let rest: StrapiRest;
let indexer: Indexer;
let log: ReturnType<typeof memoryLogger>;
const timings: string[] = [];

/** Search as the api does: with the search-only key. */
async function hitIds(index: string, query: string): Promise<string[]> {
  const searcher = new Meilisearch({ host: stack.meili.url, apiKey: searchKeyFor(stack.meili.masterKey) });
  const result = await searcher.index(index).search(query, { limit: 100, attributesToRetrieve: ['id'] });
  return result.hits.map((hit) => String(hit.id));
}

async function inIndex(index: string, id: string): Promise<boolean> {
  const admin = new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey });
  try {
    await admin.index(index).getDocument(id);
    return true;
  } catch {
    return false;
  }
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

beforeAll(async () => {
  stack = await startStack();
  rest = createStrapiRest({
    url: stack.cms.url,
    token: stack.cms.writeToken,
    admin: { email: stack.cms.adminEmail, password: stack.cms.adminPassword },
  });
  log = memoryLogger();
  indexer = createIndexer({ config: indexerConfig(stack), log });
  await indexer.start();
});

afterAll(async () => {
  await indexer?.stop();
  await stack?.stop();
  if (timings.length > 0) console.log(`publish → searchable timings:\n  ${timings.join('\n  ')}`);
  if (process.env.INDEXER_TEST_LOG) console.log(log.lines.map((l) => JSON.stringify(l)).join('\n'));
});

describe('outbox sync (running loop)', () => {
  it('makes a published guide searchable in public-fi within 2 s of the publish', async () => {
    // Three publishes; the median must be under 2 s (single samples suffer from CPU contention on a busy machine).
    // They follow one publish that is not measured: Meilisearch 1.21 stalls about 2 s ("processing tasks > indexing",
    // no sub-step) on one or two of the first document writes into indexes it has just created, with any settings;
    // which publishes it hits varies, and a steady-state figure is what this test is about.
    const warmUp = await rest.create(GUIDES, {
      slug: unique('lammittely'),
      title: 'Lämmittely',
      body: 'Ohje.',
    });
    await waitUntil(
      async () => (await hitIds('public-fi', 'lämmittely')).includes(`guide-${warmUp}`),
      10_000,
      'warm-up',
    );
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const documentId = await rest.create(GUIDES, {
        slug: unique('korvakipu'),
        title: 'Korvakipu lapsella',
        body: 'Kipulääke ja **lepo** auttavat usein.',
      });
      const published = performance.now();
      const id = `guide-${documentId}`;
      await waitUntil(async () => (await hitIds('public-fi', 'korvakipu')).includes(id), 10_000, 'guide');
      samples.push(performance.now() - published);
      await waitUntil(() => inIndex('agent-fi', id), 5_000, 'agent-fi');
      expect(await inIndex('public-sv', id)).toBe(false);
      expect(await inIndex('public-en', id)).toBe(false);
    }
    timings.push(
      `guide publish → public-fi hit (ms after the publish response): ${samples.map(Math.round).join(', ')}`,
    );
    const median = [...samples].sort((a, b) => a - b)[1]!;
    expect(median).toBeLessThan(2_000);
  });

  it('indexes each locale into its own indexes and removes an unpublished locale only there', async () => {
    const documentId = await rest.create(GUIDES, {
      slug: unique('kuume'),
      title: 'Kuume aikuisella',
      body: 'Juo riittävästi.',
    });
    await rest.update(
      GUIDES,
      documentId,
      { title: 'Feber hos vuxna', body: 'Drick tillräckligt.' },
      { locale: 'sv' },
    );
    const id = `guide-${documentId}`;
    await waitUntil(
      async () =>
        (await hitIds('public-sv', 'feber')).includes(id) &&
        (await hitIds('public-fi', 'kuume')).includes(id),
      5_000,
      'fi and sv guide',
    );
    expect(await inIndex('public-en', id)).toBe(false);

    await rest.unpublish(GUIDE_UID, documentId, 'fi');
    const started = performance.now();
    // Recorded, not asserted against 2 s: it may queue behind the previous batch (the sv publish) on a busy machine.
    await waitUntil(
      async () => !(await inIndex('public-fi', id)) && !(await inIndex('agent-fi', id)),
      5_000,
      'unpublish',
    );
    timings.push(
      `guide unpublish (fi) → gone from public-fi and agent-fi, after the unpublish response: ${Math.round(performance.now() - started)} ms`,
    );
    expect(await hitIds('public-fi', 'kuume')).not.toContain(id);
    expect(await hitIds('public-sv', 'feber')).toContain(id);
  });

  it('removes a deleted document from every index', async () => {
    const documentId = await rest.create(GUIDES, {
      slug: unique('selkakipu'),
      title: 'Selkäkipu',
      body: 'Liiku.',
    });
    const id = `guide-${documentId}`;
    await waitUntil(() => inIndex('public-fi', id), 5_000, 'guide');
    await rest.remove(GUIDES, documentId);
    await waitUntil(
      async () => !(await inIndex('public-fi', id)) && !(await inIndex('agent-fi', id)),
      5_000,
      'delete',
    );
  });

  it('puts agent-only content (a professional instruction) only into agent-* indexes', async () => {
    const documentId = await rest.create('professional-instructions', {
      slug: unique('ohje'),
      title: 'Lastensuojeluilmoituksen tekeminen',
      body: 'Soita **päivystävälle** sosiaalityöntekijälle.',
      category: 'social_services',
      audience: ['agent'],
    });
    const id = `instruction-${documentId}`;
    await waitUntil(
      async () => (await hitIds('agent-fi', 'lastensuojeluilmoituksen')).includes(id),
      5_000,
      'instruction',
    );
    for (const index of ['public-fi', 'public-sv', 'public-en']) {
      expect(await inIndex(index, id)).toBe(false);
    }
    expect(await hitIds('public-fi', 'lastensuojeluilmoituksen')).toEqual([]);
  });

  it('removes a service entry from public indexes when it becomes agent-only, keeping it for agents', async () => {
    const documentId = await rest.create('service-entries', {
      slug: unique('neuvola'),
      // A local entry: the cms refuses REST changes to the PTV-owned fields of a 'ptv' entry.
      source: 'local',
      name: 'Lastenneuvola Vaasa',
      summary: 'Neuvolapalvelut alle kouluikäisille.',
      agentInstructions: 'Sisäinen ohje: ajanvaraus **klo 8-10**.',
      ptvStatus: 'published',
    });
    const id = `service-${documentId}`;
    await waitUntil(() => inIndex('public-fi', id), 5_000, 'public service');
    const publicDoc = await new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey })
      .index('public-fi')
      .getDocument(id);
    expect(JSON.stringify(publicDoc)).not.toContain('Sisäinen ohje');

    await rest.update('service-entries', documentId, { ptvStatus: 'withdrawn' }, { locale: 'fi' });
    await waitUntil(async () => !(await inIndex('public-fi', id)), 5_000, 'service leaves public-fi');
    expect(await inIndex('agent-fi', id)).toBe(true);
    expect(await hitIds('agent-fi', 'lastenneuvola')).toContain(id);
  });
});

describe('synonyms', () => {
  it("applies a published synonym group to the settings of that locale's indexes", async () => {
    await rest.create('search-synonyms', {
      name: unique('terveysasema'),
      terms: ['terveysasema', 'terkkari'],
    });
    const admin = new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey });
    await waitUntil(
      async () => {
        const [pub, agent] = await Promise.all([
          admin.index('public-fi').getSynonyms(),
          admin.index('agent-fi').getSynonyms(),
        ]);
        return (
          pub.terkkari?.includes('terveysasema') === true && agent.terveysasema?.includes('terkkari') === true
        );
      },
      10_000,
      'synonyms',
    );
    expect(await admin.index('public-sv').getSynonyms()).toEqual({});
  });
});

describe('cursor and recovery', () => {
  it('keeps the cursor in Meilisearch: a restarted indexer continues where it stopped, without a rebuild', async () => {
    await indexer.stop();
    const before = await indexer.cursor.read();
    expect(before).toBeGreaterThan(0);

    // Three events for one document while no indexer runs.
    const documentId = await rest.create(GUIDES, { slug: unique('yska'), title: 'Yskä', body: 'Hunaja.' });
    await rest.update(GUIDES, documentId, { title: 'Yskä ja kurkkukipu', body: 'Hunaja ja lepo.' });
    await rest.update(GUIDES, documentId, { title: 'Hosta', body: 'Honung.' }, { locale: 'sv' });

    const restartedLog = memoryLogger();
    const restarted = createIndexer({ config: indexerConfig(stack), log: restartedLog });
    const result = await restarted.syncOnce();
    expect(result).toMatchObject({ status: 'applied', events: 3, documents: 1, cursor: before! + 3 });
    expect(restartedLog.lines.some((line) => JSON.stringify(line).includes('rebuild'))).toBe(false);
    expect(
      restartedLog.lines.filter((line) => line.level === 'info' && line.event === 'sync_batch_applied'),
    ).toHaveLength(1);
    const admin = new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey });
    expect(await admin.index('public-fi').getDocument(`guide-${documentId}`)).toMatchObject({
      title: 'Yskä ja kurkkukipu',
    });
    expect(await admin.index('public-sv').getDocument(`guide-${documentId}`)).toMatchObject({
      title: 'Hosta',
    });
    expect(await restarted.cursor.read()).toBe(before! + 3);
    indexer = restarted;
  });

  it('rebuilds when Meilisearch lost its state, then carries on from the outbox head', async () => {
    const admin = new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey });
    await admin.deleteIndex(STATE_INDEX).waitTask();
    await admin.index('public-fi').deleteAllDocuments().waitTask();

    const result = await indexer.syncOnce();
    expect(result.status).toBe('rebuilt');
    const head = (await indexer.cms.readOutbox(0, 500)).events.at(-1)?.id;
    expect(await indexer.cursor.read()).toBe(head);
    expect((await admin.index('public-fi').getStats()).numberOfDocuments).toBeGreaterThan(0);
  });

  it('backs off while Meilisearch is down and applies what was published meanwhile once it is back', async () => {
    const looping = createIndexer({ config: indexerConfig(stack, { INDEXER_POLL_MS: '50' }), log });
    await looping.start();
    await stack.stopMeili();
    const title = 'Nenäverenvuoto';
    const documentId = await rest.create(GUIDES, {
      slug: unique('nenaverenvuoto'),
      title,
      body: 'Paina sieraimia.',
    });
    await waitUntil(
      async () => log.lines.some((l) => l.level === 'warn' && l.event === 'step_failed_retrying'),
      10_000,
      'warn',
    );
    await stack.startMeiliAgain();
    await waitUntil(() => inIndex('public-fi', `guide-${documentId}`), 15_000, 'catch-up after restart');
    await looping.stop();
    const warnings = log.lines.filter((l) => l.level === 'warn');
    expect(warnings.length).toBeGreaterThan(0);
    // Logs carry codes and messages, never content.
    expect(JSON.stringify(warnings)).not.toContain(title);
  });
});
