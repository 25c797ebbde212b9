import { readFile } from 'node:fs/promises';
import { LOCALES } from '@neuvo/content-models/locales';
import { describe, expect, it } from 'vitest';
import { guideAtPath, guidePath } from '../guide-path.js';
import { SEARCH_FEEDBACK_STRINGS, SEARCH_PAGE_PATH } from './search-feedback.js';

describe('search and feedback strings', () => {
  it.each(LOCALES)('%s has every string, none empty', (locale) => {
    expect(Object.keys(SEARCH_FEEDBACK_STRINGS[locale]).sort()).toEqual(
      Object.keys(SEARCH_FEEDBACK_STRINGS.fi).sort(),
    );
    for (const [key, value] of Object.entries(SEARCH_FEEDBACK_STRINGS[locale]))
      expect(value.trim(), key).not.toBe('');
  });

  it.each(LOCALES)('the %s search page exists and holds the search component', async (locale) => {
    const file = new URL(`../../site${SEARCH_PAGE_PATH[locale].replace(/\.html$/, '.md')}`, import.meta.url);
    const page = await readFile(file, 'utf8');
    expect(page).toContain('<SiteSearchPage />');
    expect(page).toContain(`title: ${SEARCH_FEEDBACK_STRINGS[locale].searchPageTitle}`);
  });

  it.each(LOCALES)('the %s home page lists the most read guides', async (locale) => {
    const file = new URL(`../../site/${locale === 'fi' ? '' : `${locale}/`}index.md`, import.meta.url);
    expect(await readFile(file, 'utf8')).toContain('<PopularGuides />');
  });
});

describe('guide paths', () => {
  it('puts a guide under its locale prefix and reads the guide back from the path', () => {
    expect(guidePath('fi', 'kuume-aikuisella')).toBe('/guides/kuume-aikuisella.html');
    expect(guidePath('sv', 'feber')).toBe('/sv/guides/feber.html');
    for (const locale of LOCALES)
      expect(guideAtPath(guidePath(locale, 'flunssa'))).toEqual({ slug: 'flunssa', locale });
    expect(guideAtPath('/en/guides/flunssa')).toEqual({ slug: 'flunssa', locale: 'en' });
  });

  it.each([
    '/',
    '/guides/',
    '/guides/index.html',
    '/sv/',
    '/haku.html',
    '/de/guides/x.html',
    '/guides/A.html',
  ])('finds no guide at %s', (path) => {
    expect(guideAtPath(path)).toBeNull();
  });
});
