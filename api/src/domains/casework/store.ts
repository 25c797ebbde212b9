import type { Kysely, Selectable } from 'kysely';
import type { CallBackTable, ContactTable, Database, ServiceNeedAssessmentTable } from '../../db/schema.js';
import type { PageAfter, WriteRefusal } from '../contacts/store.js';

/** A stored service-need assessment. */
export type ServiceNeedAssessmentRow = Selectable<ServiceNeedAssessmentTable>;
/** A stored call-back. */
export type CallBackRow = Selectable<CallBackTable>;
/** A stored contact. */
export type ContactRow = Selectable<ContactTable>;

/** Which pending assessments to list: of a receiving unit, a region, or both. */
export interface PendingFilter {
  readonly unit: string | null;
  readonly region: string | null;
}

/** SQL of the casework that follows from contacts. */
export interface CaseworkStore {
  insertAssessment(row: ServiceNeedAssessmentTable): Promise<void>;
  getAssessment(id: string): Promise<ServiceNeedAssessmentRow | undefined>;
  assessmentsOfContact(contactId: string): Promise<ServiceNeedAssessmentRow[]>;
  /** Pending assessments, nearest deadline first. */
  pendingAssessments(
    filter: PendingFilter,
    limit: number,
    after: PageAfter | null,
  ): Promise<ServiceNeedAssessmentRow[]>;
  /**
   * Marks a pending assessment started only if it is still at `version` and pending: one statement, so of two
   * writers based on the same version one fails.
   */
  startAssessment(
    id: string,
    version: number,
    at: string,
    subject: string,
  ): Promise<{ row: ServiceNeedAssessmentRow } | { refused: WriteRefusal }>;

  insertCallBack(row: CallBackTable): Promise<void>;
  callBacksOfContact(contactId: string): Promise<CallBackRow[]>;
  /** A region's due call-backs, earliest window first. */
  dueCallBacks(region: string, limit: number, after: PageAfter | null): Promise<CallBackRow[]>;
  /** Sets a due call-back's state only if it is still at `version` and due (the same one-statement check). */
  resolveCallBack(
    id: string,
    version: number,
    state: string,
    at: string,
    subject: string,
  ): Promise<{ row: CallBackRow } | { refused: WriteRefusal }>;

  /** Open contacts of a region that started before `before`, oldest first. */
  openContactsStartedBefore(region: string, before: string, limit: number): Promise<ContactRow[]>;
  /** Pending assessments of a region whose deadline is before `now`, oldest deadline first. */
  overdueAssessments(region: string, now: string, limit: number): Promise<ServiceNeedAssessmentRow[]>;
  /** Due call-backs of a region whose window ended before `now`, earliest first. */
  overdueCallBacks(region: string, now: string, limit: number): Promise<CallBackRow[]>;
}

export function createCaseworkStore(db: Kysely<Database>): CaseworkStore {
  const getAssessment = (id: string) =>
    db.selectFrom('api_service_need_assessments').selectAll().where('id', '=', id).executeTakeFirst();
  const getCallBack = (id: string) =>
    db.selectFrom('api_call_backs').selectAll().where('id', '=', id).executeTakeFirst();

  /** Why a versioned write changed nothing: the row is gone, newer, or no longer in the state the write needs. */
  const refusalOf = (current: { version: number } | undefined, version: number): WriteRefusal => {
    if (!current) return 'not-found';
    return current.version !== version ? 'stale' : 'closed';
  };

  return {
    async insertAssessment(row) {
      await db.insertInto('api_service_need_assessments').values(row).execute();
    },

    getAssessment,

    assessmentsOfContact(contactId) {
      return db
        .selectFrom('api_service_need_assessments')
        .selectAll()
        .where('contact_id', '=', contactId)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
    },

    pendingAssessments(filter, limit, after) {
      let query = db.selectFrom('api_service_need_assessments').selectAll().where('status', '=', 'pending');
      if (filter.unit !== null) query = query.where('receiving_unit', '=', filter.unit);
      if (filter.region !== null) query = query.where('region', '=', filter.region);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('deadline_at', '>', after.at),
            eb.and([eb('deadline_at', '=', after.at), eb('id', '>', after.id)]),
          ]),
        );
      return query.orderBy('deadline_at', 'asc').orderBy('id', 'asc').limit(limit).execute();
    },

    async startAssessment(id, version, at, subject) {
      const result = await db
        .updateTable('api_service_need_assessments')
        .set({
          status: 'started',
          started_at: at,
          updated_at: at,
          updated_by_subject: subject,
          version: version + 1,
        })
        .where('id', '=', id)
        .where('version', '=', version)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      const row = await getAssessment(id);
      if (Number(result.numUpdatedRows) === 1 && row) return { row };
      return { refused: refusalOf(row, version) };
    },

    async insertCallBack(row) {
      await db.insertInto('api_call_backs').values(row).execute();
    },

    callBacksOfContact(contactId) {
      return db
        .selectFrom('api_call_backs')
        .selectAll()
        .where('contact_id', '=', contactId)
        .orderBy('window_start', 'asc')
        .orderBy('id', 'asc')
        .execute();
    },

    dueCallBacks(region, limit, after) {
      let query = db
        .selectFrom('api_call_backs')
        .selectAll()
        .where('region', '=', region)
        .where('state', '=', 'due');
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('window_start', '>', after.at),
            eb.and([eb('window_start', '=', after.at), eb('id', '>', after.id)]),
          ]),
        );
      return query.orderBy('window_start', 'asc').orderBy('id', 'asc').limit(limit).execute();
    },

    async resolveCallBack(id, version, state, at, subject) {
      const result = await db
        .updateTable('api_call_backs')
        .set({ state, resolved_at: at, updated_at: at, updated_by_subject: subject, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .where('state', '=', 'due')
        .executeTakeFirst();
      const row = await getCallBack(id);
      if (Number(result.numUpdatedRows) === 1 && row) return { row };
      return { refused: refusalOf(row, version) };
    },

    openContactsStartedBefore(region, before, limit) {
      return db
        .selectFrom('api_contacts')
        .selectAll()
        .where('region', '=', region)
        .where('ended_at', 'is', null)
        .where('started_at', '<', before)
        .orderBy('started_at', 'asc')
        .orderBy('id', 'asc')
        .limit(limit)
        .execute();
    },

    overdueAssessments(region, now, limit) {
      return db
        .selectFrom('api_service_need_assessments')
        .selectAll()
        .where('region', '=', region)
        .where('status', '=', 'pending')
        .where('deadline_at', '<', now)
        .orderBy('deadline_at', 'asc')
        .orderBy('id', 'asc')
        .limit(limit)
        .execute();
    },

    overdueCallBacks(region, now, limit) {
      return db
        .selectFrom('api_call_backs')
        .selectAll()
        .where('region', '=', region)
        .where('state', '=', 'due')
        .where('window_end', '<', now)
        .orderBy('window_end', 'asc')
        .orderBy('id', 'asc')
        .limit(limit)
        .execute();
    },
  };
}
