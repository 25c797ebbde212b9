/**
 * The triage evaluator alone, free of zod, so a browser app (the agent portal's triage runner) can decide an
 * assessment without bundling the content schemas (`@neuvo/content-models/triage`). The full triage module, with
 * its zod schemas and protocol validation, is exported from the package root.
 */
export {
  assertTriageDecided,
  evaluateTriage,
  matchesCondition,
  validateTriageAnswers,
  type TriageAnswerInput,
  type TriageDecision,
  type TriageIncomplete,
  type TriageResult,
  type TriageTrigger,
} from './triage/evaluate.js';
export type {
  Disposition,
  RedFlag,
  TriageAnswerValue,
  TriageCondition,
  TriageLogic,
  TriageOutcome,
  TriageQuestion,
  TriageRule,
} from './triage/schema.js';
export { URGENCIES, mostUrgent, urgencyRank, type Urgency } from './urgencies.js';
