import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { clickbotTree } from '../types/clickbot-tree.js';
import { evaluateClickbotPath } from './evaluate.js';
import type { ClickbotGraph, ClickbotNode } from './schema.js';
import { validateClickbotTree } from './validate.js';

const fi = (text: string) => ({ fi: text, sv: `${text} sv` });

const tree: ClickbotGraph = {
  rootNodeId: 'start',
  nodes: [
    {
      id: 'start',
      prompt: fi('Mitä asiasi koskee?'),
      options: [
        { id: 'health', label: fi('Terveys'), next: 'health' },
        { id: 'social', label: fi('Sosiaalipalvelut'), outcome: { kind: 'queue', queueCode: 'social-chat' } },
        { id: 'urgent', label: fi('Hätä'), outcome: { kind: 'emergency', message: fi('Soita 112') } },
      ],
    },
    {
      id: 'health',
      prompt: fi('Oireet?'),
      options: [
        { id: 'flu', label: fi('Flunssa'), outcome: { kind: 'guide', guideSlug: 'flunssa' } },
        { id: 'other', label: fi('Muu'), next: 'other' },
      ],
    },
    {
      id: 'other',
      prompt: fi('Haluatko arvion?'),
      options: [
        {
          id: 'omaolo',
          label: fi('Omaolo'),
          outcome: { kind: 'external', url: 'https://www.omaolo.fi', label: fi('Omaolo') },
        },
        {
          id: 'call',
          label: fi('Soita'),
          outcome: { kind: 'phone', number: '116117', label: fi('Päivystysapu') },
        },
      ],
    },
  ],
};

const node = (id: string): ClickbotNode => tree.nodes.find((n) => n.id === id)!;
const messages = (t: ClickbotGraph) => validateClickbotTree(t).map((p) => `${p.path}: ${p.message}`);
const withNodes = (nodes: ClickbotNode[], rootNodeId = 'start'): ClickbotGraph => ({ rootNodeId, nodes });

describe('evaluateClickbotPath', () => {
  it('starts at the root node', () => {
    expect(evaluateClickbotPath(tree, [])).toEqual({ kind: 'question', node: node('start') });
  });

  it('follows options to the next question', () => {
    expect(evaluateClickbotPath(tree, ['health', 'other'])).toEqual({
      kind: 'question',
      node: node('other'),
    });
  });

  it('ends in the outcome of the last option', () => {
    expect(evaluateClickbotPath(tree, ['social'])).toEqual({
      kind: 'outcome',
      outcome: { kind: 'queue', queueCode: 'social-chat' },
    });
    expect(evaluateClickbotPath(tree, ['health', 'other', 'call'])).toEqual({
      kind: 'outcome',
      outcome: { kind: 'phone', number: '116117', label: fi('Päivystysapu') },
    });
  });

  it('rejects an option that does not exist at its step', () => {
    const error = (() => {
      try {
        evaluateClickbotPath(tree, ['health', 'social']);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { step: 1, nodeId: 'health', optionId: 'social' },
    });
  });

  it('rejects a path that continues past an outcome', () => {
    expect(() => evaluateClickbotPath(tree, ['social', 'health'])).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: { step: 0, nodeId: 'start', optionId: 'social' },
      }),
    );
  });
});

