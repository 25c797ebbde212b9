import { randomUUID } from 'node:crypto';
import type { Logger } from '@neuvo/node-kit';
import {
  DomainError,
  evaluateTriage,
  LOCAL_ID_PATTERN,
  matchesCondition,
  pickText,
  RecordTriageAssessmentInputSchema,
  type ContactContentType,
  type ContactOutcomeCode,
  type Locale,
  type TriageAnswerValue,
  type Urgency,
} from '../../models.js';
import type { AgentContentReader } from '../content/agent-content.js';
import type { IdentityCrypto } from '../contacts/identity-crypto.js';
import { invalid, parseInput, type Actor, type Contact, type ContactService } from '../contacts/service.js';
import type { ContactRow, ContactStore } from '../contacts/store.js';
import { toFhirBundle } from './fhir.js';
import {
  parseSnapshot,
  serialiseSnapshot,
  snapshotContentOf,
  type SnapshotContent,
  type StoredAnswer,
} from './snapshot.js';
import type { TriageAssessmentRow, TriageProtocolSnapshotRow, TriageStore } from './store.js';

/** One answer as the api answers it: texts from the assessment's protocol snapshot, in its locale. */
export interface TriageAssessmentAnswer {
  readonly questionId: string;
  /** The question's text. */
  readonly question: string;
  /** The value as sent: `true`/`false`, an option's value, a decimal number. */
  readonly value: string;
  /** The answer as read: yes/no, the option's label, the number with its unit. */
  readonly answer: string;
}

/** A care-need assessment as the api answers it. */
export interface TriageAssessment {
  readonly id: string;
  readonly contactId: string;
  /** The contact, when known to the caller already (after the write, or the contact being read). */
  readonly contact: Contact | null;
  readonly protocol: {
    readonly documentId: string;
    readonly code: string;
    readonly version: number;
    readonly complaint: string;
  };
  readonly locale: Locale;
  readonly answers: readonly TriageAssessmentAnswer[];
  /** Reasons of the red flags whose condition held. */
  readonly redFlagsTriggered: readonly string[];
  readonly computedUrgency: Urgency;
  readonly finalUrgency: Urgency;
  readonly override: { readonly urgency: Urgency; readonly reason: string } | null;
  /** Advice of the protocol's outcome for the final urgency; null when the protocol has none for it. */
  readonly advice: string | null;
  readonly disposition: { readonly kind: 'service' | 'queue' | 'guide'; readonly target: string } | null;
  readonly performedBy: { readonly subject: string; readonly name: string };
  readonly performedAt: string;
}

/** Care-need assessments on contacts. Callers check permissions; this module keeps the rules. */
export interface TriageService {
  /**
   * Decides the assessment on the published protocol as the CMS serves it now, and saves it with the contact's change
   * (outcome `triage_performed` with the final urgency, the protocol in the content used) in one transaction.
   */
  record(actor: Actor, contactId: string, contactVersion: number, input: unknown): Promise<TriageAssessment>;
  /** The assessments of a contact already answered to the caller, oldest first. */
  assessmentsOfContact(contact: Contact): Promise<TriageAssessment[]>;
  /**
   * The assessment as a FHIR R4 Bundle (JSON text). For an identified citizen the identity code is in it, and an
   * audit event is written before it is answered.
   */
  fhirBundle(actor: Actor, id: string): Promise<string>;
}

