import { describe, expect, it } from 'vitest';
import type { ConditionNode, ProtocolQuestion } from '../graphql/queries';
import { conditionFromNodes, parseNumberAnswer } from './triage-logic';

const node = (x: Partial<ConditionNode>): ConditionNode => ({
  op: 'equals',
  question: null,
  value: null,
  values: [],
  gte: null,
  lte: null,
  children: [],
  ...x,
});
const q = (id: string, type: ProtocolQuestion['type']): ProtocolQuestion => ({
  id,
  type,
  text: id,
  options: [],
  unit: null,
  min: null,
  max: null,
});

describe('conditionFromNodes', () => {
  it('rebuilds nested conditions and reads equals values by the question type', () => {
    const nodes = [
      node({ op: 'any', children: [1, 4] }),
      node({ op: 'all', children: [2, 3] }),
      node({ question: 'kuume', value: 'false' }),
      node({ question: 'lapsia', value: '2' }),
      node({ op: 'range', question: 'ika', lte: 1 }),
    ];
    expect(
      conditionFromNodes(nodes, [q('kuume', 'boolean'), q('lapsia', 'number'), q('ika', 'number')]),
    ).toEqual({
      any: [
        {
          all: [
            { question: 'kuume', equals: false },
            { question: 'lapsia', equals: 2 },
          ],
        },
        { question: 'ika', gte: undefined, lte: 1 },
      ],
    });
  });

  it('keeps a choice value as text', () => {
    expect(conditionFromNodes([node({ question: 'kesto', value: '1' })], [q('kesto', 'choice')])).toEqual({
      question: 'kesto',
      equals: '1',
    });
  });
});

describe('parseNumberAnswer', () => {
  const bounds = { min: 0, max: 120 };
  it('accepts a decimal comma and the bounds themselves', () => {
    expect(parseNumberAnswer(' 37,5 ', bounds)).toEqual({ value: 37.5 });
    expect(parseNumberAnswer('120', bounds)).toEqual({ value: 120 });
  });
  it('names what is wrong', () => {
    expect(parseNumberAnswer('', bounds)).toEqual({ error: 'number' });
    expect(parseNumberAnswer('12a', bounds)).toEqual({ error: 'number' });
    expect(parseNumberAnswer('-1', bounds)).toEqual({ error: 'range' });
    expect(parseNumberAnswer('121', { min: null, max: 120 })).toEqual({ error: 'range' });
  });
});
