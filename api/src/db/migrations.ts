// Migrations work on whatever the schema was at their time, so they take an untyped Kysely (as Kysely recommends).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Migrations of the operational store, in code and in order. Never edit one that has shipped: add the next.
 * Each works on SQLite and PostgreSQL.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-search-analytics': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('api_search_events')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('query', 'varchar(400)', (c) => c.notNull())
        .addColumn('redacted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locale', 'varchar(8)', (c) => c.notNull())
        .addColumn('audience', 'varchar(16)', (c) => c.notNull())
        .addColumn('result_count', 'integer', (c) => c.notNull())
        .addColumn('latency_ms', 'double precision', (c) => c.notNull())
        .addColumn('refined', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('api_search_events_created_at')
        .on('api_search_events')
        .column('created_at')
        .execute();
      await db.schema
        .createTable('api_search_clicks')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('search_id', 'varchar(36)', (c) =>
          c.notNull().references('api_search_events.id').onDelete('cascade'),
        )
        .addColumn('document_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('api_search_clicks_search_id')
        .on('api_search_clicks')
        .column('search_id')
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('api_search_clicks').ifExists().execute();
      await db.schema.dropTable('api_search_events').ifExists().execute();
    },
  },
  '0002-search-hit-ids': {
    async up(db: Kysely<any>) {
      // At most 50 hits of at most 64 characters each: text, not varchar, so no dialect's limit matters.
      await db.schema.alterTable('api_search_events').addColumn('hit_ids', 'text').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('api_search_events').dropColumn('hit_ids').execute();
    },
  },
  '0003-staff-sessions': {
    async up(db: Kysely<any>) {
      // Only a SHA-256 hash of each session id and login attempt id is stored: a copy of this table signs no one in.
      await db.schema
        .createTable('api_sessions')
        .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('roles', 'varchar(200)', (c) => c.notNull())
        .addColumn('home_region', 'varchar(64)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('last_seen_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('api_sessions_expires_at')
        .on('api_sessions')
        .column('expires_at')
        .execute();
      await db.schema
        .createTable('api_login_attempts')
        .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('state', 'varchar(128)', (c) => c.notNull())
        .addColumn('nonce', 'varchar(128)', (c) => c.notNull())
        .addColumn('code_verifier', 'varchar(128)', (c) => c.notNull())
        .addColumn('return_to', 'varchar(2048)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('api_login_attempts_expires_at')
        .on('api_login_attempts')
        .column('expires_at')
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('api_login_attempts').ifExists().execute();
      await db.schema.dropTable('api_sessions').ifExists().execute();
    },
  },
  '0004-staff-workspace': {
    async up(db: Kysely<any>) {
      // Keyed by the provider's subject (never a name): a person's favourites and reads follow them across sessions.
      await db.schema
        .createTable('api_staff_favourites')
        .addColumn('subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('content_type', 'varchar(16)', (c) => c.notNull())
        .addColumn('document_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('slug', 'varchar(200)')
        .addColumn('title', 'varchar(300)', (c) => c.notNull())
        .addColumn('locale', 'varchar(8)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('api_staff_favourites_pk', ['subject', 'content_type', 'document_id'])
        .execute();
      await db.schema
        .createTable('api_staff_opened')
        .addColumn('subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('document_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('content_type', 'varchar(16)', (c) => c.notNull())
        .addColumn('seen_updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('opened_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('api_staff_opened_pk', ['subject', 'document_id'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('api_staff_opened').ifExists().execute();
      await db.schema.dropTable('api_staff_favourites').ifExists().execute();
    },
  },
  '0005-contacts': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('api_contacts')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('channel', 'varchar(16)', (c) => c.notNull())
        .addColumn('region', 'varchar(64)', (c) => c.notNull())
        .addColumn('queue_code', 'varchar(64)')
        .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('ended_at', 'varchar(32)')
        .addColumn('agent_subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('agent_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('citizen_name', 'varchar(200)')
        .addColumn('identity_key_id', 'varchar(32)')
        .addColumn('identity_cipher', 'varchar(200)')
        .addColumn('identity_index', 'varchar(64)')
        .addColumn('reason_category', 'varchar(64)')
        .addColumn('reason_text', 'text')
        .addColumn('outcomes', 'text', (c) => c.notNull())
        .addColumn('content_used', 'text', (c) => c.notNull())
        .addColumn('notes', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_by_subject', 'varchar(255)', (c) => c.notNull())
        .execute();
      // An agent's own contacts, newest first (keyset paging on started_at, id).
      await db.schema
        .createIndex('api_contacts_agent_started')
        .on('api_contacts')
        .columns(['agent_subject', 'started_at', 'id'])
        .execute();
      await db.schema
        .createIndex('api_contacts_identity_index')
        .on('api_contacts')
        .column('identity_index')
        .execute();
      // Retention deletes by age.
      await db.schema.createIndex('api_contacts_started_at').on('api_contacts').column('started_at').execute();
      // Key rotation re-encrypts rows whose key is not the current one.
      await db.schema
        .createIndex('api_contacts_identity_key_id')
        .on('api_contacts')
        .column('identity_key_id')
        .execute();
      // No foreign key to api_contacts: the audit of reads outlives the contacts.
      await db.schema
        .createTable('api_audit_events')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('at', 'varchar(32)', (c) => c.notNull())
        .addColumn('actor_subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('actor_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('action', 'varchar(32)', (c) => c.notNull())
        .addColumn('contact_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('reason', 'varchar(500)')
        .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('api_audit_events_at').on('api_audit_events').columns(['at', 'id']).execute();
      await db.schema
        .createIndex('api_audit_events_contact')
        .on('api_audit_events')
        .columns(['contact_id', 'at', 'id'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('api_audit_events').ifExists().execute();
      await db.schema.dropTable('api_contacts').ifExists().execute();
    },
  },
  '0006-session-id-token': {
    async up(db: Kysely<any>) {
      // Sessions from before have no token: their sign-out ends the provider's session without a hint.
      await db.schema.alterTable('api_sessions').addColumn('id_token', 'text').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('api_sessions').dropColumn('id_token').execute();
    },
  },
  '0007-casework': {
    async up(db: Kysely<any>) {
      // No foreign keys to api_contacts (SQLite would not enforce them): retention deletes these with their contact.
      await db.schema
        .createTable('api_service_need_assessments')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('contact_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('region', 'varchar(64)', (c) => c.notNull())
        .addColumn('subject', 'varchar(32)', (c) => c.notNull())
        .addColumn('person_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('identity_key_id', 'varchar(32)', (c) => c.notNull())
        .addColumn('identity_cipher', 'varchar(200)', (c) => c.notNull())
        .addColumn('identity_index', 'varchar(64)', (c) => c.notNull())
        .addColumn('grounds_code', 'varchar(64)', (c) => c.notNull())
        .addColumn('grounds_text', 'text')
        .addColumn('consent', 'varchar(32)', (c) => c.notNull())
        .addColumn('consent_note', 'text')
        .addColumn('receiving_unit', 'varchar(64)', (c) => c.notNull())
        .addColumn('pending_since', 'varchar(10)', (c) => c.notNull())
        .addColumn('deadline_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('started_at', 'varchar(32)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_by_subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('created_by_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_by_subject', 'varchar(255)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('api_service_need_assessments_contact')
        .on('api_service_need_assessments')
        .column('contact_id')
        .execute();
      // The receiving unit's pending list and a region's overdue list, by deadline.
      await db.schema
        .createIndex('api_service_need_assessments_unit')
        .on('api_service_need_assessments')
        .columns(['receiving_unit', 'status', 'deadline_at', 'id'])
        .execute();
      await db.schema
        .createIndex('api_service_need_assessments_region')
        .on('api_service_need_assessments')
        .columns(['region', 'status', 'deadline_at', 'id'])
        .execute();
      await db.schema
        .createIndex('api_service_need_assessments_key_id')
        .on('api_service_need_assessments')
        .column('identity_key_id')
        .execute();
      await db.schema
        .createTable('api_call_backs')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('contact_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('region', 'varchar(64)', (c) => c.notNull())
        .addColumn('window_start', 'varchar(32)', (c) => c.notNull())
        .addColumn('window_end', 'varchar(32)', (c) => c.notNull())
        .addColumn('phone_number', 'varchar(16)', (c) => c.notNull())
        .addColumn('reason', 'varchar(500)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('resolved_at', 'varchar(32)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_by_subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('created_by_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_by_subject', 'varchar(255)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('api_call_backs_contact').on('api_call_backs').column('contact_id').execute();
      // A region's queue of due call-backs by window, and its overdue ones by the window's end.
      await db.schema
        .createIndex('api_call_backs_region_window')
        .on('api_call_backs')
        .columns(['region', 'state', 'window_start', 'id'])
        .execute();
      await db.schema
        .createIndex('api_call_backs_region_window_end')
        .on('api_call_backs')
        .columns(['region', 'state', 'window_end', 'id'])
        .execute();
      // A region's open contacts past the access-to-care deadline.
      await db.schema
        .createIndex('api_contacts_region_open')
        .on('api_contacts')
        .columns(['region', 'ended_at', 'started_at'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('api_contacts_region_open').ifExists().execute();
      await db.schema.dropTable('api_call_backs').ifExists().execute();
      await db.schema.dropTable('api_service_need_assessments').ifExists().execute();
    },
  },
  '0008-triage-assessments': {
    async up(db: Kysely<any>) {
      // A protocol version as the CMS served it when an assessment first used it. Never changed or deleted: the
      // assessments that point at a snapshot are read from it. No personal data.
      await db.schema
        .createTable('api_triage_protocol_snapshots')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('document_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('code', 'varchar(64)', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('cms_updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addUniqueConstraint('api_triage_protocol_snapshots_key', ['document_id', 'version', 'content_hash'])
        .execute();
      await db.schema
        .createTable('api_triage_assessments')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('contact_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('snapshot_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('locale', 'varchar(8)', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('red_flags', 'text', (c) => c.notNull())
        .addColumn('computed_urgency', 'varchar(32)', (c) => c.notNull())
        .addColumn('final_urgency', 'varchar(32)', (c) => c.notNull())
        .addColumn('override_reason', 'text')
        .addColumn('decided_by', 'varchar(80)', (c) => c.notNull())
        .addColumn('performed_by_subject', 'varchar(255)', (c) => c.notNull())
        .addColumn('performed_by_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('performed_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('api_triage_assessments_contact')
        .on('api_triage_assessments')
        .columns(['contact_id', 'performed_at'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('api_triage_assessments').ifExists().execute();
      await db.schema.dropTable('api_triage_protocol_snapshots').ifExists().execute();
    },
  },
  '0009-contact-list-indexes': {
    // With 1,000,000 contacts PostgreSQL read a region's overdue list through the started_at index, filtering out
    // every closed contact older than the open ones (0.9 s cold): the 0007 index (region, ended_at, started_at) left
    // the id of the ORDER BY to a sort. The open contacts (a few per cent of the log) get an index of their own in
    // the list's exact order: the overdue list reads its first 200 entries and stops. Both engines have partial
    // indexes; the statement keeps `ended_at IS NULL`, which is what lets the planners use it.
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('api_contacts_open_region_started')
        .on('api_contacts')
        .columns(['region', 'started_at', 'id'])
        .where(sql.ref('ended_at'), 'is', null)
        .execute();
      await db.schema.dropIndex('api_contacts_region_open').ifExists().execute();
    },
    async down(db: Kysely<any>) {
      await db.schema
        .createIndex('api_contacts_region_open')
        .on('api_contacts')
        .columns(['region', 'ended_at', 'started_at'])
        .execute();
      await db.schema.dropIndex('api_contacts_open_region_started').ifExists().execute();
    },
  },
  '0011-guide-feedback-and-views': {
    // Citizens' "Was this helpful?" answers and the daily view counters of guide pages. No personal data: no address,
    // no cookie, no identifier of the reader; a text that looked personal was refused before it got here.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('api_guide_feedback')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('slug', 'varchar(120)', (c) => c.notNull())
        .addColumn('locale', 'varchar(8)', (c) => c.notNull())
        .addColumn('helpful', 'integer', (c) => c.notNull())
        // At most 1,000 characters (checked before): text, so no dialect's varchar limit counts bytes.
        .addColumn('text', 'text')
        .execute();
      await db.schema
        .createIndex('api_guide_feedback_created_at')
        .on('api_guide_feedback')
        .columns(['created_at', 'slug'])
        .execute();
      await db.schema
        .createIndex('api_guide_feedback_slug_created_at')
        .on('api_guide_feedback')
        .columns(['slug', 'created_at'])
        .execute();
      await db.schema
        .createTable('api_guide_views')
        .addColumn('day', 'varchar(10)', (c) => c.notNull())
        .addColumn('locale', 'varchar(8)', (c) => c.notNull())
        .addColumn('slug', 'varchar(120)', (c) => c.notNull())
        .addColumn('views', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('api_guide_views_pk', ['day', 'locale', 'slug'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('api_guide_views').ifExists().execute();
      await db.schema.dropTable('api_guide_feedback').ifExists().execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...MIGRATIONS }) };

/** Brings the schema up to date; throws (with the failing migration's name) when a migration fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    // Own names: in a PostgreSQL database shared with the CMS, the bookkeeping tables say whose they are.
    migrationTableName: 'api_migrations',
    migrationLockTableName: 'api_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`operational database migration ${failed} failed`, { cause: error });
  }
}
