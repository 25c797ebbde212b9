import { describe, expect, it } from 'vitest';
import {
  renderAccessibilityStatement,
  renderAzPage,
  renderFallbackPage,
  renderTopicPage,
  topicsWithGuides,
  type ListedGuide,
} from './render-findable-pages.js';
import { buildGuideRoutes } from './site-paths.js';

const listed = (
  title: string,
  topic: ListedGuide['topic'],
  path = `/sv/guides/${title.toLowerCase()}.html`,
) => ({
  path,
  title,
  summary: null,
  topic,
});

describe('renderFallbackPage', () => {
  const routes = buildGuideRoutes({
    fi: [{ slug: 'flunssa', title: 'Flunssa' }],
    sv: [{ slug: 'flunssa', title: 'Förkylning' }],
    en: [],
  }).get('flunssa')!;

  it('says in the reader’s language that the guide is not translated and links Finnish and Swedish', () => {
    const page = renderFallbackPage('en', routes, { fi: 'Flunssa', sv: 'Förkylning' });
    expect(page).toContain('noindex: true');
    expect(page).toContain('<h1>This guide is not available in English</h1>');
    expect(page).toContain(
      '<a href="/guides/flunssa.html" hreflang="fi-FI" lang="fi-FI">Flunssa (Suomi)</a>',
    );
    expect(page).toContain(
      '<a href="/sv/guides/forkylning.html" hreflang="sv-FI" lang="sv-FI">Förkylning (Svenska)</a>',
    );
    expect(page.indexOf('Suomi')).toBeLessThan(page.indexOf('Svenska'));
    // The language menu goes to the real pages (and this one for English).
    expect(page).toContain(
      'languages: {"fi":"/guides/flunssa.html","sv":"/sv/guides/forkylning.html","en":"/en/guides/flunssa.html"}',
    );
    expect(page).toContain('<a href="tel:112">112</a>');
  });

  it('escapes titles', () => {
    const page = renderFallbackPage('en', routes, { fi: '<img src=x onerror=alert(1)>', sv: 'Förkylning' });
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; (Suomi)');
  });
});

describe('renderAzPage', () => {
  it('has a letter row (letters without guides not linked) and a section per letter', () => {
    const page = renderAzPage('sv', [
      listed('Öronvärk', 'children'),
      listed('Astma', 'breathing'),
      listed('5 råd', 'other'),
    ]);
    expect(page).toContain('<li><a href="#az-a">A</a></li><li><span aria-disabled="true">B</span></li>');
    expect(page).toContain('<li><a href="#az-oe">Ö</a></li><li><a href="#az-other">Övriga</a></li>');
    expect(page.indexOf('<h2 id="az-a">A</h2>')).toBeLessThan(page.indexOf('<h2 id="az-oe">Ö</h2>'));
    expect(page.indexOf('<h2 id="az-oe">Ö</h2>')).toBeLessThan(page.indexOf('<h2 id="az-other">Övriga</h2>'));
  });
});

describe('topic pages', () => {
  it('groups guides by topic in the closed list’s order, leaving empty topics out', () => {
    const topics = topicsWithGuides([
      listed('B', 'skin'),
      listed('A', 'fever_infections'),
      listed('C', 'skin'),
    ]);
    expect([...topics.keys()]).toEqual(['fever_infections', 'skin']);
    expect(topics.get('skin')?.map((g) => g.title)).toEqual(['B', 'C']);
  });

  it('lists a topic’s guides sorted by title', () => {
    const page = renderTopicPage('sv', 'skin', [listed('Ögon', 'skin'), listed('Eksem', 'skin')], {
      languages: {},
      alternates: {},
    });
    expect(page).toContain('<h1>Hud</h1>');
    expect(page.indexOf('Eksem')).toBeLessThan(page.indexOf('Ögon'));
  });
});

describe('renderAccessibilityStatement', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    '%s covers scope, WCAG 2.1 AA status, gaps, feedback and supervision',
    (locale) => {
      const page = renderAccessibilityStatement(locale, 'palaute@alue.fi');
      for (const id of ['scope', 'status', 'known-gaps', 'feedback', 'supervision'])
        expect(page).toContain(`id="${id}"`);
      expect(page).toContain('WCAG 2.1');
      expect(page).toContain('<a href="mailto:palaute@alue.fi">palaute@alue.fi</a>');
      expect(page).toContain('saavutettavuus@avi.fi');
    },
  );
});
