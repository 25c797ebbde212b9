import { randomUUID } from 'node:crypto';
import type { Logger } from '@neuvo/node-kit';
import type { z } from 'zod';
import {
  DomainError,
  OpenContactInputSchema,
  RevealReasonSchema,
  UpdateContactInputSchema,
  issueFieldPath,
  maskIdentityCode,
  parseIdentityCode,
  type ContactAuditAction,
  type ContactChannel,
  type ContactContentType,
  type ContactOutcomeCode,
  type ContactStatus,
  type OpenContactInput,
  type UpdateContactInput,
  type Urgency,
} from '../../models.js';
import type { AuditEventTable, ContactTable } from '../../db/schema.js';
import type { IdentityCrypto } from './identity-crypto.js';
import type { ReasonCategoryService } from './reason-categories.js';
import type { AuditEventRow, ContactChanges, ContactRow, ContactStore, PageAfter } from './store.js';

/** The signed-in staff member acting, as their session knows them. */
export interface Actor {
  readonly subject: string;
  readonly name: string;
  /** Written into audit events. */
  readonly requestId: string;
}

/** A contact as the api answers it: the identity code masked, never in clear. */
export interface Contact {
  readonly id: string;
  readonly version: number;
  readonly status: ContactStatus;
  readonly channel: ContactChannel;
  readonly region: string;
  readonly queueCode: string | null;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly agent: { readonly subject: string; readonly name: string };
  readonly citizen: {
    readonly identified: boolean;
    readonly name: string | null;
    readonly identityCodeMasked: string | null;
  };
  readonly reason: { readonly category: string | null; readonly text: string | null };
  readonly outcomes: readonly { readonly code: ContactOutcomeCode; readonly urgency: Urgency | null }[];
  readonly contentUsed: readonly {
    readonly type: ContactContentType;
    readonly documentId: string;
    readonly title: string;
  }[];
  readonly notes: string | null;
  readonly updatedAt: string;
}

/** One page of a list, newest first; `nextCursor` is null on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** A read of an identified person's data, for supervisors. */
export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly actorSubject: string;
  readonly actorName: string;
  readonly action: ContactAuditAction;
  readonly contactId: string;
  readonly reason: string | null;
}

/** The contact log. Callers check permissions; this module validates input and keeps the rules of the data. */
export interface ContactService {
  open(actor: Actor, input: unknown): Promise<Contact>;
  /** Refused with CONFLICT when `version` is not the latest or the contact is closed; never merged. */
  update(actor: Actor, id: string, version: number, input: unknown): Promise<Contact>;
  /** Ends the contact now; it must have at least one outcome. */
  close(actor: Actor, id: string, version: number): Promise<Contact>;
  /** One contact; opening an identified citizen's contact writes an audit event first. */
  get(actor: Actor, id: string): Promise<Contact>;
  /** The actor's own contacts, newest first (not audited: the actor logged them). */
  mine(actor: Actor, first: number, after: string | null): Promise<Page<Contact>>;
  /** Contacts of the citizen with exactly this identity code (newest first, at most 50); each found is audited. */
  findByIdentityCode(actor: Actor, identityCode: string): Promise<Contact[]>;
  /** The identity code in clear; writes the audit event (with the reason) before answering. */
  revealIdentityCode(actor: Actor, contactId: string, reason: unknown): Promise<string>;
  auditTrail(contactId: string | null, first: number, after: string | null): Promise<Page<AuditEvent>>;
  /** Contacts as answered, from rows read elsewhere (the casework's overdue list). */
  present(rows: readonly ContactRow[]): Contact[];
  /** Writes one audit event per contact read (lists of identified persons' data read outside this module). */
  recordReads(actor: Actor, action: ContactAuditAction, contactIds: readonly string[]): Promise<void>;
}

