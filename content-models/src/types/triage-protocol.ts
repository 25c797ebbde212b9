import { z } from 'zod';
import { LocalizedTextSchema } from '../locale.js';
import { defineContentType, enumeration, integer, json, refineWith, string } from '../dsl/index.js';
import { CODE_PATTERN, SourceSchema } from '../shared-schemas.js';
import {
  RedFlagSchema,
  TriageOutcomeSchema,
  TriageQuestionSchema,
  TriageRuleSchema,
} from '../triage/schema.js';
import { validateTriageProtocol } from '../triage/validate.js';
import { URGENCIES } from '../urgency.js';

/** Who a protocol is for. */
export const PROTOCOL_AUDIENCES = ['adult', 'child'] as const;

/**
 * A versioned triage (care need assessment) protocol. Not localized: texts are LocalizedText in json.
 * A published version is immutable; a change is a new document with `version + 1`.
 */
export const triageProtocol = defineContentType({
  singularName: 'triage-protocol',
  pluralName: 'triage-protocols',
  displayName: 'Triage protocol',
  description: 'Versioned care need assessment protocol (agent-only); texts in fi/sv/en inside json',
  localized: false,
  fields: {
    code: string({ pattern: CODE_PATTERN }).required(),
    version: integer({ min: 1 }).required(),
    complaint: json(LocalizedTextSchema).required(),
    audience: enumeration(PROTOCOL_AUDIENCES).required(),
    questions: json(z.array(TriageQuestionSchema)).required(),
    redFlags: json(z.array(RedFlagSchema)).required(),
    rules: json(z.array(TriageRuleSchema)).required(),
    outcomes: json(z.array(TriageOutcomeSchema).min(1)).required(),
    defaultOutcome: enumeration(URGENCIES).required(),
    sources: json(z.array(SourceSchema)),
  },
  refine: refineWith(validateTriageProtocol),
});

/** A triage protocol document (REST shape). */
export type TriageProtocol = z.infer<typeof triageProtocol.schema>;
/** Writable triage protocol data. */
export type TriageProtocolData = z.input<typeof triageProtocol.dataSchema>;
