import { describe, expect, it } from 'vitest';
import { ALL_INDEXES, indexName, parseIndexName } from './index-names.js';
import { ADVERSARIAL_MARKDOWN, growthPerCharacter, HOSTILE_MARKDOWN } from '../testing/hostile-content.js';
import { normalizeText, stripMarkdown, truncateText } from './markdown.js';
import { SEARCH_ANALYSED_FIELDS, SearchDocSchema } from './search-doc.js';
import {
  SEARCH_FACET_ATTRIBUTES,
  SEARCH_INDEX_SETTINGS,
  SEARCH_TEXT_ATTRIBUTES,
  searchIndexSettings,
  toMeiliSynonyms,
} from './settings.js';

describe('index names', () => {
  it('names an index by audience and locale', () => {
    expect(indexName('public', 'fi')).toBe('public-fi');
    expect(indexName('agent', 'sv')).toBe('agent-sv');
    expect(ALL_INDEXES).toEqual(['public-fi', 'public-sv', 'public-en', 'agent-fi', 'agent-sv', 'agent-en']);
  });

  it('parses index names back', () => {
    expect(parseIndexName('agent-en')).toEqual({ audience: 'agent', locale: 'en' });
    expect(parseIndexName('public-de')).toBeUndefined();
    expect(parseIndexName('agent-fi-old')).toBeUndefined();
  });
});

describe('index settings', () => {
  it('ranks title and keywords above body, and text as written above its analysed forms', () => {
    const order = SEARCH_INDEX_SETTINGS.searchableAttributes;
    expect(order).toEqual(['title', 'keywords', 'titleTerms', 'summary', 'body', 'textTerms', 'phones']);
    const rules: readonly string[] = SEARCH_INDEX_SETTINGS.rankingRules;
    expect(rules.slice(0, 3)).toEqual(['words', 'routable:desc', 'attribute']);
    expect(SEARCH_INDEX_SETTINGS.filterableAttributes).toEqual([
      'id',
      'type',
      'region',
      'audience',
      'serviceClasses',
      'targetGroups',
      'relatedServiceIds',
      'groupKey',
      'routable',
    ]);
    expect(SEARCH_INDEX_SETTINGS.sortableAttributes).toEqual(['updatedAt']);
  });
  it('searches the analysed fields but never displays them', () => {
    for (const field of SEARCH_ANALYSED_FIELDS) {
      expect(SEARCH_INDEX_SETTINGS.searchableAttributes).toContain(field);
      expect(SEARCH_INDEX_SETTINGS.displayedAttributes).not.toContain(field);
    }
    expect([...SEARCH_INDEX_SETTINGS.displayedAttributes].sort()).toEqual(
      Object.keys(SearchDocSchema.shape).sort(),
    );
    expect(SEARCH_TEXT_ATTRIBUTES).toEqual(['title', 'keywords', 'summary', 'body', 'phones']);
  });
  it('offers facets only on filterable fields', () => {
    for (const facet of SEARCH_FACET_ATTRIBUTES) {
      expect(SEARCH_INDEX_SETTINGS.filterableAttributes).toContain(facet);
    }
  });
  it('sets the language of the text per locale', () => {
    expect(searchIndexSettings('sv').localizedAttributes).toEqual([
      {
        attributePatterns: ['title', 'keywords', 'titleTerms', 'summary', 'body', 'textTerms'],
        locales: ['swe'],
      },
    ]);
    expect(searchIndexSettings('fi').searchableAttributes).toEqual(
      SEARCH_INDEX_SETTINGS.searchableAttributes,
    );
  });
  it('turns synonym groups into a symmetric synonyms map', () => {
    expect(
      toMeiliSynonyms([
        ['Terveysasema', 'terkkari', ' '],
        ['hammaslääkäri', 'hammashoito', 'terkkari'],
      ]),
    ).toEqual({
      hammashoito: ['hammaslääkäri', 'terkkari'],
      hammaslääkäri: ['hammashoito', 'terkkari'],
      terkkari: ['hammashoito', 'hammaslääkäri', 'terveysasema'],
      terveysasema: ['terkkari'],
    });
  });
});

describe('stripMarkdown', () => {
  it('keeps the words and drops the syntax', () => {
    const md = [
      '# Otsikko',
      '',
      'Tekstiä **lihavoitu**, *kursiivi*, _alleviiva_, ~~poistettu~~ ja `koodi`.',
      '',
      '> Lainaus',
      '',
      '- kohta [linkki](https://example.fi)',
      '* toinen ![kuva](a.png)',
      '1. numeroitu',
      '',
      '---',
      '```js',
      'const x = 1;',
      '```',
      '| A | B |',
      '|---|:-:|',
      '| 1 | 2 |',
      '<b>html</b> teksti',
    ].join('\n');
    expect(stripMarkdown(md)).toBe(
      [
        'Otsikko',
        '',
        'Tekstiä lihavoitu, kursiivi, alleviiva, poistettu ja koodi.',
        '',
        'Lainaus',
        '',
        'kohta linkki',
        'toinen kuva',
        'numeroitu',
        '',
        'const x = 1;',
        'A B',
        '1 2',
        'html teksti',
      ].join('\n'),
    );
  });

  it('keeps underscores and asterisks inside words and numbers', () => {
    expect(stripMarkdown('snake_case_name 2*3*4')).toBe('snake_case_name 2*3*4');
  });

  it('returns an empty string for no text', () => {
    expect(stripMarkdown(null)).toBe('');
    expect(stripMarkdown('')).toBe('');
  });

  it('keeps the words of hostile Markdown and none of its markup', () => {
    const text = stripMarkdown(`${HOSTILE_MARKDOWN.rawHtml}\n\n${HOSTILE_MARKDOWN.links}`);
    expect(text).not.toMatch(/<script|<img|<iframe/);
    expect(text).toContain('klikkaa');
    expect(text).toContain('Lepää.');
  });

  // 30 times the input: linear work gives a growth of 1-5 per character on a busy 2-CPU machine (2026-12-03),
  // quadratic work about 30 (`[` x 160,000 once took 17 s).
  it.each(Object.keys(ADVERSARIAL_MARKDOWN))('takes time linear in the length of %s', (name) => {
    expect(
      growthPerCharacter(stripMarkdown, ADVERSARIAL_MARKDOWN[name]!, 8_000, { factor: 30 }),
    ).toBeLessThan(10);
  });
});

describe('text helpers', () => {
  it('normalizeText collapses spaces and blank lines', () => {
    expect(normalizeText('  a   b \r\n\n\n\n c\t d ')).toBe('a b\n\nc d');
  });

  it('truncateText cuts on a word boundary with an ellipsis', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('one two three four', 12)).toBe('one two…');
  });
});