export interface TriageServiceOptions {
  readonly store: TriageStore;
  readonly contactStore: ContactStore;
  readonly contacts: ContactService;
  readonly content: Pick<AgentContentReader, 'triageProtocolSource'>;
  /** `null`: the contact log is off. */
  readonly crypto: IdentityCrypto | null;
  readonly logger: Logger;
  readonly now?: () => number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;

/** How a yes/no answer reads in each locale. */
const YES_NO: Readonly<Record<Locale, { readonly yes: string; readonly no: string }>> = {
  fi: { yes: 'Kyllä', no: 'Ei' },
  sv: { yes: 'Ja', no: 'Nej' },
  en: { yes: 'Yes', no: 'No' },
};

function parseJsonList<T>(text: string): T[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * The answers, checked against the protocol's questions and typed for the evaluator: an unknown question, a second
 * answer to one question, a value of the wrong kind or out of range is VALIDATION_FAILED naming `answers.<id>`.
 */
function typedAnswers(
  content: SnapshotContent,
  answers: readonly { questionId: string; value: string }[],
): StoredAnswer[] {
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  const typed = new Map<string, TriageAnswerValue>();
  answers.forEach(({ questionId, value }, i) => {
    // Messages never quote what was sent; an id that could not be a question's is not echoed in the field path either.
    if (!LOCAL_ID_PATTERN.test(questionId))
      throw invalid(`answers[${i}].questionId`, 'questionId is not a question of this protocol');
    const field = `answers.${questionId}`;
    const question = questions.get(questionId);
    if (!question) throw invalid(field, 'This protocol has no such question.');
    if (typed.has(questionId)) throw invalid(field, 'The question is answered twice.');
    switch (question.type) {
      case 'boolean':
        if (value !== 'true' && value !== 'false')
          throw invalid(field, 'A yes/no question is answered true or false.');
        typed.set(questionId, value === 'true');
        return;
      case 'choice':
        if (!question.options.some((o) => o.value === value))
          throw invalid(field, "The answer is not one of the question's options.");
        typed.set(questionId, value);
        return;
      case 'number': {
        if (!DECIMAL.test(value)) throw invalid(field, 'The answer must be a decimal number.');
        const n = Number(value);
        if (
          (question.min !== undefined && n < question.min) ||
          (question.max !== undefined && n > question.max)
        )
          throw invalid(
            field,
            `The answer must be between ${question.min ?? '-∞'} and ${question.max ?? '∞'}.`,
          );
        typed.set(questionId, n);
        return;
      }
    }
  });
  // Protocol order, whatever order they were sent in.
  return content.questions.flatMap((q) =>
    typed.has(q.id) ? [{ questionId: q.id, value: typed.get(q.id)! }] : [],
  );
}

export function createTriageService(options: TriageServiceOptions): TriageService {
  const { store, contactStore, contacts, content, logger } = options;
  const now = options.now ?? Date.now;

  const crypto = (): IdentityCrypto => {
    if (options.crypto) return options.crypto;
    throw new DomainError(
      'CONFIG_INVALID',
      'The contact log is off: set CONTACT_ENCRYPTION_KEYS and CONTACT_INDEX_KEY.',
    );
  };

  function present(
    row: TriageAssessmentRow,
    snapshot: TriageProtocolSnapshotRow,
    contact: Contact | null,
  ): TriageAssessment {
    const locale = row.locale as Locale;
    const c = parseSnapshot(snapshot.content);
    const text = (t: Parameters<typeof pickText>[0]) => pickText(t, locale);
    const questions = new Map(c.questions.map((q) => [q.id, q]));
    const flags = new Map(c.redFlags.map((f) => [f.id, f]));
    const finalUrgency = row.final_urgency as Urgency;
    const outcome = c.outcomes.find((o) => o.urgency === finalUrgency);
    const d = outcome?.disposition;
    return {
      id: row.id,
      contactId: row.contact_id,
      contact,
      protocol: {
        documentId: snapshot.document_id,
        code: c.code,
        version: c.version,
        complaint: text(c.complaint),
      },
      locale,
      answers: parseJsonList<StoredAnswer>(row.answers).map((a) => {
        const q = questions.get(a.questionId);
        let answer = String(a.value);
        if (typeof a.value === 'boolean') answer = a.value ? YES_NO[locale].yes : YES_NO[locale].no;
        else if (q?.type === 'choice')
          answer = text(q.options.find((o) => o.value === a.value)?.label) || answer;
        else if (q?.type === 'number' && q.unit) answer = `${a.value} ${q.unit}`;
        return { questionId: a.questionId, question: text(q?.text), value: String(a.value), answer };
      }),
      redFlagsTriggered: parseJsonList<string>(row.red_flags).flatMap((id) => {
        const flag = flags.get(id);
        return flag ? [text(flag.reason)] : [];
      }),
      computedUrgency: row.computed_urgency as Urgency,
      finalUrgency,
      override: row.override_reason !== null ? { urgency: finalUrgency, reason: row.override_reason } : null,
      advice: outcome ? text(outcome.advice) : null,
      disposition: d
        ? {
            kind: d.kind,
            target: d.kind === 'service' ? d.serviceSlug : d.kind === 'guide' ? d.guideSlug : d.queueCode,
          }
        : null,
      performedBy: { subject: row.performed_by_subject, name: row.performed_by_name },
      performedAt: row.performed_at,
    };
  }

  async function loadContact(id: string, field: string): Promise<ContactRow> {
    if (!UUID.test(id)) throw invalid(field, `${field} must be the id of a contact`);
    const row = await contactStore.getContact(id);
    if (!row) throw new DomainError('NOT_FOUND', 'No contact has this id.');
    return row;
  }

  const staleContact = () =>
    new DomainError(
      'CONFLICT',
      'Someone else changed this contact after you read it. Reload the contact and save the assessment again; nothing was saved.',
    );
  const closedContact = () =>
    new DomainError('CONFLICT', 'The contact is closed and can no longer be changed.');

  return {
    async record(actor, contactId, contactVersion, input) {
      crypto();
      if (!Number.isInteger(contactVersion) || contactVersion < 1)
        throw invalid('contactVersion', 'contactVersion must be a version read');
      const parsed = parseInput(RecordTriageAssessmentInputSchema, input, '');
      const contact = await loadContact(contactId, 'contactId');
      // Refused before the CMS is asked; the transaction checks the version again.
      if (contact.version !== contactVersion) throw staleContact();
      if (contact.ended_at !== null) throw closedContact();

      const source = await content.triageProtocolSource(parsed.protocolId);
      if (!source)
        throw new DomainError('NOT_FOUND', 'No published triage protocol has this id.', {
          details: { field: 'protocolId' },
        });
      if (source.version !== parsed.protocolVersion)
        throw new DomainError(
          'CONFLICT',
          'The protocol changed while you were assessing: reload it and assess again; nothing was saved.',
          { details: { field: 'protocolVersion', currentVersion: source.version } },
        );
      const snapshotContent = snapshotContentOf(source);
      const answers = typedAnswers(snapshotContent, parsed.answers);
      const values = Object.fromEntries(answers.map((a) => [a.questionId, a.value]));
      const result = evaluateTriage(snapshotContent, values);
      if (result.status !== 'decided')
        throw invalid('answers', `answers: questions not answered: ${result.missing.join(', ')}`);
      const computed = result.urgency;
      if (parsed.override && parsed.override.urgency === computed)
        throw invalid('override.urgency', 'override.urgency must differ from the computed urgency');
      const finalUrgency = parsed.override?.urgency ?? computed;
      const redFlags = snapshotContent.redFlags
        .filter((f) => matchesCondition(f.when, values))
        .map((f) => f.id);

      const at = new Date(now()).toISOString();
      const { json, hash } = serialiseSnapshot(snapshotContent);
      const outcomes = parseJsonList<{ code: ContactOutcomeCode; urgency?: Urgency }>(
        contact.outcomes,
      ).filter((o) => o.code !== 'triage_performed');
      outcomes.push({ code: 'triage_performed', urgency: finalUrgency });
      const contentUsed = parseJsonList<{ type: ContactContentType; documentId: string; title: string }>(
        contact.content_used,
      );
      if (!contentUsed.some((c) => c.type === 'protocol' && c.documentId === source.documentId))
        contentUsed.push({
          type: 'protocol',
          documentId: source.documentId,
          title: pickText(snapshotContent.complaint, parsed.locale),
        });

      const written = await store.record({
        snapshot: {
          id: randomUUID(),
          document_id: source.documentId,
          version: source.version,
          content_hash: hash,
          code: source.code,
          content: json,
          cms_updated_at: source.updatedAt,
          created_at: at,
        },
        assessment: {
          id: randomUUID(),
          contact_id: contact.id,
          snapshot_id: '',
          locale: parsed.locale,
          answers: JSON.stringify(answers),
          red_flags: JSON.stringify(redFlags),
          computed_urgency: computed,
          final_urgency: finalUrgency,
          override_reason: parsed.override?.reason ?? null,
          decided_by:
            result.triggeredBy.kind === 'default'
              ? 'default'
              : `${result.triggeredBy.kind}:${result.triggeredBy.id}`,
          performed_by_subject: actor.subject,
          performed_by_name: actor.name,
          performed_at: at,
        },
        contactId: contact.id,
        contactVersion,
        contactChanges: {
          outcomes: JSON.stringify(outcomes),
          content_used: JSON.stringify(contentUsed),
          updated_at: at,
          updated_by_subject: actor.subject,
        },
      });
      if ('refused' in written) {
        if (written.refused === 'not-found') throw new DomainError('NOT_FOUND', 'No contact has this id.');
        throw written.refused === 'closed' ? closedContact() : staleContact();
      }
      if (written.snapshotCreated && written.otherHashes.length > 0)
        logger.warn('triage_protocol_changed_under_same_version', {
          documentId: source.documentId,
          version: source.version,
          contentHash: hash,
          earlierHashes: written.otherHashes,
        });
      const [presented] = contacts.present([written.contact]);
      return present(written.assessment, written.snapshot, presented!);
    },

    async assessmentsOfContact(contact) {
      const rows = await store.assessmentsOfContact(contact.id);
      const snapshots = await store.snapshots(rows.map((r) => r.snapshot_id));
      return rows.map((r) => present(r, snapshots.get(r.snapshot_id)!, contact));
    },

    async fhirBundle(actor, id) {
      const c = crypto();
      if (!UUID.test(id)) throw invalid('id', 'id must be the id of a care-need assessment');
      const row = await store.getAssessment(id);
      if (!row) throw new DomainError('NOT_FOUND', 'No care-need assessment has this id.');
      const snapshot = (await store.snapshots([row.snapshot_id])).get(row.snapshot_id);
      if (!snapshot) throw new Error('care-need assessment without its protocol snapshot');
      const contact = await contactStore.getContact(row.contact_id);
      if (!contact) throw new DomainError('NOT_FOUND', 'No care-need assessment has this id.');
      let citizen: { name: string; identityCode: string } | null = null;
      if (
        contact.citizen_name !== null &&
        contact.identity_cipher !== null &&
        contact.identity_key_id !== null
      ) {
        citizen = {
          name: contact.citizen_name,
          identityCode: c.open(
            { keyId: contact.identity_key_id, cipher: contact.identity_cipher },
            contact.id,
          ),
        };
        // No export of a person's data without its trace.
        await contacts.recordReads(actor, 'export_triage_assessment', [contact.id]);
      }
      const bundle = toFhirBundle(
        {
          id: row.id,
          snapshotId: snapshot.id,
          locale: row.locale as Locale,
          answers: parseJsonList<StoredAnswer>(row.answers),
          redFlags: parseJsonList<string>(row.red_flags),
          computedUrgency: row.computed_urgency as Urgency,
          finalUrgency: row.final_urgency as Urgency,
          overrideReason: row.override_reason,
          performedAt: row.performed_at,
          performedByName: row.performed_by_name,
          citizen,
        },
        parseSnapshot(snapshot.content),
      );
      return JSON.stringify(bundle);
    },
  };
}
