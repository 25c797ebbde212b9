/**
 * The CMS as its consumers see it, against a real Strapi on a throwaway database (SQLite, or PostgreSQL
 * when DATABASE_URL is set): access rules, the outbox, triage protocol immutability.
 */
import { OUTBOX_MAX_LIMIT } from '@neuvo/content-models/outbox';
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, lastOutboxId, outboxEvents } from './helpers';

const GUIDE_UID = 'api::self-care-guide.self-care-guide';
const PROTOCOL_UID = 'api::triage-protocol.triage-protocol';

let cms: CmsHandle;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.stop();
});

let slugCounter = 0;
const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++slugCounter}`;

async function createGuide(options: { status: 'draft' | 'published'; slug?: string }) {
  const res = await api(cms.url, `/self-care-guides?locale=fi&status=${options.status}`, {
    token: cms.writeToken,
    method: 'POST',
    body: {
      data: { slug: options.slug ?? uniqueSlug('guide'), title: 'Testiohje', body: 'Ohjeen **teksti**.' },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data as { documentId: string; slug: string };
}

function protocolData(code: string, version: number) {
  return {
    code,
    version,
    complaint: { fi: 'Testivaiva', en: 'Test complaint' },
    audience: 'adult',
    questions: [{ id: 'q1', text: { fi: 'Onko kuumetta?' }, type: 'boolean' }],
    redFlags: [],
    rules: [{ when: { question: 'q1', equals: true }, outcome: 'non_urgent' }],
    outcomes: [
      {
        urgency: 'non_urgent',
        advice: { fi: 'Varaa aika.' },
        disposition: { kind: 'guide', guideSlug: 'kuume' },
      },
      { urgency: 'self_care', advice: { fi: 'Lepää.' }, disposition: { kind: 'guide', guideSlug: 'kuume' } },
    ],
    defaultOutcome: 'self_care',
    sources: [],
  };
}

describe.each([
  ['anonymous', () => undefined],
  ['read-only token', () => cms.readToken],
])('content API for %s', (_who, token) => {
  it('refuses the outbox feed', async () => {
    const res = await api(cms.url, '/outbox/events', { token: token() });
    expect(res.status).toBe(403);
  });

  it('refuses writes', async () => {
    const res = await api(cms.url, '/self-care-guides', {
      token: token(),
      method: 'POST',
      body: { data: { slug: uniqueSlug('nope'), title: 'x', body: 'y' } },
    });
    expect(res.status).toBe(403);
  });
});

describe('access', () => {
  it('gives the public role no access to content (anonymous GET → 403)', async () => {
    const res = await api(cms.url, '/self-care-guides');
    expect(res.status).toBe(403);
  });

  it('lets the read-only token read published guides but not drafts', async () => {
    const published = await createGuide({ status: 'published' });
    const draft = await createGuide({ status: 'draft' });

    const list = await api(cms.url, '/self-care-guides?locale=fi&pagination[pageSize]=100', {
      token: cms.readToken,
    });
    expect(list.status).toBe(200);
    const ids = (list.body.data as Array<{ documentId: string }>).map((d) => d.documentId);
    expect(ids).toContain(published.documentId);
    expect(ids).not.toContain(draft.documentId);

    expect(
      (await api(cms.url, `/self-care-guides/${draft.documentId}`, { token: cms.readToken })).status,
    ).toBe(404);

    const asking = await api(cms.url, '/self-care-guides?status=draft', { token: cms.readToken });
    expect(asking.status).toBe(403);
    expect(asking.body.error.message).toMatch(/full-access/);
  });

  it('lets the full-access token read drafts', async () => {
    const draft = await createGuide({ status: 'draft' });
    const res = await api(cms.url, `/self-care-guides/${draft.documentId}?status=draft`, {
      token: cms.writeToken,
    });
    expect(res.status).toBe(200);
    expect(res.body.data.slug).toBe(draft.slug);
  });
});

describe('outbox', () => {
  it('records a publish and returns it from the events endpoint', async () => {
    const before = await lastOutboxId(cms.url, cms.writeToken);
    const draft = await createGuide({ status: 'draft' });
    // Saving a draft changes nothing public: no event.
    expect(await outboxEvents(cms.url, cms.writeToken, before)).toEqual([]);

    const published = await api(cms.url, `/self-care-guides/${draft.documentId}?locale=fi`, {
      token: cms.writeToken,
      method: 'PUT',
      body: { data: { title: 'Julkaistu testiohje' } },
    });
    expect(published.status).toBe(200);

    const res = await api(cms.url, `/outbox/events?after=${before}`, { token: cms.writeToken });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        id: expect.any(Number),
        uid: GUIDE_UID,
        documentId: draft.documentId,
        locale: 'fi',
        action: 'update',
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      },
    ]);
    expect(res.body.meta.lastId).toBe(res.body.data[0].id);
  });

  it('records a delete', async () => {
    const guide = await createGuide({ status: 'published' });
    const before = await lastOutboxId(cms.url, cms.writeToken);
    expect(
      (
        await api(cms.url, `/self-care-guides/${guide.documentId}?locale=fi`, {
          token: cms.writeToken,
          method: 'DELETE',
        })
      ).status,
    ).toBe(204);
    const events = await outboxEvents(cms.url, cms.writeToken, before);
    expect(events.map((e) => [e.action, e.documentId])).toEqual([['delete', guide.documentId]]);
  });

  it('pages by id with after and limit, and keeps lastId on an empty page', async () => {
    await createGuide({ status: 'published' });
    await createGuide({ status: 'published' });
    const all = await outboxEvents(cms.url, cms.writeToken);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => a - b));

    const first = all[0]!.id;
    const page = await api(cms.url, `/outbox/events?after=${first - 1}&limit=1`, { token: cms.writeToken });
    expect(page.body.data.map((e: { id: number }) => e.id)).toEqual([first]);
    expect(page.body.meta.lastId).toBe(first);

    const last = all.at(-1)!.id;
    const empty = await api(cms.url, `/outbox/events?after=${last}`, { token: cms.writeToken });
    expect(empty.body).toEqual({ data: [], meta: { lastId: last } });
  });

  it('holds an empty answer with wait= until an event is committed, and answers at once then', async () => {
    const last = await lastOutboxId(cms.url, cms.writeToken);
    const quiet = performance.now();
    const empty = await api(cms.url, `/outbox/events?after=${last}&wait=400`, { token: cms.writeToken });
    expect(empty.body).toEqual({ data: [], meta: { lastId: last } });
    expect(performance.now() - quiet).toBeGreaterThanOrEqual(350);

    const started = performance.now();
    const waiting = api(cms.url, `/outbox/events?after=${last}&wait=20000`, { token: cms.writeToken });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const guide = await createGuide({ status: 'published' });
    const published = performance.now();
    const res = await waiting;
    expect(res.body.data.map((e: { documentId: string }) => e.documentId)).toContain(guide.documentId);
    // Answered by the commit notification, long before the 20 s are up.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(performance.now() - published).toBeLessThan(1_000);

    const bad = await api(cms.url, `/outbox/events?wait=25001`, { token: cms.writeToken });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/wait/);
  });

  it('records one event per change when many publish at once', async () => {
    const before = await lastOutboxId(cms.url, cms.writeToken);
    const guides = await Promise.all(Array.from({ length: 8 }, () => createGuide({ status: 'published' })));
    const events = await outboxEvents(cms.url, cms.writeToken, before);
    expect(events.map((e) => e.documentId).sort()).toEqual(guides.map((g) => g.documentId).sort());
  });

  it('takes its page limits from content-models (OUTBOX_MAX_LIMIT), as the compiled cms loads them', async () => {
    const largest = await api(cms.url, `/outbox/events?limit=${OUTBOX_MAX_LIMIT}`, { token: cms.writeToken });
    expect(largest.status).toBe(200);
    const above = await api(cms.url, `/outbox/events?limit=${OUTBOX_MAX_LIMIT + 1}`, {
      token: cms.writeToken,
    });
    expect(above.status).toBe(400);
    expect(above.body.error.message).toContain(`an integer from 1 to ${OUTBOX_MAX_LIMIT}`);
  });

  it.each([
    ['limit=0', /limit/],
    ['limit=501', /limit/],
    ['limit=abc', /limit/],
    ['after=-1', /after/],
    ['after=1.5', /after/],
  ])('rejects %s with 400 and a clear message', async (query, message) => {
    const res = await api(cms.url, `/outbox/events?${query}`, { token: cms.writeToken });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('writes no event when the change is rejected (same transaction)', async () => {
    const code = uniqueSlug('tx');
    const created = await api(cms.url, '/triage-protocols', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: protocolData(code, 1) },
    });
    expect(created.status).toBe(201);
    const before = await lastOutboxId(cms.url, cms.writeToken);
    const rejected = await api(cms.url, `/triage-protocols/${created.body.data.documentId}`, {
      token: cms.writeToken,
      method: 'PUT',
      body: { data: { complaint: { fi: 'Muutettu' } } },
    });
    expect(rejected.status).toBe(400);
    expect(await outboxEvents(cms.url, cms.writeToken, before)).toEqual([]);
  });
});

describe('triage protocols', () => {
  it('rejects changing a published version and names the next version', async () => {
    const code = uniqueSlug('sore-throat');
    const v1 = await api(cms.url, '/triage-protocols', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: protocolData(code, 1) },
    });
    expect(v1.status).toBe(201);
    const documentId = v1.body.data.documentId as string;

    for (const status of ['published', 'draft']) {
      const res = await api(cms.url, `/triage-protocols/${documentId}?status=${status}`, {
        token: cms.writeToken,
        method: 'PUT',
        body: { data: { complaint: { fi: 'Muutettu' } } },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe('Published protocol versions are immutable; create version 2');
    }
    const stored = await api(cms.url, `/triage-protocols/${documentId}`, { token: cms.readToken });
    expect(stored.body.data.complaint.fi).toBe('Testivaiva');
  });

  it('accepts the change as a new document with version N+1', async () => {
    const code = uniqueSlug('fever');
    expect(
      (
        await api(cms.url, '/triage-protocols', {
          token: cms.writeToken,
          method: 'POST',
          body: { data: protocolData(code, 1) },
        })
      ).status,
    ).toBe(201);
    const before = await lastOutboxId(cms.url, cms.writeToken);
    const v2 = await api(cms.url, '/triage-protocols', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: protocolData(code, 2) },
    });
    expect(v2.status).toBe(201);
    const events = await outboxEvents(cms.url, cms.writeToken, before);
    expect(events.map((e) => [e.uid, e.documentId, e.locale, e.action])).toEqual([
      [PROTOCOL_UID, v2.body.data.documentId, null, 'create'],
    ]);
  });

  it('lets a draft that was never published be edited and published', async () => {
    const code = uniqueSlug('draft-protocol');
    const draft = await api(cms.url, '/triage-protocols?status=draft', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: protocolData(code, 1) },
    });
    expect(draft.status).toBe(201);
    const res = await api(cms.url, `/triage-protocols/${draft.body.data.documentId}`, {
      token: cms.writeToken,
      method: 'PUT',
      body: { data: { complaint: { fi: 'Korjattu ennen julkaisua' } } },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.publishedAt).toBeTruthy();
  });

  it('rejects a second document with the same code and version', async () => {
    const code = uniqueSlug('dup');
    expect(
      (
        await api(cms.url, '/triage-protocols?status=draft', {
          token: cms.writeToken,
          method: 'POST',
          body: { data: protocolData(code, 1) },
        })
      ).status,
    ).toBe(201);
    const res = await api(cms.url, '/triage-protocols', {
      token: cms.writeToken,
      method: 'POST',
      body: { data: protocolData(code, 1) },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/\(code, version\) must be unique/);
  });
});
