/**
 * Citizens' feedback on guide pages and the guide view counters, through the api over HTTP: validation naming the
 * field, nothing stored on refusal, no personal data stored or logged, the per-client limits, and who reads what.
 * The CMS is unreachable on purpose: none of this may depend on it (the most read list asks it for titles only when
 * something has been read; the browser test covers that path against the whole platform).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { memoryLogger, startTestApi, type TestApi, type TestRole } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql, type GqlResponse } from './support/graphql.js';

const SEND = /* GraphQL */ `
  mutation Send($input: GuideFeedbackInput!) {
    sendGuideFeedback(input: $input)
  }
`;
const REPORT = /* GraphQL */ `
  query Report($from: String!, $to: String!, $locale: Locale, $limit: Int) {
    guideFeedbackReport(from: $from, to: $to, locale: $locale, limit: $limit) {
      from
      to
      locale
      guides {
        slug
        title
        helpful
        notHelpful
        total
        helpfulRate
        latestComments {
          helpful
          text
          locale
          createdAt
        }
      }
    }
  }
`;
const VIEW = /* GraphQL */ `
  mutation View($slug: String!, $locale: Locale!) {
    recordGuideView(slug: $slug, locale: $locale)
  }
`;
const POPULAR = /* GraphQL */ `
  query Popular($locale: Locale, $limit: Int) {
    popularGuides(locale: $locale, limit: $limit) {
      slug
      title
      views
    }
  }
`;

interface ReportData {
  guideFeedbackReport: {
    locale: string | null;
    guides: {
      slug: string;
      title: string | null;
      helpful: number;
      notHelpful: number;
      total: number;
      helpfulRate: number;
      latestComments: { helpful: boolean; text: string; locale: string; createdAt: string }[];
    }[];
  };
}

let database: TestDatabase;
let api: TestApi;
let store: OperationalDb;
const logger = memoryLogger();
let nextClient = 1;

/** Headers of a new client: the api trusts one proxy hop, so each test counts as its own address. */
const newClient = () => ({ 'x-forwarded-for': `192.0.2.${nextClient++}` });

function helsinkiDay(offsetDays = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

const send = (input: Record<string, unknown>, as: Record<string, string> = newClient()) =>
  gql<{ sendGuideFeedback: boolean }>(api.url, SEND, { input }, as);
const report = (variables: Record<string, unknown> = {}, role: TestRole = 'supervisor') =>
  gql<ReportData>(api.url, REPORT, { from: helsinkiDay(-1), to: helsinkiDay(1), ...variables }, role);
const feedbackRows = () => store.db.selectFrom('api_guide_feedback').selectAll().execute();
const fieldOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.field;

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi({ ...database.env, API_TRUST_PROXY_HOPS: '1' }, logger);
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
});

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await database?.drop();
});

