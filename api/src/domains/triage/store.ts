import type { Kysely, Selectable } from 'kysely';
import type { Database, TriageAssessmentTable, TriageProtocolSnapshotTable } from '../../db/schema.js';
import {
  createContactStore,
  type ContactChanges,
  type ContactRow,
  type WriteRefusal,
} from '../contacts/store.js';

/** A stored care-need assessment. */
export type TriageAssessmentRow = Selectable<TriageAssessmentTable>;
/** A stored protocol snapshot. */
export type TriageProtocolSnapshotRow = Selectable<TriageProtocolSnapshotTable>;

/** Everything one recorded assessment writes, in one transaction. */
export interface TriageRecordWrite {
  /** The snapshot the assessment uses: inserted unless a row with its documentId, version and hash exists. */
  readonly snapshot: TriageProtocolSnapshotTable;
  /** `snapshot_id` is replaced by the id of the stored snapshot. */
  readonly assessment: TriageAssessmentTable;
  readonly contactId: string;
  readonly contactVersion: number;
  /** The contact's new fields, computed from the contact as it was at `contactVersion`. */
  readonly contactChanges: ContactChanges;
}

/** What {@link TriageStore.record} wrote. */
export interface TriageRecorded {
  readonly contact: ContactRow;
  readonly assessment: TriageAssessmentRow;
  readonly snapshot: TriageProtocolSnapshotRow;
  /** True when the snapshot row was made by this write. */
  readonly snapshotCreated: boolean;
  /** Hashes of the other snapshots of the same documentId and version (content changed under one version). */
  readonly otherHashes: readonly string[];
}

/** SQL of care-need assessments and the protocol snapshots they are read from. */
export interface TriageStore {
  /**
   * Writes the snapshot (if new), the assessment and the contact's change in one transaction. The contact is changed
   * only if it is still at `contactVersion` and open; otherwise nothing at all is written and the refusal is returned.
   */
  record(write: TriageRecordWrite): Promise<TriageRecorded | { refused: WriteRefusal }>;
  getAssessment(id: string): Promise<TriageAssessmentRow | undefined>;
  /** A contact's assessments, oldest first. */
  assessmentsOfContact(contactId: string): Promise<TriageAssessmentRow[]>;
  /** Snapshots by id. */
  snapshots(ids: readonly string[]): Promise<Map<string, TriageProtocolSnapshotRow>>;
}

/** Thrown inside the transaction to roll it back; never leaves this module. */
class Refused extends Error {
  constructor(readonly refused: WriteRefusal) {
    super(refused);
  }
}

export function createTriageStore(db: Kysely<Database>): TriageStore {
  return {
    async record(write) {
      try {
        return await db.transaction().execute(async (trx) => {
          // The contact first: a stale or closed contact stops the write before anything is inserted.
          const updated = await createContactStore(trx).updateContact(
            write.contactId,
            write.contactVersion,
            write.contactChanges,
          );
          if ('refused' in updated) throw new Refused(updated.refused);

          const { snapshot } = write;
          const inserted = await trx
            .insertInto('api_triage_protocol_snapshots')
            .values(snapshot)
            // Two first uses at once: the second keeps the first's row.
            .onConflict((oc) => oc.columns(['document_id', 'version', 'content_hash']).doNothing())
            .executeTakeFirst();
          const sameVersion = await trx
            .selectFrom('api_triage_protocol_snapshots')
            .selectAll()
            .where('document_id', '=', snapshot.document_id)
            .where('version', '=', snapshot.version)
            .execute();
          const stored = sameVersion.find((s) => s.content_hash === snapshot.content_hash);
          if (!stored) throw new Error('protocol snapshot missing after insert');

          const assessment = { ...write.assessment, snapshot_id: stored.id };
          await trx.insertInto('api_triage_assessments').values(assessment).execute();
          return {
            contact: updated.row,
            assessment,
            snapshot: stored,
            snapshotCreated:
              Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1 && stored.id === snapshot.id,
            otherHashes: sameVersion.filter((s) => s.id !== stored.id).map((s) => s.content_hash),
          };
        });
      } catch (error) {
        if (error instanceof Refused) return { refused: error.refused };
        throw error;
      }
    },

    getAssessment(id) {
      return db.selectFrom('api_triage_assessments').selectAll().where('id', '=', id).executeTakeFirst();
    },

    assessmentsOfContact(contactId) {
      return db
        .selectFrom('api_triage_assessments')
        .selectAll()
        .where('contact_id', '=', contactId)
        .orderBy('performed_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
    },

    async snapshots(ids) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const rows = await db
        .selectFrom('api_triage_protocol_snapshots')
        .selectAll()
        .where('id', 'in', unique)
        .execute();
      return new Map(rows.map((r) => [r.id, r]));
    },
  };
}
