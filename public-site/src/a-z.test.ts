import { describe, expect, it } from 'vitest';
import { groupByInitial, letterAnchor } from './a-z.js';

const titles = ['Öronvärk', 'Ärr', 'Ångest', 'Astma', 'Zoster', 'Éksem', '5 tips', 'ahdistus', 'Ögon'];
const group = (locale: 'fi' | 'sv' | 'en') =>
  groupByInitial(titles, (title) => title, locale).map((g) => [g.letter, [...g.items]]);

describe('groupByInitial', () => {
  it('puts Å, Ä and Ö last in Swedish and Finnish, each sorted by the language', () => {
    expect(group('sv')).toEqual([
      ['A', ['ahdistus', 'Astma']],
      ['E', ['Éksem']],
      ['Z', ['Zoster']],
      ['Å', ['Ångest']],
      ['Ä', ['Ärr']],
      ['Ö', ['Ögon', 'Öronvärk']],
      ['#', ['5 tips']],
    ]);
    expect(group('fi').map(([letter]) => letter)).toEqual(['A', 'E', 'Z', 'Å', 'Ä', 'Ö', '#']);
  });

  it('folds Å, Ä and Ö into A and O in English', () => {
    expect(group('en')).toEqual([
      ['A', ['ahdistus', 'Ångest', 'Ärr', 'Astma']],
      ['E', ['Éksem']],
      ['O', ['Ögon', 'Öronvärk']],
      ['Z', ['Zoster']],
      ['#', ['5 tips']],
    ]);
  });

  it('names anchors with ASCII ids', () => {
    expect(['A', 'Å', 'Ä', 'Ö', '#'].map(letterAnchor)).toEqual([
      'az-a',
      'az-aa',
      'az-ae',
      'az-oe',
      'az-other',
    ]);
  });
});