export interface ContactServiceOptions {
  readonly store: ContactStore;
  /** `null`: no keys configured, the contact log is off (every operation answers INTERNAL). */
  readonly crypto: IdentityCrypto | null;
  /** The CMS's code list a contact's reason category must be published in. */
  readonly reasonCategories: ReasonCategoryService;
  readonly logger: Logger;
  readonly now?: () => number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FIND_LIMIT = 50;
/** A contact may be logged as having started a little in the future (clocks of workstations differ). */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A VALIDATION_FAILED error naming the field (the message must not quote the value). */
export const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', message, { details: { field } });

/** Parses input with a content-models schema; the first problem becomes VALIDATION_FAILED naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issueFieldPath(issue.path, prefix) || prefix;
  // zod's messages here are our own (content-models), none quotes the value.
  throw invalid(field, `${field}: ${issue.message}`);
}

function contactId(id: string, field = 'id'): string {
  if (!UUID.test(id)) throw invalid(field, `${field} must be the id of a contact`);
  return id;
}

/** `first` of a paged list, checked to be 1…max. */
export function pageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw invalid('first', `first must be between 1 and ${max}`);
  return first;
}

/** The opaque `nextCursor` of a keyset page. */
export const encodeCursor = (after: PageAfter) =>
  Buffer.from(JSON.stringify([after.at, after.id])).toString('base64url');

/** Reads an `after` cursor the api returned; VALIDATION_FAILED (field `after`) for anything else. */
export function decodeCursor(cursor: string | null): PageAfter | null {
  if (cursor === null) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      value[0].length <= 32 &&
      UUID.test(value[1])
    )
      return { at: value[0], id: value[1] };
  } catch {
    // falls through to the refusal
  }
  throw invalid('after', 'after must be a nextCursor the api returned');
}

