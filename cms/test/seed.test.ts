/**
 * The seed runner against a real Strapi: validation before any write, idempotency (a second run writes
 * nothing and adds no outbox events), and updates of only what changed.
 */
import { runProcess, startCms, tsxCommand, type CmsHandle } from '@neuvo/scripts';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../seed/content/index';
import { runSeed, SeedValidationError } from '../seed/seed';
import type { SeedContent } from '../seed/types';
import { api, lastOutboxId, outboxEvents } from './helpers';

let cms: CmsHandle;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

const copy = (): SeedContent => structuredClone(seedContent);
const seed = (content: SeedContent) => runSeed({ url: cms.url, token: cms.writeToken, content });

async function total(plural: string, query = ''): Promise<number> {
  const res = await api(cms.url, `/${plural}?pagination[pageSize]=1${query}`, { token: cms.writeToken });
  return res.body.meta.pagination.total as number;
}

describe('seed runner', () => {
  it('rejects a bad item with a message naming type and key, and writes nothing', async () => {
    const content = copy();
    content.guides[0]!.slug = 'Not A Slug';
    content.services[0]!.guideSlugs = [...content.services[0]!.guideSlugs, 'no-such-guide'];

    const error = await seed(content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid seed content, nothing was written/);
    expect(message).toContain("guides 'Not A Slug' (fi): slug: must match");
    expect(message).toContain(
      `services '${content.services[0]!.slug}': guides: no guides item with key 'no-such-guide'`,
    );

    expect(await lastOutboxId(cms.url, cms.writeToken)).toBe(0);
    expect(await total('regions', '&status=draft')).toBe(0);
  });

  it('seeds everything, then a second run writes nothing and adds no outbox events', async () => {
    const first = await seed(copy());
    const created = Object.fromEntries(first.rows.map((row) => [row.type, row.created]));
    expect(created).toEqual({
      regions: seedContent.regions.length,
      queues: seedContent.queues.length,
      guides: seedContent.guides.length,
      instructions: seedContent.instructions.length,
      protocols: seedContent.protocols.length,
      services: seedContent.services.length,
      trees: seedContent.trees.length,
      synonyms: seedContent.synonyms.length,
      reasons: seedContent.reasons.length,
    });
    // Everything is published (read-only token sees only published content).
    const read = await api(cms.url, '/self-care-guides?locale=fi&pagination[pageSize]=1', {
      token: cms.readToken,
    });
    expect(read.body.meta.pagination.total).toBe(seedContent.guides.length);
    expect(await total('triage-protocols')).toBe(seedContent.protocols.length);

    const eventsAfterFirst = await lastOutboxId(cms.url, cms.writeToken);
    expect(eventsAfterFirst).toBeGreaterThan(0);

    const second = await seed(copy());
    expect(second.writes).toBe(0);
    expect(second.rows.every((row) => row.created === 0 && row.updated === 0)).toBe(true);
    expect(await lastOutboxId(cms.url, cms.writeToken)).toBe(eventsAfterFirst);
  });

  it('links relations by natural key, per locale', async () => {
    const guide = seedContent.guides.find((g) => g.relatedGuideSlugs.length > 0 && g.locales.sv)!;
    const res = await api(
      cms.url,
      `/self-care-guides?locale=fi&filters[slug][$eq]=${guide.slug}&populate[relatedGuides][fields][0]=slug`,
      { token: cms.readToken },
    );
    const related = (res.body.data[0].relatedGuides as Array<{ slug: string }>).map((g) => g.slug).sort();
    expect(related).toEqual([...guide.relatedGuideSlugs].sort());

    const service = seedContent.services.find((s) => s.regionCodes.length > 0 && s.name.sv)!;
    const sv = await api(
      cms.url,
      `/service-entries?locale=sv&filters[slug][$eq]=${service.slug}&populate[regions][fields][0]=code`,
      {
        token: cms.readToken,
      },
    );
    expect(sv.body.data[0].name).toBe(service.name.sv);
    expect((sv.body.data[0].regions as Array<{ code: string }>).map((r) => r.code).sort()).toEqual(
      [...service.regionCodes].sort(),
    );
  });

  it('writes only what changed', async () => {
    const content = copy();
    const guide = content.guides[0]!;
    guide.locales.fi.title = `${guide.locales.fi.title} (päivitetty)`;
    const before = await lastOutboxId(cms.url, cms.writeToken);

    const result = await seed(content);
    expect(result.writes).toBe(1);
    expect(result.rows.find((row) => row.type === 'guides')).toMatchObject({ created: 0, updated: 1 });
    const events = await outboxEvents(cms.url, cms.writeToken, before);
    expect(events.map((e) => [e.uid, e.locale, e.action])).toEqual([
      ['api::self-care-guide.self-care-guide', 'fi', 'update'],
    ]);
  });

  it('runs as `npm run seed` and prints the summary', async () => {
    const cmsDir = fileURLToPath(new URL('..', import.meta.url));
    const { command, args } = tsxCommand(`${cmsDir}seed/run.ts`);
    const proc = await runProcess({
      name: 'seed',
      command,
      args,
      cwd: cmsDir,
      env: { CMS_URL: cms.url, CMS_WRITE_TOKEN: cms.writeToken },
      output: 'capture',
      timeoutMs: 120_000,
    });
    expect(proc.output()).toMatch(/guides\s+0\s+1\s+\d+/); // the guide changed in the previous test is reset
    expect(proc.output()).toMatch(/1 write request/);
  });
});
