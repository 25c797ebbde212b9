import { z } from 'zod';
import { LocalizedTextSchema } from '../locale.js';
import { LocalIdSchema } from '../shared-schemas.js';

/** Where a decision tree path ends. */
export const ClickbotOutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('queue'), queueCode: z.string().min(1) }),
  z.strictObject({ kind: z.literal('guide'), guideSlug: z.string().min(1) }),
  z.strictObject({ kind: z.literal('external'), url: z.url(), label: LocalizedTextSchema }),
  z.strictObject({ kind: z.literal('phone'), number: z.string().min(1), label: LocalizedTextSchema }),
  z.strictObject({ kind: z.literal('emergency'), message: LocalizedTextSchema }),
]);
export type ClickbotOutcome = z.infer<typeof ClickbotOutcomeSchema>;

/** One option of a node: exactly one of `next` (node id) or `outcome`. */
export const ClickbotOptionSchema = z.strictObject({
  id: LocalIdSchema,
  label: LocalizedTextSchema,
  next: z.string().optional(),
  outcome: ClickbotOutcomeSchema.optional(),
});
export type ClickbotOption = z.infer<typeof ClickbotOptionSchema>;

/** A question node. */
export const ClickbotNodeSchema = z.strictObject({
  id: LocalIdSchema,
  prompt: LocalizedTextSchema,
  options: z.array(ClickbotOptionSchema),
});
export type ClickbotNode = z.infer<typeof ClickbotNodeSchema>;

/** The graph of a decision tree (the part the evaluator needs). */
export interface ClickbotGraph {
  readonly rootNodeId: string;
  readonly nodes: readonly ClickbotNode[];
}
