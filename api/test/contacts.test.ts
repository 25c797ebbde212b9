/**
 * The contact log over GraphQL on the real store (SQLite, or PostgreSQL when DATABASE_URL is set): what is written,
 * what is never stored in clear, the version check between two agents, field-level errors that write nothing, and
 * the audit of reads.
 */
import { sampleUser, signInHeadless } from '@neuvo/local-idp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import { memoryLogger, startTestApi, TEST_PORTAL_URL, TEST_USERS, type TestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql, type GqlResponse } from './support/graphql.js';

const CODE = '131052-308T';
const OTHER_CODE = '010594Y9021';

const CONTACT_FIELDS = `
  id version status channel region queueCode startedAt endedAt
  agent { subject name }
  citizen { identified name identityCodeMasked }
  reason { category text }
  outcomes { code urgency }
  contentUsed { type documentId title }
  notes updatedAt
`;

interface ContactAnswer {
  id: string;
  version: number;
  status: string;
  channel: string;
  region: string;
  queueCode: string | null;
  startedAt: string;
  endedAt: string | null;
  agent: { subject: string; name: string };
  citizen: { identified: boolean; name: string | null; identityCodeMasked: string | null };
  reason: { category: string | null; text: string | null };
  outcomes: { code: string; urgency: string | null }[];
  contentUsed: { type: string; documentId: string; title: string }[];
  notes: string | null;
}

const OPEN = `mutation($input: OpenContactInput!) { openContact(input: $input) { ${CONTACT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateContactInput!) {
  updateContact(id: $id, version: $version, input: $input) { ${CONTACT_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $version: Int!) { closeContact(id: $id, version: $version) { ${CONTACT_FIELDS} } }`;
const GET = `query($id: ID!) { contact(id: $id) { ${CONTACT_FIELDS} } }`;
const FIND = `query($code: String!) { contactsByIdentityCode(identityCode: $code) { id citizen { identityCodeMasked } } }`;
const REVEAL = `mutation($id: ID!, $reason: String!) { revealIdentityCode(contactId: $id, reason: $reason) }`;
const MINE = `query($first: Int, $after: String) { myContacts(first: $first, after: $after) { items { id startedAt } nextCursor } }`;
const AUDIT = `query($id: ID) { contactAuditTrail(contactId: $id) {
  items { id at actorSubject actorName action contactId reason } nextCursor } }`;

const logger = memoryLogger();
let database: TestDatabase;
let api: TestApi;
let store: OperationalDb;
let secondAgent: Record<string, string>;

type As = 'agent' | 'supervisor' | Record<string, string>;
const call = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  as: As = 'agent',
) => gql<T>(api.url, query, variables, as);

async function open(input: Record<string, unknown>, as: As = 'agent'): Promise<ContactAnswer> {
  const r = await call<{ openContact: ContactAnswer }>(OPEN, { input }, as);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.openContact;
}

const contactRows = () => store.db.selectFrom('api_contacts').selectAll().execute();
const auditRows = (contactId: string) =>
  store.db.selectFrom('api_audit_events').selectAll().where('contact_id', '=', contactId).execute();

function fieldOf(r: GqlResponse<unknown>): { code: string | undefined; field: string | undefined } {
  const error = r.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startTestApi({ ...database.env }, logger);
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
  const other = sampleUser('agentti.pohjanmaa');
  const { cookie } = await signInHeadless({
    apiUrl: api.url,
    returnTo: `${TEST_PORTAL_URL}/`,
    username: other.username,
    password: other.password,
  });
  secondAgent = { cookie };
});

afterAll(async () => {
  await store?.destroy();
  await api?.stop();
  await database?.drop();
});

