/**
 * The protocol snapshot: a protocol version as the CMS served it, every locale's texts and the logic, stored with the
 * first assessment that used it. The content's hash is part of its key, so content served later under the same
 * version is a new snapshot and never replaces the one older assessments were decided on.
 */
import { createHash } from 'node:crypto';
import type { LocalizedText, TriageAnswerValue, TriageLogic, Urgency } from '../../models.js';
import type { TriageProtocolSource } from '../content/agent-content.js';

/** What a snapshot keeps of a protocol (the CMS's bookkeeping, documentId and updatedAt, is stored beside it). */
export interface SnapshotContent extends TriageLogic {
  readonly code: string;
  readonly version: number;
  readonly complaint: LocalizedText;
  readonly audience: string;
  readonly defaultOutcome: Urgency;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
}

/** One answer as stored: its question's id and the typed value the evaluator decided on. */
export interface StoredAnswer {
  readonly questionId: string;
  readonly value: TriageAnswerValue;
}

/** The content of a protocol as served, in a fixed key order (so equal content has equal JSON and hash). */
export function snapshotContentOf(source: TriageProtocolSource): SnapshotContent {
  return {
    code: source.code,
    version: source.version,
    complaint: source.complaint,
    audience: source.audience,
    questions: source.questions,
    redFlags: source.redFlags,
    rules: source.rules,
    outcomes: source.outcomes,
    defaultOutcome: source.defaultOutcome,
    sources: source.sources,
  };
}

/** The JSON stored and its SHA-256 (hex). */
export function serialiseSnapshot(content: SnapshotContent): { json: string; hash: string } {
  const json = JSON.stringify(content);
  return { json, hash: createHash('sha256').update(json).digest('hex') };
}

/** A stored snapshot's content (written by {@link serialiseSnapshot}, so trusted). */
export const parseSnapshot = (json: string): SnapshotContent => JSON.parse(json) as SnapshotContent;
