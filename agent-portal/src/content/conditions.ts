/**
 * A triage condition in words, using the protocol's own question texts and option labels, so a protocol is readable
 * before any runner exists: `"Onko hengenahdistusta?" kyllä ja "Kesto": Alle tunnin`.
 */
import type { ConditionNode, ProtocolQuestion } from '../graphql/queries';

export interface ConditionWords {
  yes: string;
  no: string;
  and: string;
  or: string;
}

function quoted(question: ProtocolQuestion | undefined, id: string | null): string {
  return `”${question?.text ?? id ?? '?'}”`;
}

const number = (n: number) => String(n);

export function describeCondition(
  nodes: readonly ConditionNode[],
  questions: readonly ProtocolQuestion[],
  words: ConditionWords,
): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const label = (q: ProtocolQuestion | undefined, value: string) =>
    q?.options.find((o) => o.value === value)?.label ?? value;

  const describe = (index: number, nested: boolean): string => {
    const node = nodes[index];
    if (!node) return '';
    const q = node.question ? byId.get(node.question) : undefined;
    const name = quoted(q, node.question);
    switch (node.op) {
      case 'all':
      case 'any': {
        const parts = node.children.map((child) => describe(child, true)).filter(Boolean);
        const joined = parts.join(` ${node.op === 'all' ? words.and : words.or} `);
        return nested && parts.length > 1 ? `(${joined})` : joined;
      }
      case 'equals': {
        if (q?.type === 'boolean' || node.value === 'true' || node.value === 'false')
          return `${name} ${node.value === 'true' ? words.yes : words.no}`;
        if (q?.type === 'number') return `${name} = ${node.value ?? ''}${q.unit ? ` ${q.unit}` : ''}`;
        return `${name}: ${label(q, node.value ?? '')}`;
      }
      case 'in':
        return `${name}: ${node.values.map((v) => label(q, v)).join(` ${words.or} `)}`;
      case 'range': {
        const unit = q?.unit ? ` ${q.unit}` : '';
        if (node.gte !== null && node.gte !== undefined && node.lte !== null && node.lte !== undefined)
          return `${name} ${number(node.gte)}–${number(node.lte)}${unit}`;
        if (node.gte !== null && node.gte !== undefined) return `${name} ≥ ${number(node.gte)}${unit}`;
        return `${name} ≤ ${number(node.lte ?? 0)}${unit}`;
      }
      default:
        return '';
    }
  };
  return describe(0, false);
}
