/**
 * A staff member's workspace (favourites, last opened) through GraphQL, stored in the operational store: SQLite in a
 * temp dir, or PostgreSQL when DATABASE_URL is set (see support/database.ts).
 */
import { signInHeadless, type LocalUser } from '@neuvo/local-idp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { startTestApi, TEST_PORTAL_URL, type TestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql } from './support/graphql.js';

// Two people with the same display name: rows must follow the subject, never the name.
const USERS: LocalUser[] = [
  { username: 'agentti.a', password: 'salasana-a-123', name: 'Sama Nimi', roles: ['neuvo-agent'] },
  { username: 'agentti.b', password: 'salasana-b-123', name: 'Sama Nimi', roles: ['neuvo-supervisor'] },
];

const FAVOURITES = '{ myFavourites { type documentId slug title locale addedAt } }';
const ADD = /* GraphQL */ `
  mutation Add($input: FavouriteInput!) {
    addFavourite(input: $input) {
      type
      documentId
      slug
      title
      locale
    }
  }
`;
const REMOVE = 'mutation($t: ContentType!, $id: ID!) { removeFavourite(type: $t, documentId: $id) }';
const OPENED = /* GraphQL */ `
  mutation Opened($t: ContentType!, $id: ID!, $u: String!) {
    recordOpened(type: $t, documentId: $id, updatedAt: $u) {
      type
      documentId
      seenUpdatedAt
      openedAt
    }
  }
`;
const LAST = 'query($ids: [ID!]!) { lastOpened(documentIds: $ids) { type documentId seenUpdatedAt } }';

let database: TestDatabase;
let api: TestApi;
let store: OperationalDb;
const as: Record<'a' | 'b', Record<string, string>> = { a: {}, b: {} };

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi({ ...database.env }, undefined, { idpUsers: USERS });
  for (const [key, user] of [
    ['a', USERS[0]!],
    ['b', USERS[1]!],
  ] as const) {
    const { cookie } = await signInHeadless({
      apiUrl: api.url,
      returnTo: `${TEST_PORTAL_URL}/`,
      username: user.username,
      password: user.password,
    });
    as[key] = { cookie };
  }
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
});

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await database?.drop();
});

describe(`staff workspace (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('keeps favourites per person, newest first, keyed by subject and not by name', async () => {
    const instruction = {
      type: 'instruction',
      documentId: 'instr00000000000000000001',
      title: 'Vaihde',
      locale: 'fi',
    };
    const guide = {
      type: 'guide',
      documentId: 'guide00000000000000000001',
      slug: 'kuume-aikuisella',
      title: 'Kuume aikuisella',
      locale: 'fi',
    };
    expect((await gql(api.url, ADD, { input: instruction }, as.a)).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const added = await gql(api.url, ADD, { input: guide }, as.a);
    expect(added.data?.addFavourite).toEqual(guide);

    const mine = await gql<{ myFavourites: Record<string, unknown>[] }>(api.url, FAVOURITES, {}, as.a);
    expect(mine.data?.myFavourites.map((f) => f.documentId)).toEqual([
      guide.documentId,
      instruction.documentId,
    ]);
    expect(mine.data?.myFavourites[1]).toMatchObject({ slug: null, title: 'Vaihde' });
    const theirs = await gql<{ myFavourites: unknown[] }>(api.url, FAVOURITES, {}, as.b);
    expect(theirs.data?.myFavourites).toEqual([]);

    const rows = await store.db.selectFrom('api_staff_favourites').select(['subject']).execute();
    expect(rows.map((r) => r.subject)).toEqual(['agentti.a', 'agentti.a']);
  });

  it('refreshes the title when a favourite is added again, without a second row', async () => {
    const input = {
      type: 'instruction',
      documentId: 'instr00000000000000000001',
      title: 'Vaihde (uusi)',
      locale: 'sv',
    };
    await gql(api.url, ADD, { input }, as.a);
    const mine = await gql<{ myFavourites: Record<string, unknown>[] }>(api.url, FAVOURITES, {}, as.a);
    expect(mine.data?.myFavourites.filter((f) => f.documentId === input.documentId)).toMatchObject([
      { title: 'Vaihde (uusi)', locale: 'sv' },
    ]);
  });

  it('removes only the caller’s own favourite', async () => {
    const variables = { t: 'instruction', id: 'instr00000000000000000001' };
    expect((await gql(api.url, REMOVE, variables, as.b)).data).toEqual({ removeFavourite: false });
    expect((await gql(api.url, REMOVE, variables, as.a)).data).toEqual({ removeFavourite: true });
    expect((await gql(api.url, REMOVE, variables, as.a)).data).toEqual({ removeFavourite: false });
    const mine = await gql<{ myFavourites: Record<string, unknown>[] }>(api.url, FAVOURITES, {}, as.a);
    expect(mine.data?.myFavourites.map((f) => f.type)).toEqual(['guide']);
  });

  it('records what each person saw when they last opened a document', async () => {
    const id = 'serv000000000000000000001';
    const first = await gql<{ recordOpened: Record<string, string> }>(
      api.url,
      OPENED,
      { t: 'service', id, u: '2026-11-30T12:00:00+02:00' },
      as.a,
    );
    expect(first.data?.recordOpened).toMatchObject({
      type: 'service',
      documentId: id,
      seenUpdatedAt: '2026-11-30T10:00:00.000Z',
    });
    expect(Date.parse(first.data!.recordOpened.openedAt!)).not.toBeNaN();
    await gql(api.url, OPENED, { t: 'service', id, u: '2026-12-01T08:00:00.000Z' }, as.a);

    const last = await gql(api.url, LAST, { ids: [id, 'never0000000000000000001'] }, as.a);
    expect(last.data).toEqual({
      lastOpened: [{ type: 'service', documentId: id, seenUpdatedAt: '2026-12-01T08:00:00.000Z' }],
    });
    expect((await gql(api.url, LAST, { ids: [id] }, as.b)).data).toEqual({ lastOpened: [] });
  });

  it('rejects bad input with VALIDATION_FAILED and does not echo it', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        ADD,
        {
          input: {
            type: 'guide',
            documentId: 'guide00000000000000000002',
            title: 'Ilman slugia',
            locale: 'fi',
          },
        },
        'slug',
      ],
      [
        ADD,
        { input: { type: 'service', documentId: '../../etc/passwd', title: 'x', locale: 'fi' } },
        'documentId',
      ],
      [
        ADD,
        { input: { type: 'service', documentId: 'serv000000000000000000001', title: '  ', locale: 'fi' } },
        'title',
      ],
      [OPENED, { t: 'service', id: 'serv000000000000000000001', u: 'eilen klo 12' }, 'updatedAt'],
      [LAST, { ids: Array.from({ length: 251 }, (_, i) => `id${i}`) }, 'documentIds'],
    ];
    for (const [query, variables, field] of cases) {
      const r = await gql(api.url, query, variables, as.a);
      expect(codes(r), field).toEqual(['VALIDATION_FAILED']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
      expect(r.errors?.[0]?.message).not.toMatch(/passwd|eilen/);
    }
  });

  it('answers UNAUTHENTICATED to a caller who is not signed in', async () => {
    for (const query of [FAVOURITES, '{ lastOpened(documentIds: []) { documentId } }']) {
      expect(codes(await gql(api.url, query, {}, {}))).toEqual(['UNAUTHENTICATED']);
    }
  });
});
