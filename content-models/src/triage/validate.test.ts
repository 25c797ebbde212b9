import { describe, expect, it } from 'vitest';
import { triageProtocol } from '../types/triage-protocol.js';
import type { TriageLogic } from './schema.js';
import { validateTriageProtocol } from './validate.js';

const fi = (text: string) => ({ fi: text });

const valid: TriageLogic = {
  questions: [
    { id: 'fever', text: fi('Kuumetta?'), type: 'boolean' },
    { id: 'temp', text: fi('Lämpö'), type: 'number', min: 34, max: 43 },
    {
      id: 'cough',
      text: fi('Yskä'),
      type: 'choice',
      options: [
        { value: 'dry', label: fi('Kuiva') },
        { value: 'wet', label: fi('Lima') },
      ],
    },
  ],
  redFlags: [
    {
      id: 'very-high',
      when: { question: 'temp', gte: 41 },
      outcome: 'paivystys_now',
      reason: fi('Korkea kuume'),
    },
  ],
  rules: [
    {
      id: 'r1',
      when: {
        all: [
          { question: 'fever', equals: true },
          { question: 'cough', in: ['wet'] },
        ],
      },
      outcome: 'non_urgent',
    },
  ],
  outcomes: [
    {
      urgency: 'paivystys_now',
      advice: fi('Päivystykseen'),
      disposition: { kind: 'service', serviceSlug: 'paivystys' },
    },
    { urgency: 'non_urgent', advice: fi('Varaa aika'), disposition: { kind: 'queue', queueCode: 'nurse' } },
    { urgency: 'self_care', advice: fi('Lepää'), disposition: { kind: 'guide', guideSlug: 'flunssa' } },
  ],
  defaultOutcome: 'self_care',
};

const messages = (p: TriageLogic) => validateTriageProtocol(p).map((x) => `${x.path}: ${x.message}`);

describe('validateTriageProtocol', () => {
  it('accepts a consistent protocol', () => {
    expect(validateTriageProtocol(valid)).toEqual([]);
  });

  it('reports conditions on unknown questions and options', () => {
    const result = messages({
      ...valid,
      rules: [
        { when: { question: 'rash', equals: true }, outcome: 'non_urgent' },
        {
          when: {
            any: [
              { question: 'cough', in: ['wet', 'bloody'] },
              { question: 'cough', equals: 'none' },
            ],
          },
          outcome: 'non_urgent',
        },
      ],
    });
    expect(result).toEqual([
      'rules[0].when.question: unknown question "rash"',
      'rules[1].when.any[0].in[1]: question "cough" has no option "bloody"',
      'rules[1].when.any[1].equals: question "cough" has no option "none"',
    ]);
  });

  it('reports comparisons of the wrong type', () => {
    const result = messages({
      ...valid,
      rules: [
        { when: { question: 'fever', equals: 'yes' }, outcome: 'non_urgent' },
        { when: { question: 'temp', equals: true }, outcome: 'non_urgent' },
        { when: { question: 'fever', in: ['x'] }, outcome: 'non_urgent' },
        { when: { question: 'cough', gte: 1 }, outcome: 'non_urgent' },
        { when: { question: 'temp', gte: 40, lte: 39 }, outcome: 'non_urgent' },
      ],
    });
    expect(result).toEqual([
      'rules[0].when.equals: question "fever" is boolean: compare with true or false',
      'rules[1].when.equals: question "temp" is a number: compare with a number',
      'rules[2].when.in: "in" needs a choice question, "fever" is boolean',
      'rules[3].when: a range (gte/lte) needs a number question, "cough" is choice',
      'rules[4].when: gte 40 is greater than lte 39: never matches',
    ]);
  });

  it('reports urgencies without an outcomes entry (red flags, rules, default)', () => {
    const result = messages({
      ...valid,
      redFlags: [{ ...valid.redFlags[0]!, outcome: 'emergency_112' }],
      rules: [{ when: { question: 'fever', equals: true }, outcome: 'urgent_same_day' }],
      outcomes: valid.outcomes.filter((o) => o.urgency === 'non_urgent'),
    });
    expect(result).toEqual([
      'redFlags[0].outcome: urgency "emergency_112" has no entry in outcomes',
      'rules[0].outcome: urgency "urgent_same_day" has no entry in outcomes',
      'defaultOutcome: urgency "self_care" has no entry in outcomes',
    ]);
  });

  it('reports duplicate ids', () => {
    const result = messages({
      ...valid,
      questions: [...valid.questions, { id: 'fever', text: fi('Taas'), type: 'boolean' }],
      redFlags: [valid.redFlags[0]!, valid.redFlags[0]!],
      rules: [valid.rules[0]!, valid.rules[0]!],
      outcomes: [...valid.outcomes, valid.outcomes[0]!],
    });
    expect(result).toEqual([
      'questions[3].id: duplicate question id "fever"',
      'redFlags[1].id: duplicate red flag id "very-high"',
      'rules[1].id: duplicate rule id "r1"',
      'outcomes[3].urgency: duplicate outcome for urgency "paivystys_now"',
    ]);
  });

  it('reports duplicate option values, min above max and missing Finnish', () => {
    const result = messages({
      ...valid,
      questions: [
        {
          id: 'a',
          text: { fi: ' ' },
          type: 'choice',
          options: [
            { value: 'x', label: fi('X') },
            { value: 'x', label: fi('X2') },
          ],
        },
        { id: 'b', text: fi('B'), type: 'number', min: 5, max: 1 },
      ],
      redFlags: [],
      rules: [],
    });
    expect(result).toEqual([
      'questions[0].text.fi: question text needs Finnish (fi)',
      'questions[0].options[1].value: duplicate option value "x"',
      'questions[1]: min 5 is greater than max 1',
    ]);
  });

  it('makes the content type schema reject an inconsistent protocol with a clear message', () => {
    const result = triageProtocol.dataSchema.safeParse({
      code: 'fever',
      version: 1,
      complaint: fi('Kuume'),
      audience: 'adult',
      ...valid,
      rules: [{ when: { question: 'rash', equals: true }, outcome: 'non_urgent' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'rules[0].when.question: unknown question "rash"',
    ]);
  });

  it('the schema rejects options on a boolean question and empty conditions', () => {
    const base = { code: 'fever', version: 1, complaint: fi('Kuume'), audience: 'adult', ...valid };
    expect(
      triageProtocol.dataSchema.safeParse({
        ...base,
        questions: [{ id: 'q', text: fi('Q'), type: 'boolean', options: [] }],
      }).success,
    ).toBe(false);
    expect(
      triageProtocol.dataSchema.safeParse({ ...base, rules: [{ when: { all: [] }, outcome: 'self_care' }] })
        .success,
    ).toBe(false);
    expect(
      triageProtocol.dataSchema.safeParse({
        ...base,
        rules: [{ when: { question: 'temp' }, outcome: 'self_care' }],
      }).success,
    ).toBe(false);
    expect(triageProtocol.dataSchema.safeParse({ ...base, version: 0 }).success).toBe(false);
    expect(triageProtocol.dataSchema.safeParse({ ...base, code: 'Fever!' }).success).toBe(false);
  });
});
