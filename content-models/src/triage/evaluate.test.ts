import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { triageProtocol } from '../types/triage-protocol.js';
import { assertTriageDecided, evaluateTriage, matchesCondition } from './evaluate.js';
import type { TriageLogic } from './schema.js';

const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

/** Adult chest pain, simplified. */
const protocol: TriageLogic = {
  questions: [
    { id: 'breathless', text: t('Hengenahdistusta?'), type: 'boolean' },
    {
      id: 'pain',
      text: t('Millaista kipu on?'),
      type: 'choice',
      options: [
        { value: 'pressing', label: t('Puristava') },
        { value: 'stabbing', label: t('Pistävä') },
        { value: 'none', label: t('Ei kipua') },
      ],
    },
    { id: 'duration', text: t('Kesto tunteina'), type: 'number', unit: 'h', min: 0, max: 720 },
    { id: 'age', text: t('Ikä'), type: 'number', min: 0, max: 120 },
  ],
  redFlags: [
    {
      id: 'pressing-breathless',
      when: {
        all: [
          { question: 'pain', equals: 'pressing' },
          { question: 'breathless', equals: true },
        ],
      },
      outcome: 'emergency_112',
      reason: t('Puristava kipu ja hengenahdistus'),
    },
    {
      id: 'long-pressing',
      when: {
        all: [
          { question: 'pain', equals: 'pressing' },
          { question: 'duration', gte: 0.25 },
        ],
      },
      outcome: 'paivystys_now',
      reason: t('Pitkittynyt puristava kipu'),
    },
  ],
  rules: [
    {
      id: 'older-pain',
      when: {
        all: [
          { question: 'age', gte: 50 },
          { question: 'pain', in: ['pressing', 'stabbing'] },
        ],
      },
      outcome: 'urgent_same_day',
    },
    { when: { question: 'pain', in: ['stabbing'] }, outcome: 'non_urgent' },
    {
      id: 'long',
      when: {
        any: [
          { question: 'duration', gte: 48 },
          { question: 'breathless', equals: true },
        ],
      },
      outcome: 'paivystys_now',
    },
  ],
  outcomes: [
    {
      urgency: 'emergency_112',
      advice: t('Soita 112'),
      disposition: { kind: 'service', serviceSlug: 'hatakeskus' },
    },
    {
      urgency: 'paivystys_now',
      advice: t('Mene päivystykseen'),
      disposition: { kind: 'service', serviceSlug: 'paivystys' },
    },
    {
      urgency: 'urgent_same_day',
      advice: t('Hoitaja soittaa tänään'),
      disposition: { kind: 'queue', queueCode: 'nurse-chat' },
    },
    {
      urgency: 'non_urgent',
      advice: t('Varaa aika'),
      disposition: { kind: 'queue', queueCode: 'nurse-chat' },
    },
    { urgency: 'self_care', advice: t('Omahoito'), disposition: { kind: 'guide', guideSlug: 'rintakipu' } },
  ],
  defaultOutcome: 'self_care',
};

const all = { breathless: false, pain: 'none', duration: 1, age: 30 };

function validationError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    return error as DomainError;
  }
  throw new Error('expected a VALIDATION_FAILED error');
}

