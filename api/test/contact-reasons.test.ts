/**
 * The contact log's reason categories against a real Strapi (started by the @neuvo/scripts test kit on a throwaway
 * database) and the real operational store (SQLite, or PostgreSQL when DATABASE_URL is set): the code list as agents
 * read it, contacts refused with an unpublished category (nothing written), and contacts still loggable while the
 * CMS is down.
 */
import { startCms, type CmsHandle } from '@neuvo/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { memoryLogger, startTestApi, type TestApi } from './support/api.js';
import { cmsWrite } from './support/cms-rest.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql, type GqlResponse } from './support/graphql.js';

const CATEGORIES = `query($locale: Locale) { contactReasonCategories(locale: $locale) { code label description } }`;
const OPEN = `mutation($input: OpenContactInput!) { openContact(input: $input) { id version reason { category text } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateContactInput!) {
  updateContact(id: $id, version: $version, input: $input) { id version reason { category text } } }`;

type Category = { code: string; label: string; description: string | null };
type ContactAnswer = {
  id: string;
  version: number;
  reason: { category: string | null; text: string | null };
};

let cms: CmsHandle;
let cmsStopped = false;
let database: TestDatabase;
let store: OperationalDb;
/** No cache: every check reads the CMS. */
let api: TestApi;
/** A long cache: keeps answering from its list once the CMS is gone. */
let cachedApi: TestApi;
/** Its CMS cannot be reached. */
let downApi: TestApi;
const downLog = memoryLogger();

const rest = (path: string, method: 'POST' | 'PUT', data: Record<string, unknown>) =>
  cmsWrite(cms, path, method, data);

const field = (r: GqlResponse<unknown>) => ({
  code: r.errors?.[0]?.extensions?.code,
  field: r.errors?.[0]?.extensions?.field,
});
const contactCount = async () =>
  Number(
    (
      await store.db
        .selectFrom('api_contacts')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function open(url: string, input: Record<string, unknown>): Promise<ContactAnswer> {
  const r = await gql<{ openContact: ContactAnswer }>(url, OPEN, { input }, 'agent');
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.openContact;
}

beforeAll(async () => {
  cms = await startCms();
  const symptom = await rest('/contact-reasons?locale=fi&status=published', 'POST', {
    code: 'symptom_or_illness',
    label: 'Oire tai sairaus',
    description: 'Akuutti oire tai sairastuminen.',
    sortOrder: 10,
  });
  await rest(`/contact-reasons/${symptom.documentId}?locale=sv&status=published`, 'PUT', {
    label: 'Symtom eller sjukdom',
    description: 'Akut symtom eller insjuknande.',
  });
  // Finnish only: listed in Finnish in every locale.
  await rest('/contact-reasons?locale=fi&status=published', 'POST', {
    code: 'medication',
    label: 'Lääkitys',
    sortOrder: 20,
  });
  const booking = await rest('/contact-reasons?locale=fi&status=published', 'POST', {
    code: 'appointment_or_booking',
    label: 'Ajanvaraus',
    sortOrder: 5,
  });
  await rest(`/contact-reasons/${booking.documentId}?locale=sv&status=published`, 'PUT', {
    label: 'Tidsbokning',
  });
  // Not published: neither listed nor accepted.
  await rest('/contact-reasons?locale=fi&status=draft', 'POST', {
    code: 'draft_reason',
    label: 'Luonnos',
    sortOrder: 1,
  });

  database = await createTestDatabase();
  const cmsEnv = { CMS_URL: cms.url, CMS_READ_TOKEN: cms.readToken };
  api = await startTestApi({ ...cmsEnv, ...database.env, CONTACT_REASONS_CACHE_TTL_MS: '0' });
  cachedApi = await startTestApi({ ...cmsEnv, CONTACT_REASONS_CACHE_TTL_MS: '600000' });
  downApi = await startTestApi({}, downLog);
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
}, 300_000);

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await cachedApi?.stop();
  await downApi?.stop();
  if (!cmsStopped) await cms?.stop();
  await database?.drop();
});

