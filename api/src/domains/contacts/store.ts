import type { Kysely, Selectable } from 'kysely';
import type { AuditEventTable, ContactTable, Database } from '../../db/schema.js';

/** A stored contact row. */
export type ContactRow = Selectable<ContactTable>;
/** A stored audit event. */
export type AuditEventRow = Selectable<AuditEventTable>;

/** The columns an update may change (everything but the identity of the row, its agent and its creation). */
export type ContactChanges = Partial<
  Omit<ContactTable, 'id' | 'version' | 'agent_subject' | 'agent_name' | 'created_at' | 'started_at'>
>;

/** Where keyset paging resumes: the last row of the previous page. */
export interface PageAfter {
  readonly at: string;
  readonly id: string;
}

/** The tables that hold encrypted identity codes, each bound to its row's id. */
export const IDENTITY_TABLES = ['api_contacts', 'api_service_need_assessments'] as const;
/** One of {@link IDENTITY_TABLES}. */
export type IdentityTable = (typeof IDENTITY_TABLES)[number];
/** A row's encrypted identity code (both null for an anonymous contact). */
export interface SealedIdentityRow {
  readonly id: string;
  readonly identity_key_id: string | null;
  readonly identity_cipher: string | null;
}

/** What an update or close found when its version check let nothing through. */
export type WriteRefusal = 'not-found' | 'stale' | 'closed';

/** SQL of the contact log and its audit trail. */
export interface ContactStore {
  insertContact(row: ContactTable): Promise<void>;
  getContact(id: string): Promise<ContactRow | undefined>;
  /**
   * Applies `changes` and bumps the version only if the row is still at `version` and open: one statement, so two
   * writers based on the same version cannot both succeed. Returns the new row, or why nothing was written.
   */
  updateContact(
    id: string,
    version: number,
    changes: ContactChanges,
  ): Promise<{ row: ContactRow } | { refused: WriteRefusal }>;
  /** The agent's contacts, newest first. */
  contactsOfAgent(subject: string, limit: number, after: PageAfter | null): Promise<ContactRow[]>;
  /** Contacts whose identity code has this blind index value, newest first. */
  contactsByIdentityIndex(index: string, limit: number): Promise<ContactRow[]>;
  insertAuditEvents(rows: readonly AuditEventTable[]): Promise<void>;
  /** Audit events, newest first; of one contact when `contactId` is given. */
  auditEvents(contactId: string | null, limit: number, after: PageAfter | null): Promise<AuditEventRow[]>;
  /**
   * Deletes up to `limit` contacts that started before `before`, with their service-need assessments, call-backs
   * and care-need assessments; the audit events stay. Returns how many contacts.
   */
  deleteContactsBefore(before: string, limit: number): Promise<number>;
  /**
   * Up to `limit` rows of `table` (contacts, or the service-need assessments initiated from them) whose identity
   * code is encrypted with a key other than `currentKeyId`.
   */
  identitiesWithOtherKey(
    table: IdentityTable,
    currentKeyId: string,
    limit: number,
  ): Promise<SealedIdentityRow[]>;
  /** Replaces one row's ciphertext if it still holds `previousCipher` (a concurrent edit wins). */
  replaceIdentityCipher(
    table: IdentityTable,
    id: string,
    previousCipher: string,
    keyId: string,
    cipher: string,
  ): Promise<boolean>;
}

export function createContactStore(db: Kysely<Database>): ContactStore {
  const getContact = (id: string) =>
    db.selectFrom('api_contacts').selectAll().where('id', '=', id).executeTakeFirst();

  return {
    async insertContact(row) {
      await db.insertInto('api_contacts').values(row).execute();
    },

    getContact,

    async updateContact(id, version, changes) {
      const result = await db
        .updateTable('api_contacts')
        .set({ ...changes, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) {
        const row = await getContact(id);
        if (row) return { row };
      }
      const current = await getContact(id);
      if (!current) return { refused: 'not-found' };
      if (current.version !== version) return { refused: 'stale' };
      return { refused: 'closed' };
    },

    async contactsOfAgent(subject, limit, after) {
      let query = db.selectFrom('api_contacts').selectAll().where('agent_subject', '=', subject);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('started_at', '<', after.at),
            eb.and([eb('started_at', '=', after.at), eb('id', '<', after.id)]),
          ]),
        );
      return query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    async contactsByIdentityIndex(index, limit) {
      return db
        .selectFrom('api_contacts')
        .selectAll()
        .where('identity_index', '=', index)
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    async insertAuditEvents(rows) {
      if (rows.length === 0) return;
      await db
        .insertInto('api_audit_events')
        .values([...rows])
        .execute();
    },

    async auditEvents(contactId, limit, after) {
      let query = db.selectFrom('api_audit_events').selectAll();
      if (contactId !== null) query = query.where('contact_id', '=', contactId);
      if (after)
        query = query.where((eb) =>
          eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
        );
      return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    async deleteContactsBefore(before, limit) {
      return db.transaction().execute(async (trx) => {
        const ids = (
          await trx
            .selectFrom('api_contacts')
            .select('id')
            .where('started_at', '<', before)
            .orderBy('started_at', 'asc')
            .limit(limit)
            .execute()
        ).map((r) => r.id);
        if (ids.length === 0) return 0;
        // The casework of a contact goes with it (no foreign keys: SQLite would not enforce them).
        await trx.deleteFrom('api_service_need_assessments').where('contact_id', 'in', ids).execute();
        await trx.deleteFrom('api_call_backs').where('contact_id', 'in', ids).execute();
        await trx.deleteFrom('api_triage_assessments').where('contact_id', 'in', ids).execute();
        await trx.deleteFrom('api_contacts').where('id', 'in', ids).execute();
        return ids.length;
      });
    },

    async identitiesWithOtherKey(table, currentKeyId, limit) {
      return db
        .selectFrom(table)
        .select(['id', 'identity_key_id', 'identity_cipher'])
        .where('identity_key_id', 'is not', null)
        .where('identity_key_id', '<>', currentKeyId)
        .limit(limit)
        .execute();
    },

    async replaceIdentityCipher(table, id, previousCipher, keyId, cipher) {
      const result = await db
        .updateTable(table)
        .set({ identity_key_id: keyId, identity_cipher: cipher })
        .where('id', '=', id)
        .where('identity_cipher', '=', previousCipher)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
