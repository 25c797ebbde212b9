import { describe, expect, it } from 'vitest';
import {
  ADVERSARIAL_MARKDOWN,
  findExecutableMarkup,
  HOSTILE_MARKDOWN,
  growthPerCharacter,
  hugeBody,
} from '../testing/hostile-content.js';
import { boundMarkdown, MARKDOWN_BOUNDS } from './bound-markdown.js';
import { renderMarkdown, slugify } from './render-markdown.js';

describe('renderMarkdown', () => {
  it('removes script tags written in the Markdown', () => {
    const html = renderMarkdown('Lepää.\n\n<script>alert("x")</script>\n\nJuo vettä.');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert(');
    expect(html).toContain('<p>Lepää.</p>');
    expect(html).toContain('<p>Juo vettä.</p>');
  });

  it('removes onerror and other event handler attributes', () => {
    const html = renderMarkdown(
      'Kuva: <img src="x" onerror="alert(1)"> ja <a href="#" onclick="alert(2)">linkki</a>',
    );
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toContain('alert(');
  });

  it('drops javascript: and data: links but keeps the link text', () => {
    const html = renderMarkdown('[klikkaa](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('klikkaa');
    expect(html).toContain('data');
  });

  it('keeps safe links and images', () => {
    const html = renderMarkdown('[THL](https://thl.fi/) ![kuva](https://example.fi/a.png)');
    expect(html).toContain('<a href="https://thl.fi/">THL</a>');
    expect(html).toContain('<img src="https://example.fi/a.png" alt="kuva">');
  });

  it('renders GFM lists, task lists, tables and strikethrough', () => {
    const html = renderMarkdown(
      [
        '- lepo',
        '- nesteet',
        '',
        '1. ensin',
        '2. sitten',
        '',
        '- [x] tehty',
        '',
        '| Oire | Toimi |',
        '| --- | --- |',
        '| Kuume | Lepää |',
        '',
        '~~vanha~~',
      ].join('\n'),
    );
    expect(html).toContain('<ul>\n<li>lepo</li>\n<li>nesteet</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>ensin</li>\n<li>sitten</li>\n</ol>');
    expect(html).toMatch(/<input type="checkbox" checked disabled>/);
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Oire</th>');
    expect(html).toContain('<td>Kuume</td>');
    expect(html).toContain('<del>vanha</del>');
  });

  it('renders headings, and can demote them below the page title and give them ids', () => {
    const md = '# Oireet\n\n## Kotihoito\n\n### Lapset\n\n## Kotihoito';
    expect(renderMarkdown(md)).toContain('<h1>Oireet</h1>');
    const html = renderMarkdown(md, { minHeadingLevel: 2, headingIds: true });
    expect(html).toContain('<h2 id="oireet">Oireet</h2>');
    expect(html).toContain('<h3 id="kotihoito">Kotihoito</h3>');
    expect(html).toContain('<h4 id="lapset">Lapset</h4>');
    expect(html).toContain('<h3 id="kotihoito-1">Kotihoito</h3>');
    expect(html).not.toContain('<h1');
  });

  it('does not demote bodies whose top heading is already low enough', () => {
    expect(renderMarkdown('## Hoito', { minHeadingLevel: 2 })).toBe('<h2>Hoito</h2>');
  });

  it('escapes text so that it cannot become markup', () => {
    expect(renderMarkdown('a < b & {{ x }}')).toBe('<p>a &#x3C; b &#x26; {{ x }}</p>');
  });

  it('is empty for blank input', () => {
    expect(renderMarkdown('  \n')).toBe('');
  });
});

describe('slugify', () => {
  it('keeps Finnish and Swedish letters', () => {
    expect(slugify('Milloin hakeutua hoitoon?')).toBe('milloin-hakeutua-hoitoon');
    expect(slugify('Ärr & Öga')).toBe('ärr-öga');
  });
});

describe('renderMarkdown with hostile content', () => {
  it.each(Object.entries(HOSTILE_MARKDOWN))('renders %s inert', (_, markdown) => {
    const html = renderMarkdown(markdown);
    expect(findExecutableMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|<img[^>]*\son/i);
  });

  it('keeps template syntax and right-to-left overrides as text', () => {
    expect(renderMarkdown(HOSTILE_MARKDOWN.template)).toContain('{{ constructor.constructor(');
    expect(renderMarkdown(HOSTILE_MARKDOWN.template)).not.toContain('</script>');
  });

  it.each(['nestedBlockquotes', 'nestedLists', 'emphasisRuns'])(
    'renders 100 KB of %s without overflowing the stack',
    (name) => {
      const html = renderMarkdown(ADVERSARIAL_MARKDOWN[name]!(100_000));
      expect(html.length).toBeGreaterThan(0);
    },
  );

  it('bounds blockquote nesting', () => {
    const html = renderMarkdown(`${'>'.repeat(2000)} syvä`);
    expect(html.match(/<blockquote>/g)?.length).toBe(MARKDOWN_BOUNDS.maxContainerMarkers);
    expect(html).toContain('syvä');
  });

  it('cuts bodies longer than the bound, at a line break', () => {
    const html = renderMarkdown(hugeBody(1_000_000, 'loppumerkki'));
    expect(html).not.toContain('loppumerkki');
    expect(html.length).toBeLessThan(MARKDOWN_BOUNDS.maxLength * 2);
    expect(html).toContain('…');
  });

  it('leaves ordinary content untouched by the bounds', () => {
    const md =
      '# Otsikko\n\n> Lainaus\n> > sisempi\n\n- a\n  - b\n    - c\n\n**lihava** ja [linkki](https://thl.fi/) `koodi`';
    expect(boundMarkdown(md)).toBe(md);
  });

  it('renders the delimiters of an over-budget paragraph as literal text', () => {
    const html = renderMarkdown('*a'.repeat(MARKDOWN_BOUNDS.maxDelimitersPerParagraph + 1));
    expect(html).not.toContain('<em>');
    expect(html).toContain('＊a＊a');
  });

  // Linear work gives a growth of 1-3 per character on a busy 2-CPU machine (2026-12-03), quadratic work about 10.
  it.each(['nestedEmphasis', 'emphasisRuns', 'nestedLinks', 'unclosedImages', 'openBrackets'])(
    'takes time linear in the length of %s',
    (name) => {
      expect(growthPerCharacter(renderMarkdown, ADVERSARIAL_MARKDOWN[name]!, 5_000)).toBeLessThan(5);
    },
    60_000,
  );
});
