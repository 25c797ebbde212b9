/**
 * The contact log's upkeep on the real store (SQLite, or PostgreSQL when DATABASE_URL is set): contacts past their
 * retention are deleted with their audit of reads kept, and identity codes move to the current key when keys rotate.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type OperationalDb } from '../src/db/database.js';
import type { ContactTable } from '../src/db/schema.js';
import { createIdentityCrypto } from '../src/domains/contacts/identity-crypto.js';
import { parseContactKeys } from '../src/domains/contacts/keys.js';
import { startContactUpkeep } from '../src/domains/contacts/retention.js';
import { createContactStore, type ContactStore } from '../src/domains/contacts/store.js';
import { memoryLogger, startTestApi } from './support/api.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { codes, gql } from './support/graphql.js';

const DAY = 86_400_000;
const CODE = '131052-308T';
const key = () => randomBytes(32).toString('base64');
const INDEX_KEY = key();
const K1 = `k1:${key()}`;
const K2 = `k2:${key()}`;

let database: TestDatabase;
let store: OperationalDb;
let contacts: ContactStore;

function contact(ageDays: number, extra: Partial<ContactTable> = {}): ContactTable {
  const at = new Date(Date.now() - ageDays * DAY).toISOString();
  return {
    id: randomUUID(),
    version: 1,
    channel: 'phone',
    region: 'kymenlaakso',
    queue_code: null,
    started_at: at,
    ended_at: null,
    agent_subject: 'agentti.kymenlaakso',
    agent_name: 'Kaisa Kyselijä',
    citizen_name: null,
    identity_key_id: null,
    identity_cipher: null,
    identity_index: null,
    reason_category: null,
    reason_text: null,
    outcomes: '[]',
    content_used: '[]',
    notes: null,
    created_at: at,
    updated_at: at,
    updated_by_subject: 'agentti.kymenlaakso',
    ...extra,
  };
}

const contactIds = async () =>
  (await store.db.selectFrom('api_contacts').select('id').execute()).map((r) => r.id).sort();

function cryptoOf(encryptionKeys: string) {
  const problems: string[] = [];
  const keys = parseContactKeys(encryptionKeys, INDEX_KEY, problems);
  expect(problems).toEqual([]);
  return createIdentityCrypto(keys!);
}

beforeAll(async () => {
  database = await createTestDatabase();
  store = await openDatabase(
    loadConfig({ CMS_READ_TOKEN: 'x', MEILI_SEARCH_KEY: 'x', ...database.env }).database,
  );
  contacts = createContactStore(store.db);
});

afterAll(async () => {
  await store?.destroy();
  await database?.drop();
});

describe(`contact log upkeep (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  beforeEach(async () => {
    await sql`delete from api_contacts`.execute(store.db);
    await sql`delete from api_audit_events`.execute(store.db);
  });

  it('deletes contacts older than the retention in bounded batches and keeps the audit of their reads', async () => {
    const old = Array.from({ length: 5 }, (_, i) => contact(31 + i));
    const recent = [contact(1), contact(29)];
    for (const row of [...old, ...recent]) await contacts.insertContact(row);
    await contacts.insertAuditEvents([
      {
        id: randomUUID(),
        at: old[0]!.started_at,
        actor_subject: 'agentti.kymenlaakso',
        actor_name: 'Kaisa Kyselijä',
        action: 'reveal_identity_code',
        contact_id: old[0]!.id,
        reason: 'Ajanvaraus',
        request_id: 'req-00000001',
      },
    ]);
    const logger = memoryLogger();
    const upkeep = startContactUpkeep({
      store: contacts,
      crypto: cryptoOf(K1),
      logger,
      retentionDays: 30,
      batchSize: 2,
    });
    const result = await upkeep.run();
    await upkeep.stop();
    expect(await contactIds()).toEqual(recent.map((r) => r.id).sort());
    expect(result.deleted).toBe(5);
    const audit = await store.db.selectFrom('api_audit_events').selectAll().execute();
    expect(audit.map((a) => a.contact_id)).toEqual([old[0]!.id]);
    expect(logger.lines.find((l) => l.event === 'contacts_upkeep')?.fields).toMatchObject({ deleted: 5 });
  });

  it('re-encrypts identity codes under an older key with the current one, leaving the code and index as they were', async () => {
    const before = cryptoOf(K1);
    const rows = Array.from({ length: 3 }, () => contact(1, { citizen_name: 'Matti' }));
    for (const row of rows) {
      const sealed = before.seal(CODE, row.id);
      await contacts.insertContact({
        ...row,
        identity_key_id: sealed.keyId,
        identity_cipher: sealed.cipher,
        identity_index: before.blindIndex(CODE),
      });
    }
    const rotated = cryptoOf(`${K2},${K1}`);
    const upkeep = startContactUpkeep({
      store: contacts,
      crypto: rotated,
      logger: memoryLogger(),
      retentionDays: 30,
      batchSize: 10,
    });
    const result = await upkeep.run();
    await upkeep.stop();
    expect(result.reencrypted).toBe(3);
    const stored = await store.db.selectFrom('api_contacts').selectAll().execute();
    for (const row of stored) {
      expect(row.identity_key_id).toBe('k2');
      expect(row.identity_index).toBe(before.blindIndex(CODE));
      // Readable with the new key alone: the old one can now be removed from the configuration.
      expect(cryptoOf(K2).open({ keyId: 'k2', cipher: row.identity_cipher! }, row.id)).toBe(CODE);
    }
  });

  it('refuses a ciphertext moved to another contact or altered', () => {
    const crypto = cryptoOf(K1);
    const sealed = crypto.seal(CODE, 'contact-a');
    expect(crypto.open(sealed, 'contact-a')).toBe(CODE);
    expect(() => crypto.open(sealed, 'contact-b')).toThrow(/could not be decrypted/);
    const raw = Buffer.from(sealed.cipher, 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(() => crypto.open({ keyId: 'k1', cipher: raw.toString('base64url') }, 'contact-a')).toThrow();
    expect(() => crypto.open({ keyId: 'k9', cipher: sealed.cipher }, 'contact-a')).toThrow(/not configured/);
  });
});

describe('an api with rotated keys and a retention', () => {
  it('purges old contacts at start, reads codes under the old key and moves them to the new one', async () => {
    await sql`delete from api_contacts`.execute(store.db);
    const env = { ...database.env, CONTACT_INDEX_KEY: INDEX_KEY, CONTACT_RETENTION_DAYS: '30' };
    const first = await startTestApi({ ...env, CONTACT_ENCRYPTION_KEYS: K1 });
    let id: string;
    try {
      const opened = await gql<{ openContact: { id: string } }>(
        first.url,
        'mutation($c: ContactCitizenInput) { openContact(input: { channel: "phone", region: "kymenlaakso", citizen: $c }) { id } }',
        { c: { name: 'Matti Meikäläinen', identityCode: CODE } },
        'agent',
      );
      id = opened.data!.openContact.id;
      // A service-need assessment initiated from it holds the code under the same key.
      const initiated = await gql(
        first.url,
        `mutation { initiateServiceNeedAssessment(contactId: "${id}", input: { subject: "contact_citizen",
          grounds: { code: "aged_75_or_over" }, consent: { state: "given" }, receivingUnit: "avainyksikko" }) { id } }`,
        {},
        'socialCounsellor',
      );
      expect(initiated.errors).toBeUndefined();
    } finally {
      await first.stop();
    }
    const old = contact(400);
    await contacts.insertContact(old);
    // A care-need assessment saved on the old contact: its answers are personal data and go with it.
    await store.db
      .insertInto('api_triage_assessments')
      .values({
        id: randomUUID(),
        contact_id: old.id,
        snapshot_id: randomUUID(),
        locale: 'fi',
        answers: '[{"questionId":"breathing","value":true}]',
        red_flags: '["breathing"]',
        computed_urgency: 'emergency_112',
        final_urgency: 'emergency_112',
        override_reason: null,
        decided_by: 'redFlag:breathing',
        performed_by_subject: 'hoitaja',
        performed_by_name: 'Hoitaja',
        performed_at: old.started_at,
      })
      .execute();

    const second = await startTestApi({ ...env, CONTACT_ENCRYPTION_KEYS: `${K2},${K1}` });
    try {
      const found = await gql<{
        contactsByIdentityCode: { id: string; citizen: { identityCodeMasked: string } }[];
      }>(
        second.url,
        `{ contactsByIdentityCode(identityCode: "${CODE}") { id citizen { identityCodeMasked } } }`,
        {},
        'agent',
      );
      expect(found.data?.contactsByIdentityCode).toEqual([
        { id, citizen: { identityCodeMasked: '131052-****' } },
      ]);
      // The upkeep ran at start: the old contact is gone and the code is under k2.
      for (let i = 0; i < 100; i++) {
        const row = await store.db
          .selectFrom('api_contacts')
          .select('identity_key_id')
          .where('id', '=', id)
          .executeTakeFirst();
        const assessment = await store.db
          .selectFrom('api_service_need_assessments')
          .select('identity_key_id')
          .where('contact_id', '=', id)
          .executeTakeFirst();
        if (
          row?.identity_key_id === 'k2' &&
          assessment?.identity_key_id === 'k2' &&
          !(await contactIds()).includes(old.id)
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await contactIds()).toEqual([id]);
      expect(
        await store.db
          .selectFrom('api_triage_assessments')
          .select('id')
          .where('contact_id', '=', old.id)
          .execute(),
      ).toEqual([]);
    } finally {
      await second.stop();
    }

    const third = await startTestApi({ ...env, CONTACT_ENCRYPTION_KEYS: K2 });
    try {
      const revealed = await gql<{ revealIdentityCode: string }>(
        third.url,
        `mutation { revealIdentityCode(contactId: "${id}", reason: "Avainten vaihdon tarkistus") }`,
        {},
        'agent',
      );
      expect(revealed.data?.revealIdentityCode).toBe(CODE);
      // Readable under the new key alone: the assessment was re-encrypted too.
      const pending = await gql<{
        pendingServiceNeedAssessments: { items: { person: { identityCodeMasked: string | null } }[] };
      }>(
        third.url,
        '{ pendingServiceNeedAssessments(unit: "avainyksikko") { items { person { identityCodeMasked } } } }',
        {},
        'socialCounsellor',
      );
      expect(pending.data?.pendingServiceNeedAssessments.items).toEqual([
        { person: { identityCodeMasked: '131052-****' } },
      ]);
    } finally {
      await third.stop();
    }
  });

  it('answers INTERNAL for the contact log when no keys are configured (development only)', async () => {
    const api = await startTestApi({
      ...database.env,
      CONTACT_ENCRYPTION_KEYS: undefined,
      CONTACT_INDEX_KEY: undefined,
    });
    try {
      const r = await gql(api.url, '{ myContacts { items { id } } }', {}, 'agent');
      expect(codes(r)).toEqual(['INTERNAL']);
    } finally {
      await api.stop();
    }
  });
});
