import type { Problem } from '../errors.js';
import { hasFinnish } from '../locale.js';
import type { Urgency } from '../urgency.js';
import type { TriageCondition, TriageLogic, TriageQuestion } from './schema.js';

/**
 * Checks the internal consistency of a protocol: duplicate ids, conditions that refer to unknown
 * questions or options or compare with the wrong type, urgencies without an `outcomes` entry,
 * missing Finnish texts. Returns an empty list for a valid protocol.
 */
export function validateTriageProtocol(protocol: TriageLogic): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  const questions = new Map<string, TriageQuestion>();

  (protocol.questions ?? []).forEach((question, i) => {
    const path = `questions[${i}]`;
    if (questions.has(question.id)) report(`${path}.id`, `duplicate question id "${question.id}"`);
    else questions.set(question.id, question);
    if (!hasFinnish(question.text)) report(`${path}.text.fi`, 'question text needs Finnish (fi)');
    if (question.type === 'choice') {
      const seen = new Set<string>();
      (question.options ?? []).forEach((option, j) => {
        if (seen.has(option.value))
          report(`${path}.options[${j}].value`, `duplicate option value "${option.value}"`);
        seen.add(option.value);
        if (!hasFinnish(option.label))
          report(`${path}.options[${j}].label.fi`, 'option label needs Finnish (fi)');
      });
      if ((question.options ?? []).length === 0) report(`${path}.options`, 'a choice question needs options');
    }
    if (
      question.type === 'number' &&
      question.min !== undefined &&
      question.max !== undefined &&
      question.min > question.max
    ) {
      report(path, `min ${question.min} is greater than max ${question.max}`);
    }
  });

  const checkCondition = (condition: TriageCondition, path: string): void => {
    if ('all' in condition || 'any' in condition) {
      const key = 'all' in condition ? 'all' : 'any';
      const list = 'all' in condition ? condition.all : condition.any;
      if (!Array.isArray(list) || list.length === 0)
        report(`${path}.${key}`, `"${key}" needs at least one condition`);
      else list.forEach((inner, i) => checkCondition(inner, `${path}.${key}[${i}]`));
      return;
    }
    const question = questions.get(condition.question);
    if (!question) {
      report(`${path}.question`, `unknown question "${condition.question}"`);
      return;
    }
    if ('equals' in condition) {
      const value = condition.equals;
      if (question.type === 'boolean' && typeof value !== 'boolean') {
        report(`${path}.equals`, `question "${question.id}" is boolean: compare with true or false`);
      } else if (question.type === 'number' && typeof value !== 'number') {
        report(`${path}.equals`, `question "${question.id}" is a number: compare with a number`);
      } else if (question.type === 'choice' && !question.options.some((o) => o.value === value)) {
        report(`${path}.equals`, `question "${question.id}" has no option "${String(value)}"`);
      }
      return;
    }
    if ('in' in condition) {
      if (question.type !== 'choice') {
        report(`${path}.in`, `"in" needs a choice question, "${question.id}" is ${question.type}`);
        return;
      }
      condition.in.forEach((value, i) => {
        if (!question.options.some((o) => o.value === value)) {
          report(`${path}.in[${i}]`, `question "${question.id}" has no option "${value}"`);
        }
      });
      return;
    }
    if (question.type !== 'number') {
      report(path, `a range (gte/lte) needs a number question, "${question.id}" is ${question.type}`);
      return;
    }
    if (condition.gte === undefined && condition.lte === undefined)
      report(path, 'a range condition needs gte or lte');
    if (condition.gte !== undefined && condition.lte !== undefined && condition.gte > condition.lte) {
      report(path, `gte ${condition.gte} is greater than lte ${condition.lte}: never matches`);
    }
  };

  const used = new Map<Urgency, string>();
  const redFlagIds = new Set<string>();
  (protocol.redFlags ?? []).forEach((flag, i) => {
    const path = `redFlags[${i}]`;
    if (redFlagIds.has(flag.id)) report(`${path}.id`, `duplicate red flag id "${flag.id}"`);
    redFlagIds.add(flag.id);
    if (!hasFinnish(flag.reason)) report(`${path}.reason.fi`, 'red flag reason needs Finnish (fi)');
    checkCondition(flag.when, `${path}.when`);
    if (!used.has(flag.outcome)) used.set(flag.outcome, `${path}.outcome`);
  });

  const ruleIds = new Set<string>();
  (protocol.rules ?? []).forEach((rule, i) => {
    const path = `rules[${i}]`;
    if (rule.id !== undefined) {
      if (ruleIds.has(rule.id)) report(`${path}.id`, `duplicate rule id "${rule.id}"`);
      ruleIds.add(rule.id);
    }
    checkCondition(rule.when, `${path}.when`);
    if (!used.has(rule.outcome)) used.set(rule.outcome, `${path}.outcome`);
  });
  if (!used.has(protocol.defaultOutcome)) used.set(protocol.defaultOutcome, 'defaultOutcome');

  const outcomeUrgencies = new Set<Urgency>();
  (protocol.outcomes ?? []).forEach((outcome, i) => {
    if (outcomeUrgencies.has(outcome.urgency)) {
      report(`outcomes[${i}].urgency`, `duplicate outcome for urgency "${outcome.urgency}"`);
    }
    outcomeUrgencies.add(outcome.urgency);
    if (!hasFinnish(outcome.advice)) report(`outcomes[${i}].advice.fi`, 'advice needs Finnish (fi)');
  });
  for (const [urgency, path] of used) {
    if (!outcomeUrgencies.has(urgency)) report(path, `urgency "${urgency}" has no entry in outcomes`);
  }
  return problems;
}
