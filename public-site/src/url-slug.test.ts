import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from './render-guide-page.js';
import { assignSlugs, MAX_SLUG_LENGTH, slugFromTitle } from './url-slug.js';

describe('slugFromTitle', () => {
  it('makes kebab-case slugs and transliterates å, ä and ö', () => {
    expect(slugFromTitle('Feber hos barn')).toBe('feber-hos-barn');
    expect(slugFromTitle('Fever in a child')).toBe('fever-in-a-child');
    expect(slugFromTitle('Äkillinen alaselkäkipu')).toBe('akillinen-alaselkakipu');
    expect(slugFromTitle('Öronvärk hos barn')).toBe('oronvark-hos-barn');
    expect(slugFromTitle('Diarré och kräkningar – vad gör jag?')).toBe('diarre-och-krakningar-vad-gor-jag');
    expect(slugFromTitle('Straße Ærø')).toBe('strasse-aero');
  });

  it('strips markup, punctuation and invisible characters', () => {
    expect(slugFromTitle('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slugFromTitle('../../etc/passwd')).toBe('etc-passwd');
    expect(slugFromTitle('\u202Efdp.exe')).toBe('fdp-exe');
    expect(slugFromTitle('🙂 ??? ')).toBe('');
  });

  it('bounds the length at a word boundary', () => {
    const slug = slugFromTitle('Hyvin pitkä otsikko '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugFromTitle('a'.repeat(200))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });
});

describe('assignSlugs', () => {
  it('resolves collisions the same way whatever the order', () => {
    const requests = [
      { key: 'kuume-lapsi', wanted: 'feber', preferred: true },
      { key: 'kuume-aikuinen', wanted: 'feber', preferred: true },
      { key: 'flunssa', wanted: 'feber', preferred: true },
    ];
    const expected = new Map([
      ['flunssa', 'feber'],
      ['kuume-aikuinen', 'feber-2'],
      ['kuume-lapsi', 'feber-3'],
    ]);
    expect(assignSlugs(requests)).toEqual(expected);
    expect(assignSlugs([...requests].reverse())).toEqual(expected);
  });

  it('serves real translations before fallback pages and falls back to the key', () => {
    const slugs = assignSlugs([
      { key: 'aa', wanted: 'hosta', preferred: false },
      { key: 'yska', wanted: 'hosta', preferred: true },
      { key: 'emoji', wanted: '', preferred: true },
      { key: 'hakemisto', wanted: 'index', preferred: true },
    ]);
    expect(slugs.get('hakemisto')).toBe('index-2');
    expect(slugs.get('yska')).toBe('hosta');
    expect(slugs.get('aa')).toBe('hosta-2');
    expect(slugs.get('emoji')).toBe('emoji');
  });

  it('keeps suffixed slugs within the length bound', () => {
    const long = 'a'.repeat(MAX_SLUG_LENGTH);
    const slugs = assignSlugs([
      { key: 'x', wanted: long, preferred: true },
      { key: 'y', wanted: long, preferred: true },
    ]);
    expect(slugs.get('y')).toBe(`${'a'.repeat(MAX_SLUG_LENGTH - 2)}-2`);
  });
});
