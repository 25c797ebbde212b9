import { z } from 'zod';
import { LocalizedTextSchema } from '../locale.js';
import { LocalIdSchema } from '../shared-schemas.js';
import { UrgencySchema } from '../urgency.js';

/** One answer option of a choice question. */
export const TriageOptionSchema = z.strictObject({ value: LocalIdSchema, label: LocalizedTextSchema });

/** A yes/no question. */
export const BooleanQuestionSchema = z.strictObject({
  id: LocalIdSchema,
  text: LocalizedTextSchema,
  type: z.literal('boolean'),
});

/** A single-choice question; the answer is one option `value`. */
export const ChoiceQuestionSchema = z.strictObject({
  id: LocalIdSchema,
  text: LocalizedTextSchema,
  type: z.literal('choice'),
  options: z.array(TriageOptionSchema).min(1),
});

/** A numeric question with an optional unit and bounds. */
export const NumberQuestionSchema = z.strictObject({
  id: LocalIdSchema,
  text: LocalizedTextSchema,
  type: z.literal('number'),
  unit: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

/** A triage question (boolean, choice or number). */
export const TriageQuestionSchema = z.discriminatedUnion('type', [
  BooleanQuestionSchema,
  ChoiceQuestionSchema,
  NumberQuestionSchema,
]);
export type TriageQuestion = z.infer<typeof TriageQuestionSchema>;
export type TriageQuestionType = TriageQuestion['type'];

/**
 * A condition over answers: `{question, equals}`, `{question, in}`, `{question, gte?, lte?}`,
 * `{all: [...]}`, `{any: [...]}`.
 */
export type TriageCondition =
  | { question: string; equals: boolean | string | number }
  | { question: string; in: string[] }
  | { question: string; gte?: number | undefined; lte?: number | undefined }
  | { all: TriageCondition[] }
  | { any: TriageCondition[] };

/** zod schema of {@link TriageCondition}. */
export const TriageConditionSchema: z.ZodType<TriageCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: LocalIdSchema, equals: z.union([z.boolean(), z.string(), z.number()]) }),
    z.strictObject({ question: LocalIdSchema, in: z.array(z.string()).min(1) }),
    z
      .strictObject({ question: LocalIdSchema, gte: z.number().optional(), lte: z.number().optional() })
      .refine((c) => c.gte !== undefined || c.lte !== undefined, 'a range condition needs gte or lte'),
    z.strictObject({ all: z.array(TriageConditionSchema).min(1) }),
    z.strictObject({ any: z.array(TriageConditionSchema).min(1) }),
  ]),
);

/** A red flag: when it matches, its urgency decides at once. */
export const RedFlagSchema = z.strictObject({
  id: LocalIdSchema,
  when: TriageConditionSchema,
  outcome: UrgencySchema,
  reason: LocalizedTextSchema,
});
export type RedFlag = z.infer<typeof RedFlagSchema>;

/** A rule: when it matches, its urgency is a candidate (the most urgent candidate wins). */
export const TriageRuleSchema = z.strictObject({
  /** Optional id, reported in `triggeredBy`; defaults to `rule-<n>` (1-based). */
  id: LocalIdSchema.optional(),
  when: TriageConditionSchema,
  outcome: UrgencySchema,
});
export type TriageRule = z.infer<typeof TriageRuleSchema>;

/** Where the citizen is directed. */
export const DispositionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('service'), serviceSlug: z.string().min(1) }),
  z.strictObject({ kind: z.literal('queue'), queueCode: z.string().min(1) }),
  z.strictObject({ kind: z.literal('guide'), guideSlug: z.string().min(1) }),
]);
export type Disposition = z.infer<typeof DispositionSchema>;

/** Advice and disposition for one urgency. */
export const TriageOutcomeSchema = z.strictObject({
  urgency: UrgencySchema,
  advice: LocalizedTextSchema,
  disposition: DispositionSchema,
});
export type TriageOutcome = z.infer<typeof TriageOutcomeSchema>;

/** Answers keyed by question id. */
export const TriageAnswersSchema = z.record(z.string(), z.union([z.boolean(), z.string(), z.number()]));
export type TriageAnswers = z.infer<typeof TriageAnswersSchema>;
export type TriageAnswerValue = TriageAnswers[string];

/** The decision logic of a protocol (the part the evaluator needs). */
export interface TriageLogic {
  readonly questions: readonly TriageQuestion[];
  readonly redFlags: readonly RedFlag[];
  readonly rules: readonly TriageRule[];
  readonly outcomes: readonly TriageOutcome[];
  readonly defaultOutcome: TriageOutcome['urgency'];
}