describe('evaluateTriage', () => {
  it('the fixture protocol is valid content', () => {
    expect(
      triageProtocol.dataSchema.safeParse({
        code: 'chest-pain',
        version: 1,
        complaint: t('Rintakipu'),
        audience: 'adult',
        ...protocol,
      }).success,
    ).toBe(true);
  });

  it('decides on a red flag before the other questions are answered', () => {
    const result = evaluateTriage(protocol, { pain: 'pressing', breathless: true });
    expect(result).toEqual({
      status: 'decided',
      urgency: 'emergency_112',
      advice: protocol.outcomes[0]!.advice,
      disposition: { kind: 'service', serviceSlug: 'hatakeskus' },
      triggeredBy: { kind: 'redFlag', id: 'pressing-breathless' },
      missing: ['duration', 'age'],
    });
  });

  it('picks the most urgent of several matching red flags', () => {
    const result = evaluateTriage(protocol, { pain: 'pressing', breathless: true, duration: 5, age: 40 });
    expect(result.urgency).toBe('emergency_112');
    expect(result.triggeredBy).toEqual({ kind: 'redFlag', id: 'pressing-breathless' });
  });

  it('a red flag wins over a more urgent rule', () => {
    const result = evaluateTriage(protocol, { pain: 'pressing', breathless: false, duration: 1, age: 30 });
    expect(result.triggeredBy).toEqual({ kind: 'redFlag', id: 'long-pressing' });
    expect(result.urgency).toBe('paivystys_now');
  });

  it('returns incomplete with the missing question ids when no red flag matches', () => {
    const result = evaluateTriage(protocol, { pain: 'stabbing', age: 30 });
    expect(result).toEqual({
      status: 'incomplete',
      urgency: null,
      disposition: null,
      advice: null,
      triggeredBy: null,
      missing: ['breathless', 'duration'],
    });
    expect(() => assertTriageDecided(result)).toThrowError(DomainError);
  });

  it('treats null and undefined answers as unanswered', () => {
    expect(evaluateTriage(protocol, { ...all, age: null }).missing).toEqual(['age']);
    expect(evaluateTriage(protocol, { ...all, breathless: undefined }).status).toBe('incomplete');
  });

  it('the most urgent matching rule wins, whatever its position', () => {
    const result = evaluateTriage(protocol, { breathless: false, pain: 'stabbing', duration: 72, age: 60 });
    expect(result.urgency).toBe('paivystys_now');
    expect(result.triggeredBy).toEqual({ kind: 'rule', id: 'long' });
    expect(result.missing).toEqual([]);
  });

  it('names a rule without id by its 1-based position', () => {
    const result = evaluateTriage(protocol, { breathless: false, pain: 'stabbing', duration: 2, age: 30 });
    expect(result.triggeredBy).toEqual({ kind: 'rule', id: 'rule-2' });
    expect(result.urgency).toBe('non_urgent');
    expect(result.disposition).toEqual({ kind: 'queue', queueCode: 'nurse-chat' });
  });

  it('falls back to the default outcome when no rule matches', () => {
    const result = evaluateTriage(protocol, all);
    expect(result).toMatchObject({
      status: 'decided',
      urgency: 'self_care',
      triggeredBy: { kind: 'default' },
    });
    expect(result.disposition).toEqual({ kind: 'guide', guideSlug: 'rintakipu' });
    assertTriageDecided(result);
  });

  it('range conditions include their bounds', () => {
    expect(evaluateTriage(protocol, { ...all, duration: 48 }).triggeredBy).toEqual({
      kind: 'rule',
      id: 'long',
    });
    expect(evaluateTriage(protocol, { ...all, duration: 47.9 }).triggeredBy).toEqual({ kind: 'default' });
  });

  it('rejects an answer to an unknown question, naming it in details', () => {
    const error = validationError(() => evaluateTriage(protocol, { ...all, fever: true }));
    expect(error.details).toMatchObject({ questionId: 'fever' });
    expect(error.message).not.toContain('fever');
  });

  it.each([
    ['breathless', 'yes'],
    ['breathless', 1],
    ['pain', 'burning'],
    ['pain', true],
    ['duration', '5'],
    ['duration', Number.NaN],
    ['duration', -1],
    ['age', 121],
  ])('rejects %s = %j with VALIDATION_FAILED naming the question', (questionId, value) => {
    const error = validationError(() => evaluateTriage(protocol, { ...all, [questionId]: value as never }));
    expect(error.details).toMatchObject({ questionId });
    expect(error.message).toContain(questionId);
  });

  it('throws INTERNAL when the decided urgency has no outcome entry', () => {
    const broken: TriageLogic = {
      ...protocol,
      outcomes: protocol.outcomes.filter((o) => o.urgency !== 'self_care'),
    };
    expect(() => evaluateTriage(broken, all)).toThrowError(expect.objectContaining({ code: 'INTERNAL' }));
  });
});

describe('matchesCondition', () => {
  it('treats unanswered questions as not matching', () => {
    expect(matchesCondition({ question: 'x', equals: false }, {})).toBe(false);
    expect(
      matchesCondition(
        {
          any: [
            { question: 'x', equals: true },
            { question: 'y', equals: 1 },
          ],
        },
        { y: 1 },
      ),
    ).toBe(true);
    expect(
      matchesCondition(
        {
          all: [
            { question: 'x', equals: true },
            { question: 'y', equals: 1 },
          ],
        },
        { y: 1 },
      ),
    ).toBe(false);
  });

  it('range with only lte', () => {
    expect(matchesCondition({ question: 'n', lte: 3 }, { n: 3 })).toBe(true);
    expect(matchesCondition({ question: 'n', lte: 3 }, { n: 4 })).toBe(false);
  });
});
