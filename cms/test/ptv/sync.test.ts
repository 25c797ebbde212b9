/**
 * The PTV sync inside a real Strapi (SQLite, or PostgreSQL with DATABASE_URL) against the fake PTV:
 * full and incremental runs, solution-bank fields untouched, archived services hidden, malformed records
 * skipped and reported, resume after a PTV outage, "source changed" flags, access rules.
 */
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { fakeId, startFakePtv, type FakePtvServer } from '@neuvo/scripts/fake-ptv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@neuvo/content-models/locales';
import type { PtvSyncProgress as Progress } from '@neuvo/content-models/ptv';
import { api, lastOutboxId, outboxEvents } from '../helpers';

let cms: CmsHandle;
let ptv: FakePtvServer;
const REGION = 'test-hva';
// Two counties: services with i % 4 ∈ {0, 2} belong to county 0's sub-organisations, the rest to county 1.
const SERVICES = 40;
const inScope = (i: number) => i % 4 === 0 || i % 4 === 2;

async function runSync(full: boolean): Promise<Progress> {
  const start = await api(cms.url, '/ptv-sync/runs', {
    token: cms.writeToken,
    method: 'POST',
    body: { region: REGION, full },
  });
  expect([200, 202], JSON.stringify(start.body)).toContain(start.status);
  for (;;) {
    // A reused keep-alive connection can be reset by the server between polls: just poll again.
    const res = await api<{ data: Progress }>(cms.url, `/ptv-sync/runs/${REGION}`, {
      token: cms.writeToken,
    }).catch(() => null);
    if (!res) continue;
    expect(res.status).toBe(200);
    if (res.body.data.phase === 'done' || res.body.data.phase === 'failed') return res.body.data;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function entryByPtvId(ptvId: string, locale = 'fi', status = 'published') {
  const res = await api(
    cms.url,
    `/service-entries?locale=${locale}&status=${status}&filters[ptvId][$eq]=${ptvId}&populate[0]=phoneChannels&populate[1]=serviceLocations&populate[2]=webPages&populate[3]=eServices&populate[4]=instructions&populate[5]=regions`,
    { token: cms.writeToken },
  );
  expect(res.status).toBe(200);
  return res.body.data[0] as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
}

beforeAll(async () => {
  ptv = await startFakePtv({
    generate: { roots: 2, subOrganizationsPerRoot: 2, services: SERVICES, channels: 120 },
    bom: 'alternate',
  });
  cms = await startCms({
    env: {
      PTV_BASE_URL: ptv.baseUrl,
      PTV_TIMEOUT_MS: '5000',
      PTV_MAX_RETRIES: '2',
      PTV_SYNC_CHUNK_SIZE: '5',
    },
  });
  const region = await api(cms.url, '/regions?locale=fi', {
    token: cms.writeToken,
    method: 'POST',
    body: {
      data: {
        code: REGION,
        name: 'Testin hyvinvointialue',
        municipalityCodes: [],
        ptvOrganizationIds: [fakeId.organization(0)],
      },
    },
  });
  expect(region.status, JSON.stringify(region.body)).toBe(201);
});

afterAll(async () => {
  await cms?.stop();
  await ptv?.close();
});

describe('PTV sync', () => {
  it('refuses read-only tokens and anonymous callers, and unknown regions', async () => {
    expect(
      (
        await api(cms.url, '/ptv-sync/runs', {
          token: cms.readToken,
          method: 'POST',
          body: { region: REGION },
        })
      ).status,
    ).toBe(403);
    expect((await api(cms.url, '/ptv-sync/runs', { method: 'POST', body: { region: REGION } })).status).toBe(
      403,
    );
    expect(
      (
        await api(cms.url, '/ptv-sync/runs', {
          token: cms.writeToken,
          method: 'POST',
          body: { region: 'nope' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api(cms.url, '/ptv-sync/runs', { token: cms.writeToken, method: 'POST', body: {} })).status,
    ).toBe(400);
  });

  it('full sync creates the services of the region and its sub-organisations only, in fi/sv/en, with channels', async () => {
    const eventsBefore = await lastOutboxId(cms.url, cms.writeToken);
    const p = await runSync(true);
    expect(p).toMatchObject({
      phase: 'done',
      mode: 'full',
      created: 20,
      updated: 0,
      skipped: 0,
      error: null,
    });
    const fi = await entryByPtvId(fakeId.service(0));
    expect(fi).toMatchObject({
      slug: `ptv-${fakeId.service(0)}`,
      source: 'ptv',
      ptvStatus: 'published',
      name: 'Palvelu 0 neuvonta',
      summary: 'Lyhyt kuvaus 0.',
      serviceClasses: ['Terveydenhuolto'],
      targetGroups: ['Kansalaiset'],
      keywords: ['neuvonta'],
      municipalityCodes: ['091'],
    });
    expect(fi!.ptvSyncedAt).toBeTruthy();
    expect(fi!.regions.map((r: { code: string }) => r.code)).toEqual([REGION]);
    // channels 0..2 of service 0: Phone, ServiceLocation, WebPage
    expect(fi!.phoneChannels[0]).toMatchObject({
      number: expect.stringMatching(/^40/),
      prefixNumber: '+358',
      chargeType: 'charged',
      serviceHours: 'ma–pe 8.00–16.00',
      // Stored as json in the CMS, for "open now / opens at" on the public site.
      structuredHours: {
        alwaysOpen: false,
        weekly: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', validFrom: null, validTo: null }],
        exceptions: [],
      },
    });
    expect(fi!.serviceLocations[0]).toMatchObject({
      street: 'Testikatu 2',
      postalCode: '65100',
      postOffice: 'VAASA',
      municipalityCode: '905',
    });
    expect(fi!.serviceLocations[0].latitude).toBeGreaterThan(63);
    expect(fi!.serviceLocations[0].longitude).toBeGreaterThan(20);
    expect(fi!.webPages[0].url).toMatch(/^https:\/\/example\.invalid\//);
    const sv = await entryByPtvId(fakeId.service(0), 'sv');
    expect(sv).toMatchObject({
      name: 'Tjänst 0',
      summary: 'Kort beskrivning 0.',
      serviceClasses: ['Hälsovård'],
    });
    expect(sv!.phoneChannels[0].serviceHours).toBe('mån–fre 8.00–16.00');
    expect(await entryByPtvId(fakeId.service(1))).toBeUndefined(); // county 1's service
    // Every locale, draft and published, carries the region (so region filters work in sv and en too).
    for (const locale of LOCALES) {
      for (const status of ['draft', 'published']) {
        const version = await entryByPtvId(fakeId.service(0), locale, status);
        expect(
          version!.regions.map((r: { code: string }) => r.code),
          `${locale} ${status}`,
        ).toEqual([REGION]);
        expect(version!.phoneChannels.map((c: { number: string }) => c.number)).toEqual(
          fi!.phoneChannels.map((c: { number: string }) => c.number),
        );
      }
    }
    // The draft of a synced entry is not "modified": same update time as the published version.
    const draft = await entryByPtvId(fakeId.service(0), 'fi', 'draft');
    expect(draft!.updatedAt).toBe(fi!.updatedAt);
    // One publish event per created document, for every locale at once.
    const events = await outboxEvents(cms.url, cms.writeToken, eventsBefore);
    expect(events).toHaveLength(20);
    expect(new Set(events.map((e) => e.documentId)).size).toBe(20);
    expect(events.every((e) => e.action === 'publish' && e.locale === null)).toBe(true);
  });

  it('incremental sync updates PTV-owned fields, never the solution bank, and flags linked instructions', async () => {
    const entry = await entryByPtvId(fakeId.service(4));
    const instruction = await api(cms.url, '/professional-instructions?locale=fi', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: { slug: 'ptv-linked', title: 'Ohje', body: 'Teksti', audience: ['agent'] } },
    });
    expect(instruction.status, JSON.stringify(instruction.body)).toBe(201);
    const put = await api(cms.url, `/service-entries/${entry!.documentId}?locale=fi`, {
      token: cms.writeToken,
      method: 'PUT',
      body: {
        data: {
          agentInstructions: 'Soita ensin **päivystäjälle**.',
          extraKeywords: ['oma-avainsana'],
          internalPhones: [{ label: 'Takapäivystys', number: '0401234567' }],
          instructions: [instruction.body.data.documentId],
        },
      },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    const raw = ptv.record('service', fakeId.service(4))!;
    const names = raw.serviceNames as Array<{ language: string; value: string; type: string }>;
    ptv.put(
      'service',
      { ...raw, serviceNames: names.map((n) => (n.language === 'fi' ? { ...n, value: 'Uusi nimi' } : n)) },
      { modified: new Date() },
    );
    const p = await runSync(false);
    expect(p).toMatchObject({ phase: 'done', mode: 'incremental', updated: 1, created: 0, skipped: 0 });
    expect(p.total).toBe(1);

    const after = await entryByPtvId(fakeId.service(4));
    expect(after).toMatchObject({
      name: 'Uusi nimi',
      agentInstructions: 'Soita ensin **päivystäjälle**.',
      extraKeywords: ['oma-avainsana'],
    });
    expect(after!.instructions.map((i: { slug: string }) => i.slug)).toEqual(['ptv-linked']);
    const flagged = await api(
      cms.url,
      `/professional-instructions/${instruction.body.data.documentId}?locale=fi&status=draft`,
      { token: cms.writeToken },
    );
    expect(flagged.body.data.sourceChangedAt).toBeTruthy();
  });

  it("never publishes an editor's pending draft edits: PTV changes reach both versions, the draft stays a draft", async () => {
    const id = fakeId.service(12);
    const entry = await entryByPtvId(id);
    const documentId = entry!.documentId as string;
    const instruction = await api(cms.url, '/professional-instructions?locale=fi', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: { slug: 'draft-link', title: 'Luonnosohje', body: 'Teksti', audience: ['agent'] } },
    });
    expect(instruction.status, JSON.stringify(instruction.body)).toBe(201);
    // An editor saves a draft (not published) in fi: solution-bank text, a phone and a link.
    const draft = await api(cms.url, `/service-entries/${documentId}?locale=fi&status=draft`, {
      token: cms.writeToken,
      method: 'PUT',
      body: {
        data: {
          agentInstructions: 'Luonnos: älä julkaise vielä.',
          internalPhones: [{ label: 'Luonnospuhelin', number: '0409999999' }],
          instructions: [instruction.body.data.documentId],
        },
      },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);

    const raw = ptv.record('service', id)!;
    const names = raw.serviceNames as Array<{ language: string; value: string; type: string }>;
    ptv.put(
      'service',
      { ...raw, serviceNames: names.map((n) => ({ ...n, value: `${n.value} (uusi)` })) },
      { modified: new Date() },
    );
    const p = await runSync(false);
    expect(p).toMatchObject({ phase: 'done', updated: 1, skipped: 0 });

    // Published: PTV's change, and none of the editor's draft edits.
    const published = await entryByPtvId(id);
    expect(published).toMatchObject({ name: `${entry!.name} (uusi)`, agentInstructions: null });
    expect(published!.instructions).toEqual([]);
    expect((await entryByPtvId(id, 'sv'))!.name).toBe('Tjänst 12 (uusi)');
    // Draft: the editor's edits kept, with PTV's change applied too.
    const after = await api(
      cms.url,
      `/service-entries/${documentId}?locale=fi&status=draft&populate[0]=internalPhones&populate[1]=instructions&populate[2]=phoneChannels`,
      { token: cms.writeToken },
    );
    expect(after.body.data).toMatchObject({
      name: `${entry!.name} (uusi)`,
      agentInstructions: 'Luonnos: älä julkaise vielä.',
      internalPhones: [{ label: 'Luonnospuhelin', number: '0409999999' }],
      instructions: [{ slug: 'draft-link' }],
    });
    expect(after.body.data.phoneChannels).toEqual(
      published!.phoneChannels.map((c: Record<string, unknown>) => ({ ...c, id: expect.any(Number) })),
    );
    // Still shown as modified in the admin: the draft is newer than the published version.
    expect(Date.parse(after.body.data.updatedAt)).toBeGreaterThan(Date.parse(published!.updatedAt));
    // Publishing the draft later publishes the editor's edits with PTV's data.
    const pub = await api(cms.url, `/service-entries/${documentId}?locale=fi`, {
      token: cms.writeToken,
      method: 'PUT',
      body: { data: {} },
    });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    expect(await entryByPtvId(id)).toMatchObject({
      name: `${entry!.name} (uusi)`,
      agentInstructions: 'Luonnos: älä julkaise vielä.',
    });
  });

  it('refuses changes to PTV-owned fields of a PTV entry (REST and admin), naming the fields; solution-bank edits pass', async () => {
    const entry = await entryByPtvId(fakeId.service(16));
    const documentId = entry!.documentId as string;
    const rest = await api(cms.url, `/service-entries/${documentId}?locale=fi`, {
      token: cms.writeToken,
      method: 'PUT',
      body: { data: { name: 'Käsin muutettu', phoneChannels: [], agentInstructions: 'ok' } },
    });
    expect(rest.status).toBe(400);
    expect(rest.body.error.message).toMatch(/read-only.*: name, phoneChannels\./);
    expect((await entryByPtvId(fakeId.service(16)))!.name).toBe(entry!.name);
    const create = await api(cms.url, '/service-entries?locale=fi', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: { slug: 'fake-ptv', name: 'Väärennös', source: 'ptv' } },
    });
    expect(create.status).toBe(400);

    // The admin's content manager, as the edit form saves: the whole entry, one field changed.
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: cms.adminEmail, password: cms.adminPassword }),
    });
    const jwt = ((await login.json()) as { data: { token: string } }).data.token;
    const cm = async (method: string, body?: unknown) => {
      const res = await fetch(
        `${cms.url}/content-manager/collection-types/api::service-entry.service-entry/${documentId}?locale=fi`,
        {
          method,
          headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
      );
      return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const { data: form } = (await cm('GET')).body;
    const SYSTEM = [
      'id',
      'documentId',
      'createdAt',
      'updatedAt',
      'publishedAt',
      'createdBy',
      'updatedBy',
      'locale',
      'localizations',
      'regions',
      'instructions',
      'guides',
      'protocols',
      'queue',
    ];
    const editable = Object.fromEntries(Object.entries(form).filter(([k]) => !SYSTEM.includes(k)));
    const ok = await cm('PUT', { ...editable, agentInstructions: 'Admin: soita ensin.' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const refused = await cm('PUT', { ...editable, summary: 'Admin muutti', ptvStatus: 'withdrawn' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/read-only.*: ptvStatus, summary\./);
    const draft = await entryByPtvId(fakeId.service(16), 'fi', 'draft');
    expect(draft).toMatchObject({ agentInstructions: 'Admin: soita ensin.', summary: entry!.summary });
  });

  it('an unchanged run writes nothing (no outbox events)', async () => {
    const before = (await outboxEvents(cms.url, cms.writeToken)).length;
    const p = await runSync(true);
    expect(p).toMatchObject({ phase: 'done', created: 0, updated: 0, unchanged: 20, archived: 0 });
    expect((await outboxEvents(cms.url, cms.writeToken)).length).toBe(before);
  });

  it('archived in PTV → ptvStatus archived, unpublished (hidden from agents and citizens), not deleted, solution bank kept', async () => {
    ptv.setStatus('service', fakeId.service(4), 'Archived');
    const p = await runSync(false);
    expect(p).toMatchObject({ phase: 'done', archived: 1 });
    expect(await entryByPtvId(fakeId.service(4))).toBeUndefined();
    const draft = await entryByPtvId(fakeId.service(4), 'fi', 'draft');
    expect(draft).toMatchObject({
      ptvStatus: 'archived',
      agentInstructions: 'Soita ensin **päivystäjälle**.',
    });
    const events = await outboxEvents(cms.url, cms.writeToken);
    expect(events.at(-1)).toMatchObject({ documentId: draft!.documentId, action: 'unpublish' });
  });

  it('a service published again in PTV after being archived is published again with its solution bank', async () => {
    const id = fakeId.service(4);
    ptv.setStatus('service', id, 'Published');
    const p = await runSync(false);
    expect(p).toMatchObject({ phase: 'done', updated: 1, skipped: 0 });
    expect(await entryByPtvId(id)).toMatchObject({
      ptvStatus: 'published',
      name: 'Uusi nimi',
      agentInstructions: 'Soita ensin **päivystäjälle**.',
    });
    expect((await entryByPtvId(id, 'sv'))!.ptvStatus).toBe('published');
  });

  it('skips a malformed record with id and reason and leaves its entry as it was', async () => {
    const id = fakeId.service(8);
    const before = await entryByPtvId(id);
    ptv.put(
      'service',
      { ...ptv.record('service', id)!, serviceNames: null, serviceChannels: 'broken' },
      { modified: new Date() },
    );
    const p = await runSync(false);
    expect(p.skipped).toBe(1);
    expect(p.skippedRecords).toEqual([
      { kind: 'service', id, reason: expect.stringMatching(/^serviceChannels: /) },
    ]);
    const after = await entryByPtvId(id);
    expect(after).toMatchObject({
      name: before!.name,
      summary: before!.summary,
      phoneChannels: before!.phoneChannels,
    });
  });

  it('a PTV outage mid-run stops the run with the catalogue intact; the next run resumes and completes it', async () => {
    const at = new Date();
    const ids = Array.from({ length: SERVICES }, (_, i) => i).filter((i) => inScope(i) && i !== 4 && i !== 8);
    for (const i of ids) {
      const raw = ptv.record('service', fakeId.service(i))!;
      const d = raw.serviceDescriptions as Array<{ language: string; type: string; value: string | null }>;
      ptv.put(
        'service',
        {
          ...raw,
          serviceDescriptions: d.map((x) =>
            x.type === 'Summary' && x.language === 'fi' ? { ...x, value: `Päivitetty ${i}.` } : x,
          ),
        },
        { modified: at },
      );
    }
    // Listing (7 requests) and the first chunks (2 requests each) go through, then PTV goes down.
    ptv.failAfter = 11;
    const failed = await runSync(false);
    expect(failed.phase).toBe('failed');
    expect(failed.error).toMatch(/^UPSTREAM_UNAVAILABLE/);
    // Every entry is either fully old or fully new, none blank.
    for (const i of ids) {
      const e = await entryByPtvId(fakeId.service(i));
      expect([`Lyhyt kuvaus ${i}.`, `Päivitetty ${i}.`]).toContain(e!.summary);
      expect(e!.name).toBeTruthy();
    }
    ptv.down = false;
    ptv.failAfter = undefined;
    const resumed = await runSync(false);
    expect(resumed).toMatchObject({ phase: 'done', resumed: true });
    for (const i of ids) expect((await entryByPtvId(fakeId.service(i)))!.summary).toBe(`Päivitetty ${i}.`);
  });
});
