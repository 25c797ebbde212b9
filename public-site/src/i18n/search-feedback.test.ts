import { LOCALES } from '@neuvo/content-models/locales';
import { describe, expect, it } from 'vitest';
import { guideHref } from '../guide-path.js';
import { renderHomePage, renderSearchPage } from '../render-findable-pages.js';
import { pageFile } from '../site-paths.js';
import { SEARCH_FEEDBACK_STRINGS, SEARCH_PAGE_PATH } from './search-feedback.js';

describe('search and feedback strings', () => {
  it.each(LOCALES)('%s has every string, none empty', (locale) => {
    expect(Object.keys(SEARCH_FEEDBACK_STRINGS[locale]).sort()).toEqual(
      Object.keys(SEARCH_FEEDBACK_STRINGS.fi).sort(),
    );
    for (const [key, value] of Object.entries(SEARCH_FEEDBACK_STRINGS[locale]))
      expect(value.trim(), key).not.toBe('');
  });

  it.each(LOCALES)('the %s search page holds the search component', (locale) => {
    const page = renderSearchPage(locale);
    expect(page).toContain('<SiteSearchPage />');
    expect(page).toContain(`title: ${JSON.stringify(SEARCH_FEEDBACK_STRINGS[locale].searchPageTitle)}`);
    expect(pageFile(SEARCH_PAGE_PATH[locale])).toMatch(/^(sv\/|en\/)?\w+\.md$/);
  });

  it.each(LOCALES)('the %s home page lists the most read guides', (locale) => {
    expect(renderHomePage(locale, [])).toContain('<PopularGuides />');
  });
});

describe('guide links in the browser', () => {
  const table = { 'kuume-lapsi': { fi: '/guides/kuume-lapsi.html', sv: '/sv/guides/feber-hos-barn.html' } };

  it('link a guide named by its CMS slug to its page in that language', () => {
    expect(guideHref(table, 'sv', 'kuume-lapsi')).toBe('/sv/guides/feber-hos-barn.html');
    expect(guideHref(table, 'fi', 'kuume-lapsi')).toBe('/guides/kuume-lapsi.html');
  });

  it('fall back to the CMS slug path (which forwards) without the table or for a guide it does not know', () => {
    expect(guideHref(null, 'sv', 'kuume-lapsi')).toBe('/sv/guides/kuume-lapsi.html');
    expect(guideHref(table, 'en', 'kuume-lapsi')).toBe('/en/guides/kuume-lapsi.html');
    expect(guideHref(table, 'fi', 'flunssa')).toBe('/guides/flunssa.html');
  });
});