function parseJsonList<T>(text: string): T[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

export function createContactService(options: ContactServiceOptions): ContactService {
  const { store, logger, reasonCategories } = options;
  const now = options.now ?? Date.now;

  const crypto = (): IdentityCrypto => {
    if (options.crypto) return options.crypto;
    throw new DomainError(
      'CONFIG_INVALID',
      'The contact log is off: set CONTACT_ENCRYPTION_KEYS and CONTACT_INDEX_KEY.',
    );
  };

  /** The masked code of a row, or null when the key to read it is gone (logged by key id only). */
  function maskedCode(row: ContactRow): string | null {
    if (row.identity_cipher === null || row.identity_key_id === null) return null;
    try {
      return maskIdentityCode(
        crypto().open({ keyId: row.identity_key_id, cipher: row.identity_cipher }, row.id),
      );
    } catch (error) {
      logger.error('contact_identity_unreadable', { contactId: row.id, keyId: row.identity_key_id });
      if (error instanceof DomainError && error.code === 'CONFIG_INVALID') throw error;
      return null;
    }
  }

  function toContact(row: ContactRow): Contact {
    return {
      id: row.id,
      version: row.version,
      status: row.ended_at === null ? 'open' : 'closed',
      channel: row.channel as ContactChannel,
      region: row.region,
      queueCode: row.queue_code,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      agent: { subject: row.agent_subject, name: row.agent_name },
      citizen: {
        identified: row.citizen_name !== null,
        name: row.citizen_name,
        identityCodeMasked: maskedCode(row),
      },
      reason: { category: row.reason_category, text: row.reason_text },
      outcomes: parseJsonList<{ code: ContactOutcomeCode; urgency?: Urgency | null }>(row.outcomes).map(
        (o) => ({
          code: o.code,
          urgency: o.urgency ?? null,
        }),
      ),
      contentUsed: parseJsonList(row.content_used),
      notes: row.notes,
      updatedAt: row.updated_at,
    };
  }

  /** The columns of the input's fields that are present (`undefined` = leave as is). */
  function changesOf(id: string, input: UpdateContactInput | OpenContactInput): ContactChanges {
    const changes: ContactChanges = {};
    if (input.channel !== undefined) changes.channel = input.channel;
    if (input.region !== undefined) changes.region = input.region;
    if (input.queueCode !== undefined) changes.queue_code = input.queueCode ?? null;
    if (input.citizen !== undefined) {
      if (input.citizen === null) {
        Object.assign(changes, {
          citizen_name: null,
          identity_key_id: null,
          identity_cipher: null,
          identity_index: null,
        });
      } else {
        const sealed = crypto().seal(input.citizen.identityCode, id);
        Object.assign(changes, {
          citizen_name: input.citizen.name,
          identity_key_id: sealed.keyId,
          identity_cipher: sealed.cipher,
          identity_index: crypto().blindIndex(input.citizen.identityCode),
        });
      }
    }
    if (input.reason !== undefined) {
      changes.reason_category = input.reason?.category ?? null;
      const text = input.reason?.text?.trim();
      changes.reason_text = text ? text : null;
    }
    if (input.outcomes !== undefined)
      changes.outcomes = JSON.stringify(
        (input.outcomes ?? []).map((o) =>
          o.urgency ? { code: o.code, urgency: o.urgency } : { code: o.code },
        ),
      );
    if (input.contentUsed !== undefined) changes.content_used = JSON.stringify(input.contentUsed ?? []);
    if (input.notes !== undefined) changes.notes = input.notes?.trim() ? input.notes : null;
    return changes;
  }

  /**
   * Refuses a reason category that is not a published category of the CMS's code list. When the CMS cannot be reached
   * and no list is cached, the format-valid code is accepted (logged by the category service): a contact must be
   * loggable while the CMS is down.
   */
  async function checkReasonCategory(input: UpdateContactInput | OpenContactInput): Promise<void> {
    const category = input.reason?.category;
    if (!category) return;
    if ((await reasonCategories.check(category)) === 'unpublished')
      throw invalid(
        'input.reason.category',
        'input.reason.category: not a reason category of the code list (pick one of contactReasonCategories)',
      );
  }

  function refusal(refused: 'not-found' | 'stale' | 'closed'): DomainError {
    if (refused === 'not-found') return new DomainError('NOT_FOUND', 'No contact has this id.');
    if (refused === 'closed')
      return new DomainError('CONFLICT', 'The contact is closed and can no longer be changed.');
    return new DomainError(
      'CONFLICT',
      'Someone else changed this contact after you read it. Reload the contact and make your changes again; nothing was saved.',
    );
  }

  function audit(
    actor: Actor,
    action: ContactAuditAction,
    contactIds: readonly string[],
    reason: string | null,
  ) {
    const at = new Date(now()).toISOString();
    const rows: AuditEventTable[] = contactIds.map((id) => ({
      id: randomUUID(),
      at,
      actor_subject: actor.subject,
      actor_name: actor.name,
      action,
      contact_id: id,
      reason,
      request_id: actor.requestId,
    }));
    return store.insertAuditEvents(rows);
  }

  async function load(id: string, field = 'id'): Promise<ContactRow> {
    const row = await store.getContact(contactId(id, field));
    if (!row) throw new DomainError('NOT_FOUND', 'No contact has this id.');
    return row;
  }

  return {
    async open(actor, input) {
      crypto();
      const parsed = parseInput(OpenContactInputSchema, input, 'input');
      await checkReasonCategory(parsed);
      const at = now();
      let startedAt = new Date(at).toISOString();
      if (parsed.startedAt) {
        const started = Date.parse(parsed.startedAt);
        if (started > at + CLOCK_SKEW_MS)
          throw invalid('input.startedAt', 'input.startedAt is in the future');
        startedAt = new Date(started).toISOString();
      }
      const id = randomUUID();
      const timestamp = new Date(at).toISOString();
      const row: ContactTable = {
        id,
        version: 1,
        channel: parsed.channel,
        region: parsed.region,
        queue_code: null,
        started_at: startedAt,
        ended_at: null,
        agent_subject: actor.subject,
        agent_name: actor.name,
        citizen_name: null,
        identity_key_id: null,
        identity_cipher: null,
        identity_index: null,
        reason_category: null,
        reason_text: null,
        outcomes: '[]',
        content_used: '[]',
        notes: null,
        created_at: timestamp,
        updated_at: timestamp,
        updated_by_subject: actor.subject,
        ...changesOf(id, parsed),
      };
      // One INSERT: a contact is either written whole or not at all.
      await store.insertContact(row);
      return toContact(row);
    },

    async update(actor, id, version, input) {
      crypto();
      contactId(id);
      if (!Number.isInteger(version) || version < 1)
        throw invalid('version', 'version must be a version read');
      const parsed = parseInput(UpdateContactInputSchema, input, 'input');
      await checkReasonCategory(parsed);
      const changes: ContactChanges = {
        ...changesOf(id, parsed),
        updated_at: new Date(now()).toISOString(),
        updated_by_subject: actor.subject,
      };
      const result = await store.updateContact(id, version, changes);
      if ('refused' in result) throw refusal(result.refused);
      return toContact(result.row);
    },

    async close(actor, id, version) {
      crypto();
      if (!Number.isInteger(version) || version < 1)
        throw invalid('version', 'version must be a version read');
      const row = await load(id);
      if (row.version === version && row.ended_at === null && parseJsonList(row.outcomes).length === 0)
        throw invalid('outcomes', 'Add at least one outcome before closing the contact.');
      const timestamp = new Date(now()).toISOString();
      const result = await store.updateContact(id, version, {
        ended_at: timestamp,
        updated_at: timestamp,
        updated_by_subject: actor.subject,
      });
      if ('refused' in result) throw refusal(result.refused);
      return toContact(result.row);
    },

    async get(actor, id) {
      crypto();
      const row = await load(id);
      // The audit event is written before anything of the person is answered: no read without its trace.
      if (row.citizen_name !== null) await audit(actor, 'open_identified_contact', [row.id], null);
      return toContact(row);
    },

    async mine(actor, first, after) {
      crypto();
      const limit = pageSize(first, 100);
      const rows = await store.contactsOfAgent(actor.subject, limit + 1, decodeCursor(after));
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map(toContact),
        nextCursor: rows.length > limit && last ? encodeCursor({ at: last.started_at, id: last.id }) : null,
      };
    },

    async findByIdentityCode(actor, identityCode) {
      const c = crypto();
      const parsed = parseIdentityCode(identityCode);
      if (!parsed.ok)
        throw invalid('identityCode', 'identityCode is not a valid Finnish personal identity code');
      const rows = await store.contactsByIdentityIndex(c.blindIndex(parsed.code.normalised), FIND_LIMIT);
      await audit(
        actor,
        'find_by_identity_code',
        rows.map((r) => r.id),
        null,
      );
      return rows.map(toContact);
    },

    async revealIdentityCode(actor, id, reason) {
      const c = crypto();
      const why = parseInput(RevealReasonSchema, reason, 'reason');
      const row = await load(id, 'contactId');
      if (row.identity_cipher === null || row.identity_key_id === null)
        throw new DomainError('NOT_FOUND', 'This contact has no identity code.');
      const code = c.open({ keyId: row.identity_key_id, cipher: row.identity_cipher }, row.id);
      await audit(actor, 'reveal_identity_code', [row.id], why);
      return code;
    },

    async auditTrail(contactIdOrNull, first, after) {
      const limit = pageSize(first, 200);
      if (contactIdOrNull !== null) contactId(contactIdOrNull, 'contactId');
      const rows: AuditEventRow[] = await store.auditEvents(contactIdOrNull, limit + 1, decodeCursor(after));
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map((r) => ({
          id: r.id,
          at: r.at,
          actorSubject: r.actor_subject,
          actorName: r.actor_name,
          action: r.action as ContactAuditAction,
          contactId: r.contact_id,
          reason: r.reason,
        })),
        nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
      };
    },

    present(rows) {
      crypto();
      return rows.map(toContact);
    },

    async recordReads(actor, action, contactIds) {
      await audit(actor, action, [...new Set(contactIds)], null);
    },
  };
}
