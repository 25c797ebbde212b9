import { DomainError } from '../errors.js';
import type { ClickbotGraph, ClickbotNode, ClickbotOutcome } from './schema.js';

/** Where a path through a decision tree leads: the next question or an outcome. */
export type ClickbotStep =
  | { readonly kind: 'question'; readonly node: ClickbotNode }
  | { readonly kind: 'outcome'; readonly outcome: ClickbotOutcome };

/**
 * Follows chosen option ids from the root node.
 * @returns the current question node, or the outcome the path ended in.
 * @throws DomainError `VALIDATION_FAILED` when an option id is unknown at its step
 * (`details: { step, nodeId, optionId }`) or the path continues past an outcome (`details: { step }`);
 * `INTERNAL` when the tree itself is broken (missing root or `next` node).
 */
export function evaluateClickbotPath(tree: ClickbotGraph, optionIds: readonly string[]): ClickbotStep {
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const nodeById = (id: string, details: Record<string, unknown>): ClickbotNode => {
    const node = nodes.get(id);
    if (!node) throw new DomainError('INTERNAL', `Decision tree refers to missing node "${id}"`, { details });
    return node;
  };
  let node = nodeById(tree.rootNodeId, { rootNodeId: tree.rootNodeId });
  for (let step = 0; step < optionIds.length; step++) {
    const optionId = optionIds[step];
    const option = node.options.find((o) => o.id === optionId);
    if (!option) {
      throw new DomainError('VALIDATION_FAILED', `Unknown option at step ${step} (node "${node.id}")`, {
        details: { step, nodeId: node.id, optionId },
      });
    }
    if (option.outcome) {
      if (step < optionIds.length - 1) {
        throw new DomainError('VALIDATION_FAILED', `Path continues past an outcome at step ${step}`, {
          details: { step, nodeId: node.id, optionId },
        });
      }
      return { kind: 'outcome', outcome: option.outcome };
    }
    if (option.next === undefined) {
      throw new DomainError('INTERNAL', `Option "${option.id}" of node "${node.id}" leads nowhere`, {
        details: { step, nodeId: node.id, optionId },
      });
    }
    node = nodeById(option.next, { step, nodeId: node.id, optionId });
  }
  return { kind: 'question', node };
}
