import { DomainError } from '../errors.js';
import type { LocalizedText } from '../locale.js';
import { type Urgency, urgencyRank } from '../urgencies.js';
import type {
  Disposition,
  TriageAnswerValue,
  TriageCondition,
  TriageLogic,
  TriageQuestion,
} from './schema.js';

/** What decided a triage result. */
export type TriageTrigger =
  | { readonly kind: 'redFlag'; readonly id: string }
  | { readonly kind: 'rule'; readonly id: string }
  | { readonly kind: 'default'; readonly id?: undefined };

/** A decided triage: urgency with its advice and disposition. */
export interface TriageDecision {
  readonly status: 'decided';
  readonly urgency: Urgency;
  readonly disposition: Disposition;
  readonly advice: LocalizedText;
  readonly triggeredBy: TriageTrigger;
  /** Questions still unanswered (non-empty only when a red flag decided early). */
  readonly missing: string[];
}

/** Not decidable yet: no red flag matched and some questions are unanswered. */
export interface TriageIncomplete {
  readonly status: 'incomplete';
  readonly urgency: null;
  readonly disposition: null;
  readonly advice: null;
  readonly triggeredBy: null;
  /** Unanswered question ids, in protocol order. */
  readonly missing: string[];
}

/** Result of {@link evaluateTriage}. */
export type TriageResult = TriageDecision | TriageIncomplete;

/** Answers keyed by question id; `null`/`undefined` count as unanswered. */
export type TriageAnswerInput = Readonly<Record<string, TriageAnswerValue | null | undefined>>;

function validationError(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { details });
}

function checkAnswer(question: TriageQuestion, value: unknown): void {
  const questionId = question.id;
  switch (question.type) {
    case 'boolean':
      if (typeof value !== 'boolean') {
        throw validationError(`Answer to question "${questionId}" must be true or false`, {
          questionId,
          expected: 'boolean',
        });
      }
      return;
    case 'choice':
      if (typeof value !== 'string' || !question.options.some((o) => o.value === value)) {
        throw validationError(`Answer to question "${questionId}" must be one of its options`, {
          questionId,
          expected: question.options.map((o) => o.value),
        });
      }
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw validationError(`Answer to question "${questionId}" must be a number`, {
          questionId,
          expected: 'number',
        });
      }
      if (
        (question.min !== undefined && value < question.min) ||
        (question.max !== undefined && value > question.max)
      ) {
        throw validationError(`Answer to question "${questionId}" is out of range`, {
          questionId,
          min: question.min,
          max: question.max,
        });
      }
      return;
  }
}

/**
 * Validates answers against the protocol's questions.
 * @throws DomainError `VALIDATION_FAILED` with `details.questionId` for an unknown question, a wrong
 * type, an unknown option or a number out of range.
 */
export function validateTriageAnswers(protocol: TriageLogic, answers: TriageAnswerInput): void {
  const questions = new Map(protocol.questions.map((q) => [q.id, q]));
  for (const [questionId, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue;
    const question = questions.get(questionId);
    if (!question) throw validationError('Answer refers to an unknown question', { questionId });
    checkAnswer(question, value);
  }
}

/**
 * Whether a condition holds. An unanswered question makes its leaf false; since conditions have no
 * negation, a condition true on partial answers stays true whatever the other answers are.
 */
export function matchesCondition(condition: TriageCondition, answers: TriageAnswerInput): boolean {
  if ('all' in condition) return condition.all.every((c) => matchesCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => matchesCondition(c, answers));
  const value = answers[condition.question];
  if (value === null || value === undefined) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  if (typeof value !== 'number') return false;
  return (
    (condition.gte === undefined || value >= condition.gte) &&
    (condition.lte === undefined || value <= condition.lte)
  );
}

function decide(
  protocol: TriageLogic,
  urgency: Urgency,
  triggeredBy: TriageTrigger,
  missing: string[],
): TriageDecision {
  const outcome = protocol.outcomes.find((o) => o.urgency === urgency);
  if (!outcome) {
    // validateTriageProtocol rejects such protocols; reaching this is a content bug, not user error.
    throw new DomainError('INTERNAL', `Triage protocol has no outcome for urgency "${urgency}"`, {
      details: { urgency, triggeredBy },
    });
  }
  return {
    status: 'decided',
    urgency,
    disposition: outcome.disposition,
    advice: outcome.advice,
    triggeredBy,
    missing,
  };
}

/**
 * Evaluates a triage protocol.
 *
 * 1. Answers are validated ({@link validateTriageAnswers}); invalid answers throw `VALIDATION_FAILED`.
 * 2. Red flags are checked first on the answers so far; if any matches, the most urgent matching red
 *    flag (first in list order on ties) decides at once, even if questions are unanswered.
 * 3. Otherwise, if any question is unanswered the result is `status: 'incomplete'` listing `missing`
 *    (returned, not thrown, so a UI can evaluate after every answer).
 * 4. Otherwise every matching rule is a candidate and the most urgent wins (first in list order on
 *    ties); with no match, `defaultOutcome` applies.
 *
 * The outcome entry for the urgency provides `advice` and `disposition`.
 */
export function evaluateTriage(protocol: TriageLogic, answers: TriageAnswerInput): TriageResult {
  validateTriageAnswers(protocol, answers);
  const missing = protocol.questions
    .filter((q) => answers[q.id] === null || answers[q.id] === undefined)
    .map((q) => q.id);

  let flag: { id: string; outcome: Urgency } | undefined;
  for (const redFlag of protocol.redFlags) {
    if (
      matchesCondition(redFlag.when, answers) &&
      (!flag || urgencyRank(redFlag.outcome) < urgencyRank(flag.outcome))
    ) {
      flag = redFlag;
    }
  }
  if (flag) return decide(protocol, flag.outcome, { kind: 'redFlag', id: flag.id }, missing);

  if (missing.length > 0) {
    return {
      status: 'incomplete',
      urgency: null,
      disposition: null,
      advice: null,
      triggeredBy: null,
      missing,
    };
  }

  let best: { id: string; outcome: Urgency } | undefined;
  protocol.rules.forEach((rule, i) => {
    if (
      matchesCondition(rule.when, answers) &&
      (!best || urgencyRank(rule.outcome) < urgencyRank(best.outcome))
    ) {
      best = { id: rule.id ?? `rule-${i + 1}`, outcome: rule.outcome };
    }
  });
  if (best) return decide(protocol, best.outcome, { kind: 'rule', id: best.id }, []);
  return decide(protocol, protocol.defaultOutcome, { kind: 'default' }, []);
}

/**
 * Narrows a result to a decision.
 * @throws DomainError `VALIDATION_FAILED` with `details.missing` when the triage is incomplete.
 */
export function assertTriageDecided(result: TriageResult): asserts result is TriageDecision {
  if (result.status !== 'decided') {
    throw new DomainError('VALIDATION_FAILED', 'Triage is incomplete: unanswered questions', {
      details: { missing: result.missing },
    });
  }
}
