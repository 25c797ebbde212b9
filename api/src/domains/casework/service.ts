import { randomUUID } from 'node:crypto';
import type { Logger } from '@neuvo/node-kit';
import {
  AgreeCallBackInputSchema,
  CALL_BACK_RESOLUTIONS,
  CaseworkCodeSchema,
  DomainError,
  InitiateServiceNeedAssessmentInputSchema,
  maskIdentityCode,
  type CallBackResolution,
  type CallBackState,
  type ContactStatus,
  type ServiceNeedAssessmentStatus,
  type ServiceNeedConsent,
  type ServiceNeedGround,
  type ServiceNeedSubject,
} from '../../models.js';
import type { CallBackTable, ServiceNeedAssessmentTable } from '../../db/schema.js';
import type { IdentityCrypto } from '../contacts/identity-crypto.js';
import {
  decodeCursor,
  encodeCursor,
  invalid,
  pageSize,
  parseInput,
  type Actor,
  type Contact,
  type ContactService,
  type Page,
} from '../contacts/service.js';
import type { ContactStore, WriteRefusal } from '../contacts/store.js';
import {
  accessToCareDeadline,
  lastWorkingDayEndBefore,
  localDate,
  timeLeftMinutes,
  workingDaysDeadline,
} from './clock.js';
import type { CaseworkRules } from './rules.js';
import type { CallBackRow, CaseworkStore, ServiceNeedAssessmentRow } from './store.js';

/** How much time a matter has left: its deadline (ISO 8601, UTC) and whole minutes to it (negative: overdue). */
export interface Clock {
  readonly deadline: string;
  readonly timeLeftMinutes: number;
}

/** Who initiated or agreed something. */
export interface Author {
  readonly subject: string;
  readonly name: string;
}

/** A service-need assessment as the api answers it: the person's identity code masked. */
export interface ServiceNeedAssessment extends Clock {
  readonly id: string;
  readonly version: number;
  readonly contactId: string;
  readonly region: string;
  readonly status: ServiceNeedAssessmentStatus;
  readonly subject: ServiceNeedSubject;
  readonly person: { readonly name: string; readonly identityCodeMasked: string | null };
  readonly grounds: { readonly code: ServiceNeedGround; readonly text: string | null };
  readonly consent: { readonly state: ServiceNeedConsent; readonly note: string | null };
  readonly receivingUnit: string;
  readonly pendingSince: string;
  readonly startedAt: string | null;
  readonly initiatedBy: Author;
  readonly createdAt: string;
}

/** A call-back as the api answers it. */
export interface CallBack extends Clock {
  readonly id: string;
  readonly version: number;
  readonly contactId: string;
  readonly region: string;
  readonly state: CallBackState;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly phoneNumber: string;
  readonly reason: string;
  readonly resolvedAt: string | null;
  readonly agreedBy: Author;
  readonly createdAt: string;
}

/** What is overdue in a region: open contacts, due call-backs and pending assessments past their deadline. */
export interface Overdue {
  readonly region: string;
  readonly contacts: readonly Contact[];
  readonly callBacks: readonly CallBack[];
  readonly serviceNeedAssessments: readonly ServiceNeedAssessment[];
}

/** Casework from contacts. Callers check permissions; this module validates input and keeps the rules. */
export interface CaseworkService {
  /** Initiates a service-need assessment from a contact; its deadline is computed now with the rules in force. */
  initiateServiceNeedAssessment(
    actor: Actor,
    contactId: string,
    input: unknown,
  ): Promise<ServiceNeedAssessment>;
  /** The receiving unit has started the assessment; refused with CONFLICT when stale or no longer pending. */
  startServiceNeedAssessment(actor: Actor, id: string, version: number): Promise<ServiceNeedAssessment>;
  /** Pending assessments of a unit and/or region, nearest deadline first; each identified person's read is audited. */
  pendingServiceNeedAssessments(
    actor: Actor,
    filter: { unit: string | null; region: string | null },
    first: number,
    after: string | null,
  ): Promise<Page<ServiceNeedAssessment>>;
  /** Agrees a call-back from a contact, in the contact's region's queue. */
  agreeCallBack(actor: Actor, contactId: string, input: unknown): Promise<CallBack>;
  /** Marks a due call-back done or cancelled; refused with CONFLICT when stale or no longer due. */
  resolveCallBack(actor: Actor, id: string, version: number, state: string): Promise<CallBack>;
  /** A region's due call-backs, earliest window first. */
  dueCallBacks(region: string, first: number, after: string | null): Promise<Page<CallBack>>;
  /** What is overdue in a region now (at most {@link OVERDUE_LIMIT} of each kind); reads of persons are audited. */
  overdue(actor: Actor, region: string): Promise<Overdue>;
  /** The access-to-care clock of a contact; null once it is closed. */
  contactClock(contact: { startedAt: string; status: ContactStatus }): Clock | null;
  assessmentsOfContact(contactId: string): Promise<ServiceNeedAssessment[]>;
  callBacksOfContact(contactId: string): Promise<CallBack[]>;
}