describe(`contact log (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('opens a contact as the signed-in agent, keyed by the provider subject, and stores it whole', async () => {
    const contact = await open({
      channel: 'phone',
      region: 'kymenlaakso',
      queueCode: 'terveysneuvonta',
      reason: { category: 'fever', text: 'Lapsella kuumetta' },
      outcomes: [{ code: 'triage_performed', urgency: 'non_urgent' }, { code: 'guidance_given' }],
      contentUsed: [{ type: 'guide', documentId: 'guidefever0001', title: 'Kuume lapsella' }],
      notes: 'Soittaa uudelleen, jos kuume nousee.',
    });
    expect(contact).toMatchObject({
      version: 1,
      status: 'open',
      channel: 'phone',
      region: 'kymenlaakso',
      queueCode: 'terveysneuvonta',
      endedAt: null,
      agent: { subject: TEST_USERS.agent.username, name: TEST_USERS.agent.name },
      citizen: { identified: false, name: null, identityCodeMasked: null },
      reason: { category: 'fever', text: 'Lapsella kuumetta' },
      outcomes: [
        { code: 'triage_performed', urgency: 'non_urgent' },
        { code: 'guidance_given', urgency: null },
      ],
      contentUsed: [{ type: 'guide', documentId: 'guidefever0001', title: 'Kuume lapsella' }],
    });
    const row = (await contactRows()).find((r) => r.id === contact.id);
    expect(row).toMatchObject({
      agent_subject: TEST_USERS.agent.username,
      version: 1,
      channel: 'phone',
      identity_cipher: null,
      identity_index: null,
    });
  });

  it('stores an identity code only encrypted and as a keyed index, and answers it masked', async () => {
    const contact = await open({
      channel: 'chat',
      region: 'kymenlaakso',
      citizen: { name: 'Matti Meikäläinen', identityCode: ' 131052-308t ' },
    });
    expect(contact.citizen).toEqual({
      identified: true,
      name: 'Matti Meikäläinen',
      identityCodeMasked: '131052-****',
    });
    const row = (await contactRows()).find((r) => r.id === contact.id)!;
    expect(row.identity_key_id).toBe('test1');
    expect(row.identity_index).toMatch(/^[0-9a-f]{64}$/);
    const stored = JSON.stringify(row);
    for (const fragment of ['131052', '308T', '308t']) expect(stored).not.toContain(fragment);
    // The index is keyed: it is not the plain hash of the code.
    const { createHash } = await import('node:crypto');
    expect(row.identity_index).not.toBe(createHash('sha256').update(CODE).digest('hex'));
  });

  it('finds contacts by the exact identity code only, and audits every contact found', async () => {
    const first = await open({
      channel: 'phone',
      region: 'pohjanmaa',
      citizen: { name: 'Maija Meikäläinen', identityCode: OTHER_CODE },
    });
    const second = await open(
      { channel: 'video', region: 'pohjanmaa', citizen: { name: 'Maija M.', identityCode: OTHER_CODE } },
      secondAgent,
    );
    const found = await call<{ contactsByIdentityCode: { id: string }[] }>(FIND, {
      code: OTHER_CODE.toLowerCase(),
    });
    expect(found.data!.contactsByIdentityCode.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    for (const id of [first.id, second.id]) {
      const audit = await auditRows(id);
      expect(audit.map((a) => [a.action, a.actor_subject])).toEqual([
        ['find_by_identity_code', TEST_USERS.agent.username],
      ]);
    }
    // A valid code of nobody finds nothing; an invalid one is refused by field.
    expect((await call<{ contactsByIdentityCode: unknown[] }>(FIND, { code: '010100A002H' })).data).toEqual({
      contactsByIdentityCode: [],
    });
    expect(fieldOf(await call(FIND, { code: '010594Y9022' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'identityCode',
    });
  });

  it('reveals an identity code only with a reason, and writes who, what, when and why first', async () => {
    const contact = await open({
      channel: 'walk_in',
      region: 'kymenlaakso',
      citizen: { name: 'Matti Meikäläinen', identityCode: CODE },
    });
    const noReason = await call(REVEAL, { id: contact.id, reason: ' ' });
    expect(fieldOf(noReason)).toEqual({ code: 'VALIDATION_FAILED', field: 'reason' });
    expect(await auditRows(contact.id)).toEqual([]);

    const before = new Date().toISOString();
    const revealed = await call<{ revealIdentityCode: string }>(REVEAL, {
      id: contact.id,
      reason: 'Ajanvaraus vaatii henkilötunnuksen',
    });
    expect(revealed.data?.revealIdentityCode).toBe(CODE);
    const [event] = await auditRows(contact.id);
    expect(event).toMatchObject({
      action: 'reveal_identity_code',
      actor_subject: TEST_USERS.agent.username,
      actor_name: TEST_USERS.agent.name,
      reason: 'Ajanvaraus vaatii henkilötunnuksen',
    });
    expect(event!.at >= before).toBe(true);

    const anonymous = await open({ channel: 'phone', region: 'kymenlaakso' });
    const nothing = await call(REVEAL, { id: anonymous.id, reason: 'Tarkistus' });
    expect(codes(nothing)).toEqual(['NOT_FOUND']);
    expect(fieldOf(await call(REVEAL, { id: 'not-an-id', reason: 'Tarkistus' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'contactId',
    });
  });

  it("audits opening an identified citizen's contact, not an anonymous one", async () => {
    const identified = await open({
      channel: 'phone',
      region: 'kymenlaakso',
      citizen: { name: 'Matti Meikäläinen', identityCode: CODE },
    });
    const anonymous = await open({ channel: 'phone', region: 'kymenlaakso' });
    const read = await call<{ contact: ContactAnswer }>(GET, { id: identified.id }, 'supervisor');
    expect(read.data?.contact.citizen.identityCodeMasked).toBe('131052-****');
    expect((await auditRows(identified.id)).map((a) => [a.action, a.actor_subject])).toEqual([
      ['open_identified_contact', TEST_USERS.supervisor.username],
    ]);
    await call(GET, { id: anonymous.id });
    expect(await auditRows(anonymous.id)).toEqual([]);
    expect(codes(await call(GET, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
  });

  it("refuses a second agent's stale edit with CONFLICT and keeps the first edit as it was", async () => {
    const contact = await open({ channel: 'phone', region: 'kymenlaakso', notes: 'alku' });
    // Both agents read version 1; the second agent saves first.
    const saved = await call<{ updateContact: ContactAnswer }>(
      UPDATE,
      { id: contact.id, version: 1, input: { notes: 'toisen agentin muutos' } },
      secondAgent,
    );
    expect(saved.data?.updateContact).toMatchObject({ version: 2, notes: 'toisen agentin muutos' });

    const stale = await call(UPDATE, {
      id: contact.id,
      version: 1,
      input: { notes: 'ensimmäisen agentin vanha muutos', outcomes: [{ code: 'guidance_given' }] },
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.message).toMatch(/changed this contact after you read it.*nothing was saved/i);
    const row = (await contactRows()).find((r) => r.id === contact.id)!;
    expect(row).toMatchObject({ version: 2, notes: 'toisen agentin muutos', outcomes: '[]' });

    // With the version just read the edit goes through, changing only what it names.
    const fresh = await call<{ updateContact: ContactAnswer }>(UPDATE, {
      id: contact.id,
      version: 2,
      input: { outcomes: [{ code: 'guidance_given' }], citizen: { name: 'Matti', identityCode: CODE } },
    });
    expect(fresh.data?.updateContact).toMatchObject({
      version: 3,
      notes: 'toisen agentin muutos',
      citizen: { identified: true, identityCodeMasked: '131052-****' },
    });
    // citizen null makes the contact anonymous again and removes the code entirely.
    const cleared = await call<{ updateContact: ContactAnswer }>(UPDATE, {
      id: contact.id,
      version: 3,
      input: { citizen: null },
    });
    expect(cleared.data?.updateContact.citizen).toEqual({
      identified: false,
      name: null,
      identityCodeMasked: null,
    });
    expect((await contactRows()).find((r) => r.id === contact.id)).toMatchObject({
      identity_cipher: null,
      identity_index: null,
      identity_key_id: null,
      citizen_name: null,
    });
  });

  it('closes a contact only with an outcome and the latest version; a closed contact no longer changes', async () => {
    const contact = await open({ channel: 'email', region: 'kymenlaakso' });
    expect(fieldOf(await call(CLOSE, { id: contact.id, version: 1 }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'outcomes',
    });
    await call(UPDATE, { id: contact.id, version: 1, input: { outcomes: [{ code: 'call_back_agreed' }] } });
    expect(codes(await call(CLOSE, { id: contact.id, version: 1 }))).toEqual(['CONFLICT']);
    const closed = await call<{ closeContact: ContactAnswer }>(CLOSE, { id: contact.id, version: 2 });
    expect(closed.data?.closeContact).toMatchObject({ status: 'closed', version: 3 });
    expect(closed.data?.closeContact.endedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const late = await call(UPDATE, { id: contact.id, version: 3, input: { notes: 'myöhässä' } });
    expect(codes(late)).toEqual(['CONFLICT']);
    expect(late.errors?.[0]?.message).toMatch(/closed/);
    expect(codes(await call(CLOSE, { id: contact.id, version: 3 }))).toEqual(['CONFLICT']);
  });

  it.each([
    [
      { channel: 'phone', region: 'kymenlaakso', citizen: { name: 'Matti', identityCode: '131052-308U' } },
      'input.citizen.identityCode',
    ],
    [
      { channel: 'phone', region: 'kymenlaakso', outcomes: [{ code: 'guidance_given' }, { code: 'cured' }] },
      'input.outcomes[1].code',
    ],
    [{ channel: 'fax', region: 'kymenlaakso' }, 'input.channel'],
    [
      { channel: 'phone', region: 'kymenlaakso', outcomes: [{ code: 'triage_performed' }] },
      'input.outcomes[0].urgency',
    ],
    [
      { channel: 'phone', region: 'kymenlaakso', reason: { category: 'Kuume ja yskä' } },
      'input.reason.category',
    ],
  ])('refuses bad input by field and writes nothing (%#: %s)', async (input, field) => {
    const before = (await contactRows()).length;
    const r = await call(OPEN, { input });
    expect(fieldOf(r)).toEqual({ code: 'VALIDATION_FAILED', field });
    // No user input in the message.
    expect(r.errors?.[0]?.message).not.toMatch(/131052|fax|cured|Kuume/);
    expect((await contactRows()).length).toBe(before);
  });

  it('refuses a bad update by field without changing the contact', async () => {
    const contact = await open({ channel: 'phone', region: 'kymenlaakso', notes: 'ennallaan' });
    const r = await call(UPDATE, {
      id: contact.id,
      version: 1,
      input: { notes: 'uusi', citizen: { name: 'Matti', identityCode: '310252-308T' } },
    });
    expect(fieldOf(r)).toEqual({ code: 'VALIDATION_FAILED', field: 'input.citizen.identityCode' });
    expect((await contactRows()).find((x) => x.id === contact.id)).toMatchObject({
      version: 1,
      notes: 'ennallaan',
    });
  });

  it("lists the agent's own contacts newest first, page by page", async () => {
    const other = await open({ channel: 'phone', region: 'pohjanmaa' }, secondAgent);
    const base = Date.parse('2026-11-01T08:00:00Z');
    const opened: string[] = [];
    for (let i = 0; i < 3; i++)
      opened.push(
        (
          await open({
            channel: 'phone',
            region: 'kymenlaakso',
            startedAt: new Date(base - i * 60_000).toISOString(),
          })
        ).id,
      );
    type Mine = { myContacts: { items: { id: string; startedAt: string }[]; nextCursor: string | null } };
    const all: { id: string; startedAt: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: GqlResponse<Mine> = await call<Mine>(MINE, { first: 2, after });
      all.push(...r.data!.myContacts.items);
      after = r.data!.myContacts.nextCursor;
      if (after === null) break;
    }
    expect(after).toBeNull();
    const times = all.map((c) => c.startedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.map((c) => c.id)).not.toContain(other.id);
    // The three backdated contacts are the oldest, in order.
    expect(all.slice(-3).map((c) => c.id)).toEqual(opened);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(fieldOf(await call(MINE, { first: 2, after: 'not-a-cursor' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'after',
    });
    expect(fieldOf(await call(MINE, { first: 500 }))).toEqual({ code: 'VALIDATION_FAILED', field: 'first' });
  });

  it('shows supervisors the audit trail, newest first, and refuses it to agents', async () => {
    const contact = await open({
      channel: 'phone',
      region: 'kymenlaakso',
      citizen: { name: 'Matti Meikäläinen', identityCode: CODE },
    });
    await call(GET, { id: contact.id });
    await call(REVEAL, { id: contact.id, reason: 'Lähete vaatii tunnuksen' });
    type Trail = {
      contactAuditTrail: { items: { action: string; reason: string | null; actorSubject: string }[] };
    };
    const trail = await call<Trail>(AUDIT, { id: contact.id }, 'supervisor');
    expect(trail.data?.contactAuditTrail.items).toEqual([
      expect.objectContaining({ action: 'reveal_identity_code', reason: 'Lähete vaatii tunnuksen' }),
      expect.objectContaining({ action: 'open_identified_contact', reason: null }),
    ]);
    const everything = await call<Trail>(AUDIT, {}, 'supervisor');
    expect(everything.data!.contactAuditTrail.items.length).toBeGreaterThan(2);
    expect(codes(await call(AUDIT, { id: contact.id }))).toEqual(['FORBIDDEN']);
  });

  it('never writes an identity code into the logs', () => {
    // Request ids are random: one could hold `9021` by chance, so they are left out of the check.
    const logged = JSON.stringify(logger.lines).replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
      '<id>',
    );
    for (const fragment of ['131052', '010594', '308T', '9021']) expect(logged).not.toContain(fragment);
  });
});