describe(`contact reason categories (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('lists the published categories by sortOrder, in the locale, in Finnish where not translated', async () => {
    const sv = await gql<{ contactReasonCategories: Category[] }>(
      api.url,
      CATEGORIES,
      { locale: 'sv' },
      'agent',
    );
    expect(sv.errors).toBeUndefined();
    expect(sv.data!.contactReasonCategories).toEqual([
      { code: 'appointment_or_booking', label: 'Tidsbokning', description: null },
      {
        code: 'symptom_or_illness',
        label: 'Symtom eller sjukdom',
        description: 'Akut symtom eller insjuknande.',
      },
      { code: 'medication', label: 'Lääkitys', description: null },
    ]);
    const fi = await gql<{ contactReasonCategories: Category[] }>(api.url, CATEGORIES, {}, 'agent');
    expect(fi.data!.contactReasonCategories.map((c) => c.label)).toEqual([
      'Ajanvaraus',
      'Oire tai sairaus',
      'Lääkitys',
    ]);
  });

  it('is for staff only', async () => {
    const r = await gql(api.url, CATEGORIES, {}, 'citizen');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('opens a contact with a published category', async () => {
    const contact = await open(api.url, {
      channel: 'phone',
      region: 'kymenlaakso',
      reason: { category: 'medication', text: 'Reseptin uusiminen' },
    });
    expect(contact.reason).toEqual({ category: 'medication', text: 'Reseptin uusiminen' });
  });

  it.each(['draft_reason', 'no_such_reason'])(
    'refuses to open a contact with the category %s and writes nothing',
    async (category) => {
      const before = await contactCount();
      const r = await gql(
        api.url,
        OPEN,
        { input: { channel: 'phone', region: 'kymenlaakso', reason: { category, text: 'Kysymys' } } },
        'agent',
      );
      expect(field(r)).toEqual({ code: 'VALIDATION_FAILED', field: 'input.reason.category' });
      expect(r.errors?.[0]?.message).toMatch(/not a reason category of the code list/);
      expect(r.errors?.[0]?.message).not.toContain(category);
      expect(await contactCount()).toBe(before);
    },
  );

  it('refuses an update to an unpublished category and leaves the contact as it was', async () => {
    const contact = await open(api.url, {
      channel: 'chat',
      region: 'kymenlaakso',
      reason: { category: 'symptom_or_illness' },
    });
    const r = await gql(
      api.url,
      UPDATE,
      {
        id: contact.id,
        version: contact.version,
        input: { reason: { category: 'draft_reason' }, notes: 'x' },
      },
      'agent',
    );
    expect(field(r)).toEqual({ code: 'VALIDATION_FAILED', field: 'input.reason.category' });
    const row = await store.db
      .selectFrom('api_contacts')
      .select(['version', 'reason_category', 'notes'])
      .where('id', '=', contact.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 1, reason_category: 'symptom_or_illness', notes: null });

    const ok = await gql<{ updateContact: ContactAnswer }>(
      api.url,
      UPDATE,
      { id: contact.id, version: 1, input: { reason: { category: 'appointment_or_booking' } } },
      'agent',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateContact).toMatchObject({
      version: 2,
      reason: { category: 'appointment_or_booking' },
    });
  });

  it('accepts a well-formed category, logging a warning without personal data, while the CMS cannot be reached', async () => {
    const down = await gql(downApi.url, CATEGORIES, {}, 'agent');
    expect(codes(down)).toEqual(['UPSTREAM_UNAVAILABLE']);

    const contact = await open(downApi.url, {
      channel: 'phone',
      region: 'kymenlaakso',
      citizen: { name: 'Maija Meikäläinen', identityCode: '131052-308T' },
      reason: { category: 'draft_reason', text: 'Lapsella kuumetta' },
    });
    expect(contact.reason.category).toBe('draft_reason');
    const warnings = downLog.lines.filter((l) => l.event === 'contact_reason_unverified');
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 'warn',
        fields: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }),
      }),
    ]);
    const logged = JSON.stringify(downLog.lines);
    for (const personal of ['Maija', 'Meikäläinen', '131052', 'kuumetta'])
      expect(logged).not.toContain(personal);

    // The format is still checked.
    const bad = await gql(
      downApi.url,
      OPEN,
      { input: { channel: 'phone', region: 'kymenlaakso', reason: { category: 'Kuume!' } } },
      'agent',
    );
    expect(field(bad)).toEqual({ code: 'VALIDATION_FAILED', field: 'input.reason.category' });
  });

  // Stops the CMS: keep this test last.
  it('keeps checking against the cached list once the CMS is gone', async () => {
    const listed = await gql<{ contactReasonCategories: Category[] }>(cachedApi.url, CATEGORIES, {}, 'agent');
    expect(listed.data!.contactReasonCategories).toHaveLength(3);
    await cms.stop();
    cmsStopped = true;

    expect(
      (
        await open(cachedApi.url, {
          channel: 'phone',
          region: 'kymenlaakso',
          reason: { category: 'medication' },
        })
      ).reason.category,
    ).toBe('medication');
    const r = await gql(
      cachedApi.url,
      OPEN,
      { input: { channel: 'phone', region: 'kymenlaakso', reason: { category: 'no_such_reason' } } },
      'agent',
    );
    expect(field(r)).toEqual({ code: 'VALIDATION_FAILED', field: 'input.reason.category' });
  });
});
