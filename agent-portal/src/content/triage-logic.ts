/**
 * The triage runner's bridge to the shared evaluator: the protocol as the portal receives it (conditions flattened
 * into nodes, texts already in one language) rebuilt into the evaluator's `TriageLogic`, and the runner's plain-text
 * summary. The evaluator comes from the zod-free subpath `@neuvo/content-models/triage`, so the bundle stays small.
 */
import type {
  Disposition,
  TriageAnswerValue,
  TriageCondition,
  TriageLogic,
  TriageQuestion,
} from '@neuvo/content-models/triage';
import type { ConditionNode, ProtocolDetails, ProtocolQuestion } from '../graphql/queries';
import { contentHref } from './routes';

/** The answers so far, keyed by question id. */
export type TriageAnswers = Record<string, TriageAnswerValue | undefined>;

/**
 * Rebuilds a condition tree from its flattened nodes (node 0 is the root, `children` index into the list). An
 * `equals` value travels as text, so it is read back by the question's type: `true`/`false`, a number, or an option.
 */
export function conditionFromNodes(
  nodes: readonly ConditionNode[],
  questions: readonly ProtocolQuestion[],
): TriageCondition {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const build = (index: number): TriageCondition => {
    const node = nodes[index];
    if (!node) return { any: [] };
    const question = node.question ?? '';
    switch (node.op) {
      case 'all':
        return { all: node.children.map(build) };
      case 'any':
        return { any: node.children.map(build) };
      case 'in':
        return { question, in: [...node.values] };
      case 'range':
        return { question, gte: node.gte ?? undefined, lte: node.lte ?? undefined };
      case 'equals': {
        const type = byId.get(question)?.type;
        const value = node.value ?? '';
        if (type === 'boolean' || (type === undefined && (value === 'true' || value === 'false')))
          return { question, equals: value === 'true' };
        if (type === 'number') return { question, equals: Number(value) };
        return { question, equals: value };
      }
      default:
        return { any: [] };
    }
  };
  return build(0);
}

function evaluatorQuestion(q: ProtocolQuestion): TriageQuestion {
  // The evaluator's texts are localised objects; it never reads them, the runner shows the portal's own texts.
  const text = { fi: q.text };
  if (q.type === 'boolean') return { id: q.id, type: 'boolean', text };
  if (q.type === 'choice')
    return {
      id: q.id,
      type: 'choice',
      text,
      options: q.options.map((o) => ({ value: o.value, label: { fi: o.label } })),
    };
  return {
    id: q.id,
    type: 'number',
    text,
    ...(q.unit !== null ? { unit: q.unit } : {}),
    ...(q.min !== null ? { min: q.min } : {}),
    ...(q.max !== null ? { max: q.max } : {}),
  };
}

function evaluatorDisposition(d: ProtocolDetails['outcomes'][number]['disposition']): Disposition {
  if (d.kind === 'service') return { kind: 'service', serviceSlug: d.target };
  if (d.kind === 'queue') return { kind: 'queue', queueCode: d.target };
  return { kind: 'guide', guideSlug: d.target };
}

/** The protocol's decision logic as the evaluator takes it. */
export function protocolLogic(p: ProtocolDetails): TriageLogic {
  return {
    questions: p.questions.map(evaluatorQuestion),
    redFlags: p.redFlags.map((f) => ({
      id: f.id,
      outcome: f.urgency,
      reason: { fi: f.reason },
      when: conditionFromNodes(f.when.nodes, p.questions),
    })),
    rules: p.rules.map((r) => ({
      id: r.id,
      outcome: r.urgency,
      when: conditionFromNodes(r.when.nodes, p.questions),
    })),
    outcomes: p.outcomes.map((o) => ({
      urgency: o.urgency,
      advice: { fi: o.advice },
      disposition: evaluatorDisposition(o.disposition),
    })),
    defaultOutcome: p.defaultOutcome,
  };
}

/** Ids of the questions the red flags ask about, in protocol order: the runner asks these first. */
export function redFlagQuestionIds(p: ProtocolDetails): string[] {
  const asked = new Set(p.redFlags.flatMap((f) => f.when.nodes.map((n) => n.question ?? '')));
  return p.questions.filter((q) => asked.has(q.id)).map((q) => q.id);
}

/** The questions in the order the runner asks them: red-flag questions first, then the rest. */
export function runnerOrder(p: ProtocolDetails): ProtocolQuestion[] {
  const first = new Set(redFlagQuestionIds(p));
  return [...p.questions.filter((q) => first.has(q.id)), ...p.questions.filter((q) => !first.has(q.id))];
}

type ProtocolDisposition = ProtocolDetails['outcomes'][number]['disposition'];

/** Where a disposition links in the portal: a published service or guide; `null` for a queue or an unpublished target. */
export function dispositionHref(d: ProtocolDisposition): string | null {
  if (d.kind === 'service' && d.id) return contentHref('service', d.id);
  if (d.kind === 'guide' && d.title) return contentHref('guide', d.target);
  return null;
}

/**
 * Reads a typed number answer. `error` names what is wrong (`number`: not a number; `range`: outside min–max);
 * the caller shows the message, the typed text is never echoed in it.
 */
export function parseNumberAnswer(
  raw: string,
  q: Pick<ProtocolQuestion, 'min' | 'max'>,
): { value: number; error?: undefined } | { value?: undefined; error: 'number' | 'range' } {
  const trimmed = raw.trim().replace(',', '.');
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { error: 'number' };
  if ((q.min !== null && value < q.min) || (q.max !== null && value > q.max)) return { error: 'range' };
  return { value };
}

/** Labels of the plain-text summary, in the interface language. */
export interface SummaryWords {
  header: string;
  computed: string;
  redFlag: string;
  overridden: string;
  reason: string;
  yes: string;
  no: string;
  urgency: (u: ProtocolDetails['defaultOutcome']) => string;
}

/** An answer as the nurse gave it: `kyllä`, an option's label, or `65 v`. */
export function answerText(
  q: ProtocolQuestion,
  value: TriageAnswerValue,
  words: Pick<SummaryWords, 'yes' | 'no'>,
): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (q.type === 'number') return `${value}${q.unit ? ` ${q.unit}` : ''}`;
  return q.options.find((o) => o.value === value)?.label ?? String(value);
}

/** The runner's summary as plain text, for pasting into a patient record or a contact note. */
export function triageSummary(input: {
  protocol: ProtocolDetails;
  order: readonly ProtocolQuestion[];
  answers: TriageAnswers;
  computed: ProtocolDetails['defaultOutcome'];
  redFlagReason: string | null;
  override: { urgency: ProtocolDetails['defaultOutcome']; reason: string } | null;
  words: SummaryWords;
}): string {
  const { words } = input;
  const lines = [`${words.header} – ${input.protocol.complaint}`];
  for (const q of input.order) {
    const value = input.answers[q.id];
    if (value !== undefined) lines.push(`${q.text}: ${answerText(q, value, words)}`);
  }
  lines.push(`${words.computed}: ${words.urgency(input.computed)}`);
  if (input.redFlagReason) lines.push(`${words.redFlag}: ${input.redFlagReason}`);
  if (input.override) {
    lines.push(`${words.overridden}: ${words.urgency(input.override.urgency)}`);
    lines.push(`${words.reason}: ${input.override.reason}`);
  }
  return lines.join('\n');
}