describe(`guide feedback (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('stores an anonymous answer with its guide, language and text, and nothing about the sender', async () => {
    const res = await send({
      slug: 'kuume-aikuisella',
      locale: 'fi',
      helpful: true,
      text: '  Selkeä ohje.  ',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.sendGuideFeedback).toBe(true);
    expect(res.headers.get('set-cookie')).toBeNull();
    const rows = await feedbackRows();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['created_at', 'helpful', 'id', 'locale', 'slug', 'text']);
    expect(rows[0]).toMatchObject({
      slug: 'kuume-aikuisella',
      locale: 'fi',
      helpful: 1,
      text: 'Selkeä ohje.',
    });
    expect(JSON.stringify(rows)).not.toContain('192.0.2.');
  });

  it('stores an answer without text, and an empty text as none', async () => {
    await send({ slug: 'kuume-aikuisella', locale: 'sv', helpful: false });
    await send({ slug: 'kuume-aikuisella', locale: 'sv', helpful: false, text: ' \n ' });
    const rows = (await feedbackRows()).filter((r) => r.locale === 'sv');
    expect(rows.map((r) => [r.helpful, r.text])).toEqual([
      [0, null],
      [0, null],
    ]);
  });

  it.each([
    ['an identity code', 'Olen 131052-308T, soittakaa', /identity code/],
    ['an e-mail address', 'vastatkaa matti.meikalainen@example.fi', /e-mail address/],
    ['a phone number', 'numeroni on 040 123 4567', /phone number/],
  ])('refuses a text holding %s, asks to remove it and stores nothing', async (_what, text, message) => {
    const before = (await feedbackRows()).length;
    const res = await send({ slug: 'kuume-aikuisella', locale: 'fi', helpful: false, text });
    expect(codes(res)).toEqual(['VALIDATION_FAILED']);
    expect(fieldOf(res)).toBe('text');
    expect(res.errors![0]!.message).toMatch(message);
    expect(res.errors![0]!.message).toMatch(/remove it/);
    expect(res.data).toBeNull();
    expect((await feedbackRows()).length).toBe(before);
    const logged = JSON.stringify(logger.lines);
    for (const fragment of ['131052', 'meikalainen', '123 4567']) {
      expect(JSON.stringify(res)).not.toContain(fragment);
      expect(logged).not.toContain(fragment);
    }
  });

  it.each([
    ['a text over 1,000 characters', { text: 'a'.repeat(1001) }, 'text'],
    ['a slug that is not a slug', { slug: '../admin' }, 'slug'],
    ['a slug over 120 characters', { slug: 'a'.repeat(121) }, 'slug'],
  ])('refuses %s naming the field', async (_what, change, field) => {
    const before = (await feedbackRows()).length;
    const res = await send({ slug: 'kuume-aikuisella', locale: 'fi', helpful: true, ...change });
    expect(codes(res)).toEqual(['VALIDATION_FAILED']);
    expect(fieldOf(res)).toBe(field);
    expect((await feedbackRows()).length).toBe(before);
  });

  it('refuses a locale the site does not have', async () => {
    const res = await send({ slug: 'kuume-aikuisella', locale: 'de', helpful: true });
    expect(codes(res)).toEqual(['VALIDATION_FAILED']);
    expect(res.errors![0]!.message).toContain('"Locale" enum');
  });

  it('limits one client to 20 answers an hour, counted apart from other clients', async () => {
    const client = newClient();
    for (let i = 0; i < 20; i++) {
      const res = await send({ slug: 'flunssa', locale: 'en', helpful: true }, client);
      expect(res.errors).toBeUndefined();
    }
    const before = (await feedbackRows()).length;
    const limited = await send({ slug: 'flunssa', locale: 'en', helpful: true }, client);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect((await feedbackRows()).length).toBe(before);
    const other = await send({ slug: 'flunssa', locale: 'en', helpful: false });
    expect(other.data?.sendGuideFeedback).toBe(true);
  });

  it('reports per guide the answers, the helpful rate and the newest texts to a supervisor', async () => {
    await send({ slug: 'hammassarky', locale: 'fi', helpful: false, text: 'Ensimmäinen' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await send({ slug: 'hammassarky', locale: 'fi', helpful: true, text: 'Toinen' });
    const { data, errors } = await report();
    expect(errors).toBeUndefined();
    const guides = data!.guideFeedbackReport.guides;
    // flunssa: 21 answers; kuume-aikuisella: 3; hammassarky: 2.
    expect(guides.map((g) => g.slug)).toEqual(['flunssa', 'kuume-aikuisella', 'hammassarky']);
    expect(guides[1]).toMatchObject({ helpful: 1, notHelpful: 2, total: 3, helpfulRate: 0.333 });
    expect(guides[2]!.latestComments.map((c) => [c.text, c.helpful, c.locale])).toEqual([
      ['Toinen', true, 'fi'],
      ['Ensimmäinen', false, 'fi'],
    ]);

    const swedish = await report({ locale: 'sv' });
    expect(swedish.data!.guideFeedbackReport.guides).toEqual([
      // No CMS answers in this test: the report still comes, without titles.
      {
        slug: 'kuume-aikuisella',
        title: null,
        helpful: 0,
        notHelpful: 2,
        total: 2,
        helpfulRate: 0,
        latestComments: [],
      },
    ]);
    const lastWeek = await report({ from: helsinkiDay(-8), to: helsinkiDay(-7) });
    expect(lastWeek.data!.guideFeedbackReport.guides).toEqual([]);
  });

  it('refuses a bad period or limit naming the field', async () => {
    expect(fieldOf(await report({ limit: 0 }))).toBe('limit');
    expect(fieldOf(await report({ from: '2026-02-30' }))).toBe('from');
  });

  it.each([
    ['citizen', 'UNAUTHENTICATED'],
    ['agent', 'FORBIDDEN'],
    ['nurse', 'FORBIDDEN'],
  ] as const)('does not show feedback to a %s', async (role, code) => {
    expect(codes(await report({}, role))).toEqual([code]);
  });
});

describe('guide views', () => {
  const views = () => store.db.selectFrom('api_guide_views').selectAll().orderBy('locale').execute();

  it('counts a view per guide, language and Helsinki day, once per client and page in half an hour', async () => {
    const client = newClient();
    const first = await gql(api.url, VIEW, { slug: 'kuume-aikuisella', locale: 'fi' }, client);
    expect(first.data).toEqual({ recordGuideView: true });
    const again = await gql(api.url, VIEW, { slug: 'kuume-aikuisella', locale: 'fi' }, client);
    expect(again.data).toEqual({ recordGuideView: false });
    await gql(api.url, VIEW, { slug: 'kuume-aikuisella', locale: 'fi' }, newClient());
    await gql(api.url, VIEW, { slug: 'kuume-aikuisella', locale: 'sv' }, client);
    expect(await views()).toEqual([
      { day: helsinkiDay(), locale: 'fi', slug: 'kuume-aikuisella', views: 2 },
      { day: helsinkiDay(), locale: 'sv', slug: 'kuume-aikuisella', views: 1 },
    ]);
  });

  it('stops counting a client after 120 views an hour', async () => {
    const client = newClient();
    for (let i = 0; i < 120; i++) {
      const res = await gql(api.url, VIEW, { slug: `ohje-${i}`, locale: 'en' }, client);
      expect(res.data).toEqual({ recordGuideView: true });
    }
    const over = await gql(api.url, VIEW, { slug: 'ohje-120', locale: 'en' }, client);
    expect(over.data).toEqual({ recordGuideView: false });
    expect((await views()).filter((v) => v.locale === 'en')).toHaveLength(120);
  });

  it('refuses a slug that is not a guide slug, naming the field, and counts nothing', async () => {
    const before = await views();
    const res = await gql(api.url, VIEW, { slug: 'Kuume Aikuisella', locale: 'fi' }, newClient());
    expect(codes(res)).toEqual(['VALIDATION_FAILED']);
    expect(fieldOf(res)).toBe('slug');
    expect(await views()).toEqual(before);
  });

  it('asks the CMS for titles only when something was read in that language', async () => {
    const res = await gql(api.url, POPULAR, { locale: 'en', limit: 5 }, newClient());
    // English pages were "read" above under slugs no guide has: the CMS (unreachable here) must be asked for titles.
    expect(codes(res)).toEqual(['UPSTREAM_UNAVAILABLE']);
    await store.db.deleteFrom('api_guide_views').where('locale', '=', 'en').execute();
    const empty = await gql(api.url, POPULAR, { locale: 'en', limit: 5 }, newClient());
    expect(empty.errors).toBeUndefined();
    expect(empty.data).toEqual({ popularGuides: [] });
  });

  it('refuses a limit over 20 naming the field', async () => {
    const res = await gql(api.url, POPULAR, { locale: 'fi', limit: 21 }, newClient());
    expect(fieldOf(res)).toBe('limit');
  });
});
