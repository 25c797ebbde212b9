/**
 * Durable sync under faults, against a real Strapi and a real Meilisearch: content published while Meilisearch is
 * down is indexed once it is back (nothing lost), and documents that embed a service's name follow the service.
 */
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexer, type Indexer } from '../src/index.js';
import { waitUntil } from './support/wait.js';
import { createStrapiRest, memoryLogger, searchKeyFor, type StrapiRest } from '@neuvo/node-kit';
import { indexerConfig, startStack, type Stack } from './support/stack.js';

const GUIDES = 'self-care-guides';
const INSTRUCTIONS = 'professional-instructions';
const SERVICES = 'service-entries';

let stack: Stack;
let rest: StrapiRest;
let indexer: Indexer;
const log = memoryLogger();
const run = Date.now().toString(36);
let counter = 0;
const unique = (prefix: string) => `${prefix}-${run}-${++counter}`;

const admin = () => new Meilisearch({ host: stack.meili.url, apiKey: stack.meili.masterKey });
/** Search as the api does: with the search-only key. */
async function hitIds(index: string, query: string, limit = 200): Promise<string[]> {
  const searcher = new Meilisearch({ host: stack.meili.url, apiKey: searchKeyFor(stack.meili.masterKey) });
  const result = await searcher.index(index).search(query, { limit, attributesToRetrieve: ['id'] });
  return result.hits.map((hit) => String(hit.id));
}
async function doc(index: string, id: string): Promise<Record<string, unknown> | null> {
  try {
    return (await admin().index(index).getDocument(id)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

beforeAll(async () => {
  stack = await startStack();
  rest = createStrapiRest({
    url: stack.cms.url,
    token: stack.cms.writeToken,
    admin: { email: stack.cms.adminEmail, password: stack.cms.adminPassword },
  });
  indexer = createIndexer({ config: indexerConfig(stack, { INDEXER_POLL_MS: '100' }), log });
  await indexer.start();
});

afterAll(async () => {
  await indexer?.stop();
  await stack?.stop();
  if (process.env.INDEXER_TEST_LOG) console.log(log.lines.map((l) => JSON.stringify(l)).join('\n'));
});

describe('documents that embed a service', () => {
  it('are re-indexed when the service is renamed, unlinked or withdrawn', async () => {
    const instruction = await rest.create(INSTRUCTIONS, {
      slug: unique('hammassarky-ohje'),
      title: 'Hammassärkyisen asiakkaan ohjaus',
      body: 'Kysy kivun kesto.',
      category: 'oral_health',
      audience: ['agent'],
    });
    const guide = await rest.create(GUIDES, {
      slug: unique('hammassarky'),
      title: 'Hammassärky',
      body: 'Kipulääke auttaa.',
    });
    const service = await rest.create(SERVICES, {
      slug: unique('suun-terveys'),
      source: 'local',
      name: 'Kalliolan hammashoitola',
      ptvStatus: 'published',
      instructions: [instruction],
      guides: [guide],
    });
    const instructionId = `instruction-${instruction}`;
    const guideId = `guide-${guide}`;

    // An agent searching the service's name also finds its instruction and guide.
    await waitUntil(
      async () => {
        const ids = await hitIds('agent-fi', 'Kalliolan');
        return [instructionId, guideId, `service-${service}`].every((id) => ids.includes(id));
      },
      10_000,
      'instruction and guide found by the service name',
    );
    expect(await hitIds('public-fi', 'Kalliolan')).toContain(guideId);
    expect(await hitIds('public-fi', 'Kalliolan')).not.toContain(instructionId);

    // Renamed: the dependent documents follow, the old name no longer finds them.
    await rest.update(SERVICES, service, { name: 'Vuorelan hammashoitola' }, { locale: 'fi' });
    await waitUntil(
      async () => {
        const ids = await hitIds('agent-fi', 'Vuorelan');
        return ids.includes(instructionId) && ids.includes(guideId);
      },
      10_000,
      'dependents re-indexed under the new name',
    );
    expect(await hitIds('agent-fi', 'Kalliolan')).toEqual([]);
    expect((await doc('public-fi', guideId))?.keywords).toEqual(['Vuorelan hammashoitola']);

    // Withdrawn from PTV: the public guide stops naming it, agents still see the link.
    await rest.update(SERVICES, service, { ptvStatus: 'withdrawn' }, { locale: 'fi' });
    await waitUntil(
      async () => ((await doc('public-fi', guideId))?.keywords as string[] | undefined)?.length === 0,
      10_000,
      'public guide without the withdrawn service',
    );
    expect((await doc('agent-fi', guideId))?.keywords).toEqual(['Vuorelan hammashoitola']);

    // Unlinked on the service's side: the instruction event never happens, the index still finds the old link.
    await rest.update(SERVICES, service, { instructions: [] }, { locale: 'fi' });
    await waitUntil(
      async () => !(await hitIds('agent-fi', 'Vuorelan')).includes(instructionId),
      10_000,
      'unlinked instruction no longer embeds the service',
    );
    expect((await doc('agent-fi', instructionId))?.relatedServiceIds).toEqual([]);
    expect(await hitIds('agent-fi', 'Vuorelan')).toContain(guideId);
  });
});

describe('Meilisearch down while editors publish', () => {
  it('indexes all 50 changes published during the outage once it is back, losing nothing', async () => {
    const word = `vikasieto${run}`;
    // Five guides published before the outage: ten changes below rename them, five are deleted.
    const before: string[] = [];
    for (let i = 0; i < 15; i++) {
      before.push(
        await rest.create(GUIDES, {
          slug: unique('ennen'),
          title: `Ennen katkoa ${i}`,
          body: 'Vanha teksti.',
        }),
      );
    }
    await waitUntil(
      async () => (await Promise.all(before.map((d) => doc('public-fi', `guide-${d}`)))).every(Boolean),
      15_000,
      'guides before the outage',
    );

    await stack.stopMeili();
    const expected = new Set<string>();
    const started = performance.now();
    // 50 changes through Strapi REST: 30 new guides, 10 new instructions, 10 updates; plus 5 deletes.
    for (let i = 0; i < 30; i++) {
      const id = await rest.create(GUIDES, {
        slug: unique('katko-ohje'),
        title: `Katkon aikana julkaistu ohje ${i}`,
        body: `Hakusana ${word} ja numero ${i}.`,
      });
      expected.add(`guide-${id}`);
    }
    for (let i = 0; i < 10; i++) {
      const id = await rest.create(INSTRUCTIONS, {
        slug: unique('katko-toimintaohje'),
        title: `Katkon aikana julkaistu toimintaohje ${i}`,
        body: `Hakusana ${word}.`,
        category: 'other',
        audience: ['agent'],
      });
      expected.add(`instruction-${id}`);
    }
    for (let i = 0; i < 10; i++) {
      const documentId = before[i]!;
      await rest.update(GUIDES, documentId, { title: `Päivitetty katkon aikana ${i}`, body: `${word}` });
      expected.add(`guide-${documentId}`);
    }
    const deleted = before.slice(10).map((d) => `guide-${d}`);
    for (const documentId of before.slice(10)) await rest.remove(GUIDES, documentId);
    const publishMs = performance.now() - started;
    expect(expected.size).toBe(50);

    // The indexer keeps failing meanwhile (and logs it); nothing is indexed and the cursor stays put.
    await waitUntil(
      async () => log.lines.some((l) => l.level === 'warn' && l.event === 'step_failed_retrying'),
      10_000,
      'indexer noticing the outage',
    );

    await stack.startMeiliAgain();
    const restarted = performance.now();
    const convergedMs = await waitUntil(
      async () => {
        const [agent, pub] = await Promise.all([hitIds('agent-fi', word), hitIds('public-fi', word)]);
        const agentIds = new Set(agent);
        const publicIds = new Set(pub);
        return [...expected].every(
          (id) => agentIds.has(id) && (id.startsWith('instruction-') || publicIds.has(id)),
        );
      },
      45_000,
      'all 50 changes searchable after Meilisearch is back',
    );
    const agentHits = await hitIds('agent-fi', word);
    expect(new Set(agentHits)).toEqual(expected);
    const publicHits = await hitIds('public-fi', word);
    expect(publicHits.filter((id) => id.startsWith('guide-'))).toHaveLength(40);
    expect(publicHits.some((id) => id.startsWith('instruction-'))).toBe(false);
    for (const id of deleted) {
      await waitUntil(async () => (await doc('agent-fi', id)) === null, 5_000, `${id} deleted`);
      expect(await doc('public-fi', id)).toBeNull();
    }
    expect((await doc('public-fi', `guide-${before[0]}`))?.title).toBe('Päivitetty katkon aikana 0');
    // The cursor reached the outbox head: nothing left behind.
    const outbox = await indexer.cms.readOutbox(0, 500);
    await waitUntil(
      async () => (await indexer.cursor.read()) === outbox.events.at(-1)?.id,
      5_000,
      'cursor at the outbox head',
    );
    console.log(
      `fault test: 55 changes published in ${Math.round(publishMs)} ms while Meilisearch was down; ` +
        `all searchable ${Math.round(convergedMs)} ms after it was back (${Math.round(performance.now() - restarted)} ms incl. checks)`,
    );
  });
});