describe('validateClickbotTree', () => {
  it('accepts a valid tree', () => {
    expect(validateClickbotTree(tree)).toEqual([]);
  });

  it('reports a missing root', () => {
    expect(messages({ ...tree, rootNodeId: 'nope' })).toContain(
      'rootNodeId: root node "nope" does not exist',
    );
  });

  it('reports duplicate node and option ids', () => {
    const start = node('start');
    const result = messages(
      withNodes([
        { ...start, options: [...start.options, { id: 'health', label: fi('x'), next: 'health' }] },
        node('health'),
        node('other'),
        node('other'),
      ]),
    );
    expect(result).toEqual([
      'nodes[3].id: duplicate node id "other"',
      'nodes[0].options[3].id: duplicate option id "health" in node "start"',
    ]);
  });

  it('reports options leading nowhere', () => {
    const result = messages(
      withNodes([
        {
          id: 'start',
          prompt: fi('?'),
          options: [
            { id: 'a', label: fi('a'), next: 'ghost' },
            { id: 'b', label: fi('b') },
            { id: 'c', label: fi('c'), next: 'start2', outcome: { kind: 'guide', guideSlug: 'x' } },
          ],
        },
        {
          id: 'start2',
          prompt: fi('?'),
          options: [{ id: 'd', label: fi('d'), outcome: { kind: 'guide', guideSlug: 'y' } }],
        },
      ]),
    );
    expect(result).toEqual([
      'nodes[0].options[0].next: option "a" leads to unknown node "ghost"',
      'nodes[0].options[1]: option "b" has neither next nor outcome',
      'nodes[0].options[2]: option "c" has both next and outcome',
    ]);
  });

  it('reports cycles', () => {
    const result = messages(
      withNodes([
        { id: 'start', prompt: fi('?'), options: [{ id: 'a', label: fi('a'), next: 'b' }] },
        {
          id: 'b',
          prompt: fi('?'),
          options: [
            { id: 'back', label: fi('back'), next: 'start' },
            { id: 'end', label: fi('end'), outcome: { kind: 'guide', guideSlug: 'g' } },
          ],
        },
      ]),
    );
    expect(result).toEqual(['nodes: cycle: start → b → start']);
  });

  it('reports unreachable nodes and nodes without options', () => {
    const result = messages(withNodes([...tree.nodes, { id: 'orphan', prompt: fi('?'), options: [] }]));
    expect(result).toEqual([
      'nodes[3].options: node "orphan" has no options (dead end)',
      'nodes[3]: node "orphan" is unreachable from the root',
    ]);
  });

  it('reports missing Finnish texts', () => {
    const result = messages(
      withNodes([
        {
          id: 'start',
          prompt: { fi: '' },
          options: [
            { id: 'a', label: { fi: ' ' }, outcome: { kind: 'emergency', message: { fi: '' } } },
            { id: 'b', label: fi('b'), outcome: { kind: 'phone', number: '112', label: { fi: '' } } },
          ],
        },
      ]),
    );
    expect(result).toEqual([
      'nodes[0].prompt.fi: node "start" needs a Finnish prompt (fi)',
      'nodes[0].options[0].label.fi: option "a" needs a Finnish label (fi)',
      'nodes[0].options[0].outcome.message.fi: outcome of option "a" needs a Finnish message (fi)',
      'nodes[0].options[1].outcome.label.fi: outcome of option "b" needs a Finnish label (fi)',
    ]);
  });

  it('makes the ClickbotTree schema reject an invalid graph with a clear message', () => {
    const ok = clickbotTree.dataSchema.safeParse({ code: 'main', name: 'Main', version: 1, ...tree });
    expect(ok.success).toBe(true);
    const bad = clickbotTree.dataSchema.safeParse({ code: 'main', ...tree, rootNodeId: 'nope' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toContain('rootNodeId: root node "nope" does not exist');
    const doc = clickbotTree.schema.safeParse({
      documentId: 'd1',
      code: 'main',
      ...withNodes([{ id: 'start', prompt: fi('?'), options: [{ id: 'x', label: fi('x'), next: 'start' }] }]),
    });
    expect(doc.success).toBe(false);
    expect(doc.error?.issues.map((i) => i.message)).toContain('nodes: cycle: start → start');
  });

  it('the schema rejects an outcome with an invalid url or unknown kind', () => {
    const options = (outcome: unknown) => [
      { id: 'start', prompt: fi('?'), options: [{ id: 'x', label: fi('x'), outcome }] },
    ];
    expect(
      clickbotTree.dataSchema.safeParse({
        code: 'm',
        rootNodeId: 'start',
        nodes: options({ kind: 'external', url: 'not a url', label: fi('x') }),
      }).success,
    ).toBe(false);
    expect(
      clickbotTree.dataSchema.safeParse({
        code: 'm',
        rootNodeId: 'start',
        nodes: options({ kind: 'teleport' }),
      }).success,
    ).toBe(false);
  });
});