export interface CaseworkServiceOptions {
  readonly store: CaseworkStore;
  readonly contactStore: ContactStore;
  readonly contacts: ContactService;
  /** `null`: no keys configured, the contact log and its casework are off. */
  readonly crypto: IdentityCrypto | null;
  readonly rules: CaseworkRules;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** Most items of each kind in the overdue list. */
export const OVERDUE_LIMIT = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A call-back window may be agreed as having begun a little earlier (the agent types while talking). */
const WINDOW_PAST_SLACK_MS = 15 * 60_000;

function recordId(id: string, field: string, what: string): string {
  if (!UUID.test(id)) throw invalid(field, `${field} must be the id of ${what}`);
  return id;
}

function versionRead(version: number): number {
  if (!Number.isInteger(version) || version < 1) throw invalid('version', 'version must be a version read');
  return version;
}

function codeFilter(value: string, field: string): string {
  const parsed = CaseworkCodeSchema.safeParse(value);
  if (!parsed.success) throw invalid(field, `${field} must be a code (lower-case letters, digits, _ and -)`);
  return parsed.data;
}

function refusal(refused: WriteRefusal, what: string, state: string): DomainError {
  if (refused === 'not-found') return new DomainError('NOT_FOUND', `No ${what} has this id.`);
  if (refused === 'closed')
    return new DomainError('CONFLICT', `The ${what} is ${state} and can no longer be changed.`);
  return new DomainError(
    'CONFLICT',
    `Someone else changed this ${what} after you read it. Reload it and try again; nothing was saved.`,
  );
}

export function createCaseworkService(options: CaseworkServiceOptions): CaseworkService {
  const { store, contactStore, contacts, rules, logger } = options;
  const now = options.now ?? Date.now;
  const iso = (instant: number) => new Date(instant).toISOString();

  const crypto = (): IdentityCrypto => {
    if (options.crypto) return options.crypto;
    throw new DomainError(
      'CONFIG_INVALID',
      'The contact log is off: set CONTACT_ENCRYPTION_KEYS and CONTACT_INDEX_KEY.',
    );
  };

  const clockOf = (deadline: number, at: number): Clock => ({
    deadline: iso(deadline),
    timeLeftMinutes: timeLeftMinutes(deadline, at),
  });

  function toAssessment(row: ServiceNeedAssessmentRow, at: number): ServiceNeedAssessment {
    let identityCodeMasked: string | null = null;
    try {
      identityCodeMasked = maskIdentityCode(
        crypto().open({ keyId: row.identity_key_id, cipher: row.identity_cipher }, row.id),
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CONFIG_INVALID') throw error;
      logger.error('assessment_identity_unreadable', { assessmentId: row.id, keyId: row.identity_key_id });
    }
    return {
      id: row.id,
      version: row.version,
      contactId: row.contact_id,
      region: row.region,
      status: row.status as ServiceNeedAssessmentStatus,
      subject: row.subject as ServiceNeedSubject,
      person: { name: row.person_name, identityCodeMasked },
      grounds: { code: row.grounds_code as ServiceNeedGround, text: row.grounds_text },
      consent: { state: row.consent as ServiceNeedConsent, note: row.consent_note },
      receivingUnit: row.receiving_unit,
      pendingSince: row.pending_since,
      startedAt: row.started_at,
      initiatedBy: { subject: row.created_by_subject, name: row.created_by_name },
      createdAt: row.created_at,
      ...clockOf(Date.parse(row.deadline_at), at),
    };
  }

  const toCallBack = (row: CallBackRow, at: number): CallBack => ({
    id: row.id,
    version: row.version,
    contactId: row.contact_id,
    region: row.region,
    state: row.state as CallBackState,
    windowStart: row.window_start,
    windowEnd: row.window_end,
    phoneNumber: row.phone_number,
    reason: row.reason,
    resolvedAt: row.resolved_at,
    agreedBy: { subject: row.created_by_subject, name: row.created_by_name },
    createdAt: row.created_at,
    ...clockOf(Date.parse(row.window_end), at),
  });

  async function contactOf(id: string) {
    const row = await contactStore.getContact(recordId(id, 'contactId', 'a contact'));
    if (!row) throw new DomainError('NOT_FOUND', 'No contact has this id.');
    return row;
  }

  return {
    async initiateServiceNeedAssessment(actor, contactId, input) {
      const c = crypto();
      const parsed = parseInput(InitiateServiceNeedAssessmentInputSchema, input, 'input');
      const contact = await contactOf(contactId);
      const at = now();
      const today = localDate(at, rules.hours.timeZone);
      const pendingSince = parsed.pendingSince ?? today;
      if (pendingSince > today) throw invalid('input.pendingSince', 'input.pendingSince is in the future');

      const id = randomUUID();
      let person: { name: string; identityCode: string };
      if (parsed.subject === 'other_person') {
        person = parsed.person!;
      } else {
        if (
          contact.citizen_name === null ||
          contact.identity_cipher === null ||
          contact.identity_key_id === null
        )
          throw invalid(
            'input.subject',
            'input.subject: the contact is anonymous; identify the citizen first or name the person',
          );
        // Copied, not referenced: the assessment keeps whose need it is even if the contact is edited later.
        person = {
          name: contact.citizen_name,
          identityCode: c.open(
            { keyId: contact.identity_key_id, cipher: contact.identity_cipher },
            contact.id,
          ),
        };
      }
      const sealed = c.seal(person.identityCode, id);
      const deadline = workingDaysDeadline(
        pendingSince,
        rules.serviceNeedWorkingDays(parsed.grounds.code),
        rules.hours,
      );
      const timestamp = iso(at);
      const row: ServiceNeedAssessmentTable = {
        id,
        version: 1,
        contact_id: contact.id,
        region: contact.region,
        subject: parsed.subject,
        person_name: person.name,
        identity_key_id: sealed.keyId,
        identity_cipher: sealed.cipher,
        identity_index: c.blindIndex(person.identityCode),
        grounds_code: parsed.grounds.code,
        grounds_text: parsed.grounds.text ?? null,
        consent: parsed.consent.state,
        consent_note: parsed.consent.note ?? null,
        receiving_unit: parsed.receivingUnit,
        pending_since: pendingSince,
        deadline_at: iso(deadline),
        status: 'pending',
        started_at: null,
        created_at: timestamp,
        created_by_subject: actor.subject,
        created_by_name: actor.name,
        updated_at: timestamp,
        updated_by_subject: actor.subject,
      };
      // One INSERT: written whole or not at all.
      await store.insertAssessment(row);
      return toAssessment(row, at);
    },

    async startServiceNeedAssessment(actor, id, version) {
      crypto();
      recordId(id, 'id', 'a service-need assessment');
      versionRead(version);
      const at = now();
      const result = await store.startAssessment(id, version, iso(at), actor.subject);
      if ('refused' in result) throw refusal(result.refused, 'service-need assessment', 'already started');
      return toAssessment(result.row, at);
    },

    async pendingServiceNeedAssessments(actor, filter, first, after) {
      crypto();
      const limit = pageSize(first, 100);
      if (filter.unit === null && filter.region === null)
        throw invalid('unit', 'give the receiving unit, the region or both');
      const unit = filter.unit === null ? null : codeFilter(filter.unit, 'unit');
      const region = filter.region === null ? null : codeFilter(filter.region, 'region');
      const rows = await store.pendingAssessments({ unit, region }, limit + 1, decodeCursor(after));
      const items = rows.slice(0, limit);
      // Written before anything of the persons is answered.
      await contacts.recordReads(
        actor,
        'list_casework',
        items.map((r) => r.contact_id),
      );
      const at = now();
      const last = items.at(-1);
      return {
        items: items.map((r) => toAssessment(r, at)),
        nextCursor: rows.length > limit && last ? encodeCursor({ at: last.deadline_at, id: last.id }) : null,
      };
    },

    async agreeCallBack(actor, contactId, input) {
      crypto();
      const parsed = parseInput(AgreeCallBackInputSchema, input, 'input');
      const contact = await contactOf(contactId);
      const at = now();
      if (Date.parse(parsed.windowEnd) <= at)
        throw invalid('input.windowEnd', 'input.windowEnd has already passed');
      if (Date.parse(parsed.windowStart) < at - WINDOW_PAST_SLACK_MS)
        throw invalid('input.windowStart', 'input.windowStart is in the past');
      const timestamp = iso(at);
      const row: CallBackTable = {
        id: randomUUID(),
        version: 1,
        contact_id: contact.id,
        region: contact.region,
        window_start: iso(Date.parse(parsed.windowStart)),
        window_end: iso(Date.parse(parsed.windowEnd)),
        phone_number: parsed.phoneNumber,
        reason: parsed.reason,
        state: 'due',
        resolved_at: null,
        created_at: timestamp,
        created_by_subject: actor.subject,
        created_by_name: actor.name,
        updated_at: timestamp,
        updated_by_subject: actor.subject,
      };
      await store.insertCallBack(row);
      return toCallBack(row, at);
    },

    async resolveCallBack(actor, id, version, state) {
      crypto();
      recordId(id, 'id', 'a call-back');
      versionRead(version);
      if (!(CALL_BACK_RESOLUTIONS as readonly string[]).includes(state))
        throw invalid('state', 'state must be done or cancelled');
      const at = now();
      const result = await store.resolveCallBack(
        id,
        version,
        state as CallBackResolution,
        iso(at),
        actor.subject,
      );
      if ('refused' in result) throw refusal(result.refused, 'call-back', 'already done or cancelled');
      return toCallBack(result.row, at);
    },

    async dueCallBacks(region, first, after) {
      crypto();
      const limit = pageSize(first, 100);
      const rows = await store.dueCallBacks(codeFilter(region, 'region'), limit + 1, decodeCursor(after));
      const items = rows.slice(0, limit);
      const at = now();
      const last = items.at(-1);
      return {
        items: items.map((r) => toCallBack(r, at)),
        nextCursor: rows.length > limit && last ? encodeCursor({ at: last.window_start, id: last.id }) : null,
      };
    },

    async overdue(actor, regionInput) {
      crypto();
      const region = codeFilter(regionInput, 'region');
      const at = now();
      const threshold = lastWorkingDayEndBefore(at, rules.hours);
      const [contactRows, callBackRows, assessmentRows] = await Promise.all([
        threshold === null ? [] : store.openContactsStartedBefore(region, iso(threshold), OVERDUE_LIMIT),
        store.overdueCallBacks(region, iso(at), OVERDUE_LIMIT),
        store.overdueAssessments(region, iso(at), OVERDUE_LIMIT),
      ]);
      await contacts.recordReads(actor, 'list_casework', [
        ...contactRows.filter((r) => r.citizen_name !== null).map((r) => r.id),
        ...assessmentRows.map((r) => r.contact_id),
      ]);
      return {
        region,
        contacts: contacts.present(contactRows),
        callBacks: callBackRows.map((r) => toCallBack(r, at)),
        serviceNeedAssessments: assessmentRows.map((r) => toAssessment(r, at)),
      };
    },

    contactClock(contact) {
      if (contact.status !== 'open') return null;
      return clockOf(accessToCareDeadline(Date.parse(contact.startedAt), rules.hours), now());
    },

    async assessmentsOfContact(contactId) {
      const at = now();
      return (await store.assessmentsOfContact(contactId)).map((r) => toAssessment(r, at));
    },

    async callBacksOfContact(contactId) {
      const at = now();
      return (await store.callBacksOfContact(contactId)).map((r) => toCallBack(r, at));
    },
  };
}
