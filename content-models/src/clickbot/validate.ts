import type { Problem } from '../errors.js';
import { hasFinnish } from '../locale.js';
import type { ClickbotGraph, ClickbotNode, ClickbotOption } from './schema.js';

/**
 * Checks a decision tree: missing root, duplicate node/option ids, options leading nowhere (unknown
 * `next`, neither or both of `next`/`outcome`), nodes without options, cycles, nodes unreachable from
 * the root and missing Finnish texts. Returns an empty list for a valid tree.
 */
export function validateClickbotTree(tree: ClickbotGraph): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  const nodes = new Map<string, ClickbotNode>();
  const nodeList: readonly ClickbotNode[] = Array.isArray(tree.nodes) ? tree.nodes : [];

  nodeList.forEach((node, i) => {
    if (nodes.has(node.id)) report(`nodes[${i}].id`, `duplicate node id "${node.id}"`);
    else nodes.set(node.id, node);
  });
  if (!nodes.has(tree.rootNodeId)) report('rootNodeId', `root node "${tree.rootNodeId}" does not exist`);

  nodeList.forEach((node, i) => {
    const path = `nodes[${i}]`;
    if (!hasFinnish(node.prompt))
      report(`${path}.prompt.fi`, `node "${node.id}" needs a Finnish prompt (fi)`);
    const options: readonly ClickbotOption[] = Array.isArray(node.options) ? node.options : [];
    if (options.length === 0) report(`${path}.options`, `node "${node.id}" has no options (dead end)`);
    const optionIds = new Set<string>();
    options.forEach((option, j) => {
      const optionPath = `${path}.options[${j}]`;
      if (optionIds.has(option.id))
        report(`${optionPath}.id`, `duplicate option id "${option.id}" in node "${node.id}"`);
      optionIds.add(option.id);
      if (!hasFinnish(option.label))
        report(`${optionPath}.label.fi`, `option "${option.id}" needs a Finnish label (fi)`);
      const hasNext = option.next !== undefined;
      const hasOutcome = option.outcome !== undefined;
      if (hasNext && hasOutcome) report(optionPath, `option "${option.id}" has both next and outcome`);
      else if (!hasNext && !hasOutcome)
        report(optionPath, `option "${option.id}" has neither next nor outcome`);
      if (hasNext && !nodes.has(option.next as string)) {
        report(`${optionPath}.next`, `option "${option.id}" leads to unknown node "${option.next}"`);
      }
      const outcome = option.outcome;
      if (outcome) {
        if ((outcome.kind === 'external' || outcome.kind === 'phone') && !hasFinnish(outcome.label)) {
          report(
            `${optionPath}.outcome.label.fi`,
            `outcome of option "${option.id}" needs a Finnish label (fi)`,
          );
        }
        if (outcome.kind === 'emergency' && !hasFinnish(outcome.message)) {
          report(
            `${optionPath}.outcome.message.fi`,
            `outcome of option "${option.id}" needs a Finnish message (fi)`,
          );
        }
      }
    });
  });

  const successors = (id: string): string[] =>
    (nodes.get(id)?.options ?? []).flatMap((o) =>
      o.next !== undefined && nodes.has(o.next) ? [o.next] : [],
    );

  // Cycle detection over the whole graph (white/grey/black DFS); each cycle reported once by its entry.
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of successors(id)) {
      const s = state.get(next);
      if (s === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        report('nodes', `cycle: ${cycle.join(' → ')}`);
      } else if (s === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  if (nodes.has(tree.rootNodeId)) visit(tree.rootNodeId);
  for (const id of nodes.keys()) if (!state.has(id)) visit(id);

  if (nodes.has(tree.rootNodeId)) {
    const reached = new Set<string>([tree.rootNodeId]);
    const queue = [tree.rootNodeId];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const next of successors(id)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    nodeList.forEach((node, i) => {
      if (!reached.has(node.id)) report(`nodes[${i}]`, `node "${node.id}" is unreachable from the root`);
    });
  }
  return problems;
}
